"""The specification builder's pages and the documents' downloads (the plan PDF, a
specification's PDF and ODT). Members only (launchpad/permissions.py): anyone else, and another
project's specification, gets a 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.forms.models import model_to_dict
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from .. import selectors
from ..choices import NeedCategory
from ..models import Specification
from ..permissions import project_for
from ..selectors import specifications as spec_reads
from ..services import documents, specifications
from ..services.errors import SpecificationConflictError
from ..services.specifications import SPECIFICATION_FIELDS
from ..specification_forms import SpecificationForm

PDF = "application/pdf"
ODT = "application/vnd.oasis.opendocument.text"


def _specification_or_404(project, specification_id):
    specification = spec_reads.specification_get(project=project, public_id=specification_id)
    if specification is None:
        raise Http404
    return specification


def _download(data, content_type, filename):
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["Cache-Control"] = "private, no-store"  # a team's own work
    return response


def _filename(title, extension):
    return f"{slugify(title)[:80] or 'document'}.{extension}"


@login_required
@require_GET
def specification_list(request, public_id):
    project = project_for(request.user, public_id)
    return render(
        request,
        "launchpad/specification_list.html",
        {
            "project": project,
            "specifications": spec_reads.specification_list(project=project),
        },
    )


@login_required
def specification_create(request, public_id):
    project = project_for(request.user, public_id)
    initial = {"needs": specifications.specification_needs_initial(project=project)}
    form = SpecificationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            specification = specifications.specification_create(
                actor=request.user, project=project, **form.values()
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Cahier des charges créé."))
            return redirect(
                "launchpad:specification_edit",
                public_id=project.public_id,
                specification_id=specification.public_id,
            )
    return render(
        request,
        "launchpad/specification_form.html",
        {"project": project, "form": form, "specification": None},
        status=400 if form.errors else 200,
    )


@login_required
def specification_edit(request, public_id, specification_id):
    project = project_for(request.user, public_id)
    specification = _specification_or_404(project, specification_id)
    initial = model_to_dict(specification, fields=SPECIFICATION_FIELDS)
    initial["version"] = specification.version
    form = SpecificationForm(request.POST or None, initial=initial)
    conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            specifications.specification_update(
                actor=request.user,
                specification=specification,
                version=form.cleaned_data["version"] or 0,
                **form.values(),
            )
        except SpecificationConflictError as error:
            conflict = error
            # What was typed stays; the version moves on, so that saving again is a choice
            # made knowing what the other member changed.
            data = request.POST.copy()
            data["version"] = error.current.version
            form = SpecificationForm(data)
            form.is_valid()
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Cahier des charges enregistré."))
            return redirect("launchpad:specification_list", public_id=project.public_id)
    return render(
        request,
        "launchpad/specification_form.html",
        {
            "project": project,
            "form": form,
            "specification": specification,
            "conflict": conflict,
            "conflict_changes": _changes_for_display(conflict) if conflict else [],
        },
        status=409 if conflict else (400 if form.errors else 200),
    )


def _changes_for_display(conflict):
    fields = {field.name: field for field in Specification._meta.fields}
    rows = []
    for name, (before, after) in conflict.changes.items():
        field = fields.get(name)
        choices = dict(field.choices) if field is not None and field.choices else {}
        if name == "needs":
            labels = dict(NeedCategory.choices)
            before = ", ".join(str(labels.get(key, key)) for key in before or [])
            after = ", ".join(str(labels.get(key, key)) for key in after or [])
        rows.append(
            {
                "field": str(field.verbose_name) if field is not None else name,
                "before": str(choices.get(before, before)) if before not in (None, "") else "—",
                "after": str(choices.get(after, after)) if after not in (None, "") else "—",
            }
        )
    return rows


@login_required
@require_POST
def specification_delete(request, public_id, specification_id):
    project = project_for(request.user, public_id)
    specification = _specification_or_404(project, specification_id)
    specifications.specification_delete(actor=request.user, specification=specification)
    messages.success(
        request,
        _("Cahier des charges « %(title)s » supprimé.") % {"title": specification.title},
    )
    return redirect("launchpad:specification_list", public_id=project.public_id)


@login_required
@require_GET
def specification_pdf(request, public_id, specification_id):
    project = project_for(request.user, public_id)
    specification = _specification_or_404(project, specification_id)
    data = documents.specification_pdf_export(actor=request.user, specification=specification)
    return _download(data, PDF, _filename(specification.title, "pdf"))


@login_required
@require_GET
def specification_odt(request, public_id, specification_id):
    project = project_for(request.user, public_id)
    specification = _specification_or_404(project, specification_id)
    data = documents.specification_odt_export(actor=request.user, specification=specification)
    return _download(data, ODT, _filename(specification.title, "odt"))


@login_required
@require_GET
def plan_pdf(request, public_id):
    project = project_for(request.user, public_id)
    pack = selectors.project_pack(project=project)
    if pack is None:
        raise Http404
    data = documents.plan_pdf_export(actor=request.user, project=project, pack=pack)
    return _download(data, PDF, _filename(_("plan %(name)s") % {"name": project.name}, "pdf"))
