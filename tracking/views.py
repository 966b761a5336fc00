"""What the activity and activity-type IRIs answer (JSON definitions: xAPI IRIs resolve), and
the forwarding report of the Wagtail admin."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import redirect
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


class ForwardingReportView(WagtailAdminTemplateMixin, TemplateView):
    """Wagtail admin report: the statement store and its forwarding to the LRS."""

    template_name = "tracking/admin/forwarding_report.html"
    header_icon = "doc-full"
    view_permission = "tracking.view_statement"
    change_permission = "tracking.change_statement"

    def get_page_title(self):
        return _("Envoi des déclarations xAPI")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.view_permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

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
