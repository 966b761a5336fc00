"""The outline of a course: its live, public modules, lessons and quizzes in tree order, the
same for every learner, cached as plain data between requests (see course_outline_map)."""

import uuid
from dataclasses import dataclass, field
from urllib.parse import quote

from django.core.cache import cache
from django.db.models import Q
from wagtail.models import PageViewRestriction

from ..models import LessonPage, ModulePage, QuizPage
from .cache import outline_keys


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


def _is_restricted(path, restricted):
    return any(path.startswith(prefix) for prefix in restricted)


def _url_suffix(course, url_path):
    # The same quoting as Django's reverse(), which builds the course's own URL.
    return quote(url_path[len(course.url_path) :], safe="!$&'()*+,;=/~:@")


def _outline_rows(courses):
    """(modules, items) of live pages below these courses, as rows in tree order (three
    queries; StreamFields are not loaded)."""
    under = Q()
    for course in courses:
        under |= Q(path__startswith=course.path, depth__gt=course.depth)
    common = ("pk", "title", "path", "url_path", "translation_key")
    modules = sorted(
        ModulePage.objects.live().filter(under).values(*common, "intro"),
        key=lambda row: row["path"],
    )
    lessons = LessonPage.objects.live().filter(under)
    quizzes = QuizPage.objects.live().filter(under)
    items = sorted(
        [
            *(
                {**row, "kind": "lesson"}
                for row in lessons.values(*common, "required", "estimated_minutes")
            ),
            *({**row, "kind": "quiz", "required": True} for row in quizzes.values(*common)),
        ],
        key=lambda row: row["path"],
    )
    return modules, items


def _outline_page(course, row, kind):
    return OutlinePage(
        pk=row["pk"],
        title=row["title"],
        translation_key=row["translation_key"],
        kind=kind,
        url_suffix=_url_suffix(course, row["url_path"]),
        required=row.get("required", True),
        estimated_minutes=row.get("estimated_minutes") or 0,
        intro=row.get("intro", ""),
    )


def _outline_build(courses):
    """{course pk: [(module, (items...))]} of live, public pages in tree order, as plain data.

    Four queries whatever the number of courses and items (restrictions, modules, lessons,
    quizzes).
    """
    restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    modules, items = _outline_rows(courses)
    built = {}
    for course in courses:
        built[course.pk] = [
            (
                _outline_page(course, module, "module"),
                tuple(
                    _outline_page(course, row, row["kind"])
                    for row in items
                    if row["path"].startswith(module["path"])
                    and not _is_restricted(row["path"], restricted)
                ),
            )
            for module in modules
            if module["path"].startswith(course.path)
            and not _is_restricted(module["path"], restricted)
        ]
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
    keys = outline_keys(courses)
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
