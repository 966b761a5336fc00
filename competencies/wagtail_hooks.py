"""Registration only: snippet viewsets, the import/export admin views and their menu item."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .models import Competency, Framework, GlossaryTerm, JobProfile


class FrameworkViewSet(SnippetViewSet):
    model = Framework
    icon = "list-ul"
    menu_label = _("Référentiels")
    list_display = ["name_fr", "identifier", "version", "updated_at"]
    search_fields = ["name_fr", "name_en", "identifier"]


class CompetencyViewSet(SnippetViewSet):
    model = Competency
    icon = "tick-inverse"
    menu_label = _("Compétences")
    list_display = ["code", "title_fr", "kind", "framework"]
    list_filter = ["framework", "kind"]
    search_fields = ["code", "title_fr", "title_en"]
    list_per_page = 100


class JobProfileViewSet(SnippetViewSet):
    model = JobProfile
    icon = "user"
    menu_label = _("Métiers")
    list_display = ["title_fr", "slug"]
    list_filter = ["requirements__competency__framework"]
    search_fields = ["title_fr", "title_en", "summary_fr"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Lexique")
    list_display = ["term_fr", "term_en", "slug"]
    list_filter = ["related_competencies__framework"]
    search_fields = ["term_fr", "term_en", "synonyms_fr", "synonyms_en", "definition_fr"]


class CompetenciesViewSetGroup(SnippetViewSetGroup):
    items = (FrameworkViewSet, CompetencyViewSet, JobProfileViewSet, GlossaryTermViewSet)
    menu_icon = "tick-inverse"
    menu_label = _("Compétences")
    menu_name = "competencies"


register_snippet(CompetenciesViewSetGroup)

admin_urls = (
    [
        path("import/", admin_views.FrameworkImportView.as_view(), name="framework_import"),
        path(
            "<int:pk>/export/",
            admin_views.FrameworkExportView.as_view(),
            name="framework_export",
        ),
    ],
    "competencies_admin",
)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("competencies/frameworks/", include(admin_urls))]


class FrameworkImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("competencies.add_framework")


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return FrameworkImportMenuItem(
        _("Import / export de référentiels"),
        reverse("competencies_admin:framework_import"),
        icon_name="upload",
        order=310,
    )
