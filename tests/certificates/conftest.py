import pytest

from certificates.keys import private_key_generate_pem
from tests.courses.factories import catalogue_create, course_create, path_create

from .factories import rule_create

_KEY = private_key_generate_pem()


@pytest.fixture(autouse=True)
def signing_key(settings, tmp_path):
    """A signing key per test session, never a file in the work tree."""
    settings.TREMPLIN_CERTIFICATES_SIGNING_KEY = _KEY
    settings.TREMPLIN_CERTIFICATES_SIGNING_KEY_FILE = str(tmp_path / "key.pem")
    return _KEY


@pytest.fixture
def catalogue(home_page):
    return catalogue_create(home_page)


@pytest.fixture
def course(catalogue):
    return course_create(catalogue, lessons=2, modules=1)


@pytest.fixture
def path(catalogue):
    first = course_create(catalogue, lessons=1, modules=1)
    second = course_create(catalogue, lessons=1, modules=1)
    return path_create(catalogue, [first, second])


@pytest.fixture
def rule(course):
    return rule_create(course)


@pytest.fixture
def certificate(rule, user, django_capture_on_commit_callbacks):
    from certificates.services import certificate_issue

    with django_capture_on_commit_callbacks(execute=True):
        certificate, _created = certificate_issue(rule=rule, holder=user)
    certificate.refresh_from_db()
    return certificate


# Courses mapped to the demo competency framework.
from .competency_fixtures import (  # noqa: E402, F401
    competent_certificate,
    demo_framework,
    items,
    levels,
    mapped_course,
    moodle_framework,
    other_course,
)
