"""Reads of the courses app. Every function here runs a number of queries that does not grow
with the number of modules, lessons, quizzes or enrolments."""

import random
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Exists, F, IntegerField, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils.translation import get_language
from wagtail.models import Locale, PageViewRestriction

from .models import (
    CatalogueIndexPage,
    CoursePage,
    Enrolment,
    LearningPathPage,
    LessonCompletion,
    LessonPage,
    ModulePage,
    PathCourse,
    QuizAttempt,
    QuizPage,
    quiz_grade,
)


@dataclass
class OutlineItem:
    page: object
    module: object
    request: object = None
    done: bool = False
    last_activity: object = None

    @property
    def kind(self):
        return "quiz" if isinstance(self.page, QuizPage) else "lesson"

    @property
    def required(self):
        return self.kind == "quiz" or self.page.required

    @property
    def key(self):
        return self.page.translation_key

    @property
    def url(self):
        return self.page.get_url(self.request)


@dataclass
class OutlineModule:
    page: object
    items: list = field(default_factory=list)


@dataclass
class CourseProgress:
    course: object
    modules: list
    items: list
    enrolment: object = None

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

    @property
    def completed_items(self):
        return [item for item in self.items if item.done]


# What an outline shows and links to; StreamFields and the rest of the page stay in the database.
OUTLINE_FIELDS = (
    "title",
    "slug",
    "path",
    "depth",
    "url_path",
    "live",
    "translation_key",
    "locale_id",
    "content_type_id",
)


def _restricted_paths():
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def _is_restricted(path, restricted):
    return any(path.startswith(prefix) for prefix in restricted)


def course_outline_map(*, courses, request=None):
    """{course pk: (modules, items)} for live, public modules, lessons and quizzes, in tree order.

    Five queries whatever the number of courses and items (restrictions, modules, lessons,
    quizzes; StreamFields are not loaded).
    """
    courses = list(courses)
    if not courses:
        return {}
    under = Q()
    for course in courses:
        under |= Q(path__startswith=course.path, depth__gt=course.depth)
    restricted = _restricted_paths()
    modules = list(ModulePage.objects.live().filter(under).only(*OUTLINE_FIELDS, "intro"))
    items = [
        *LessonPage.objects.live()
        .filter(under)
        .only(*OUTLINE_FIELDS, "required", "estimated_minutes"),
        *QuizPage.objects.live().filter(under).only(*OUTLINE_FIELDS),
    ]
    modules.sort(key=lambda page: page.path)
    items.sort(key=lambda page: page.path)
    outline = {}
    for course in courses:
        course_modules = [
            OutlineModule(page=module)
            for module in modules
            if module.path.startswith(course.path) and not _is_restricted(module.path, restricted)
        ]
        course_items = []
        for module in course_modules:
            for page in items:
                if page.path.startswith(module.page.path) and not _is_restricted(
                    page.path, restricted
                ):
                    item = OutlineItem(page=page, module=module.page, request=request)
                    module.items.append(item)
                    course_items.append(item)
        outline[course.pk] = (course_modules, course_items)
    return outline


def course_progress_map(*, user, courses, request=None):
    """{course translation_key: CourseProgress} for `user` (anonymous: nothing marked done)."""
    outlines = course_outline_map(courses=courses, request=request)
    keys = [item.key for _modules, items in outlines.values() for item in items]
    done_lessons, passed_quizzes, last_attempts = {}, {}, {}
    if user is not None and user.is_authenticated and keys:
        done_lessons = dict(
            LessonCompletion.objects.filter(user=user, lesson_key__in=keys).values_list(
                "lesson_key", "completed_at"
            )
        )
        for key, passed, submitted_at in QuizAttempt.objects.filter(
            user=user, quiz_key__in=keys
        ).values_list("quiz_key", "passed", "submitted_at"):
            last_attempts[key] = max(submitted_at, last_attempts.get(key, submitted_at))
            if passed:
                passed_quizzes[key] = min(submitted_at, passed_quizzes.get(key, submitted_at))
    progress = {}
    for course in courses:
        modules, items = outlines[course.pk]
        for item in items:
            if item.kind == "lesson":
                item.done = item.key in done_lessons
                item.last_activity = done_lessons.get(item.key)
            else:
                item.done = item.key in passed_quizzes
                item.last_activity = last_attempts.get(item.key)
        progress[course.translation_key] = CourseProgress(
            course=course, modules=modules, items=items
        )
    return progress


