"""Reads of "Mon profil de compétences": the learner's profile, computed by competencies, against
a job profile, and the courses and paths that would close the gap (only courses know what their
content develops, so the candidates are built here and ranked by competencies.api).

A constant number of queries, whatever the evidence, the requirements, the courses or the
paths."""

from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from competencies import api as competencies

from ..models import (
    CourseCompetency,
    CoursePage,
    Enrolment,
    LearningPathPage,
    PathCourse,
    QuizCompetency,
    QuizPage,
)


class UnknownJobProfileError(LookupError):
    """The job profile asked for does not exist."""


def default_job_profile_id(*, user):
    """The job profile of the learner's first enrolled path that has one, or None: one query."""
    return (
        Enrolment.objects.active()
        .filter(user=user, path__job_profile__isnull=False)
        .order_by("enrolled_at", "pk")
        .values_list("path__job_profile_id", flat=True)
        .first()
    )


def _positions(gap):
    return {
        level.pk: position
        for scale in gap.scales.values()
        for position, level in enumerate(scale, start=1)
    }


def gap_candidates(*, gap, request=None):
    """ContentCoverage of the live, public courses and paths in the active language that develop
    (course mapping) or assess (quiz inside the course) a competency missing from `gap`: the
    level each takes every such competency to. Four queries."""
    missing = [row.competency.pk for row in gap.missing_rows]
    if not missing:
        return []
    positions = _positions(gap)
    locale = Locale.objects.filter(language_code=get_language()).first()
    courses = CoursePage.objects.live().public().defer_streamfields()
    if locale is not None:
        courses = courses.filter(locale=locale)
    courses = list(courses.only("pk", "title", "path", "url_path", "translation_key", "locale_id"))
    by_key = {course.translation_key: course for course in courses}
    levels = {}  # {course translation_key: {competency pk: position}}

    def reach(key, competency_id, level_id):
        position = positions.get(level_id, 0)
        covered = levels.setdefault(key, {})
        covered[competency_id] = max(covered.get(competency_id, 0), position)

    for key, competency_id, level_id in CourseCompetency.objects.filter(
        competency_id__in=missing
    ).values_list("page__translation_key", "competency_id", "level_id"):
        if key in by_key:
            reach(key, competency_id, level_id)
    assessments = QuizCompetency.objects.filter(
        competency_id__in=missing, kind=QuizCompetency.Kind.ASSESSES, page__live=True
    ).values_list("page__path", "competency_id", "level_id")
    for path, competency_id, level_id in assessments:
        course = next((c for c in courses if path.startswith(c.path)), None)
        if course is not None:
            reach(course.translation_key, competency_id, level_id)
    candidates = [
        competencies.ContentCoverage(
            kind="course",
            kind_label=_("Cours"),
            title=by_key[key].title,
            url=by_key[key].get_url(request),
            levels=covered,
        )
        for key, covered in levels.items()
    ]
    paths = LearningPathPage.objects.live().public()
    if locale is not None:
        paths = paths.filter(locale=locale)
    path_rows = PathCourse.objects.filter(page__in=paths).values_list(
        "page_id", "page__title", "page__url_path", "course__translation_key"
    )
    path_levels, path_titles = {}, {}
    for page_id, title, url_path, course_key in path_rows:
        path_titles[page_id] = (title, url_path)
        covered = path_levels.setdefault(page_id, {})
        for competency_id, position in levels.get(course_key, {}).items():
            covered[competency_id] = max(covered.get(competency_id, 0), position)
    path_pages = (
        {
            page.pk: page
            for page in paths.filter(pk__in=list(path_levels)).only(
                "pk", "title", "url_path", "path", "translation_key", "locale_id"
            )
        }
        if path_levels
        else {}
    )
    candidates += [
        competencies.ContentCoverage(
            kind="path",
            kind_label=_("Parcours"),
            title=path_pages[page_id].title,
            url=path_pages[page_id].get_url(request),
            levels=covered,
        )
        for page_id, covered in path_levels.items()
        if covered and page_id in path_pages
    ]
    return candidates


def competency_profile_get(*, user, job_profile_id=None, request=None):
    """Everything "Mon profil de compétences" shows. `job_profile_id` None: the job profile of
    the learner's first enrolled path. Raises UnknownJobProfileError for an unknown id."""
    states = competencies.learner_competency_states(user=user, request=request)
    chosen = job_profile_id if job_profile_id is not None else default_job_profile_id(user=user)
    job_profile = competencies.job_profile_get(pk=chosen) if chosen is not None else None
    if job_profile is None and job_profile_id is not None:
        raise UnknownJobProfileError(job_profile_id)
    context = {
        "states": list(states.values()),
        "job_profile": job_profile,
        "job_profile_choices": competencies.job_profile_choices(),
        "gap": None,
        "chart": None,
        "ranked": [],
    }
    if job_profile is not None:
        gap = competencies.job_profile_gap(job_profile=job_profile, states=states)
        context["gap"] = gap
        context["chart"] = competencies.gap_chart(gap=gap)
        context["ranked"] = competencies.gap_content_rank(
            gap=gap, candidates=gap_candidates(gap=gap, request=request)
        )
    return context


def content_competency_ids(*, page):
    """The competencies a course or a path develops: those mapped to the course (or to the
    path's courses), and those a quiz inside them assesses, in any language. What a
    certificate on this page attests. Four queries at most, whatever the size of the path."""
    if LearningPathPage.objects.filter(pk=page.pk).exists():
        course_ids = PathCourse.objects.filter(page_id=page.pk).values_list("course_id", flat=True)
    else:
        course_ids = [page.pk]
    courses = list(
        CoursePage.objects.filter(pk__in=course_ids).values_list("path", "translation_key")
    )
    if not courses:
        return set()
    ids = set(
        CourseCompetency.objects.filter(
            page__translation_key__in=[key for _path, key in courses]
        ).values_list("competency_id", flat=True)
    )
    inside = Q()
    for tree_path, _key in courses:
        inside |= Q(path__startswith=tree_path)
    quiz_keys = QuizPage.objects.filter(inside).values("translation_key")
    ids.update(
        QuizCompetency.objects.filter(
            kind=QuizCompetency.Kind.ASSESSES, page__translation_key__in=quiz_keys
        ).values_list("competency_id", flat=True)
    )
    return ids
