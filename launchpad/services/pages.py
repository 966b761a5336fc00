"""Authoring the pack: what the demo loader and the tests use to build a pack the way an editor
would (a revision, then publication), so drafts, history and translations behave as in the
admin. The `actor` is the user Wagtail's history shows for each revision and publication.

Child rows (tasks, templates, links, competencies) are matched to the existing ones by what
identifies them (a task by its key, a template by its document, a link by its target, a
competency mapping by its competency and level) and updated in place: a task keeps its row and
its key when its label changes, and no row is deleted and recreated under Wagtail's
reference-index tasks."""

from pathlib import Path

from django.core.files import File
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale
from wagtail.utils.file import hash_filelike

from ..models import (
    LaunchpadPage,
    LaunchStepCompetency,
    LaunchStepLink,
    LaunchStepPage,
    LaunchStepTask,
    LaunchStepTemplate,
)

_ROWS = {
    # relation name: (model, identity of a row)
    "tasks": (LaunchStepTask, lambda row: row.key),
    "templates": (LaunchStepTemplate, lambda row: row.document_id),
    "links": (LaunchStepLink, lambda row: row.target_id),
    "competency_mappings": (
        LaunchStepCompetency,
        lambda row: (row.competency_id, row.level_id),
    ),
}


def _rows_build(rows):
    """Row instances from the plain data a caller gives (dicts of fields, in order)."""
    built = {}
    for name, values in rows.items():
        model = _ROWS[name][0]
        built[name] = [model(sort_order=index, **value) for index, value in enumerate(values)]
        for row in built[name]:
            row.full_clean(exclude=["page"])
    return built


def _rows_assign(page, rows, *, by_position=False):
    """Give `page` these rows, reusing the primary keys of the rows it has: by identity (a
    task's key, a template's document...), or for a translation, whose rows Wagtail copied
    from the source and which point at the source language's documents and pages, by
    position. A row deleted and created again would leave Wagtail's reference-index task,
    queued when the row was saved, looking for a row that no longer exists (issue 11, item 6)."""
    for name, new_rows in rows.items():
        current = list(getattr(page, name).all())
        if by_position and name != "tasks":  # tasks keep their keys in every language
            pks = [row.pk for row in sorted(current, key=lambda row: (row.sort_order, row.pk))]
            for index, row in enumerate(new_rows):
                row.pk = pks[index] if index < len(pks) else None
        else:
            identity = _ROWS[name][1]
            existing = {identity(row): row.pk for row in current}
            for row in new_rows:
                row.pk = existing.get(identity(row))
        setattr(page, name, new_rows)


def _publish(page, actor, publish):
    page.full_clean()
    revision = page.save_revision(user=actor)
    if publish:
        revision.publish(user=actor)
        page.refresh_from_db()
    return page


def _ensure(*, actor, parent, page_class, slug, fields, rows, publish):
    page = page_class.objects.child_of(parent).filter(slug=slug).first()
    built = _rows_build(rows)
    if page is None:
        page = page_class(slug=slug, locale=parent.locale, owner=actor, **fields)
        for name, new_rows in built.items():
            setattr(page, name, new_rows)
        parent.add_child(instance=page)  # then cleaned by _publish, inside the transaction
    else:
        for name, value in fields.items():
            setattr(page, name, value)
        _rows_assign(page, built)
    return _publish(page, actor, publish)


@transaction.atomic
def pack_ensure(*, actor=None, parent, slug, fields, publish=True):
    """Create or update (found by slug under `parent`, the home page) a pack and publish it."""
    return _ensure(
        actor=actor,
        parent=parent,
        page_class=LaunchpadPage,
        slug=slug,
        fields=fields,
        rows={},
        publish=publish,
    )


@transaction.atomic
def step_ensure(
    *,
    actor=None,
    pack,
    slug,
    fields,
    tasks=(),
    templates=(),
    links=(),
    competencies=(),
    publish=True,
):
    """Create or update (found by slug in `pack`) a step with its rows and publish it.

    `tasks`: [{"key", "label", "help_text"?}], `templates`: [{"document", "label",
    "description"?}], `links`: lesson or course pages, `competencies`: (competency, level)
    pairs. New steps go last: the pack's order is the page tree's."""
    return _ensure(
        actor=actor,
        parent=pack,
        page_class=LaunchStepPage,
        slug=slug,
        fields=fields,
        rows=_step_rows(tasks, templates, links, competencies),
        publish=publish,
    )


def _step_rows(tasks, templates, links, competencies):
    """The rows given (None: that relation is left as it is), as plain data."""
    given = {
        "tasks": tasks and [dict(task) for task in tasks],
        "templates": templates and [dict(template) for template in templates],
        "links": links and [{"target": page} for page in links],
        "competency_mappings": competencies
        and [{"competency": competency, "level": level} for competency, level in competencies],
    }
    sources = {"tasks": tasks, "templates": templates, "links": links,
               "competency_mappings": competencies}  # fmt: skip
    return {name: value or [] for name, value in given.items() if sources[name] is not None}


@transaction.atomic
def step_rows_set(
    *, actor=None, step, tasks=None, templates=None, links=None, competencies=None, publish=True
):
    """Replace some of a step's rows (those given) and publish a revision."""
    step = step.specific
    _rows_assign(step, _rows_build(_step_rows(tasks, templates, links, competencies)))
    return _publish(step, actor, publish)


@transaction.atomic
def page_translation_ensure(
    *,
    actor=None,
    page,
    language_code,
    fields,
    tasks=None,
    templates=None,
    links=None,
    competencies=None,
    publish=True,
):
    """Create or update the translation of a pack or a step in `language_code` (Wagtail's
    copy_for_translation: same translation_key, so one activity for tracking, and the task rows
    copied with their keys). The parent must be translated first. A step's rows may be given
    (the same keys as the source's tasks: projects tick by key)."""
    locale = Locale.objects.get(language_code=language_code)
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale)
    translation = translation.specific
    for name, value in fields.items():
        setattr(translation, name, value)
    if isinstance(translation, LaunchStepPage):
        rows = _step_rows(tasks, templates, links, competencies)
        _rows_assign(translation, _rows_build(rows), by_position=True)
    return _publish(translation, actor, publish)


@transaction.atomic
def template_document_ensure(*, actor=None, title, path):
    """The Wagtail document titled `title` holding the file at `path`: created, or its file
    replaced when the content changed (compared by hash), else left as it is."""
    Document = get_document_model()
    path = Path(path)
    # Wagtail's migration creates the root collection; a database emptied since has none.
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    with path.open("rb") as handle:
        digest = hash_filelike(handle)
        document = Document.objects.filter(title=title).first()
        if document is not None and document.file_hash == digest:
            return document
        if document is None:
            document = Document(title=title, uploaded_by_user=actor, collection=root)
        handle.seek(0)
        document.file = File(handle, name=path.name)
        document._set_document_file_metadata()
        document.full_clean()
        document.save()
    return document
