"""The diagnostic's questions, the personal plan that answers make, what changed from one plan
to the next, and a plan resolved for display in the page's language. Queries do not grow with
the number of questions, options, effects or steps.

A plan is plain data made of keys, never of titles, so that it reads in every language and
survives the pages being edited: steps and content pages by translation_key, templates by
document id, and each recommendation's reasons as (question id, option id) pairs.
"""

from django.db.models import Count
from wagtail.documents import get_document_model
from wagtail.models import Page

from ..choices import NeedCategory, QuestionKind
from ..models import DiagnosticAttempt, ProjectNeed

PRIORITY, TODO, NOT_CONCERNED = "priority", "todo", "not_concerned"


def diagnostic_questions(*, pack):
    """The pack's questions as plain data, the page choosers turned into translation keys (one
    query for every page the effects name)."""
    raw = [block for block in pack.diagnostic.raw_data if block["type"] == "question"]
    page_ids = {
        page_id
        for block in raw
        for option in block["value"]["options"]
        for name in ("priority_steps", "skipped_steps", "content")
        for page_id in _ids(option, name)
    }
    keys = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "translation_key"))
    questions = []
    for block in raw:
        value = block["value"]
        options = []
        for option in value["options"]:
            data = option.get("value", option)
            options.append(
                {
                    "id": option.get("id"),
                    "label": data["label"],
                    "priority_steps": [
                        str(keys[i]) for i in _ids(option, "priority_steps") if i in keys
                    ],
                    "skipped_steps": [
                        str(keys[i]) for i in _ids(option, "skipped_steps") if i in keys
                    ],
                    "content": [str(keys[i]) for i in _ids(option, "content") if i in keys],
                    "templates": [i for i in _ids(option, "templates") if i],
                    "needs": list(data.get("needs") or []),
                }
            )
        questions.append(
            {
                "id": block["id"],
                "text": value["text"],
                "help": value.get("help") or "",
                "kind": value.get("kind") or QuestionKind.SINGLE,
                "options": options,
            }
        )
    return questions


def _ids(option, name):
    """The ids a ListBlock of choosers holds in an option's raw data (Wagtail stores list items
    as {"type": "item", "value": id, "id": ...})."""
    data = option.get("value", option)
    items = data.get(name) or []
    return [item["value"] if isinstance(item, dict) else item for item in items]


def plan_compute(*, steps, questions, answers):
    """The personal plan of `answers` (already cleaned): each step of `steps` (StepOutlines,
    in the pack's order) flagged priority / to do / not concerned, priority first; the content,
    templates and needs the answers recommend; each with the answers that caused it.

    A step that one answer makes a priority and another marks "not concerned" is a priority:
    doing a step for nothing costs less than missing one."""
    reasons = {"priority": {}, "skipped": {}, "content": {}, "templates": {}, "needs": {}}
    for question in questions:
        for option in question["options"]:
            if option["id"] not in answers.get(question["id"], ()):
                continue
            cause = [question["id"], option["id"]]
            for name, effect in (
                ("priority", "priority_steps"),
                ("skipped", "skipped_steps"),
                ("content", "content"),
                ("templates", "templates"),
                ("needs", "needs"),
            ):
                for target in option[effect]:
                    reasons[name].setdefault(target, []).append(cause)
    planned = []
    for step in steps:
        key = str(step.key)
        if key in reasons["priority"]:
            flag, why = PRIORITY, reasons["priority"][key]
        elif key in reasons["skipped"]:
            flag, why = NOT_CONCERNED, reasons["skipped"][key]
        else:
            flag, why = TODO, []
        planned.append({"key": key, "flag": flag, "reasons": why})
    order = {PRIORITY: 0, TODO: 1, NOT_CONCERNED: 2}
    planned.sort(key=lambda entry: order[entry["flag"]])  # stable: the pack's order within
    return {
        "steps": planned,
        "content": [{"key": k, "reasons": v} for k, v in reasons["content"].items()],
        "templates": [{"id": k, "reasons": v} for k, v in reasons["templates"].items()],
        "needs": [{"category": k, "reasons": v} for k, v in reasons["needs"].items()],
    }


