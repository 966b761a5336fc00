"""Reads of "Mon profil de compétences": the learner's profile, computed by competencies, against
a job profile, and the courses and paths that would close the gap (only courses know what their
content develops, so the candidates are built here and ranked by competencies.api).

A constant number of queries, whatever the evidence, the requirements, the courses or the
paths."""

from dataclasses import replace

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, Q
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

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


def gap_candidates(*, gap):
    """ContentCoverage of the live, public courses and paths in the active language that develop
    (course mapping) or assess (quiz inside the course) a competency missing from `gap`: the
    level each takes every such competency to; `ref` is the page's pk and `url` is None (only
    the few ranked first need one: content_urls). Five queries, and no page instance: a row is a
    tuple whatever the size of the catalogue."""
    missing = [row.competency.pk for row in gap.missing_rows]
    if not missing:
        return []
    positions = _positions(gap)
    language = get_language()
    pages = (
        Page.objects.live()
        .public()
        .type(CoursePage, LearningPathPage)
        # The active language's pages; all of them if that language has no locale at all.
        .filter(
            Q(locale__language_code=language)
            | ~Exists(Locale.objects.filter(language_code=language))
        )
        .values_list("pk", "title", "path", "translation_key", "content_type_id")
    )
    path_type = ContentType.objects.get_for_model(LearningPathPage).pk
    courses, paths = {}, {}  # {translation key: (pk, title)}, {pk: title}
    by_tree_path = {}  # {course tree path: translation key}
    for pk, title, tree_path, key, content_type_id in pages:
        if content_type_id == path_type:
            paths[pk] = title
        else:
            courses[key] = (pk, title)
            by_tree_path[tree_path] = key
    levels = {}  # {course translation_key: {competency pk: position}}

    def reach(key, competency_id, level_id):
        position = positions.get(level_id, 0)
        covered = levels.setdefault(key, {})
        covered[competency_id] = max(covered.get(competency_id, 0), position)

    for key, competency_id, level_id in CourseCompetency.objects.filter(
        competency_id__in=missing
    ).values_list("page__translation_key", "competency_id", "level_id"):
        if key in courses:
            reach(key, competency_id, level_id)
    assessments = QuizCompetency.objects.filter(
        competency_id__in=missing, kind=QuizCompetency.Kind.ASSESSES, page__live=True
    ).values_list("page__path", "competency_id", "level_id")
    step = Page.steplen
    for quiz_path, competency_id, level_id in assessments:
        # The course is the quiz's ancestor: one of the prefixes of its tree path.
        key = next(
            (
                by_tree_path[quiz_path[:end]]
                for end in range(step, len(quiz_path), step)
                if quiz_path[:end] in by_tree_path
            ),
            None,
        )
        if key is not None:
            reach(key, competency_id, level_id)
    candidates = [
        competencies.ContentCoverage(
            kind="course",
            kind_label=_("Cours"),
            title=courses[key][1],
            url=None,
            levels=covered,
            ref=courses[key][0],
        )
        for key, covered in levels.items()
    ]
    path_levels = {}
    path_rows = PathCourse.objects.filter(page_id__in=list(paths)).values_list(
        "page_id", "course__translation_key"
    )
    for page_id, course_key in path_rows:
        covered = path_levels.setdefault(page_id, {})
        for competency_id, position in levels.get(course_key, {}).items():
            covered[competency_id] = max(covered.get(competency_id, 0), position)
    candidates += [
        competencies.ContentCoverage(
            kind="path",
            kind_label=_("Parcours"),
            title=paths[page_id],
            url=None,
            levels=covered,
            ref=page_id,
        )
        for page_id, covered in path_levels.items()
        if covered
    ]
    return candidates


def content_urls(*, ranked, request=None):
    """The ranked contents of gap_content_rank with their URLs: one query for all of them."""
    if not ranked:
        return []
    pages = Page.objects.filter(pk__in=[item.content.ref for item in ranked]).only(
        "pk", "url_path", "path", "locale_id"
    )
    urls = {page.pk: page.get_url(request) for page in pages}
    return [
        replace(item, content=replace(item.content, url=urls.get(item.content.ref)))
        for item in ranked
    ]


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
        ranked = competencies.gap_content_rank(gap=gap, candidates=gap_candidates(gap=gap))
        context["ranked"] = content_urls(ranked=ranked, request=request)
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
