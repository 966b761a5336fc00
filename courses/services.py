"""Every write of the courses app. Signals are sent from here only, once, after commit.

A learner's own writes (enrolment, completion, quiz attempt) take the learner as `user` and no
`actor`: only the learner makes them, and they are recorded in their rows and xAPI statements.
The page writes take the `actor` whose revisions and publications Wagtail's history shows."""

from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import conf, evidence, selectors, signals
from . import tracking as xapi
from .blocks import QuestionKind
from .models import (
    CoursePage,
    Enrolment,
    LearningPathPage,
    LessonCompletion,
    QuizAttempt,
    quiz_grade,
)


class NotEnrolledError(PermissionDenied):
    """The learner is not enrolled in the course this lesson or quiz belongs to."""


class EnrolmentError(ValidationError):
    pass


class QuizSubmissionError(ValidationError):
    pass


def _send_after_commit(signal, **kwargs):
    transaction.on_commit(lambda: signal.send(sender=Enrolment, **kwargs))


def _require_live(page):
    if not page.live:
        raise EnrolmentError(_("Ce contenu n'est pas publié."), code="not_live")


def _enrolment_for_item(*, user, page):
    course = selectors.course_for_page(page=page)
    enrolment = selectors.enrolment_active_get(user=user, page=course) if course else None
    if enrolment is None:
        raise NotEnrolledError(
            _("Inscrivez-vous au cours pour enregistrer votre progression."),
        )
    return course, enrolment


@transaction.atomic
def enrolment_create(*, user, page, path_enrolment=None):
    """Enrol `user` in a course or a path (and then in each of its courses). Idempotent:
    returns the active enrolment if there is one, in whichever language it was made."""
    if not isinstance(page, CoursePage | LearningPathPage):
        raise EnrolmentError(_("On ne peut s'inscrire qu'à un cours ou à un parcours."))
    _require_live(page)
    enrolment = (
        Enrolment.objects.active()
        .filter(user=user, content_key=page.translation_key)
        .select_for_update()
        .first()
    )
    if enrolment is None:
        previous = (
            Enrolment.objects.filter(
                user=user, content_key=page.translation_key, completed_at__isnull=False
            )
            .order_by("completed_at")
            .first()
        )
        enrolment = Enrolment(
            user=user,
            course=page if isinstance(page, CoursePage) else None,
            path=page if isinstance(page, LearningPathPage) else None,
            content_key=page.translation_key,
            path_enrolment=path_enrolment,
            # Completion is a fact about the learner, already announced once: re-enrolling
            # keeps it and sends nothing again.
            completed_at=previous.completed_at if previous else None,
        )
        enrolment.full_clean()
        enrolment.save()
        xapi.enrolment_registered(enrolment=enrolment, page=page)
    if isinstance(page, LearningPathPage):
        for course in selectors.path_courses_map(paths=[page])[page.pk]:
            enrolment_create(user=user, page=course, path_enrolment=enrolment)
        _path_completion_update(enrolment=enrolment)
    else:
        _course_completion_update(enrolment=enrolment, course=page)
    return enrolment


@transaction.atomic
def enrolment_end(*, user, page):
    """Unenrol: the enrolment is kept with its end date (history), so is the progress."""
    enrolment = selectors.enrolment_active_get(user=user, page=page)
    if enrolment is None:
        raise NotEnrolledError(_("Vous n'êtes pas inscrit·e à ce contenu."))
    now = timezone.now()
    enrolment.unenrolled_at = now
    enrolment.save(update_fields=["unenrolled_at"])
    enrolment.course_enrolments.active().update(unenrolled_at=now)
    return enrolment


@transaction.atomic
@xapi.recording()  # the call's xAPI statements, written together
def lesson_complete(*, user, lesson):
    """Mark a lesson done. Idempotent: a second call returns the same row and sends nothing."""
    course, enrolment = _enrolment_for_item(user=user, page=lesson)
    existing = LessonCompletion.objects.filter(user=user, lesson_key=lesson.translation_key).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            completion = LessonCompletion.objects.create(
                user=user, enrolment=enrolment, lesson=lesson, lesson_key=lesson.translation_key
            )
    except IntegrityError:  # the same POST, twice, at the same moment
        return LessonCompletion.objects.get(user=user, lesson_key=lesson.translation_key)
    xapi.lesson_completed(user=user, lesson=lesson, enrolment=enrolment)
    evidence.lesson_completed(user=user, lesson=lesson, completion=completion)
    _send_after_commit(
        signals.lesson_completed,
        user=user,
        lesson=lesson,
        enrolment=enrolment,
        completion=completion,
    )
    _course_completion_update(enrolment=enrolment, course=course)
    return completion


