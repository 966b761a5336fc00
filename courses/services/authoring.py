"""Authoring: what the demo loader and the tests use to build content the way an editor would
(a revision, then publication), so drafts, history and translations behave as in the admin.
The `actor` is the user Wagtail's history shows for each revision and publication."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ..models import CoursePage


@transaction.atomic
def page_ensure(*, actor=None, parent, page_class, slug, fields, publish=True):
    """Create or update (found by slug under `parent`) a page of `page_class`, then publish a
    revision of it. Returns the page."""
    page = page_class.objects.child_of(parent).filter(slug=slug).first()
    m2m = {name: fields.pop(name) for name in list(fields) if name in {"prerequisites"}}
    if page is None:
        page = page_class(slug=slug, locale=parent.locale, owner=actor, **fields)
        parent.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    for name, value in m2m.items():
        getattr(page, name).set(value)
    page.full_clean()
    revision = page.save_revision(user=actor)
    if publish:
        revision.publish(user=actor)
        page.refresh_from_db()
    return page


@transaction.atomic
def page_translation_ensure(*, actor=None, page, language_code, fields, publish=True):
    """Create or update the translation of `page` in `language_code` (Wagtail's
    copy_for_translation: same translation_key, so one activity for tracking and progress).
    The parent must be translated first."""
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=language_code)
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale)
    translation = translation.specific
    m2m = {name: fields.pop(name) for name in list(fields) if name in {"prerequisites"}}
    for name, value in fields.items():
        setattr(translation, name, value)
    for name, value in m2m.items():
        getattr(translation, name).set(value)
    translation.full_clean()
    revision = translation.save_revision(user=actor)
    if publish:
        revision.publish(user=actor)
        translation.refresh_from_db()
    return translation


@transaction.atomic
def _child_rows_set(page, name, rows):
    """Set the child rows `name` of `page`, updating the existing rows in place (by position;
    a translation's copies included) and writing them before the revision. Rows deleted and
    recreated would leave Wagtail's reference-index tasks, queued when they were saved, looking
    for rows that no longer exist (`PathCourse.DoesNotExist` in the worker)."""
    for row, existing in zip(rows, getattr(page, name).all(), strict=False):
        row.pk = existing.pk
    setattr(page, name, rows)
    getattr(page, name).commit()


def path_courses_set(*, actor=None, path, courses):
    """Set the ordered courses of a path and publish it."""
    from ..models import PathCourse

    _child_rows_set(
        path, "path_courses", [PathCourse(course=c, sort_order=i) for i, c in enumerate(courses)]
    )
    path.full_clean()
    path.save_revision(user=actor).publish(user=actor)
    path.refresh_from_db()
    return path


@transaction.atomic
def page_competencies_set(*, actor=None, page, mappings):
    """Set what a course, lesson or quiz develops (`mappings`: (competency, level) pairs; for a
    quiz (competency, level, "develops" | "assesses")) and publish a revision of the page."""
    from ..models import CourseCompetency, LessonCompetency, LessonPage, QuizCompetency, QuizPage

    page = page.specific
    if isinstance(page, QuizPage):
        rows = [
            QuizCompetency(
                competency=m[0], level=m[1], kind=m[2] if len(m) > 2 else "develops", sort_order=i
            )
            for i, m in enumerate(mappings)
        ]
    else:
        model = LessonCompetency if isinstance(page, LessonPage) else CourseCompetency
        if not isinstance(page, LessonPage | CoursePage):
            raise ValidationError(_("Seuls les cours, leçons et quiz développent des compétences."))
        rows = [model(competency=m[0], level=m[1], sort_order=i) for i, m in enumerate(mappings)]
    for row in rows:
        row.full_clean(exclude=["page"])
    _child_rows_set(page, "competency_mappings", rows)
    page.full_clean()
    page.save_revision(user=actor).publish(user=actor)
    page.refresh_from_db()
    return page
