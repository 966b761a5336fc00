"""Reads of the courses app. Every function here runs a number of queries that does not grow
with the number of modules, lessons, quizzes or enrolments."""

import hashlib
import random
import uuid
from dataclasses import dataclass, field
from urllib.parse import quote

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Exists, F, IntegerField, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils.translation import get_language
from wagtail.models import Locale, Page, PageViewRestriction

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


@dataclass(frozen=True)
class OutlinePage:
    """What an outline keeps of a module, lesson or quiz: plain data, the same for every learner,
    cached between requests (see course_outline_map)."""

    pk: int
    title: str
    translation_key: uuid.UUID
    kind: str  # "module", "lesson" or "quiz"
    url_suffix: str  # the page's URL below its course's URL
    required: bool = True
    estimated_minutes: int = 0
    intro: str = ""


@dataclass
class OutlineModule:
    page: OutlinePage
    url: str | None = None
    items: list = field(default_factory=list)


@dataclass
class OutlineItem:
    page: OutlinePage
    module: OutlineModule
    url: str | None = None
    done: bool = False
    last_activity: object = None

    @property
    def kind(self):
        return self.page.kind

    @property
    def required(self):
        return self.page.required

    @property
    def key(self):
        return self.page.translation_key


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

    @property
    def completed_items(self):
        return [item for item in self.items if item.done]


def _restricted_paths():
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def _is_restricted(path, restricted):
    return any(path.startswith(prefix) for prefix in restricted)


# The outline of a course changes only when an editor publishes, unpublishes, moves or deletes
# one of its pages, or changes a view restriction: it is cached under a version that handlers.py
# drops then (outline_cache_expire). Every learner and visitor shares it.
OUTLINE_VERSION_KEY = "courses:outline-version:{}"
OUTLINE_VERSION_ALL = OUTLINE_VERSION_KEY.format("all")
# Any of those changes also drops the version under which each page's course is cached.
TREE_VERSION_KEY = "courses:tree-version"
# What a learner has done changes only through their own enrolments, completions and attempts:
# pages read it from the cache under a version per learner that handlers.py drops on any write
# of those rows (learner_cache_expire). Services, which decide, always read the database.
LEARNER_VERSION_KEY = "courses:learner-version:{}"
LEARNER_VERSION_SECONDS = 24 * 3600
NOT_ENROLLED = "none"


def _version(key, timeout=None):
    version = cache.get(key)
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(key, version, timeout=timeout):  # another request set it first
            version = cache.get(key) or version
    return version


