"""The needs diagnostic submitted: answers checked against the pack's questions, kept with the
plan they make (selectors/diagnostic.py computes it), the needs they record replacing the
project's (docs/launchpad.md, "Diagnostic and plan")."""

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
