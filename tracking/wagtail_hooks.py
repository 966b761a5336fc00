from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .services.admin import REQUEUED_ACTION
from .views import ForwardingReportView, StatementDetailView, StatementDownloadView


@hooks.register("register_admin_urls")
def register_forwarding_report_url():
    return [
        path(
            "reports/xapi/",
            ForwardingReportView.as_view(),
            name="tracking_forwarding_report",
        ),
        path(
            "reports/xapi/<uuid:statement_id>/",
            StatementDetailView.as_view(),
            name="tracking_statement_detail",
        ),
        path(
            "reports/xapi/<uuid:statement_id>/download/",
            StatementDownloadView.as_view(),
            name="tracking_statement_download",
        ),
    ]


class ForwardingReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(ForwardingReportView.view_permission)


@hooks.register("register_reports_menu_item")
def register_forwarding_report_menu_item():
    return ForwardingReportMenuItem(
        _("Déclarations xAPI"),
        reverse("tracking_forwarding_report"),
        name="xapi-statements",
        icon_name="doc-full",
        order=900,
    )


@hooks.register("register_permissions")
def register_statement_permissions():
    return Permission.objects.filter(
        content_type__app_label="tracking", codename__in=["view_statement", "change_statement"]
    )


@hooks.register("register_log_actions")
def register_statement_log_actions(actions):
    actions.register_action(
        REQUEUED_ACTION,
        _("Remise en file d'envoi"),
        _("Déclaration xAPI refusée remise en file d'envoi"),
    )
