"""What the course, path, module, lesson and quiz pages show (their get_context calls these)."""

from django.core.cache import cache

from ..models import CoursePage, ModulePage
from .cache import outline_keys, tree_version
from .progress import (
    course_progress_map,
    enrolment_active_get,
    path_courses_map,
    path_progress_summary,
)


def course_for_page(*, page, cached=False):
    """The course a module, lesson or quiz belongs to (one query; `cached`: none while the
    courses' pages are unchanged)."""
    if not cached:
        return CoursePage.objects.ancestor_of(page).first()
    key = f"courses:course-of:{page.path}:{tree_version()}"
    course = cache.get(key)
    if course is None:
        course = CoursePage.objects.ancestor_of(page).first()
        if course is not None:
            cache.set(key, course)
    return course


def _course_progress(*, course, request):
    """The visitor's enrolment in `course` and their progress in it (from the cache)."""
    enrolment = enrolment_active_get(user=request.user, page=course, cached=True)
    progress = course_progress_map(
        user=request.user if enrolment else None, courses=[course], request=request, cached=True
    )[course.translation_key]
    progress.enrolment = enrolment
    return enrolment, progress


def item_context_get(*, page, request):
    """Context of a module, lesson or quiz page: outline with done marks, previous/next."""
    course = course_for_page(page=page, cached=True)
    if course is None:  # an orphan page in the admin preview
        return {"course": None, "enrolment": None, "progress": None}
    enrolment, progress = _course_progress(course=course, request=request)
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
    key = f"{outline_keys([course])[course.pk]}:prerequisites"
    prerequisites = cache.get(key)
    if prerequisites is None:
        prerequisites = list(
            course.prerequisites.live().public().only("title", "url_path", "path", "depth")
        )
        cache.set(key, prerequisites)
    return prerequisites


def course_detail_get(*, course, request):
    enrolment, progress = _course_progress(course=course, request=request)
    return {"enrolment": enrolment, "progress": progress, "prerequisites": _prerequisites(course)}


def path_detail_get(*, path, request):
    courses = path_courses_map(paths=[path])[path.pk]
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
        "path_progress": path_progress_summary(entries) if enrolment else None,
    }
