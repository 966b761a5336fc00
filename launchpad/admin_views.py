"""Wagtail admin views to import funding schemes from a CSV file and to download them all."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View

from . import services
from .forms import FundingImportForm
from .services.funding import CSV_COLUMNS, LIST_SEPARATOR


@method_decorator(
    permission_required("launchpad.add_fundingscheme", raise_exception=True), name="dispatch"
)
class FundingImportView(View):
    template_name = "launchpad/admin/funding_import.html"

    def get(self, request):
        return self.render(request, FundingImportForm())

    def post(self, request):
        form = FundingImportForm(request.POST, request.FILES)
        errors = []
        if form.is_valid():
            # Updating existing schemes needs the change permission too.
            if not request.user.has_perm("launchpad.change_fundingscheme"):
                errors = [_("Vous n'avez pas le droit de modifier les dispositifs existants.")]
            else:
                try:
                    result = services.funding_schemes_import(
                        file=form.cleaned_data["file"], actor=request.user
                    )
                except services.FundingImportError as exc:
                    errors = exc.errors
                else:
                    messages.success(
                        request,
                        _("Dispositifs importés : %(created)d créés, %(updated)d mis à jour.")
                        % {"created": result.created, "updated": result.updated},
                    )
                    return redirect("launchpad_admin:funding_import")
        return self.render(request, form, errors=errors, status=400)

    def render(self, request, form, errors=(), status=200):
        return render(
            request,
            self.template_name,
            {
                "form": form,
                "import_errors": errors,
                "columns": CSV_COLUMNS,
                "separator": LIST_SEPARATOR,
                "page_title": _("Importer et exporter des dispositifs de financement"),
            },
            status=status,
        )


@method_decorator(
    permission_required("launchpad.view_fundingscheme", raise_exception=True), name="dispatch"
)
class FundingExportView(View):
    def get(self, request):
        response = HttpResponse(
            services.funding_schemes_export(), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = 'attachment; filename="dispositifs-financement.csv"'
        return response
