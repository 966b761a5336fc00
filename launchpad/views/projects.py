"""The pack's stable address and the project workspace's pages (members only:
launchpad/permissions.py; every write through services). Plain forms, no JavaScript."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from .. import selectors, services
from ..forms import DiagnosticForm, ProjectForm, StepForm
from ..models import ProjectInvitation, ProjectStep
from ..permissions import project_for
from ..services.errors import StepConflictError
from .orientation import scheme_facts

PLAN_FUNDING_LEADS = 6  # the plan shows the best few; the funding page lists them all


@require_GET
def pack(request):
    """A stable address for the pack, whatever its slug: the navigation links here."""
    page = selectors.pack_for_language(language_code=get_language())
    if page is None:
        raise Http404
    return redirect(page.get_url(request))


def _pack_or_404(project):
    pack = selectors.project_pack(project=project)
    if pack is None:
        raise Http404
    return pack


@login_required
def project_list(request):
    """The user's projects and the form to start one."""
    form = ProjectForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        pack = selectors.pack_for_language(language_code=get_language())
        if pack is None:
            raise Http404
        try:
            project = services.project_create(
                actor=request.user, pack_key=pack.translation_key, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Projet créé. Invitez votre équipe quand vous voulez."))
            return redirect("launchpad:project_detail", public_id=project.public_id)
    return render(
        request,
        "launchpad/project_list.html",
        {"projects": selectors.projects_for_user(user=request.user), "form": form},
        status=400 if form.errors else 200,
    )


@login_required
@require_GET
def project_detail(request, public_id):
    project = project_for(request.user, public_id)
    pack = _pack_or_404(project)
    return render(
        request,
        "launchpad/project_detail.html",
        {
            "project": project,
            "pack": pack,
            "steps": selectors.project_steps(project=project, pack=pack),
            "members": selectors.project_members(project=project),
            "invitations": selectors.project_invitations_open(project=project),
        },
    )


@login_required
def project_step_edit(request, public_id, step_key):
    project = project_for(request.user, public_id)
    pack = _pack_or_404(project)
    step = selectors.project_step(project=project, pack=pack, step_key=step_key)
    if step is None:
        raise Http404
    initial = {
        "status": step.status,
        "ticks": sorted(step.ticks),
        "notes": step.record.notes if step.record else "",
        "decisions": step.record.decisions if step.record else "",
        "version": step.version,
    }
    form = StepForm(request.POST or None, initial=initial, outline=step.outline)
    conflict = None
    if request.method == "POST" and form.is_valid():
        values = {
            name: form.cleaned_data[name] for name in ("status", "ticks", "notes", "decisions")
        }
        try:
            services.project_step_save(
                actor=request.user,
                project=project,
                step=step.outline,
                version=form.cleaned_data["version"],
                **values,
            )
        except StepConflictError as error:
            conflict = error
            # What was typed stays; the version moves on, so that saving again is a choice
            # made knowing what the other member changed.
            data = request.POST.copy()
            data["version"] = error.current.version
            form = StepForm(data, outline=step.outline)
            form.is_valid()
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Étape enregistrée."))
            return redirect("launchpad:project_detail", public_id=project.public_id)
    return render(
        request,
        "launchpad/project_step_form.html",
        {
            "project": project,
            "step": step,
            "form": form,
            "conflict": conflict,
            "conflict_changes": _changes_for_display(conflict, step.outline) if conflict else [],
        },
        status=409 if conflict else (400 if form.errors else 200),
    )


def _changes_for_display(conflict, outline):
    labels = {task.key: task.label for task in outline.tasks}
    names = {
        "status": _("Statut"),
        "ticks": _("Tâches faites"),
        "notes": _("Notes"),
        "decisions": _("Décisions prises"),
    }
    rows = []
    for name, (before, after) in conflict.changes.items():
        if name == "status":
            before, after = ProjectStep.Status(before).label, ProjectStep.Status(after).label
        elif name == "ticks":
            before = ", ".join(labels.get(key, key) for key in before) or "—"
            after = ", ".join(labels.get(key, key) for key in after) or "—"
        rows.append(
            {"field": names.get(name, name), "before": before or "—", "after": after or "—"}
        )
    return rows


@login_required
@require_POST
def invitation_create(request, public_id):
    project = project_for(request.user, public_id)
    invitation, token = services.invitation_create(actor=request.user, project=project)
    link = request.build_absolute_uri(reverse("launchpad:invitation_join", args=[token]))
    return render(
        request,
        "launchpad/invitation_created.html",
        {"project": project, "invitation": invitation, "link": link},
    )


@login_required
@require_POST
def invitation_revoke(request, public_id, invitation_id):
    project = project_for(request.user, public_id)
    invitation = get_object_or_404(ProjectInvitation, pk=invitation_id, project=project)
    try:
        services.invitation_revoke(actor=request.user, invitation=invitation)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Invitation révoquée : le lien ne fonctionne plus."))
    return redirect("launchpad:project_detail", public_id=project.public_id)


def invitation_join(request, token):
    """An invitation link: who invites to what, then joining (after logging in)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    try:
        invitation = services.invitation_check(token=token)
    except ValidationError as error:
        return render(
            request, "launchpad/invitation_join.html", {"refusal": error.messages[0]}, status=410
        )
    if request.method == "POST":
        try:
            services.invitation_accept(user=request.user, token=token)
        except ValidationError as error:
            return render(
                request,
                "launchpad/invitation_join.html",
                {"refusal": error.messages[0], "invitation": invitation},
                status=409,
            )
        messages.success(
            request, _("Bienvenue dans le projet « %(name)s ».") % {"name": invitation.project.name}
        )
        return redirect("launchpad:project_detail", public_id=invitation.project.public_id)
    return render(request, "launchpad/invitation_join.html", {"invitation": invitation})


@login_required
@require_GET
def project_history(request, public_id):
    project = project_for(request.user, public_id)
    pack = _pack_or_404(project)
    titles = {
        view.outline.key: view.outline.page.title
        for view in selectors.project_steps(project=project, pack=pack)
    }
    events = selectors.project_history(project=project)
    for event in events:
        event.step_title = titles.get(event.step_key)
    return render(request, "launchpad/project_history.html", {"project": project, "events": events})


@login_required
@require_POST
def project_leave(request, public_id):
    project = project_for(request.user, public_id)
    services.member_leave(user=request.user, project=project)
    messages.success(
        request, _("Vous avez quitté le projet « %(name)s ».") % {"name": project.name}
    )
    return redirect("launchpad:project_list")


@login_required
def project_diagnostic(request, public_id):
    """The needs diagnostic of the project's pack; its answers make the project's plan."""
    project = project_for(request.user, public_id)
    pack = _pack_or_404(project)
    questions = selectors.diagnostic_questions(pack=pack)
    if not questions:
        raise Http404
    latest = selectors.diagnostic_latest(project=project, count=1)
    initial = {}
    if latest:
        for question in questions:
            chosen = latest[0].answers.get(question["id"], [])
            multiple = question["kind"] == "multiple"
            initial[DiagnosticForm.field_name(question)] = (
                chosen if multiple else next(iter(chosen), None)
            )
    form = DiagnosticForm(request.POST or None, initial=initial, questions=questions)
    if request.method == "POST" and form.is_valid():
        try:
            services.diagnostic_submit(
                actor=request.user, project=project, pack=pack, answers=form.answers()
            )
        except ValidationError as error:
            for question_id, messages_ in getattr(error, "message_dict", {}).items():
                name = f"q-{question_id}"
                form.add_error(name if name in form.fields else None, messages_)
            if not hasattr(error, "error_dict"):
                form.add_error(None, error)
        else:
            messages.success(request, _("Diagnostic enregistré : voici votre plan."))
            return redirect("launchpad:project_plan", public_id=project.public_id)
    return render(
        request,
        "launchpad/project_diagnostic.html",
        {"project": project, "pack": pack, "form": form, "retake": bool(latest)},
        status=400 if form.errors else 200,
    )


@login_required
@require_GET
def project_plan(request, public_id):
    """The personal plan of the project's latest diagnostic, and what changed since the one
    before."""
    project = project_for(request.user, public_id)
    pack = _pack_or_404(project)
    attempts = selectors.diagnostic_latest(project=project, count=2)
    plan = None
    if attempts:
        latest = attempts[0]
        previous = attempts[1] if len(attempts) > 1 else None
        changes = selectors.plan_changes(
            before=previous.plan if previous else None, after=latest.plan
        )
        plan = selectors.plan_resolve(
            plan=latest.plan,
            questions=selectors.diagnostic_questions(pack=pack),
            steps=selectors.pack_steps(pack=pack),
            language_code=get_language(),
            changes=changes,
        )
    funding = []
    if plan is not None:
        # The schemes that fit the project's stage, form and territory, best first for the
        # needs its diagnostic recorded (the legal form chosen, else the one considered).
        funding = selectors.funding_schemes_for(
            stage=project.stage,
            legal_form=project.legal_form_chosen or project.legal_form_considered or None,
            territory=project.commune or project.departement or None,
            needs=[entry["category"] for entry in attempts[0].plan["needs"]],
        )[:PLAN_FUNDING_LEADS]
    return render(
        request,
        "launchpad/project_plan.html",
        {
            "project": project,
            "pack": pack,
            "plan": plan,
            "attempt": attempts[0] if attempts else None,
            "funding": [
                {"scheme": m.scheme, "reasons": m.reasons, "facts": scheme_facts(m.scheme)}
                for m in funding
            ],
        },
    )
