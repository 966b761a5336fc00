"""What "Mon parcours" shows: the learner's paths and courses with their progress, and the
lessons completed last. A constant number of queries, whatever the enrolments."""

from django.utils.translation import get_language
from wagtail.models import Locale

from ..models import CoursePage, Enrolment, LearningPathPage, LessonCompletion, LessonPage
from .progress import course_progress_map, path_courses_map, path_progress_summary


def _localized(pages, pages_of_model, locale):
    """Each page's live translation in `locale` when there is one (one query)."""
    if locale is None or not pages:
        return {page.pk: page for page in pages}
    translations = {
        page.translation_key: page
        for page in pages_of_model.live().filter(
            locale=locale, translation_key__in=[p.translation_key for p in pages]
        )
    }
    return {page.pk: translations.get(page.translation_key, page) for page in pages}


def _enrolments(user):
    """(path enrolments, course enrolments shown on their own), in enrolment order."""
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
    return path_enrolments, course_enrolments


def _recent_completions(user, locale):
    """The last ten lessons completed, each in the active language when it is translated
    (a completion keeps the lesson in the language it was done in)."""
    completions = list(
        LessonCompletion.objects.filter(user=user, lesson__live=True)
        .select_related("lesson")
        .defer("lesson__body")
        .order_by("-completed_at")[:10]
    )
    lessons = _localized(
        [c.lesson for c in completions], LessonPage.objects.defer_streamfields(), locale
    )
    return [{"lesson": lessons[c.lesson.pk], "completed_at": c.completed_at} for c in completions]


def dashboard_get(*, user, request):
    """Everything "Mon parcours" shows, in a constant number of queries."""
    locale = Locale.objects.filter(language_code=get_language()).first()
    path_enrolments, course_enrolments = _enrolments(user)
    paths = _localized([e.path for e in path_enrolments], LearningPathPage.objects, locale)
    courses = _localized([e.course for e in course_enrolments], CoursePage.objects, locale)
    courses_by_path = path_courses_map(paths=list(paths.values())) if paths else {}
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
            {"enrolment": enrolment, "path": path, "courses": entries}
            | path_progress_summary(entries)
        )
    course_entries = [
        {
            "enrolment": enrolment,
            "course": courses[enrolment.course.pk],
            "progress": progress[courses[enrolment.course.pk].translation_key],
        }
        for enrolment in course_enrolments
    ]
    return {
        "path_entries": path_entries,
        "course_entries": course_entries,
        "recent_completions": _recent_completions(user, locale),
    }