def lesson_view_record(*, user, lesson, course=None, enrolment=None):
    """A learner enrolled in the lesson's course opened it: an `experienced` statement, once
    per visit (conf.experienced_window(): reloads within the window, in the same
    language and enrolment, are the same visit).

    The page passes the `course` and `enrolment` its context already holds (no course: both are
    looked up). A visitor who is not enrolled opens no transaction.
    """
    if not user.is_authenticated:
        return
    if course is None:
        course = selectors.course_for_page(page=lesson)
        enrolment = selectors.enrolment_active_get(user=user, page=course) if course else None
    if enrolment is None or not _new_visit(user=user, lesson=lesson, enrolment=enrolment):
        return
    with transaction.atomic():
        xapi.lesson_experienced(user=user, lesson=lesson, enrolment=enrolment)


def _new_visit(*, user, lesson, enrolment):
    """True on the first view of the lesson within the window (one cache write, atomic)."""
    window = conf.experienced_window()
    if window <= 0:
        return True
    key = (
        f"courses:experienced:{user.pk}:{lesson.translation_key}:{lesson.locale_id}:"
        f"{enrolment.registration}"
    )
    return cache.add(key, True, timeout=window)


def _answers_clean(*, questions, answers):
    """Check the posted answers belong to these questions and choices; returns them as sets."""
    by_id = {question["id"]: question for question in questions}
    if set(answers) - set(by_id):
        raise QuizSubmissionError(
            _("Ces réponses ne correspondent pas à ce quiz. Rechargez la page et recommencez."),
            code="foreign_question",
        )
    cleaned, missing = {}, []
    for number, question in enumerate(questions, start=1):
        chosen = set(answers.get(question["id"], ()))
        if not chosen:
            missing.append(number)
            continue
        if chosen - {choice["id"] for choice in question["choices"]}:
            raise QuizSubmissionError(
                _(
                    "Une réponse envoyée n'existe pas dans ce quiz. "
                    "Rechargez la page et recommencez."
                ),
                code="unknown_choice",
            )
        if question["kind"] != QuestionKind.MULTIPLE and len(chosen) > 1:
            raise QuizSubmissionError(
                _("Une seule réponse est possible à la question %(number)d.") % {"number": number},
                code="too_many_choices",
            )
        cleaned[question["id"]] = sorted(chosen)
    if missing:
        raise QuizSubmissionError(
            ngettext(
                "Répondez à la question %(numbers)s.",
                "Répondez aux questions %(numbers)s.",
                len(missing),
            )
            % {"numbers": ", ".join(str(number) for number in missing)},
            code="missing_answers",
        )
    return cleaned


@transaction.atomic
@xapi.recording()  # the call's xAPI statements, written together
def quiz_attempt_submit(*, user, quiz, answers, attempt_number=None):
    """Score `answers` ({question id: [choice ids]}) on the server and store the attempt.

    `attempt_number`, when given, is the attempt the form was displayed for: a second POST of
    the same form is refused rather than counted twice. Nothing is stored on any error.
    """
    course, enrolment = _enrolment_for_item(user=user, page=quiz)
    questions = quiz.question_list()
    cleaned = _answers_clean(questions=questions, answers=answers)
    # Lock the learner's enrolment row so two submissions are numbered one after the other.
    Enrolment.objects.select_for_update().filter(pk=enrolment.pk).first()
    used = QuizAttempt.objects.filter(user=user, quiz_key=quiz.translation_key).count()
    if quiz.max_attempts is not None and used >= quiz.max_attempts:
        raise QuizSubmissionError(
            ngettext(
                "Vous avez utilisé votre tentative pour ce quiz.",
                "Vous avez utilisé vos %(count)d tentatives pour ce quiz.",
                quiz.max_attempts,
            )
            % {"count": quiz.max_attempts},
            code="no_attempt_left",
        )
    if attempt_number is not None and attempt_number != used + 1:
        raise QuizSubmissionError(
            _("Cette tentative est déjà enregistrée."), code="duplicate_attempt"
        )
    score, results = quiz_grade(questions=questions, answers=cleaned)
    attempt = QuizAttempt(
        user=user,
        enrolment=enrolment,
        quiz=quiz,
        quiz_key=quiz.translation_key,
        attempt_number=used + 1,
        answers=cleaned,
        score=score,
        passed=score >= quiz.pass_mark,
    )
    attempt.full_clean()
    try:
        with transaction.atomic():
            attempt.save()
    except IntegrityError as error:
        raise QuizSubmissionError(
            _("Cette tentative est déjà enregistrée."), code="duplicate_attempt"
        ) from error
    xapi.quiz_submitted(user=user, quiz=quiz, enrolment=enrolment, attempt=attempt, results=results)
    if attempt.passed:
        evidence.quiz_passed(user=user, quiz=quiz, attempt=attempt)
    _send_after_commit(
        signals.quiz_submitted, user=user, quiz=quiz, enrolment=enrolment, attempt=attempt
    )
    if attempt.passed:
        _course_completion_update(enrolment=enrolment, course=course)
    return attempt