def enrolment_active_get(*, user, page):
    """The learner's active enrolment in this course or path (any language), or None."""
    if user is None or not user.is_authenticated:
        return None
    return Enrolment.objects.active().filter(user=user, content_key=page.translation_key).first()


def course_for_page(*, page):
    """The course a module, lesson or quiz belongs to (one query)."""
    return CoursePage.objects.ancestor_of(page).first()


def item_context_get(*, page, request):
    """Context of a module, lesson or quiz page: outline with done marks, previous/next."""
    course = course_for_page(page=page)
    if course is None:  # an orphan page in the admin preview
        return {"course": None, "enrolment": None, "progress": None}
    enrolment = enrolment_active_get(user=request.user, page=course)
    progress = course_progress_map(
        user=request.user if enrolment else None, courses=[course], request=request
    )[course.translation_key]
    progress.enrolment = enrolment
    keys = [item.page.pk for item in progress.items]
    context = {"course": course, "enrolment": enrolment, "progress": progress}
    if page.pk in keys:
        index = keys.index(page.pk)
        context["item"] = progress.items[index]
        context["previous_item"] = progress.items[index - 1] if index > 0 else None
        context["next_item"] = (
            progress.items[index + 1] if index + 1 < len(progress.items) else None
        )
    elif isinstance(page, ModulePage):
        context["module"] = next((m for m in progress.modules if m.page.pk == page.pk), None)
    return context


def course_detail_get(*, course, request):
    enrolment = enrolment_active_get(user=request.user, page=course)
    progress = course_progress_map(
        user=request.user if enrolment else None, courses=[course], request=request
    )[course.translation_key]
    progress.enrolment = enrolment
    prerequisites = list(course.prerequisites.live().public().defer_streamfields())
    return {"enrolment": enrolment, "progress": progress, "prerequisites": prerequisites}


def _path_courses(paths):
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


def path_detail_get(*, path, request):
    courses = _path_courses([path])[path.pk]
    enrolment = enrolment_active_get(user=request.user, page=path)
    progress = (
        course_progress_map(user=request.user, courses=courses, request=request)
        if enrolment
        else {}
    )
    entries = [
        {"course": course, "progress": progress.get(course.translation_key)} for course in courses
    ]
    return {
        "enrolment": enrolment,
        "path_courses": entries,
        "total_minutes": sum(course.estimated_minutes for course in courses),
        "path_progress": _path_progress(entries) if enrolment else None,
    }


def _path_progress(entries):
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
    courses = _path_courses([path])[path.pk]
    progress = course_progress_map(user=user, courses=courses)
    return _path_progress([{"progress": progress[c.translation_key]} for c in courses])


def _localized(pages, model):
    """Each page's live translation in the active language when there is one (one query)."""
    language = get_language()
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return {page.pk: page for page in pages}
    translations = {
        page.translation_key: page
        for page in model.objects.live().filter(
            locale=locale, translation_key__in=[p.translation_key for p in pages]
        )
    }
    return {page.pk: translations.get(page.translation_key, page) for page in pages}


def dashboard_get(*, user, request):
    """Everything "Mon parcours" shows, in a constant number of queries."""
    enrolments = list(
        Enrolment.objects.active()
        .filter(user=user)
        .select_related("course", "path")
        .order_by("enrolled_at", "pk")
    )
    path_enrolments = [e for e in enrolments if e.path_id]
    shown_in_paths = {e.pk for e in path_enrolments}
    # Courses a path enrolled the learner in are shown under that path, not twice.
    course_enrolments = [
        e for e in enrolments if e.course_id and e.path_enrolment_id not in shown_in_paths
    ]
    paths = _localized([e.path for e in path_enrolments], LearningPathPage)
    courses = _localized([e.course for e in course_enrolments], CoursePage)
    courses_by_path = _path_courses(list(paths.values())) if paths else {}
    all_courses = {c.pk: c for c in courses.values()}
    for path_course_list in courses_by_path.values():
        all_courses.update({c.pk: c for c in path_course_list})
    progress = course_progress_map(user=user, courses=list(all_courses.values()), request=request)
    path_entries = []
    for enrolment in path_enrolments:
        path = paths[enrolment.path.pk]
        entries = [
            {"course": c, "progress": progress[c.translation_key]}
            for c in courses_by_path.get(path.pk, [])
        ]
        path_entries.append(
            {"enrolment": enrolment, "path": path, "courses": entries, **_path_progress(entries)}
        )
    course_entries = [
        {
            "enrolment": enrolment,
            "course": courses[enrolment.course.pk],
            "progress": progress[courses[enrolment.course.pk].translation_key],
        }
        for enrolment in course_enrolments
    ]
    recent = (
        LessonCompletion.objects.filter(user=user, lesson__live=True)
        .select_related("lesson")
        .defer("lesson__body")
        .order_by("-completed_at")[:10]
    )
    return {
        "path_entries": path_entries,
        "course_entries": course_entries,
        "recent_completions": list(recent),
    }