def plan_changes(*, before, after):
    """What changed from one plan to the next: steps whose flag changed, recommendations
    added or dropped."""
    if before is None:
        return None
    flags = {entry["key"]: entry["flag"] for entry in before["steps"]}
    steps = [
        {"key": entry["key"], "before": flags.get(entry["key"]), "after": entry["flag"]}
        for entry in after["steps"]
        if flags.get(entry["key"]) != entry["flag"]
    ]

    def diff(name, field):
        old = {item[field] for item in before[name]}
        new = {item[field] for item in after[name]}
        return {"added": sorted(new - old, key=str), "dropped": sorted(old - new, key=str)}

    return {
        "steps": steps,
        "content": diff("content", "key"),
        "templates": diff("templates", "id"),
        "needs": diff("needs", "category"),
    }


def diagnostic_latest(*, project, count=2):
    """The project's last `count` diagnostics, newest first: one query."""
    return list(DiagnosticAttempt.objects.filter(project=project).select_related("user")[:count])


def plan_resolve(*, plan, questions, steps, language_code, changes=None):
    """`plan` (services.diagnostic.plan_compute) with what a page shows: each step's page,
    each reason as (question text, answer label), the recommended pages in `language_code`
    (falling back to any language), the templates' documents, the needs' labels."""
    texts = {q["id"]: q["text"] for q in questions}
    labels = {(q["id"], o["id"]): o["label"] for q in questions for o in q["options"]}

    def because(reasons):
        return [
            {"question": texts.get(q, "—"), "answer": labels.get((q, o), "—")} for q, o in reasons
        ]

    by_key = {str(step.key): step for step in steps}
    resolved_steps = [
        {**entry, "step": by_key[entry["key"]], "because": because(entry["reasons"])}
        for entry in plan["steps"]
        if entry["key"] in by_key
    ]
    keys = [entry["key"] for entry in plan["content"]]
    pages = {}
    for page in (
        Page.objects.live()
        .public()
        .filter(translation_key__in=keys)
        .select_related("locale")
        .order_by("pk")
    ):
        key = str(page.translation_key)
        if key not in pages or page.locale.language_code == language_code:
            pages[key] = page
    documents = get_document_model().objects.in_bulk([entry["id"] for entry in plan["templates"]])
    need_labels = dict(NeedCategory.choices)
    return {
        "steps": resolved_steps,
        "content": [
            {"page": pages[entry["key"]], "because": because(entry["reasons"])}
            for entry in plan["content"]
            if entry["key"] in pages
        ],
        "templates": [
            {"document": documents[entry["id"]], "because": because(entry["reasons"])}
            for entry in plan["templates"]
            if entry["id"] in documents
        ],
        "needs": [
            {
                "label": need_labels.get(entry["category"], entry["category"]),
                "because": because(entry["reasons"]),
            }
            for entry in plan["needs"]
        ],  # fmt: skip
        "changes": _changes_resolve(changes, by_key, pages, documents, need_labels),
    }


def _changes_resolve(changes, steps, pages, documents, need_labels):
    if not changes:
        return None
    return {
        "steps": [
            {**change, "step": steps[change["key"]]}
            for change in changes["steps"]
            if change["key"] in steps
        ],
        "content_added": [pages[k] for k in changes["content"]["added"] if k in pages],
        "templates_added": [documents[i] for i in changes["templates"]["added"] if i in documents],
        "needs_added": [need_labels.get(c, c) for c in changes["needs"]["added"]],
        "needs_dropped": [need_labels.get(c, c) for c in changes["needs"]["dropped"]],
        "count": len(changes["steps"])
        + sum(len(changes[name]["added"]) + len(changes[name]["dropped"])
              for name in ("content", "templates", "needs")),
    }  # fmt: skip


def needs_summary(*, project_ids=None):
    """The needs that projects' latest diagnostics recorded, counted by (category, département,
    stage): [{"category", "departement", "stage", "projects"}]. One query; `project_ids`
    narrows it (a cohort's shared projects)."""
    rows = ProjectNeed.objects.all()
    if project_ids is not None:
        rows = rows.filter(project_id__in=project_ids)
    return list(
        rows.values("category", "departement", "stage")
        .annotate(projects=Count("project", distinct=True))
        .order_by("category", "departement", "stage")
    )
