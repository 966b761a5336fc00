"""The catalogue: live, public paths and courses, filtered (CatalogueFilterForm) and paged."""

from django.core.paginator import Paginator
from django.db.models import Exists, F, IntegerField, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce

from ..models import CatalogueIndexPage, CoursePage, LearningPathPage, PathCourse


def catalogue_page_for_language(*, language_code):
    """The live catalogue in that language (or any), for the navigation link."""
    pages = CatalogueIndexPage.objects.live().public().order_by("path")
    return pages.filter(locale__language_code=language_code).first() or pages.first()


def _catalogue_querysets():
    """(paths, courses): live and public, each annotated with its `minutes`."""
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
    return paths, courses


def _catalogue_filter(paths, courses, filters):
    """Both querysets narrowed by `filters` (a path matches a theme one of its courses has)."""
    same = {}
    if filters.get("language"):
        same["locale__language_code"] = filters["language"]
    for name in ("level", "audience"):
        if filters.get(name):
            same[name] = filters[name]
    if filters.get("certifying") is not None:
        same["certifying"] = filters["certifying"]
    if filters.get("duration"):
        low, high = filters["duration"].bounds
        same["minutes__gte"] = low
        if high is not None:
            same["minutes__lt"] = high
    courses, paths = courses.filter(**same), paths.filter(**same)
    if filters.get("theme"):
        courses = courses.filter(theme=filters["theme"])
        paths = paths.filter(
            Exists(PathCourse.objects.filter(page=OuterRef("pk"), course__theme=filters["theme"]))
        )
    return paths, courses


def catalogue_entry_list(*, catalogue, filters, page_number=None, per_page=12, request=None):
    """A page of live, public paths then courses matching `filters` (see CatalogueFilterForm)."""
    paths, courses = _catalogue_filter(*_catalogue_querysets(), filters)
    entries = [
        *paths.select_related("locale").order_by("path"),
        *courses.select_related("locale").order_by("path"),
    ]
    return Paginator(entries, per_page).get_page(page_number)
