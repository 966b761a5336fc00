"""Frameworks, their proficiency scale and their tree of areas and competencies (CASE CFDocument,
CFRubric and CFItem)."""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from .translation import TranslatedTextMixin

STR_LENGTH = 200  # characters of a competency's name in lists and labels (its __str__)


class Framework(TranslatedTextMixin, index.Indexed, ClusterableModel):
    name_fr = models.CharField(_("nom (français)"), max_length=255)
    name_en = models.CharField(_("nom (anglais)"), max_length=255, blank=True)
    identifier = models.CharField(
        _("identifiant"),
        max_length=255,
        unique=True,
        help_text=_(
            "URI stable du référentiel (l'« uri » du CFDocument CASE) ou son identifiant "
            "Moodle (« Id number »). Un nouvel import du même identifiant met à jour le "
            "référentiel."
        ),
    )
    case_uuid = models.UUIDField(
        _("identifiant CASE"),
        default=uuid.uuid4,
        unique=True,
        help_text=_("L'« identifier » du CFDocument CASE."),
    )
    version = models.CharField(_("version"), max_length=50, blank=True)
    source_fr = models.TextField(_("source (français)"), blank=True)
    source_en = models.TextField(_("source (anglais)"), blank=True)
    licence = models.CharField(
        _("licence"), max_length=255, blank=True, help_text=_("Nom ou URL de la licence.")
    )
    languages = models.CharField(
        _("langues"),
        max_length=50,
        default="fr,en",
        help_text=_("Codes de langue séparés par des virgules, par exemple « fr,en »."),
    )
    description_fr = models.TextField(_("description (français)"), blank=True)
    description_en = models.TextField(_("description (anglais)"), blank=True)
    updated_at = models.DateTimeField(_("mis à jour le"), auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("name_fr"), FieldPanel("name_en")]),
        FieldRowPanel([FieldPanel("identifier"), FieldPanel("version")]),
        FieldRowPanel([FieldPanel("source_fr"), FieldPanel("source_en")]),
        FieldRowPanel([FieldPanel("licence"), FieldPanel("languages")]),
        FieldPanel("description_fr"),
        FieldPanel("description_en"),
        InlinePanel("levels", heading=_("Échelle de maîtrise"), label=_("niveau")),
    ]
    search_fields = [
        index.SearchField("name_fr"),
        index.SearchField("name_en"),
        index.AutocompleteField("name_fr"),
        index.FilterField("identifier"),
    ]

    class Meta:
        verbose_name = _("référentiel de compétences")
        verbose_name_plural = _("référentiels de compétences")
        ordering = ["name_fr"]

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.localized("name")

    @property
    def description(self):
        return self.localized("description")

    @property
    def source(self):
        return self.localized("source")

    @property
    def language_list(self):
        return [code.strip() for code in self.languages.split(",") if code.strip()]


