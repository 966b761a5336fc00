"""The needs diagnostic submitted: answers checked against the pack's questions, kept with the
plan they make (selectors/diagnostic.py computes it), the needs they record replacing the
project's (docs/launchpad.md, "Diagnostic and plan")."""

import json
import uuid

from django.db import transaction
from django.utils.translation import gettext as _

from tracking import api as tracking

from .. import tracking as xapi
from ..choices import QuestionKind
from ..models import DiagnosticAttempt, ProjectEvent, ProjectNeed
from ..selectors.diagnostic import diagnostic_questions, plan_compute
from ..selectors.pages import pack_steps
from .errors import DiagnosticError
from .projects import history_add


def _items(values):
    """A ListBlock's raw items of chooser values (pages or documents)."""
    return [
        {"type": "item", "value": getattr(value, "pk", value), "id": str(uuid.uuid4())}
        for value in values
    ]


@transaction.atomic
def diagnostic_set(*, actor=None, pack, questions, publish=True):
    """Replace the diagnostic of `pack` (a LaunchpadPage) by `questions`, plain data:
    [{"id", "text", "help"?, "kind"?, "options": [{"id", "label", "priority_steps"?,
    "skipped_steps"?, "content"?, "templates"?, "needs"?}]}], effects given as pages and
    documents. The ids are kept: answers refer to them, and a translation of the pack must use
    the same ones (the demo loader derives them from the content's slugs)."""
    raw = [
        {
            "type": "question",
            "id": question["id"],
            "value": {
                "text": question["text"],
                "help": question.get("help", ""),
                "kind": question.get("kind", QuestionKind.SINGLE),
                "options": [
                    {
                        "type": "item",
                        "id": option["id"],
                        "value": {
                            "label": option["label"],
                            "priority_steps": _items(option.get("priority_steps", ())),
                            "skipped_steps": _items(option.get("skipped_steps", ())),
                            "content": _items(option.get("content", ())),
                            "templates": _items(option.get("templates", ())),
                            "needs": list(option.get("needs", ())),
                        },
                    }
                    for option in question["options"]
                ],
            },
        }
        for question in questions
    ]
    pack = pack.specific
    pack.diagnostic = json.dumps(raw)
    revision = pack.save_revision(user=actor, log_action=True)
    if publish:
        revision.publish(user=actor)
    return pack


def answers_clean(*, questions, answers):
    """{question id: [option ids]} checked against the questions: every question answered
    (one option for a single choice or a scale), no unknown question or option. Raises
    DiagnosticError with a message per question id."""
    errors = {}
    known = {question["id"]: question for question in questions}
    for question_id in set(answers) - set(known):
        errors[question_id] = _("Cette question ne fait pas partie du diagnostic.")
    cleaned = {}
    for question in questions:
        chosen = list(dict.fromkeys(answers.get(question["id"]) or []))
        option_ids = {option["id"] for option in question["options"]}
        if set(chosen) - option_ids:
            errors[question["id"]] = _("Cette réponse ne fait pas partie de la question.")
        elif question["kind"] != QuestionKind.MULTIPLE and len(chosen) != 1:
            errors[question["id"]] = _("Choisissez une réponse.")
        else:
            cleaned[question["id"]] = chosen
    if errors:
        raise DiagnosticError(errors)
    return cleaned


@transaction.atomic
def diagnostic_submit(*, actor, project, pack, answers):
    """Check the answers, keep them with their plan, replace the project's needs by those they
    record, tell tracking. Returns the DiagnosticAttempt; nothing is stored on error."""
    questions = diagnostic_questions(pack=pack)
    if not questions:
        raise DiagnosticError(_("Ce parcours n'a pas encore de diagnostic."), code="empty")
    cleaned = answers_clean(questions=questions, answers=answers)
    plan = plan_compute(steps=pack_steps(pack=pack), questions=questions, answers=cleaned)
    attempt = DiagnosticAttempt.objects.create(
        project=project, user=actor, answers=cleaned, plan=plan
    )
    ProjectNeed.objects.filter(project=project).delete()
    ProjectNeed.objects.bulk_create(
        ProjectNeed(
            project=project,
            attempt=attempt,
            category=need["category"],
            departement=project.departement,
            stage=project.stage,
        )
        for need in plan["needs"]
    )
    history_add(project, actor, ProjectEvent.Kind.DIAGNOSED)
    if actor is not None:
        tracking.statement_record(
            user=actor,
            verb=tracking.Verb.COMPLETED,
            activity=xapi.diagnostic_activity(pack),
            context=tracking.Context(
                registration=project.public_id, language=pack.locale.language_code
            ),
        )
    return attempt
