"""What the pack and step pages show, and a pack's steps as plain data for higher layers.

Each call runs a fixed number of queries, whatever the number of steps, tasks, templates and
linked pages (tests/launchpad/test_selectors_pages.py): `pack_steps` reads the steps (their
bodies deferred: the outline does not show them) and their tasks; `step_context_get` adds the
pack, the step's tasks, templates with their documents, links, the linked pages in the step's
language and the competencies with their levels."""

from dataclasses import dataclass, field

from django.db.models import Prefetch
from wagtail.models import Page

from ..models import (
    LaunchpadPage,
    LaunchStepCompetency,
    LaunchStepLink,
    LaunchStepPage,
    LaunchStepTask,
    LaunchStepTemplate,
)


@dataclass
class StepOutline:
    """A step of a pack as the pack page, the step pages and higher apps use it."""

    page: LaunchStepPage
    number: int
    tasks: list = field(default_factory=list)  # LaunchStepTask, in order

    @property
    def key(self):
        return self.page.translation_key

    @property
    def task_keys(self):
        return [task.key for task in self.tasks]


def pack_for_language(*, language_code):
    """The live, public pack in that language (or in any language), for the navigation link."""
    packs = LaunchpadPage.objects.live().public().order_by("path")
    return packs.filter(locale__language_code=language_code).first() or packs.first()


def pack_steps(*, pack, live=True):
    """The steps of `pack` in the order of the page tree, each with its checklist (`live`: the
    live, public steps only). The pages' bodies are deferred."""
    steps = LaunchStepPage.objects.child_of(pack).order_by("path").defer_streamfields()
    if live:
        steps = steps.live().public()
    steps = steps.prefetch_related(
        Prefetch("tasks", queryset=LaunchStepTask.objects.order_by("sort_order", "pk"))
    )
    return [
        StepOutline(page=step, number=number, tasks=list(step.tasks.all()))
        for number, step in enumerate(steps, start=1)
    ]


def step_task_keys(*, step):
    """The keys of a step's checklist, in order: one query."""
    return list(
        LaunchStepTask.objects.filter(page=step)
        .order_by("sort_order", "pk")
        .values_list("key", flat=True)
    )


def pack_context_get(*, pack):
    steps = pack_steps(pack=pack)
    return {
        "steps": steps,
        "total_minutes": sum(step.page.estimated_minutes for step in steps),
        "task_count": sum(len(step.tasks) for step in steps),
    }


def _linked_pages(step, rows=None):
    """The lessons and courses the step links to, in the step's language when translated (a
    translation keeps the rows of its source), live and public only, in the step's order.
    `rows`: (translation_key, page id) pairs, by default the step's saved links."""
    if rows is None:
        rows = list(
            LaunchStepLink.objects.filter(page=step)
            .order_by("sort_order", "pk")
            .values_list("target__translation_key", "target_id")
        )
    if not rows:
        return []
    pages = (
        Page.objects.live()
        .public()
        .filter(translation_key__in={key for key, _pk in rows})
        .select_related("locale")
        .only("pk", "title", "url_path", "path", "depth", "translation_key", "locale",
              "content_type_id")
    )  # fmt: skip
    by_key = {}
    for page in pages:
        current = by_key.get(page.translation_key)
        if page.locale_id == step.locale_id or current is None:
            by_key[page.translation_key] = page
    linked = []
    for key, _pk in rows:
        page = by_key.get(key)
        if page is not None:
            kind = "course" if page.specific_class.__name__ == "CoursePage" else "lesson"
            linked.append({"page": page, "kind": kind})
    return linked


def _step_rows(step, preview, tasks=None):
    """The step's tasks, templates, link rows and competency mappings: from the database (a
    query each), or in a preview from the page being edited (its rows are not saved yet)."""
    if preview:
        links = [(link.target.translation_key, link.target_id) for link in step.links.all()]
        return (
            list(step.tasks.all()),
            list(step.templates.all()),
            links,
            list(step.competency_mappings.all()),
        )
    if tasks is None:
        tasks = list(LaunchStepTask.objects.filter(page=step).order_by("sort_order", "pk"))
    templates = list(
        LaunchStepTemplate.objects.filter(page=step)
        .select_related("document")
        .order_by("sort_order", "pk")
    )
    competencies = list(
        LaunchStepCompetency.objects.filter(page=step)
        .select_related("competency", "level")
        .order_by("sort_order", "pk")
    )
    return tasks, templates, None, competencies


def step_context_get(*, step, preview=False):
    """Context of a step page: its number in the pack, the pack's outline, previous and next
    steps, checklist, templates, linked lessons and courses, competencies. `preview`: the page
    is an editor's unsaved version (Wagtail's preview)."""
    pack = LaunchpadPage.objects.parent_of(step).first() if step.path else None
    outline = pack_steps(pack=pack) if pack is not None else []
    # A step's number is its place among the live steps; a draft in a preview has none.
    keys = [entry.page.pk for entry in outline]
    index = keys.index(step.pk) if step.pk in keys else None
    # A live step's tasks came with the pack's outline.
    known = outline[index].tasks if index is not None else None
    tasks, templates, links, competencies = _step_rows(step, preview or step.pk is None, known)
    return {
        "pack": pack,
        "outline": outline,
        "number": index + 1 if index is not None else None,
        "previous_step": outline[index - 1] if index else None,
        "next_step": outline[index + 1] if index is not None and index + 1 < len(outline) else None,
        "tasks": tasks,
        "templates": templates,
        "linked": _linked_pages(step, links),
        "competencies": competencies,
    }