def learner_cache_expire(*, user_id):
    """Forget what pages cached of this learner's enrolments and progress, now and again after
    the commit (see outline_cache_expire)."""
    key = LEARNER_VERSION_KEY.format(user_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def _learner_key(user, *parts):
    version = _version(LEARNER_VERSION_KEY.format(user.pk), LEARNER_VERSION_SECONDS)
    return ":".join(["courses:learner", str(user.pk), version, *parts])


def _outline_keys(courses):
    """{course pk: cache key of its outline}, made of the current versions (one cache read)."""
    version_keys = [OUTLINE_VERSION_ALL, *(OUTLINE_VERSION_KEY.format(c.pk) for c in courses)]
    versions = cache.get_many(version_keys)
    missing = {key: uuid.uuid4().hex for key in version_keys if key not in versions}
    if missing:
        cache.set_many(missing, timeout=None)
        versions.update(missing)
    every = versions[OUTLINE_VERSION_ALL]
    return {
        course.pk: (
            f"courses:outline:{course.translation_key}:{course.locale_id}:"
            f"{versions[OUTLINE_VERSION_KEY.format(course.pk)]}:{every}"
        )
        for course in courses
    }


def outline_cache_expire(*, page=None):
    """Forget the cached outline of the course `page` is or is in (no page: of every course).

    Dropped at once and again after the commit: a request that read the tree before the commit
    may have cached the old outline under the version dropped first.
    """
    if page is None:
        keys = [OUTLINE_VERSION_ALL, TREE_VERSION_KEY]
    else:
        step = Page.steplen
        ancestors = [page.path[:end] for end in range(step, len(page.path) + 1, step)]
        courses = list(CoursePage.objects.filter(path__in=ancestors).values_list("pk", flat=True))
        if page.pk in courses:  # a course changed: so did the courses it is a prerequisite of
            courses += CoursePage.prerequisites.through.objects.filter(
                to_coursepage=page.pk
            ).values_list("from_coursepage", flat=True)
        keys = [TREE_VERSION_KEY, *(OUTLINE_VERSION_KEY.format(pk) for pk in courses)]
    if keys:
        cache.delete_many(keys)
        transaction.on_commit(lambda: cache.delete_many(keys))


def _url_suffix(course, url_path):
    # The same quoting as Django's reverse(), which builds the course's own URL.
    return quote(url_path[len(course.url_path) :], safe="!$&'()*+,;=/~:@")


def _outline_build(courses):
    """{course pk: [(module, (items...))]} of live, public pages in tree order, as plain data.

    Four queries whatever the number of courses and items (restrictions, modules, lessons,
    quizzes; StreamFields are not loaded).
    """
    under = Q()
    for course in courses:
        under |= Q(path__startswith=course.path, depth__gt=course.depth)
    restricted = _restricted_paths()
    common = ("pk", "title", "path", "url_path", "translation_key")
    modules = sorted(
        ModulePage.objects.live().filter(under).values(*common, "intro"),
        key=lambda row: row["path"],
    )
    items = sorted(
        [
            *(
                {**row, "kind": "lesson"}
                for row in LessonPage.objects.live()
                .filter(under)
                .values(*common, "required", "estimated_minutes")
            ),
            *(
                {**row, "kind": "quiz", "required": True}
                for row in QuizPage.objects.live().filter(under).values(*common)
            ),
        ],
        key=lambda row: row["path"],
    )
    built = {}
    for course in courses:
        course_modules = []
        for module in modules:
            if not module["path"].startswith(course.path) or _is_restricted(
                module["path"], restricted
            ):
                continue
            module_items = tuple(
                OutlinePage(
                    pk=row["pk"],
                    title=row["title"],
                    translation_key=row["translation_key"],
                    kind=row["kind"],
                    url_suffix=_url_suffix(course, row["url_path"]),
                    required=row["required"],
                    estimated_minutes=row.get("estimated_minutes") or 0,
                )
                for row in items
                if row["path"].startswith(module["path"])
                and not _is_restricted(row["path"], restricted)
            )
            page = OutlinePage(
                pk=module["pk"],
                title=module["title"],
                translation_key=module["translation_key"],
                kind="module",
                url_suffix=_url_suffix(course, module["url_path"]),
                intro=module["intro"],
            )
            course_modules.append((page, module_items))
        built[course.pk] = course_modules
    return built


def _url_join(base, suffix):
    if base is None:
        return None
    if base.endswith("/"):
        return base + suffix
    return f"{base}/{suffix}".rstrip("/")  # WAGTAIL_APPEND_SLASH = False


def course_outline_map(*, courses, request=None):
    """{course pk: (modules, items, course url)} for live, public modules, lessons and quizzes,
    in tree order. From the cache; on a miss, four queries whatever the number of courses and
    items. URLs are the course's URL (one get_url per course) then each page's cached suffix.
    """
    courses = list(courses)
    if not courses:
        return {}
    keys = _outline_keys(courses)
    cached = cache.get_many(list(keys.values()))
    data = {pk: cached[key] for pk, key in keys.items() if key in cached}
    missing = [course for course in courses if course.pk not in data]
    if missing:
        built = _outline_build(missing)
        cache.set_many({keys[pk]: outline for pk, outline in built.items()})
        data.update(built)
    outline = {}
    for course in courses:
        base = course.get_url(request)
        modules, items = [], []
        for module_page, item_pages in data[course.pk]:
            module = OutlineModule(page=module_page, url=_url_join(base, module_page.url_suffix))
            for page in item_pages:
                item = OutlineItem(page=page, module=module, url=_url_join(base, page.url_suffix))
                module.items.append(item)
                items.append(item)
            modules.append(module)
        outline[course.pk] = (modules, items, base)
    return outline


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


def course_progress_map(*, user, courses, request=None, cached=False):
    """{course translation_key: CourseProgress} for `user` (anonymous: nothing marked done).

    `cached`: the learner's rows may come from the cache (pages; services read the database).
    """
    outlines = course_outline_map(courses=courses, request=request)
    keys = [item.key for _modules, items, _url in outlines.values() for item in items]
    done_lessons, passed_quizzes, last_attempts = {}, {}, {}
    if user is not None and user.is_authenticated and keys:
        if cached:
            digest = hashlib.blake2b("|".join(map(str, keys)).encode(), digest_size=16).hexdigest()
            cache_key = _learner_key(user, "rows", digest)
            rows = cache.get(cache_key)
            if rows is None:
                rows = _learner_rows(user, keys)
                cache.set(cache_key, rows)
        else:
            rows = _learner_rows(user, keys)
        done_lessons, passed_quizzes, last_attempts = rows
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
        key = _learner_key(user, "enrolment", str(page.translation_key))
        enrolment = cache.get(key)
        if enrolment is None:
            enrolment = enrolment_active_get(user=user, page=page) or NOT_ENROLLED
            cache.set(key, enrolment)
        return None if enrolment == NOT_ENROLLED else enrolment
    return Enrolment.objects.active().filter(user=user, content_key=page.translation_key).first()


def course_for_page(*, page, cached=False):
    """The course a module, lesson or quiz belongs to (one query; `cached`: none while the
    courses' pages are unchanged)."""
    if not cached:
        return CoursePage.objects.ancestor_of(page).first()
    key = f"courses:course-of:{page.path}:{_version(TREE_VERSION_KEY)}"
    course = cache.get(key)
    if course is None:
        course = CoursePage.objects.ancestor_of(page).first()
        if course is not None:
            cache.set(key, course)
    return course


def item_context_get(*, page, request):
    """Context of a module, lesson or quiz page: outline with done marks, previous/next."""
    course = course_for_page(page=page, cached=True)
    if course is None:  # an orphan page in the admin preview
        return {"course": None, "enrolment": None, "progress": None}
    enrolment = enrolment_active_get(user=request.user, page=course, cached=True)
    progress = course_progress_map(
        user=request.user if enrolment else None, courses=[course], request=request, cached=True
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


def _prerequisites(course):
    """The live, public prerequisites of a course, cached with its outline (whose version also
    changes when one of them does)."""
    key = f"{_outline_keys([course])[course.pk]}:prerequisites"
    prerequisites = cache.get(key)
    if prerequisites is None:
        prerequisites = list(
            course.prerequisites.live().public().only("title", "url_path", "path", "depth")
        )
        cache.set(key, prerequisites)
    return prerequisites


def course_detail_get(*, course, request):
    enrolment = enrolment_active_get(user=request.user, page=course, cached=True)
    progress = course_progress_map(
        user=request.user if enrolment else None, courses=[course], request=request, cached=True
    )[course.translation_key]
    progress.enrolment = enrolment
    prerequisites = _prerequisites(course)
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
    enrolment = enrolment_active_get(user=request.user, page=path, cached=True)
    progress = (
        course_progress_map(user=request.user, courses=courses, request=request, cached=True)
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
    recent = list(
        LessonCompletion.objects.filter(user=user, lesson__live=True)
        .select_related("lesson")
        .defer("lesson__body")
        .order_by("-completed_at")[:10]
    )
    # A lesson completed in French reads in English on /en/ (its translation, when live).
    lessons = _localized([completion.lesson for completion in recent], LessonPage)
    return {
        "path_entries": path_entries,
        "course_entries": course_entries,
        "recent_completions": [
            RecentLesson(lesson=lessons[c.lesson.pk], completed_at=c.completed_at) for c in recent
        ],
    }


@dataclass(frozen=True)
class RecentLesson:
    lesson: object
    completed_at: object


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
