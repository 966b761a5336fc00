"""Reads of a project's specifications and of what its documents show (the plan PDF, a
specification's PDF and OpenDocument text). Query counts do not grow with the number of steps,
tasks, specifications or funding schemes."""

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ..choices import NeedCategory
from ..legal_forms import legal_form_keys, legal_form_name
from ..models import Specification
from .diagnostic import NOT_CONCERNED, PRIORITY, diagnostic_latest
from .funding import funding_schemes_for
from .projects import project_members, project_steps

PLAN_FUNDING_LEADS = 6
NEXT_ACTIONS = 12


def specification_list(*, project):
    """The project's specifications, most recently changed first: one query."""
    return list(Specification.objects.filter(project=project).select_related("updated_by"))


def specification_get(*, project, public_id):
    """One specification of `project`, or None (another project's is None too)."""
    return (
        Specification.objects.filter(project=project, public_id=public_id)
        .select_related("project", "updated_by")
        .first()
    )


def specification_document(*, specification):
    """A specification as its documents show it: sections of (heading, paragraphs, items,
    rows), the same for the PDF and the OpenDocument text, so both say the same."""
    spec = specification
    need_labels = dict(NeedCategory.choices)
    budget_rows = []
    if spec.budget_max is not None:
        budget_rows.append(
            (
                _("Budget maximum"),
                _("%(amount)s € TTC") % {"amount": f"{spec.budget_max:,}".replace(",", " ")},
            )
        )
    if spec.deadline:
        budget_rows.append((_("Mise en service souhaitée"), date_format(spec.deadline, "j F Y")))
    sections = [
        {"title": _("Contexte"), "paragraphs": _paragraphs(spec.context)},
        {"title": _("Utilisateurs et utilisatrices"), "paragraphs": _paragraphs(spec.users)},
        {
            "title": _("Besoins"),
            "items": [str(need_labels[key]) for key in spec.needs if key in need_labels],
            "paragraphs": _paragraphs(spec.needs_details),
        },
        {"title": _("Fonctions attendues"), "items": spec.function_items},
        {
            "title": _("Contraintes"),
            "rows": [
                (_("Accessibilité"), spec.get_accessibility_display()),
                (_("Écoconception"), spec.get_ecodesign_display()),
                (_("Hébergement"), spec.get_hosting_display()),
                (_("Licence"), spec.get_licence_display()),
                (_("Données"), spec.get_data_display()),
            ],
            "paragraphs": _paragraphs(spec.constraints_notes),
        },
        {
            "title": _("Budget et calendrier"),
            "rows": budget_rows,
            "paragraphs": _paragraphs(spec.budget_notes) + _paragraphs(spec.timeline),
        },
        {"title": _("Critères de recette"), "items": spec.acceptance_items},
    ]
    for section in sections:
        section.setdefault("paragraphs", [])
        section.setdefault("items", [])
        section.setdefault("rows", [])
        section["empty"] = not (section["paragraphs"] or section["items"] or section["rows"])
    return {
        "specification": spec,
        "project": spec.project,
        "title": spec.title,
        "sections": sections,
    }


def _paragraphs(text):
    """Paragraphs of a typed text: separated by blank lines, lines inside kept together."""
    blocks = [block.strip() for block in (text or "").replace("\r\n", "\n").split("\n\n")]
    return [block for block in blocks if block]


def plan_document(*, project, pack, language_code):
    """Everything "Mon plan de projet" shows: the steps in the plan's order with their status,
    ticked tasks, notes and decisions; the legal form; the specifications; the funding leads;
    the next actions (unticked tasks of unfinished steps, priority steps first)."""
    from .diagnostic import diagnostic_questions, plan_resolve

    views = project_steps(project=project, pack=pack)
    attempts = diagnostic_latest(project=project, count=1)
    attempt = attempts[0] if attempts else None
    flags = {}
    order = [view.outline.key for view in views]
    plan = None
    if attempt is not None:
        plan = plan_resolve(
            plan=attempt.plan,
            questions=diagnostic_questions(pack=pack),
            steps=[view.outline for view in views],
            language_code=language_code,
        )
        flags = {str(entry["key"]): entry["flag"] for entry in attempt.plan["steps"]}
        planned = [entry["step"].key for entry in plan["steps"]]
        order = planned + [key for key in order if key not in planned]
    by_key = {view.outline.key: view for view in views}
    steps = []
    for key in order:
        view = by_key[key]
        ticks = view.ticks
        steps.append(
            {
                "view": view,
                "flag": flags.get(str(key)),
                "tasks": [{"task": task, "done": task.key in ticks} for task in view.outline.tasks],
                # The plan lists what is done; what is left shows in the next actions.
                "done_tasks": [task for task in view.outline.tasks if task.key in ticks],
                "notes": _paragraphs(view.record.notes if view.record else ""),
                "decisions": _paragraphs(view.record.decisions if view.record else ""),
            }
        )
    next_actions = []
    for entry in sorted(steps, key=lambda entry: entry["flag"] != PRIORITY):
        if entry["view"].status in ("done", "not_concerned") or entry["flag"] == NOT_CONCERNED:
            continue
        for item in entry["tasks"]:
            if not item["done"]:
                next_actions.append({"step": entry["view"].outline, "task": item["task"]})
    legal_form = project.legal_form_chosen or project.legal_form_considered
    # The funding page's ranking, with what the diagnostic recorded when there is one.
    funding = funding_schemes_for(
        stage=project.stage,
        legal_form=legal_form if legal_form in legal_form_keys() else None,
        territory=project.commune or project.departement or None,
        needs=[entry["category"] for entry in attempt.plan["needs"]] if attempt else (),
    )[:PLAN_FUNDING_LEADS]
    return {
        "project": project,
        "pack": pack,
        "attempt": attempt,
        "plan": plan,
        "steps": steps,
        "done_count": sum(1 for entry in steps if entry["view"].status == "done"),
        "legal_form": legal_form_name(legal_form) if legal_form else "",
        "legal_form_chosen": bool(project.legal_form_chosen),
        "members": project_members(project=project),
        "specifications": specification_list(project=project),
        "funding": funding,
        "next_actions": next_actions[:NEXT_ACTIONS],
        "next_actions_more": max(0, len(next_actions) - NEXT_ACTIONS),
    }