def _course_completion_update(*, enrolment, course):
    """Record and announce (once) that the course is complete, then look at its paths."""
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.completed_at is None:
        progress = selectors.course_progress_map(user=enrolment.user, courses=[course])
        progress = progress[course.translation_key]
        if progress.percent:
            xapi.course_event(
                enrolment=enrolment,
                course=course,
                percent=progress.percent,
                completed=progress.complete,
            )
        if not progress.complete:
            return
        enrolment.completed_at = timezone.now()
        enrolment.save(update_fields=["completed_at"])
        evidence.course_completed(user=enrolment.user, course=course, enrolment=enrolment)
        _send_after_commit(
            signals.course_completed, user=enrolment.user, course=course, enrolment=enrolment
        )
    path_enrolments = Enrolment.objects.active().filter(
        user=enrolment.user,
        completed_at__isnull=True,
        path__path_courses__course__translation_key=course.translation_key,
    )
    for path_enrolment in path_enrolments.distinct():
        _path_completion_update(enrolment=path_enrolment)


def _path_completion_update(*, enrolment):
    # of=("self",): PostgreSQL refuses FOR UPDATE on the nullable side of the outer join.
    enrolment = (
        Enrolment.objects.select_for_update(of=("self",))
        .select_related("path")
        .get(pk=enrolment.pk)
    )
    if enrolment.completed_at is not None:
        return
    if not selectors.path_progress_get(user=enrolment.user, path=enrolment.path)["complete"]:
        return
    enrolment.completed_at = timezone.now()
    enrolment.save(update_fields=["completed_at"])
    xapi.path_completed(enrolment=enrolment, path=enrolment.path)
    _send_after_commit(
        signals.path_completed, user=enrolment.user, path=enrolment.path, enrolment=enrolment
    )


# Authoring: what the demo loader and the tests use to build content the way an editor would
# (a revision, then publication), so drafts, history and translations behave as in the admin.


@transaction.atomic
def page_ensure(*, actor=None, parent, page_class, slug, fields, publish=True):
    """Create or update (found by slug under `parent`) a page of `page_class`, then publish a
    revision of it. Returns the page."""
    page = page_class.objects.child_of(parent).filter(slug=slug).first()
    m2m = {name: fields.pop(name) for name in list(fields) if name in {"prerequisites"}}
    if page is None:
        page = page_class(slug=slug, locale=parent.locale, owner=actor, **fields)
        parent.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    for name, value in m2m.items():
        getattr(page, name).set(value)
    page.full_clean()
    revision = page.save_revision(user=actor)
    if publish:
        revision.publish(user=actor)
        page.refresh_from_db()
    return page


@transaction.atomic
def page_translation_ensure(*, actor=None, page, language_code, fields, publish=True):
    """Create or update the translation of `page` in `language_code` (Wagtail's
    copy_for_translation: same translation_key, so one activity for tracking and progress).
    The parent must be translated first."""
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=language_code)
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale)
    translation = translation.specific
    m2m = {name: fields.pop(name) for name in list(fields) if name in {"prerequisites"}}
    for name, value in fields.items():
        setattr(translation, name, value)
    for name, value in m2m.items():
        getattr(translation, name).set(value)
    translation.full_clean()
    revision = translation.save_revision(user=actor)
    if publish:
        revision.publish(user=actor)
        translation.refresh_from_db()
    return translation


@transaction.atomic
def path_courses_set(*, actor=None, path, courses):
    """Set the ordered courses of a path and publish it."""
    from .models import PathCourse

    path.path_courses = [
        PathCourse(course=course, sort_order=i) for i, course in enumerate(courses)
    ]
    path.full_clean()
    path.save_revision(user=actor).publish(user=actor)
    path.refresh_from_db()
    return path


@transaction.atomic
def page_competencies_set(*, actor=None, page, mappings):
    """Set what a course, lesson or quiz develops (`mappings`: (competency, level) pairs; for a
    quiz (competency, level, "develops" | "assesses")) and publish a revision of the page."""
    from .models import CourseCompetency, LessonCompetency, LessonPage, QuizCompetency, QuizPage

    page = page.specific
    if isinstance(page, QuizPage):
        rows = [
            QuizCompetency(
                competency=m[0], level=m[1], kind=m[2] if len(m) > 2 else "develops", sort_order=i
            )
            for i, m in enumerate(mappings)
        ]
    else:
        model = LessonCompetency if isinstance(page, LessonPage) else CourseCompetency
        if not isinstance(page, LessonPage | CoursePage):
            raise ValidationError(_("Seuls les cours, leçons et quiz développent des compétences."))
        rows = [model(competency=m[0], level=m[1], sort_order=i) for i, m in enumerate(mappings)]
    for row in rows:
        row.full_clean(exclude=["page"])
    page.competency_mappings = rows
    page.full_clean()
    page.save_revision(user=actor).publish(user=actor)
    page.refresh_from_db()
    return page
