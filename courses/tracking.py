"""The xAPI statements of a learner's events, described from the courses pages for
tracking.api. Called by services.py inside their transactions: a statement exists if and only
if the progress change that caused it was committed.

Activities are keyed by the pages' translation_key (a question: its block id, shared by the
translations), so every language of a page is one activity; names come in every language.
"""

from wagtail.models import Page

from tracking import api as tracking

from .models import CoursePage, Enrolment, LearningPathPage, LessonPage, ModulePage, QuizPage

KINDS = {
    LearningPathPage: tracking.ActivityType.PATH,
    CoursePage: tracking.ActivityType.COURSE,
    ModulePage: tracking.ActivityType.MODULE,
    LessonPage: tracking.ActivityType.LESSON,
    QuizPage: tracking.ActivityType.ASSESSMENT,
}


class _Described:
    """Activities for some pages (and a path key), with their titles in every language: one
    query."""

    def __init__(self, pages, *, page=None, path_key=None):
        keys = {p.translation_key for p in pages} | ({path_key} if path_key else set())
        self.names, self.language, self.path_key = {}, None, path_key
        rows = Page.objects.filter(translation_key__in=keys).values_list(
            "pk", "translation_key", "locale__language_code", "title"
        )
        for pk, key, language, title in rows:
            self.names.setdefault(key, {})[language] = title
            if page is not None and pk == page.pk:
                self.language = language

    def activity(self, page):
        return tracking.Activity(
            type=KINDS[page.specific_class],
            key=page.translation_key,
            names=self.names.get(page.translation_key, {}),
        )

    def path(self):
        """The path the enrolment came through, as grouping (or nothing)."""
        if not self.path_key:
            return ()
        return (
            tracking.Activity(
                type=tracking.ActivityType.PATH,
                key=self.path_key,
                names=self.names.get(self.path_key, {}),
            ),
        )


def _path_key(enrolment):
    if enrolment.path_id:
        return enrolment.content_key
    if enrolment.path_enrolment_id:
        return (
            Enrolment.objects.filter(pk=enrolment.path_enrolment_id)
            .values_list("content_key", flat=True)
            .first()
        )
    return None


def _record(*, user, verb, activity, enrolment, described, parents=(), grouping=(), result=None):
    tracking.statement_record(
        user=user,
        verb=verb,
        activity=activity,
        context=tracking.Context(
            registration=enrolment.registration,
            parents=tuple(parents),
            grouping=tuple(grouping),
            language=described.language,
        ),
        result=result,
    )


def enrolment_registered(*, enrolment, page):
    path_key = _path_key(enrolment) if isinstance(page, CoursePage) else None
    described = _Described([page], page=page, path_key=path_key)
    _record(
        user=enrolment.user,
        verb=tracking.Verb.REGISTERED,
        activity=described.activity(page),
        enrolment=enrolment,
        described=described,
        grouping=described.path(),
    )


def _item_context(item, enrolment):
    """The module and course above a lesson or quiz (one query) and their descriptions."""
    module, course = (
        Page.objects.ancestor_of(item).filter(depth__gte=item.depth - 2).order_by("-depth")
    )
    described = _Described([item, module, course], page=item, path_key=_path_key(enrolment))
    return described, described.activity(module), described.activity(course)


def lesson_experienced(*, user, lesson, enrolment):
    _lesson_event(user=user, lesson=lesson, enrolment=enrolment, verb=tracking.Verb.EXPERIENCED)


def lesson_completed(*, user, lesson, enrolment):
    _lesson_event(user=user, lesson=lesson, enrolment=enrolment, verb=tracking.Verb.COMPLETED)


def _lesson_event(*, user, lesson, enrolment, verb):
    described, module, course = _item_context(lesson, enrolment)
    _record(
        user=user,
        verb=verb,
        activity=described.activity(lesson),
        enrolment=enrolment,
        described=described,
        parents=(module,),
        grouping=(course, *described.path()),
        result=tracking.Result(completion=True) if verb == tracking.Verb.COMPLETED else None,
    )


def quiz_submitted(*, user, quiz, enrolment, attempt, results):
    """One `answered` per question, then `passed` or `failed` with the score."""
    described, module, course = _item_context(quiz, enrolment)
    quiz_activity = described.activity(quiz)
    language = described.language
    for question in results:
        activity = tracking.Activity(
            type=tracking.ActivityType.QUESTION,
            key=question["id"],
            names={language: str(question["text"])},
            interaction=tracking.Interaction(
                choices=tuple(
                    tracking.Choice(choice["id"], {language: str(choice["text"])})
                    for choice in question["choices"]
                ),
                correct=tuple(c["id"] for c in question["choices"] if c["correct"]),
            ),
        )
        _record(
            user=user,
            verb=tracking.Verb.ANSWERED,
            activity=activity,
            enrolment=enrolment,
            described=described,
            parents=(quiz_activity,),
            grouping=(module, course, *described.path()),
            result=tracking.Result(
                response=tuple(sorted(question["chosen"])), success=question["is_correct"]
            ),
        )
    right = sum(1 for question in results if question["is_correct"])
    _record(
        user=user,
        verb=tracking.Verb.PASSED if attempt.passed else tracking.Verb.FAILED,
        activity=quiz_activity,
        enrolment=enrolment,
        described=described,
        parents=(module,),
        grouping=(course, *described.path()),
        result=tracking.Result(
            score_raw=right,
            score_min=0,
            score_max=len(results),
            success=attempt.passed,
            completion=True,
        ),
    )


def course_event(*, enrolment, course, percent=None, completed=False):
    """`progressed` with the cmi5 progress extension and, when done, `completed`."""
    described = _Described([course], page=course, path_key=_path_key(enrolment))
    common = {
        "user": enrolment.user,
        "activity": described.activity(course),
        "enrolment": enrolment,
        "described": described,
        "grouping": described.path(),
    }
    if percent is not None:
        _record(verb=tracking.Verb.PROGRESSED, result=tracking.Result(progress=percent), **common)
    if completed:
        _record(verb=tracking.Verb.COMPLETED, result=tracking.Result(completion=True), **common)


def path_completed(*, enrolment, path):
    described = _Described([path], page=path)
    _record(
        user=enrolment.user,
        verb=tracking.Verb.COMPLETED,
        activity=described.activity(path),
        enrolment=enrolment,
        described=described,
        result=tracking.Result(completion=True),
    )
