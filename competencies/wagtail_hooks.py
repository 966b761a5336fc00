"""Registration only: snippet viewsets, the import/export admin views and their menu item, the
history entry of an import."""

from django.urls import include, path, reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .models import Competency, Framework, GlossaryTerm, JobProfile
from .services.frameworks import LOG_ACTION_IMPORT

LIST_TEXT_LENGTH = 120  # characters of a long text shown in an admin list


def short_text_column(name, label):
    """A list column that cuts a long text (a title may be a whole paragraph)."""
    return Column(
        name,
        label=label,
        accessor=lambda obj: Truncator(getattr(obj, name)).chars(LIST_TEXT_LENGTH),
    )


class ReadableSnippetViewSet(SnippetViewSet):
    # Trainers have the view permission only (docs/accounts.md, "Rôles / Roles"): without an
    # inspect view, their list would name items that nothing opens.
    inspect_view_enabled = True


class FrameworkViewSet(ReadableSnippetViewSet):
    model = Framework
    icon = "list-ul"
    menu_label = _("Référentiels")
    list_display = ["name_fr", "identifier", "version", "updated_at"]
    search_fields = ["name_fr", "name_en", "identifier"]


class CompetencyViewSet(ReadableSnippetViewSet):
    model = Competency
    icon = "tick-inverse"
    menu_label = _("Compétences")
    list_display = ["code", short_text_column("title_fr", _("intitulé")), "kind", "framework"]
    list_filter = ["framework", "kind"]
    search_fields = ["code", "title_fr", "title_en"]
    list_per_page = 100


class JobProfileViewSet(ReadableSnippetViewSet):
    model = JobProfile
    icon = "user"
    menu_label = _("Métiers")
    list_display = ["title_fr", "slug"]
    list_filter = ["requirements__competency__framework"]
    search_fields = ["title_fr", "title_en", "summary_fr"]


class GlossaryTermViewSet(ReadableSnippetViewSet):
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


@hooks.register("register_log_actions")
def register_import_log_action(actions):
    @actions.register_action(LOG_ACTION_IMPORT)
    class FrameworkImportFormatter(LogFormatter):
        label = _("Import d'un fichier")

        def format_message(self, log_entry):
            return _(
                "Importé depuis un fichier : %(created)s éléments créés, %(updated)s mis à jour, "
                "%(deleted)s supprimés."
            ) % {
                "created": log_entry.data.get("created", 0),
                "updated": log_entry.data.get("updated", 0),
                "deleted": log_entry.data.get("deleted", 0),
            }
