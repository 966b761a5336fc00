"""Wagtail admin views to upload a framework file and to download a framework."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View

from . import services
from .forms import FrameworkExportForm, FrameworkImportForm
from .models import Framework
from .selectors import framework_list


@method_decorator(
    permission_required("competencies.add_framework", raise_exception=True), name="dispatch"
)
class FrameworkImportView(View):
    template_name = "competencies/admin/framework_import.html"

    def get(self, request):
        return self.render(request, FrameworkImportForm())

    def post(self, request):
        form = FrameworkImportForm(request.POST, request.FILES)
        errors = []
        if form.is_valid():
            try:
                result = services.framework_import(
                    file=form.cleaned_data["file"],
                    format=form.cleaned_data["format"] or None,
                    language=form.cleaned_data["language"] or None,
                    actor=request.user,
                )
            except services.FrameworkImportError as exc:
                errors = exc.errors
            else:
                messages.success(
                    request,
                    _(
                        "Référentiel « %(name)s » importé : %(created)d éléments créés, "
                        "%(updated)d mis à jour, %(deleted)d supprimés."
                    )
                    % {
                        "name": result.framework.name,
                        "created": result.items_created,
                        "updated": result.items_updated,
                        "deleted": result.items_deleted,
                    },
                )
                return redirect("competencies_admin:framework_import")
        return self.render(request, form, errors=errors, status=400)

    def render(self, request, form, errors=(), status=200):
        return render(
            request,
            self.template_name,
            {
                "form": form,
                "import_errors": errors,
                "frameworks": framework_list(),
                "export_form": FrameworkExportForm(),
                "page_title": _("Importer et exporter des référentiels"),
            },
            status=status,
        )


@method_decorator(
    permission_required("competencies.view_framework", raise_exception=True), name="dispatch"
)
class FrameworkExportView(View):
    def get(self, request, pk):
        framework = get_object_or_404(Framework, pk=pk)
        form = FrameworkExportForm(request.GET)
        if not form.is_valid():
            return HttpResponseBadRequest(form.errors.as_text())
        format_ = form.cleaned_data["format"]
        body = services.framework_export(
            framework=framework, format=format_, language=form.cleaned_data["language"]
        )
        content_type = "application/json" if format_ == "case" else "text/csv"
        extension = "json" if format_ == "case" else "csv"
        response = HttpResponse(body, content_type=f"{content_type}; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="referentiel-{framework.pk}-'
            f'{form.cleaned_data["language"]}.{extension}"'
        )
        return response
