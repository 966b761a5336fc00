"""Registration only: the rule snippets, the certificate admin views and their menu item, the
admin history's entries."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import CertificateRule
from .services.signing import KEY_GENERATED_ACTION


class CertificateRuleViewSet(SnippetViewSet):
    model = CertificateRule
    icon = "doc-full"
    menu_label = _("Règles de certificat")
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["title_fr", "page", "validity_months", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["title_fr", "title_en"]


register_snippet(CertificateRuleViewSet)

admin_urls = (
    [
        path("", admin_views.certificate_index, name="index"),
        path("issue/", admin_views.certificate_issue, name="issue"),
        path("<uuid:pk>/revoke/", admin_views.certificate_revoke, name="revoke"),
    ],
    "certificates_admin",
)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("certificates/", include(admin_urls))]


class CertificatesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("certificates.view_certificate")


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return CertificatesMenuItem(
        _("Certificats délivrés"),
        reverse("certificates_admin:index"),
        icon_name="doc-full-inverse",
        order=321,
    )


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    actions.register_action(
        KEY_GENERATED_ACTION,
        _("Nouvelle clé de signature"),
        _("Nouvelle clé de signature des certificats publiée"),
    )