def catalogue_page_for_language(*, language_code):
    """The live catalogue in that language (or any), for the navigation link."""
    pages = CatalogueIndexPage.objects.live().public().order_by("path")
    return pages.filter(locale__language_code=language_code).first() or pages.first()


def catalogue_entry_list(*, catalogue, filters, page_number=None, per_page=12, request=None):
    """A page of live, public paths then courses matching `filters` (see CatalogueFilterForm)."""
    courses = CoursePage.objects.live().public().annotate(minutes=F("estimated_minutes"))
    course_minutes = (
        PathCourse.objects.filter(page=OuterRef("pk"), course__live=True)
        .values("page")
        .annotate(total=Sum("course__estimated_minutes"))
        .values("total")
    )
    paths = (
        LearningPathPage.objects.live()
        .public()
        .annotate(minutes=Coalesce(Subquery(course_minutes, output_field=IntegerField()), 0))
    )
    if filters.get("language"):
        courses = courses.filter(locale__language_code=filters["language"])
        paths = paths.filter(locale__language_code=filters["language"])
    for name in ("level", "audience"):
        if filters.get(name):
            courses = courses.filter(**{name: filters[name]})
            paths = paths.filter(**{name: filters[name]})
    if filters.get("certifying") is not None:
        courses = courses.filter(certifying=filters["certifying"])
        paths = paths.filter(certifying=filters["certifying"])
    if filters.get("theme"):
        courses = courses.filter(theme=filters["theme"])
        paths = paths.filter(
            Exists(PathCourse.objects.filter(page=OuterRef("pk"), course__theme=filters["theme"]))
        )
    if filters.get("duration"):
        low, high = filters["duration"].bounds
        courses = courses.filter(minutes__gte=low)
        paths = paths.filter(minutes__gte=low)
        if high is not None:
            courses = courses.filter(minutes__lt=high)
            paths = paths.filter(minutes__lt=high)
    entries = [
        *paths.select_related("locale").order_by("path"),
        *courses.select_related("locale").order_by("path"),
    ]
    return Paginator(entries, per_page).get_page(page_number)


def quiz_form_context_get(*, quiz, user):
    """Questions to show (shuffled per learner and attempt when asked) and attempts so far."""
    attempts = []
    if user.is_authenticated:
        attempts = list(
            QuizAttempt.objects.filter(user=user, quiz_key=quiz.translation_key)
            .order_by("attempt_number")
            .only("attempt_number", "score", "passed", "submitted_at")
        )
    next_number = len(attempts) + 1
    questions = quiz.question_list()
    if quiz.shuffle:
        rng = random.Random(f"{getattr(user, 'pk', 0)}:{quiz.translation_key}:{next_number}")
        rng.shuffle(questions)
        for question in questions:
            rng.shuffle(question["choices"])
    attempts_left = None if quiz.max_attempts is None else max(quiz.max_attempts - len(attempts), 0)
    return {
        "questions": questions,
        "attempts": attempts,
        "attempt_number": next_number,
        "attempts_left": attempts_left,
        "can_submit": attempts_left is None or attempts_left > 0,
        "passed": any(attempt.passed for attempt in attempts),
    }


def quiz_attempt_get(*, user, quiz, number):
    """One of the learner's attempts, with per-question feedback, or None."""
    attempt = QuizAttempt.objects.filter(
        user=user, quiz_key=quiz.translation_key, attempt_number=number
    ).first()
    if attempt is None:
        return None
    _score, results = quiz_grade(questions=quiz.question_list(), answers=attempt.answers)
    return {"attempt": attempt, "results": results}
