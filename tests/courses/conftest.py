import pytest

from .factories import catalogue_create, course_create


@pytest.fixture
def catalogue(home_page):
    return catalogue_create(home_page)


@pytest.fixture
def course(catalogue):
    return course_create(catalogue, lessons=3, modules=2)


@pytest.fixture
def learner(db):
    from .factories import UserFactory

    return UserFactory()
