"""The demo: the curriculum mapped to the demo framework, the path linked to its job profile,
and a learner whose progress shows every kind of evidence."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(demo_curriculum, django_db_blocker):
    """The demo curriculum mapped to the demo framework, once for this module (see
    tests/conftest.py, demo_curriculum)."""
    from config.demo.competencies import load_competencies
    from config.demo.courses import map_curriculum

    with django_db_blocker.unblock():
        load_competencies(log=lambda line: None)
        return demo_curriculum[1], map_curriculum(log=lambda line: None)


def test_the_demo_path_targets_its_job_profile_in_every_language(demo):
    from courses.models import LearningPathPage

    path, _count = demo
    slugs = set(
        LearningPathPage.objects.filter(translation_key=path.translation_key).values_list(
            "job_profile__slug", flat=True
        )
    )
    assert slugs == {"referent-numerique-responsable"}


def test_the_demo_mapping_covers_courses_lessons_and_quiz_assessments(demo):
    from config.demo.content import demo_content
    from config.demo.courses import map_curriculum
    from courses.models import CourseCompetency, LessonCompetency, QuizCompetency

    _path, count = demo
    french = {"page__locale__language_code": "fr"}
    assert CourseCompetency.objects.filter(**french).count() == sum(
        len(course["competencies"]) for course in demo_content().courses
    )
    assert LessonCompetency.objects.filter(**french).count() >= 5
    assert QuizCompetency.objects.filter(kind="assesses", **french).exists()
    assert QuizCompetency.objects.filter(kind="develops", **french).exists()
    # English pages carry the same mappings; a second run changes nothing.
    assert CourseCompetency.objects.filter(page__locale__language_code="en").count() == (
        CourseCompetency.objects.filter(**french).count()
    )
    before = CourseCompetency.objects.count() + LessonCompetency.objects.count()
    assert map_curriculum(log=lambda line: None) == count
    assert CourseCompetency.objects.count() + LessonCompetency.objects.count() == before


def test_the_demo_learner_has_lesson_evidence(demo):
    from competencies.selectors import learner_competency_states
    from config.demo.courses import enrol_demo_learner
    from tests.courses.factories import UserFactory

    learner = UserFactory()
    enrol_demo_learner(learner)
    states = learner_competency_states(user=learner)
    assert {state.competency.code for state in states.values()} >= {"A1", "A2", "A3", "A4"}
    assert all(state.reached is None for state in states.values())
