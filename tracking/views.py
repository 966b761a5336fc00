"""What the activity and activity-type IRIs answer (JSON definitions: xAPI IRIs resolve), and
the forwarding report of the Wagtail admin with its statement detail page and download."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import conf, selectors, services
from .errors import error_explain
from .models import Statement
from .vocabulary import OWN_TYPE_DESCRIPTIONS, activity_type_iri


def _not_found():
    # LocaleMiddleware redirects any 404 outside i18n_patterns to /fr/… (a 404 page too);
    # an xAPI client following it still ends on a 404.
    return JsonResponse({"detail": "Unknown activity"}, status=404)


class ActivityDefinitionView(View):
    def get(self, request, kind, key):
        activity = selectors.activity_definition_get(kind=kind, key=key)
        if activity is None:
            return _not_found()
        return JsonResponse(
            {"id": activity.iri, "objectType": "Activity", "definition": activity.definition},
            json_dumps_params={"ensure_ascii": False},
        )


class ActivityTypeDefinitionView(View):
    def get(self, request, kind):
        kind = next((own for own in OWN_TYPE_DESCRIPTIONS if own.value == kind), None)
        if kind not in OWN_TYPE_DESCRIPTIONS:
            return _not_found()
        return JsonResponse(
            {
                "id": activity_type_iri(kind),
                "name": {"fr": kind.value, "en-US": kind.value},
                "description": OWN_TYPE_DESCRIPTIONS[kind],
            },
            json_dumps_params={"ensure_ascii": False},
        )


class _StatementPermissionMixin:
    view_permission = "tracking.view_statement"
    change_permission = "tracking.change_statement"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.view_permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ForwardingReportView(_StatementPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    """Wagtail admin report: the statement store and its forwarding to the LRS."""

    template_name = "tracking/admin/forwarding_report.html"
    header_icon = "doc-full"

    def get_page_title(self):
        return _("Envoi des déclarations xAPI")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        status = selectors.forwarding_status_get()
        last_error = status["last_error"]
        return super().get_context_data(
            **kwargs,
            status=status,
            counts=[(state.label, status["counts"][state]) for state in Statement.ForwardState],
            last_error_text=(
                error_explain(last_error["last_error_code"], last_error["last_error"])
                if last_error
                else ""
            ),
            rejected=selectors.statements_rejected_list(),
            lrs_endpoint=conf.lrs_endpoint(),
            can_change=self.request.user.has_perm(self.change_permission),
        )

    def post(self, request, *args, **kwargs):
        if not request.user.has_perm(self.change_permission):
            raise PermissionDenied
        action = request.POST.get("action")
        if action == "retry_rejected":
            count = services.statements_rejected_retry(actor=request.user)
            messages.success(
                request,
                ngettext(
                    "%(count)d déclaration refusée remise en file d'envoi.",
                    "%(count)d déclarations refusées remises en file d'envoi.",
                    count,
                )
                % {"count": count},
            )
        elif action == "retry_now":
            services.statements_retry_now()
            messages.success(request, _("Les déclarations en attente seront envoyées sans délai."))
        return redirect("tracking_forwarding_report")


class StatementDetailView(_StatementPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    """One statement: its forwarding state and its JSON, cut past
    selectors.STATEMENT_SHOWN_CHARACTERS (the whole of it is in the download)."""

    template_name = "tracking/admin/statement_detail.html"
    header_icon = "doc-full"

    def get(self, request, *args, statement_id, **kwargs):
        found = selectors.statement_detail_get(statement_id=statement_id)
        if found is None:
            raise Http404
        self.statement, self.text, self.cut = found
        return super().get(request, *args, **kwargs)

    def get_page_title(self):
        return _("Déclaration xAPI")

    def get_breadcrumbs_items(self):
        report = {
            "url": reverse("tracking_forwarding_report"),
            "label": _("Envoi des déclarations xAPI"),
        }
        return [*self.breadcrumbs_items, report, {"url": "", "label": str(self.statement)}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            **kwargs,
            statement=self.statement,
            statement_json=self.text,
            cut=self.cut,
            shown=selectors.STATEMENT_SHOWN_CHARACTERS,
        )


class StatementDownloadView(_StatementPermissionMixin, View):
    """The whole statement as a JSON file, streamed."""

    def get(self, request, statement_id):
        statement = Statement.objects.filter(statement_id=statement_id).first()
        if statement is None:
            raise Http404
        response = StreamingHttpResponse(
            selectors.statement_json_chunks(statement=statement),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="statement-{statement_id}.json"'
        return response
