import pytest

from courses import services
from courses.models import Enrolment

from .factories import course_create, path_create


@pytest.fixture
def path(catalogue, course):
    return path_create(catalogue, [course, course_create(catalogue, lessons=2)])


def test_enrol_in_a_course_is_idempotent(course, learner):
    first = services.enrolment_create(user=learner, page=course)
    second = services.enrolment_create(user=learner, page=course)
    assert first.pk == second.pk
    assert first.registration is not None
    assert first.content_key == course.translation_key
    assert Enrolment.objects.count() == 1


def test_enrol_in_a_path_enrols_in_its_courses(path, learner):
    enrolment = services.enrolment_create(user=learner, page=path)
    courses = Enrolment.objects.filter(path_enrolment=enrolment)
    assert courses.count() == 2
    assert {e.course_id for e in courses} == {pc.course_id for pc in path.path_courses.all()}
    services.enrolment_create(user=learner, page=path)
    assert Enrolment.objects.count() == 3


def test_path_enrolment_keeps_an_existing_course_enrolment(path, course, learner):
    direct = services.enrolment_create(user=learner, page=course)
    services.enrolment_create(user=learner, page=path)
    direct.refresh_from_db()
    assert direct.path_enrolment is None
    assert Enrolment.objects.active().filter(course=course).count() == 1


def test_unenrol_keeps_history_and_ends_the_path_courses(path, learner):
    enrolment = services.enrolment_create(user=learner, page=path)
    services.enrolment_end(user=learner, page=path)
    enrolment.refresh_from_db()
    assert enrolment.unenrolled_at is not None
    assert Enrolment.objects.active().count() == 0
    assert Enrolment.objects.count() == 3
    again = services.enrolment_create(user=learner, page=path)
    assert again.pk != enrolment.pk
    assert Enrolment.objects.active().count() == 3


def test_unenrol_without_enrolment_is_refused(course, learner):
    with pytest.raises(services.NotEnrolledError):
        services.enrolment_end(user=learner, page=course)


def test_a_draft_course_cannot_be_enrolled_in(course, learner):
    course.unpublish()
    course.refresh_from_db()
    with pytest.raises(services.EnrolmentError):
        services.enrolment_create(user=learner, page=course)
    assert not Enrolment.objects.exists()


def test_only_courses_and_paths(course, learner):
    with pytest.raises(services.EnrolmentError):
        services.enrolment_create(user=learner, page=course.get_children().first().specific)


def test_the_english_course_shares_the_french_enrolment(course, learner):
    from wagtail.models import Locale

    Locale.objects.get_or_create(language_code="en")
    english_catalogue = services.page_translation_ensure(
        page=course.get_parent().specific, language_code="en", fields={"title": "Catalogue"}
    )
    assert english_catalogue.locale.language_code == "en"
    english = services.page_translation_ensure(
        page=course, language_code="en", fields={"title": "Course"}
    )
    french_enrolment = services.enrolment_create(user=learner, page=course)
    assert services.enrolment_create(user=learner, page=english).pk == french_enrolment.pk