class ProficiencyLevel(TranslatedTextMixin, Orderable):
    """One step of a framework's ordered scale. The threshold level and those above it count as
    proficient."""

    framework = ParentalKey(
        Framework,
        on_delete=models.CASCADE,
        related_name="levels",
        verbose_name=_("référentiel"),
    )
    code = models.SlugField(_("code"), max_length=50)
    name_fr = models.CharField(_("nom (français)"), max_length=100)
    name_en = models.CharField(_("nom (anglais)"), max_length=100, blank=True)
    descriptor_fr = models.TextField(_("descripteur (français)"), blank=True)
    descriptor_en = models.TextField(_("descripteur (anglais)"), blank=True)
    is_proficient_threshold = models.BooleanField(
        _("seuil de maîtrise"),
        default=False,
        help_text=_("Ce niveau et les suivants comptent comme « maîtrisé »."),
    )
    uuid = models.UUIDField(_("identifiant CASE"), default=uuid.uuid4, editable=False)

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("is_proficient_threshold")]),
        FieldRowPanel([FieldPanel("name_fr"), FieldPanel("name_en")]),
        FieldPanel("descriptor_fr"),
        FieldPanel("descriptor_en"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("niveau de maîtrise")
        verbose_name_plural = _("niveaux de maîtrise")
        constraints = [
            models.UniqueConstraint(
                fields=["framework", "code"], name="competencies_level_code_unique"
            ),
            models.UniqueConstraint(
                fields=["framework"],
                condition=Q(is_proficient_threshold=True),
                name="competencies_level_one_threshold",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.localized("name")

    @property
    def descriptor(self):
        return self.localized("descriptor")


class CompetencyQuerySet(models.QuerySet):
    def areas(self):
        return self.filter(kind=Competency.Kind.AREA)

    def competencies(self):
        return self.filter(kind=Competency.Kind.COMPETENCY)


class Competency(TranslatedTextMixin, index.Indexed, models.Model):
    """A node of a framework's tree (a CASE CFItem): an area, or a competency.

    Courses will point at competencies with a foreign key ("develops C at level L").
    """

    class Kind(models.TextChoices):
        AREA = "area", _("domaine")
        COMPETENCY = "competency", _("compétence")

    framework = models.ForeignKey(
        Framework, on_delete=models.CASCADE, related_name="items", verbose_name=_("référentiel")
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent"),
    )
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.COMPETENCY)
    code = models.CharField(
        _("code"),
        max_length=100,
        blank=True,
        help_text=_("Code lisible, unique dans le référentiel (humanCodingScheme en CASE)."),
    )
    title_fr = models.TextField(_("intitulé (français)"))
    title_en = models.TextField(_("intitulé (anglais)"), blank=True)
    description_fr = models.TextField(_("description (français)"), blank=True)
    description_en = models.TextField(_("description (anglais)"), blank=True)
    uuid = models.UUIDField(
        _("identifiant CASE"),
        default=uuid.uuid4,
        help_text=_("L'« identifier » du CFItem CASE, stable d'un import à l'autre."),
    )
    sort_order = models.PositiveIntegerField(_("ordre"), default=0)

    objects = CompetencyQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("framework"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("parent"), FieldPanel("code"), FieldPanel("sort_order")]),
        MultiFieldPanel(
            [FieldPanel("title_fr"), FieldPanel("description_fr")], heading=_("Français")
        ),
        MultiFieldPanel(
            [FieldPanel("title_en"), FieldPanel("description_en")], heading=_("Anglais")
        ),
    ]
    search_fields = [
        index.SearchField("code"),
        index.SearchField("title_fr"),
        index.SearchField("title_en"),
        index.AutocompleteField("title_fr"),
        index.FilterField("framework"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("compétence")
        verbose_name_plural = _("compétences et domaines")
        ordering = ["framework", "sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["framework", "uuid"], name="competencies_item_uuid_unique"
            ),
            models.UniqueConstraint(
                fields=["framework", "code"],
                condition=~Q(code=""),
                name="competencies_item_code_unique",
            ),
        ]

    def __str__(self):
        # A name for lists, menus and the admin's labels ("Plus d'options pour « … »"): an
        # imported title may be a whole statement of any length; `title` keeps all of it.
        text = f"{self.code} {self.title}".strip() if self.code else self.title
        return Truncator(text).chars(STR_LENGTH)

    @property
    def title(self):
        return self.localized("title")

    @property
    def description(self):
        return self.localized("description")

    def clean(self):
        if self.parent_id is None:
            return
        if self.parent.framework_id != self.framework_id:
            raise ValidationError({"parent": _("Le parent doit appartenir au même référentiel.")})
        node, seen = self.parent, set()
        while node is not None:
            if (self.pk and node.pk == self.pk) or node.pk in seen:
                raise ValidationError({"parent": _("Ce parent créerait un cycle.")})
            seen.add(node.pk)
            node = node.parent
