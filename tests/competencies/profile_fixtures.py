"""Shared fixtures of the learner competency profile tests: a framework (conftest), courses
mapped to it through the courses services, and a learner."""

import pytest

from courses import services as course_services
from tests.courses.factories import (
    UserFactory,
    catalogue_create,
    course_create,
    lessons_of,
    quiz_of,
)


@pytest.fixture
def scale(framework):
    """{code: level} of the test framework: decouvrir < pratiquer < maitriser (threshold) <
    transmettre."""
    return {level.code: level for level in framework.levels.all()}


@pytest.fixture
def framework_items(framework):
    return {item.code: item for item in framework.items.all()}


@pytest.fixture
def catalogue(home_page):
    return catalogue_create(home_page)


@pytest.fixture
def learner(db):
    return UserFactory()


@pytest.fixture
def mapped_course(catalogue, framework_items, scale):
    """Two lessons and a quiz. The course develops A1.1 at "maitriser"; lesson 1 develops A1.2
    at "decouvrir"; the quiz develops A1.3 at "decouvrir" and assesses A1.2 at "pratiquer"."""
    course = course_create(catalogue, lessons=2, title="Cours cartographié")
    course_services.page_competencies_set(
        page=course, mappings=[(framework_items["A1.1"], scale["maitriser"])]
    )
    course_services.page_competencies_set(
        page=lessons_of(course)[0], mappings=[(framework_items["A1.2"], scale["decouvrir"])]
    )
    course_services.page_competencies_set(
        page=quiz_of(course),
        mappings=[
            (framework_items["A1.3"], scale["decouvrir"], "develops"),
            (framework_items["A1.2"], scale["pratiquer"], "assesses"),
        ],
    )
    return course
