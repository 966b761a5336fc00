"""The xAPI statements of a learner's events, described from the courses pages for
tracking.api. Called by services.py inside their transactions: a statement exists if and only
if the progress change that caused it was committed.

Activities are keyed by the pages' translation_key (a question: its block id, shared by the
translations), so every language of a page is one activity; names come in every language.
"""

import uuid
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import connection
from wagtail.models import Locale, Page

from tracking import api as tracking

from .models import CoursePage, Enrolment, LearningPathPage, LessonPage, ModulePage, QuizPage

KINDS = {
    LearningPathPage: tracking.ActivityType.PATH,
    CoursePage: tracking.ActivityType.COURSE,
    ModulePage: tracking.ActivityType.MODULE,
    LessonPage: tracking.ActivityType.LESSON,
    QuizPage: tracking.ActivityType.ASSESSMENT,
}


class _Titles:
    """What the statements of one service call know of the pages: the titles of each
    translation key in every language, each page's language, the module and course above a
    lesson or quiz, the path an enrolment came through. Kept for a recording() block (a lesson
    completed and the course's progress describe the course and the path once), or for one
    call outside one."""

    def __init__(self):
        self.names = {}  # translation_key -> {language: title}
        self.languages = {}  # page pk -> language code
        self.ancestors = {}  # lesson or quiz pk -> (module key, course key)
        self.path_keys = {}  # enrolment pk -> the path's translation key or None

    def fetch(self, keys=(), *, item=None):
        """Titles of `keys` and, with `item`, of the module and course above it (their keys
        found by their tree paths in the same query)."""
        keys = {key for key in keys if key and key not in self.names}
        lineage = {}
        if item is not None and item.pk not in self.ancestors:
            step = item.steplen
            lineage = {item.path[:-step]: "module", item.path[: -2 * step]: "course"}
        if not keys and not lineage:
            return
        rows = _titles_rows(keys, lineage)
        found = {}
        for key in keys:
            self.names[key] = {}
        for pk, path, key, language, title in rows:
            key = key if isinstance(key, uuid.UUID) else uuid.UUID(key)
            self.names.setdefault(key, {})[language] = title
            self.languages[pk] = language
            if path in lineage:
                found[lineage[path]] = key
        if lineage:
            self.ancestors[item.pk] = (found["module"], found["course"])

    def path_key(self, enrolment):
        if enrolment.pk not in self.path_keys:
            self.path_keys[enrolment.pk] = _path_key(enrolment)
        return self.path_keys[enrolment.pk]


def _titles_rows(keys, paths):
    """(pk, tree path, translation key, language, title) of every page of `keys` and of the
    translation keys of the pages at `paths`. In SQL: it runs in every request that records a
    statement, and compiling it with the ORM cost more than running it."""
    quote = connection.ops.quote_name
    page, locale = quote(Page._meta.db_table), quote(Locale._meta.db_table)
    key_field = Page._meta.get_field("translation_key")
    conditions, params = [], []
    if keys:
        conditions.append(f"p.translation_key IN ({_placeholders(keys)})")
        params += [key_field.get_db_prep_value(key, connection) for key in keys]
    if paths:
        conditions.append(
            f"p.translation_key IN (SELECT translation_key FROM {page} "  # noqa: S608
            f"WHERE path IN ({_placeholders(paths)}))"
        )
        params += list(paths)
    # Table names come from the models, every value is a parameter.
    sql = (
        "SELECT p.id, p.path, p.translation_key, l.language_code, p.title "  # noqa: S608
        f"FROM {page} p INNER JOIN {locale} l ON l.id = p.locale_id "
        f"WHERE {' OR '.join(conditions)}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _placeholders(values):
    return ", ".join(["%s"] * len(values))


_titles = ContextVar("courses_tracking_titles", default=None)


@contextmanager
def recording():
    """The statements of one service call, written together (tracking.api.statements_batch),
    the pages they describe looked up once. Use inside the service's transaction."""
    if _titles.get() is not None:
        yield
        return
    token = _titles.set(_Titles())
    try:
        with tracking.statements_batch():
            yield
    finally:
        _titles.reset(token)


class _Described:
    """Activities for some pages (and a path key), with their titles in every language: one
    query, none for what the recording() block already looked up."""

    def __init__(self, pages, *, page=None, path_key=None, item=None):
        titles = _titles.get() or _Titles()
        titles.fetch({p.translation_key for p in pages} | {path_key}, item=item)
        self.names, self.path_key = titles.names, path_key
        self.language = titles.languages.get(page.pk) if page is not None else None
        self.ancestors = titles.ancestors.get(item.pk) if item is not None else None

    def activity(self, page):
        return self.keyed(KINDS[page.specific_class], page.translation_key)

    def keyed(self, kind, key):
        return tracking.Activity(type=kind, key=key, names=self.names.get(key, {}))

    def path(self):
        """The path the enrolment came through, as grouping (or nothing)."""
        if not self.path_key:
            return ()
        return (self.keyed(tracking.ActivityType.PATH, self.path_key),)


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


def _enrolment_path_key(enrolment):
    titles = _titles.get()
    return titles.path_key(enrolment) if titles is not None else _path_key(enrolment)


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
    path_key = _enrolment_path_key(enrolment) if isinstance(page, CoursePage) else None
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
    """The module and course above a lesson or quiz and the descriptions of all three (one
    query)."""
    described = _Described([item], page=item, path_key=_enrolment_path_key(enrolment), item=item)
    module_key, course_key = described.ancestors
    return (
        described,
        described.keyed(tracking.ActivityType.MODULE, module_key),
        described.keyed(tracking.ActivityType.COURSE, course_key),
    )


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
    described = _Described([course], page=course, path_key=_enrolment_path_key(enrolment))
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
