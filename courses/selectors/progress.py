"""A learner's progress: enrolments, and what is done in each course and path, always computed
from their completion and attempt rows (never from counters)."""

import hashlib
from dataclasses import dataclass

from django.core.cache import cache

from ..models import Enrolment, LessonCompletion, PathCourse, QuizAttempt
from .cache import learner_key
from .outline import course_outline_map

NOT_ENROLLED = "none"


@dataclass
class CourseProgress:
    course: object
    modules: list
    items: list
    enrolment: object = None
    url: str | None = None

    @property
    def counted(self):
        return [item for item in self.items if item.required]

    @property
    def done_count(self):
        return sum(1 for item in self.counted if item.done)

    @property
    def total_count(self):
        return len(self.counted)

    @property
    def percent(self):
        total = self.total_count
        return round(100 * self.done_count / total) if total else 0

    @property
    def complete(self):
        return bool(self.counted) and all(item.done for item in self.counted)

    @property
    def next_item(self):
        """The first item not done yet, required ones first: where "resume" leads."""
        pending = [item for item in self.items if not item.done]
        required = [item for item in pending if item.required]
        return (required or pending or [None])[0]

    @property
    def last_activity(self):
        dates = [item.last_activity for item in self.items if item.last_activity]
        return max(dates) if dates else None


def _learner_rows(user, keys):
    """(done lessons, passed quizzes, last attempts) of `user` among these items (two
    queries)."""
    done_lessons = dict(
        LessonCompletion.objects.filter(user=user, lesson_key__in=keys).values_list(
            "lesson_key", "completed_at"
        )
    )
    passed_quizzes, last_attempts = {}, {}
    for key, passed, submitted_at in QuizAttempt.objects.filter(
        user=user, quiz_key__in=keys
    ).values_list("quiz_key", "passed", "submitted_at"):
        last_attempts[key] = max(submitted_at, last_attempts.get(key, submitted_at))
        if passed:
            passed_quizzes[key] = min(submitted_at, passed_quizzes.get(key, submitted_at))
    return done_lessons, passed_quizzes, last_attempts


def _learner_rows_cached(user, keys):
    digest = hashlib.blake2b("|".join(map(str, keys)).encode(), digest_size=16).hexdigest()
    cache_key = learner_key(user, "rows", digest)
    rows = cache.get(cache_key)
    if rows is None:
        rows = _learner_rows(user, keys)
        cache.set(cache_key, rows)
    return rows


def course_progress_map(*, user, courses, request=None, cached=False):
    """{course translation_key: CourseProgress} for `user` (anonymous: nothing marked done).

    `cached`: the learner's rows may come from the cache (pages; services read the database).
    """
    outlines = course_outline_map(courses=courses, request=request)
    keys = [item.key for _modules, items, _url in outlines.values() for item in items]
    done_lessons, passed_quizzes, last_attempts = {}, {}, {}
    if user is not None and user.is_authenticated and keys:
        read = _learner_rows_cached if cached else _learner_rows
        done_lessons, passed_quizzes, last_attempts = read(user, keys)
    progress = {}
    for course in courses:
        modules, items, url = outlines[course.pk]
        for item in items:
            if item.kind == "lesson":
                item.done = item.key in done_lessons
                item.last_activity = done_lessons.get(item.key)
            else:
                item.done = item.key in passed_quizzes
                item.last_activity = last_attempts.get(item.key)
        progress[course.translation_key] = CourseProgress(
            course=course, modules=modules, items=items, url=url
        )
    return progress


def enrolment_active_get(*, user, page, cached=False):
    """The learner's active enrolment in this course or path (any language), or None.

    `cached`: it may come from the cache (pages; services read the database).
    """
    if user is None or not user.is_authenticated:
        return None
    if cached:
        key = learner_key(user, "enrolment", str(page.translation_key))
        enrolment = cache.get(key)
        if enrolment is None:
            enrolment = enrolment_active_get(user=user, page=page) or NOT_ENROLLED
            cache.set(key, enrolment)
        return None if enrolment == NOT_ENROLLED else enrolment
    return Enrolment.objects.active().filter(user=user, content_key=page.translation_key).first()


def path_courses_map(*, paths):
    """{path pk: [live CoursePage]} in the editor's order, one query."""
    by_path = {path.pk: [] for path in paths}
    rows = (
        PathCourse.objects.filter(page__in=[path.pk for path in paths], course__live=True)
        .select_related("course")
        .order_by("page_id", "sort_order")
    )
    for row in rows:
        by_path[row.page_id].append(row.course)
    return by_path


def path_progress_summary(entries):
    """Percent, completion, next item and last activity of a path from its courses' entries
    ({"progress": CourseProgress or None})."""
    progresses = [entry["progress"] for entry in entries if entry["progress"] is not None]
    done = sum(p.done_count for p in progresses)
    total = sum(p.total_count for p in progresses)
    next_item = next((p.next_item for p in progresses if not p.complete and p.next_item), None)
    dates = [p.last_activity for p in progresses if p.last_activity]
    return {
        "percent": round(100 * done / total) if total else 0,
        "complete": bool(progresses) and all(p.complete for p in progresses),
        "next_item": next_item,
        "last_activity": max(dates) if dates else None,
    }


def path_progress_get(*, user, path):
    """Whether `user` has completed every course of `path`, computed from their rows."""
    courses = path_courses_map(paths=[path])[path.pk]
    progress = course_progress_map(user=user, courses=courses)
    return path_progress_summary([{"progress": progress[c.translation_key]} for c in courses])
