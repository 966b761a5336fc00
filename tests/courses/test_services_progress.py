import pytest

from courses import selectors, services, signals
from courses.models import Enrolment, LessonCompletion, LessonPage

from .factories import course_create, lessons_of, path_create, quiz_of, right_answers, wrong_answers


@pytest.fixture
def received():
    """Every courses signal received, as (name, kwargs)."""
    events = []
    handlers = {}
    for name in ("lesson_completed", "quiz_submitted", "course_completed", "path_completed"):

        def handler(sender, name=name, **kwargs):
            events.append((name, kwargs))

        handlers[name] = handler
        getattr(signals, name).connect(handler)
    yield events
    for name, handler in handlers.items():
        getattr(signals, name).disconnect(handler)


def _names(events):
    return [name for name, _kwargs in events]


def test_marking_done_twice_gives_one_row_and_one_signal(
    course, learner, received, django_capture_on_commit_callbacks
):
    services.enrolment_create(user=learner, page=course)
    lesson = lessons_of(course)[0]
    with django_capture_on_commit_callbacks(execute=True):
        first = services.lesson_complete(user=learner, lesson=lesson)
        assert received == []  # nothing before commit
    assert _names(received) == ["lesson_completed"]
    with django_capture_on_commit_callbacks(execute=True):
        second = services.lesson_complete(user=learner, lesson=lesson)
    assert first.pk == second.pk
    assert LessonCompletion.objects.count() == 1
    assert _names(received) == ["lesson_completed"]
    assert received[0][1]["lesson"] == lesson
    assert received[0][1]["enrolment"].registration


def test_marking_done_without_enrolment_is_refused(course, learner, received):
    with pytest.raises(services.NotEnrolledError):
        services.lesson_complete(user=learner, lesson=lessons_of(course)[0])
    assert not LessonCompletion.objects.exists()


def test_a_course_is_complete_with_every_required_lesson_and_every_quiz_passed(
    catalogue, learner, received, django_capture_on_commit_callbacks
):
    course = course_create(catalogue, lessons=3)
    optional = lessons_of(course)[2]
    optional.required = False
    optional.save_revision().publish()
    enrolment = services.enrolment_create(user=learner, page=course)
    quiz = quiz_of(course)
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons_of(course)[:2]:
            services.lesson_complete(user=learner, lesson=lesson)
        services.quiz_attempt_submit(user=learner, quiz=quiz, answers=wrong_answers(quiz))
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    progress = selectors.course_progress_map(user=learner, courses=[course])
    assert progress[course.translation_key].percent == 67  # 2 of 3 counted items
    with django_capture_on_commit_callbacks(execute=True):
        services.quiz_attempt_submit(user=learner, quiz=quiz, answers=right_answers(quiz))
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert _names(received).count("course_completed") == 1
    assert _names(received)[-1] == "course_completed"
    # A later lesson or a passing retry does not announce it again.
    with django_capture_on_commit_callbacks(execute=True):
        services.lesson_complete(user=learner, lesson=optional)
        services.quiz_attempt_submit(user=learner, quiz=quiz, answers=right_answers(quiz))
    assert _names(received).count("course_completed") == 1


def test_a_course_without_quiz_completes_on_its_last_required_lesson(
    catalogue, learner, received, django_capture_on_commit_callbacks
):
    course = course_create(catalogue, lessons=2, quiz=False)
    services.enrolment_create(user=learner, page=course)
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons_of(course):
            services.lesson_complete(user=learner, lesson=lesson)
    assert _names(received) == ["lesson_completed", "lesson_completed", "course_completed"]


def test_an_unpublished_lesson_is_not_required(catalogue, learner):
    course = course_create(catalogue, lessons=2, quiz=False)
    services.enrolment_create(user=learner, page=course)
    first, second = lessons_of(course)
    LessonPage.objects.get(pk=second.pk).unpublish()
    services.lesson_complete(user=learner, lesson=first)
    assert Enrolment.objects.get(course=course).completed_at is not None


def test_a_path_is_complete_when_all_its_courses_are(
    catalogue, learner, received, django_capture_on_commit_callbacks
):
    first = course_create(catalogue, lessons=1, quiz=False)
    second = course_create(catalogue, lessons=1)
    path = path_create(catalogue, [first, second])
    services.enrolment_create(user=learner, page=path)
    with django_capture_on_commit_callbacks(execute=True):
        services.lesson_complete(user=learner, lesson=lessons_of(first)[0])
        services.lesson_complete(user=learner, lesson=lessons_of(second)[0])
    assert "path_completed" not in _names(received)
    assert selectors.path_progress_get(user=learner, path=path)["percent"] == 67
    quiz = quiz_of(second)
    with django_capture_on_commit_callbacks(execute=True):
        services.quiz_attempt_submit(user=learner, quiz=quiz, answers=right_answers(quiz))
    assert _names(received)[-2:] == ["course_completed", "path_completed"]
    path_enrolment = Enrolment.objects.get(path=path)
    assert path_enrolment.completed_at is not None
    assert received[-1][1]["path"] == path


def test_re_enrolling_keeps_the_completion_and_sends_nothing_again(
    catalogue, learner, received, django_capture_on_commit_callbacks
):
    course = course_create(catalogue, lessons=1, quiz=False)
    with django_capture_on_commit_callbacks(execute=True):
        services.enrolment_create(user=learner, page=course)
        services.lesson_complete(user=learner, lesson=lessons_of(course)[0])
        services.enrolment_end(user=learner, page=course)
        again = services.enrolment_create(user=learner, page=course)
    assert again.completed_at is not None
    assert _names(received).count("course_completed") == 1


def test_signals_are_not_sent_when_the_transaction_rolls_back(course, learner, received):
    from django.db import transaction

    services.enrolment_create(user=learner, page=course)

    class Rollback(Exception):
        pass

    with pytest.raises(Rollback), transaction.atomic():
        services.lesson_complete(user=learner, lesson=lessons_of(course)[0])
        raise Rollback
    assert received == []
    assert not LessonCompletion.objects.exists()
