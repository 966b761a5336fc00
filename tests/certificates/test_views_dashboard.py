"""The learner's dashboard ("Mon parcours", courses app) links each path or course to the
certificate the learner holds for it, through the certificates app's template tags."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from certificates import services
from courses import services as course_services
from tests.courses.factories import course_create, path_create

from .factories import rule_create

pytestmark = pytest.mark.django_db


def _dashboard(client, language="fr"):
    with translation.override(language):
        url = reverse("courses:dashboard")
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def _issue(rule, user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        certificate, _created = services.certificate_issue(rule=rule, holder=user)
    return certificate


def _link(certificate):
    return f'href="/fr/certificates/#certificate-{certificate.pk}"'


def test_a_course_certificate_is_linked_from_its_entry(
    client, user, course, rule, django_capture_on_commit_callbacks
):
    course_services.enrolment_create(user=user, page=course)
    client.force_login(user)
    assert "dashboard-certificate" not in _dashboard(client)

    certificate = _issue(rule, user, django_capture_on_commit_callbacks)
    html = _dashboard(client)
    entry = html[html.index(f">{course.title}</a></h3>") :]
    entry = entry[: entry.index("</section>")]
    assert _link(certificate) in entry
    assert "Voir mon certificat « Référent·e numérique responsable »" in entry
    # Its entry in "Mes certificats" is the anchor the link points to.
    listing = client.get(reverse("certificates:certificate_list")).content.decode()
    assert f'id="certificate-{certificate.pk}"' in listing


def test_a_path_certificate_and_the_certificates_of_its_courses(
    client, user, catalogue, django_capture_on_commit_callbacks
):
    first = course_create(catalogue, lessons=1)
    second = course_create(catalogue, lessons=1)
    path = path_create(catalogue, [first, second])
    course_services.enrolment_create(user=user, page=path)
    path_certificate = _issue(
        rule_create(path, title_fr="Parcours certifié"), user, django_capture_on_commit_callbacks
    )
    course_certificate = _issue(
        rule_create(first, title_fr="Premier cours certifié"),
        user,
        django_capture_on_commit_callbacks,
    )
    client.force_login(user)
    html = _dashboard(client)
    assert "Voir mon certificat « Parcours certifié »" in html
    assert "Voir mon certificat « Premier cours certifié »" in html
    assert html.count(_link(path_certificate)) == 1
    assert html.count(_link(course_certificate)) == 1
    assert html.count("dashboard-certificate") == 2  # none for the second course


def test_another_learners_certificate_is_not_linked(
    client, user, course, rule, django_capture_on_commit_callbacks
):
    from accounts.services import user_create

    other = user_create(username="sam", email="sam@example.org", password="x-solide-42-mdp")
    _issue(rule, other, django_capture_on_commit_callbacks)
    course_services.enrolment_create(user=user, page=course)
    client.force_login(user)
    assert "dashboard-certificate" not in _dashboard(client)


def test_a_revoked_certificate_says_so(
    client, user, course, rule, django_capture_on_commit_callbacks
):
    certificate = _issue(rule, user, django_capture_on_commit_callbacks)
    course_services.enrolment_create(user=user, page=course)
    client.force_login(user)
    services.certificate_revoke(certificate=certificate, reason="Erreur de saisie")
    assert "numérique responsable » (révoqué)</a>" in _dashboard(client)


def test_the_page_in_another_language_finds_the_certificate(
    client, user, course, rule, django_capture_on_commit_callbacks
):
    """The rule is on the French course, the learner follows its English translation."""
    english = course.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.save_revision().publish()
    english.refresh_from_db()
    course_services.enrolment_create(user=user, page=english)
    certificate = _issue(rule, user, django_capture_on_commit_callbacks)
    client.force_login(user)
    html = _dashboard(client, "en")
    assert f'href="/en/certificates/#certificate-{certificate.pk}"' in html
    assert "See my certificate “Responsible digital lead”" in html


def test_one_query_for_every_certificate_of_the_dashboard(
    client, user, catalogue, django_capture_on_commit_callbacks
):
    def count():
        client.get(reverse("courses:dashboard"))  # warm caches
        with CaptureQueriesContext(connection) as queries:
            html = _dashboard(client)
        return len(queries), html.count("dashboard-certificate")

    courses = [course_create(catalogue, lessons=1, quiz=False) for _ in range(6)]
    for course in courses:
        course_services.enrolment_create(user=user, page=course)
    client.force_login(user)
    without, shown = count()
    assert shown == 0
    _issue(rule_create(courses[0]), user, django_capture_on_commit_callbacks)
    one, shown = count()
    assert shown == 1
    for course in courses[1:]:
        _issue(rule_create(course), user, django_capture_on_commit_callbacks)
    six, shown = count()
    assert shown == 6
    assert one == six == without  # the lookup runs once whether it finds anything or not
