"""Registration only: the funding-scheme snippet, its CSV import/export views and menu item."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .forms import FundingSchemeAdminForm
from .models import FundingScheme


class FundingSchemeViewSet(SnippetViewSet):
    model = FundingScheme
    icon = "pick"
    menu_label = _("Financements")
    menu_order = 320
    add_to_admin_menu = True
    inspect_view_enabled = True
    list_display = [
        "name_fr",
        "funder",
        "kind",
        "checked_on",
        Column(
            "stale",
            label=_("à revérifier"),
            accessor=lambda scheme: _("à revérifier") if scheme.is_stale else "",
        ),
    ]
    list_filter = ["kind"]
    search_fields = ["name_fr", "name_en", "funder"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("name_fr"), FieldPanel("name_en")]),
            FieldPanel("slug"),
            FieldRowPanel([FieldPanel("funder"), FieldPanel("kind")]),
            FieldPanel("description_fr"),
            FieldPanel("description_en"),
            MultiFieldPanel(
                [
                    FieldPanel("stages"),
                    FieldPanel("legal_forms"),
                    FieldPanel("needs"),
                    FieldPanel("regions"),
                    FieldPanel("departements"),
                ],
                heading=_("Pour qui, où"),
            ),
            FieldRowPanel([FieldPanel("amount_min"), FieldPanel("amount_max")]),
            FieldRowPanel([FieldPanel("deadline"), FieldPanel("rolling")]),
            FieldRowPanel([FieldPanel("url"), FieldPanel("checked_on")]),
        ],
        base_form_class=FundingSchemeAdminForm,
    )


register_snippet(FundingSchemeViewSet)

admin_urls = (
    [
        path("import/", admin_views.FundingImportView.as_view(), name="funding_import"),
        path("export/", admin_views.FundingExportView.as_view(), name="funding_export"),
    ],
    "launchpad_admin",
)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("launchpad/funding/", include(admin_urls))]


class FundingImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("launchpad.add_fundingscheme")


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return FundingImportMenuItem(
        _("Import / export de financements"),
        reverse("launchpad_admin:funding_import"),
        icon_name="upload",
        order=330,
    )
