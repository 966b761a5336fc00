"""The content of the "Lancer mon projet ESS" pack, authored in Wagtail by trainers and support
staff: a `LaunchpadPage` (the pack) and its ordered `LaunchStepPage` children (docs/launchpad.md).

A step reuses the lessons' StreamField blocks and their competency mapping through courses' api.
Its checklist tasks carry a `key` that editors and translations keep: projects store their ticks
by (step translation_key, task key), so renaming or rewording a task never loses a tick.
get_context() stays thin and calls a selector."""

import secrets

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from courses import api as courses

from ..blocks import DiagnosticBlock


def task_key_default():
    """A new task's key: short, URL-safe, stable once saved (editors may type a readable one)."""
    return f"t-{secrets.token_hex(4)}"


class LaunchpadPage(Page):
    """The pack: an introduction and its steps, in the order of the page tree."""

    hero = models.CharField(_("accroche"), max_length=255, blank=True)
    intro = RichTextField(_("introduction"), blank=True, features=courses.LESSON_RICH_TEXT_FEATURES)

    diagnostic = StreamField(
        DiagnosticBlock(),
        blank=True,
        verbose_name=_("diagnostic des besoins"),
        help_text=_(
            "Les questions du diagnostic. Chaque réponse porte ses effets sur le plan : étapes "
            "prioritaires ou non concernées, contenus et modèles recommandés, besoins notés."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("hero"), FieldPanel("intro")]
    diagnostic_panels = [FieldPanel("diagnostic")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Contenu")),
            ObjectList(diagnostic_panels, heading=_("Diagnostic")),
            ObjectList(Page.promote_panels, heading=_("Promotion")),
            ObjectList(Page.settings_panels, heading=_("Paramètres")),
        ]
    )
    search_fields = [*Page.search_fields, index.SearchField("hero"), index.SearchField("intro")]
    # The parent is the site's home page: config.HomePage allows every page type below it.
    subpage_types = ["launchpad.LaunchStepPage"]
    template = "launchpad/launchpad_page.html"

    class Meta:
        verbose_name = _("parcours « Lancer mon projet »")
        verbose_name_plural = _("parcours « Lancer mon projet »")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import pack_context_get

        context = super().get_context(request, *args, **kwargs)
        context.update(pack_context_get(pack=self))
        return context


class LaunchStepPage(Page):
    """One stage of the pack: goals, a body of lesson blocks, a checklist, templates, links."""

    goals = models.TextField(_("objectifs"), blank=True, help_text=_("Un objectif par ligne."))
    body = StreamField(courses.LESSON_BODY_BLOCK(), blank=True, verbose_name=_("contenu"))
    estimated_minutes = models.PositiveIntegerField(
        _("durée estimée (minutes)"), default=60, validators=[MinValueValidator(1)]
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("goals"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
        InlinePanel(
            "tasks",
            heading=_("Liste de tâches"),
            label=_("tâche"),
            help_text=_(
                "Les porteur·ses de projet cochent ces tâches. Ne changez pas la clé d'une "
                "tâche existante : les coches y sont rattachées."
            ),
        ),
        InlinePanel("templates", heading=_("Modèles à télécharger"), label=_("modèle")),
        InlinePanel("links", heading=_("Leçons et cours liés"), label=_("contenu lié")),
        InlinePanel(
            "competency_mappings",
            heading=_("Compétences développées"),
            label=_("compétence"),
            help_text=_("Mener l'étape à son terme atteste ces niveaux."),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("goals"), index.SearchField("body")]
    parent_page_types = ["launchpad.LaunchpadPage"]
    subpage_types = []
    template = "launchpad/launch_step_page.html"

    class Meta:
        verbose_name = _("étape du parcours « Lancer mon projet »")
        verbose_name_plural = _("étapes du parcours « Lancer mon projet »")

    @property
    def goal_list(self):
        return [line.strip() for line in self.goals.splitlines() if line.strip()]

    def clean(self):
        super().clean()
        keys = [task.key for task in self.tasks.all()]
        duplicates = sorted({key for key in keys if keys.count(key) > 1})
        if duplicates:
            raise ValidationError(
                _("Deux tâches ont la même clé : %(keys)s.") % {"keys": ", ".join(duplicates)}
            )

    def get_context(self, request, *args, **kwargs):
        from ..selectors import step_context_get

        context = super().get_context(request, *args, **kwargs)
        preview = bool(getattr(request, "is_preview", False))
        context.update(step_context_get(step=self, preview=preview))
        return context


class LaunchStepTask(Orderable):
    """A checklist task. Its `key` is what a project's tick refers to: copied as it is by a
    translation (Wagtail copies the rows), unique within the step."""

    page = ParentalKey(LaunchStepPage, on_delete=models.CASCADE, related_name="tasks")
    key = models.SlugField(
        _("clé"),
        max_length=64,
        default=task_key_default,
        help_text=_("Identifiant stable de la tâche, le même dans toutes les langues."),
    )
    label = models.CharField(_("tâche"), max_length=255)
    help_text = models.TextField(_("précisions"), blank=True)

    panels = [FieldRowPanel([FieldPanel("label"), FieldPanel("key")]), FieldPanel("help_text")]

    class Meta(Orderable.Meta):
        verbose_name = _("tâche de l'étape")
        verbose_name_plural = _("tâches de l'étape")
        constraints = [
            models.UniqueConstraint(fields=["page", "key"], name="launchpad_steptask_key_unique")
        ]

    def __str__(self):
        return self.label


class LaunchStepTemplate(Orderable):
    """A downloadable template (a Wagtail document) with the label the step shows."""

    page = ParentalKey(LaunchStepPage, on_delete=models.CASCADE, related_name="templates")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
    )
    label = models.CharField(_("intitulé"), max_length=255)
    description = models.CharField(_("description"), max_length=255, blank=True)

    panels = [FieldPanel("document"), FieldPanel("label"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("modèle à télécharger")
        verbose_name_plural = _("modèles à télécharger")

    def __str__(self):
        return self.label


class LaunchStepLink(Orderable):
    """A lesson or a course to follow for this step. A translation keeps the row and the
    selectors show the linked page in the reader's language."""

    page = ParentalKey(LaunchStepPage, on_delete=models.CASCADE, related_name="links")
    target = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("leçon ou cours"),
    )

    panels = [PageChooserPanel("target", list(courses.LINKABLE_PAGE_TYPES))]

    class Meta(Orderable.Meta):
        verbose_name = _("contenu lié")
        verbose_name_plural = _("contenus liés")
        constraints = [
            models.UniqueConstraint(fields=["page", "target"], name="launchpad_steplink_unique")
        ]

    def __str__(self):
        return f"{self.page_id} → {self.target_id}"

    def clean(self):
        target = getattr(self, "target", None)
        allowed = {name.split(".")[1].lower() for name in courses.LINKABLE_PAGE_TYPES}
        if target is not None and target.content_type.model not in allowed:
            raise ValidationError({"target": _("Choisissez une leçon ou un cours.")})


class LaunchStepCompetency(courses.CompetencyMapping):
    """What the step develops, as a lesson does: a step done evidences the level."""

    page = ParentalKey(LaunchStepPage, on_delete=models.CASCADE, related_name="competency_mappings")

    class Meta(courses.CompetencyMapping.Meta):
        verbose_name = _("compétence développée par l'étape")
        verbose_name_plural = _("compétences développées par l'étape")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "competency", "level"], name="launchpad_stepcompetency_unique"
            )
        ]
