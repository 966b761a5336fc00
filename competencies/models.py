"""Competency frameworks, proficiency scales, job profiles and the glossary.

Translation: one row per framework, item, level, job profile and term, with a French field
(the source, required) and an English field for each text (`title_fr`, `title_en`). See
docs/competencies.md: the tree, the CASE identifiers and the foreign keys that courses will
point at stay language-independent that way.
"""

import unicodedata
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

LANGUAGES = ("fr", "en")
SOURCE_LANGUAGE = "fr"


def active_language():
    language = (get_language() or SOURCE_LANGUAGE)[:2]
    return language if language in LANGUAGES else SOURCE_LANGUAGE


class TranslatedTextMixin:
    """Read `<name>_<lang>` for the active language, falling back to the French source."""

    def localized(self, name, language=None):
        language = language or active_language()
        value = getattr(self, f"{name}_{language}", "")
        return value or getattr(self, f"{name}_{SOURCE_LANGUAGE}")


def letter_of(text):
    """The A-Z index letter of a term: first letter without accent, '#' for anything else."""
    for char in unicodedata.normalize("NFKD", text or ""):
        if char.isalpha() and char.isascii():
            return char.upper()
        if char.isalnum():
            return "#"
    return "#"


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
        return f"{self.code} {self.title}".strip() if self.code else self.title

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


class JobProfile(TranslatedTextMixin, index.Indexed, ClusterableModel):
    """A responsible-digital job ("métier") and the competencies it requires, each at a level."""

    title_fr = models.CharField(_("intitulé (français)"), max_length=255)
    title_en = models.CharField(_("intitulé (anglais)"), max_length=255, blank=True)
    slug = models.SlugField(_("identifiant court"), max_length=100, unique=True)
    summary_fr = models.TextField(_("résumé (français)"), blank=True)
    summary_en = models.TextField(_("résumé (anglais)"), blank=True)
    employers_fr = models.TextField(
        _("employeurs types (français)"),
        blank=True,
        help_text=_("Structures de l'ESS et autres qui recrutent sur ce métier."),
    )
    employers_en = models.TextField(_("employeurs types (anglais)"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("title_fr"), FieldPanel("title_en")]),
        FieldPanel("slug"),
        FieldPanel("summary_fr"),
        FieldPanel("summary_en"),
        FieldPanel("employers_fr"),
        FieldPanel("employers_en"),
        InlinePanel(
            "requirements", heading=_("Compétences requises"), label=_("compétence requise")
        ),
    ]
    search_fields = [
        index.SearchField("title_fr"),
        index.SearchField("title_en"),
        index.SearchField("summary_fr"),
        index.AutocompleteField("title_fr"),
    ]

    class Meta:
        verbose_name = _("métier")
        verbose_name_plural = _("métiers")
        ordering = ["title_fr"]

    def __str__(self):
        return self.title

    @property
    def title(self):
        return self.localized("title")

    @property
    def summary(self):
        return self.localized("summary")

    @property
    def employers(self):
        return self.localized("employers")


class JobProfileRequirement(Orderable):
    job_profile = ParentalKey(
        JobProfile, on_delete=models.CASCADE, related_name="requirements", verbose_name=_("métier")
    )
    competency = models.ForeignKey(
        Competency,
        on_delete=models.PROTECT,
        related_name="job_requirements",
        limit_choices_to={"kind": Competency.Kind.COMPETENCY},
        verbose_name=_("compétence"),
    )
    level = models.ForeignKey(
        ProficiencyLevel,
        on_delete=models.PROTECT,
        related_name="job_requirements",
        verbose_name=_("niveau requis"),
    )

    panels = [FieldRowPanel([FieldPanel("competency"), FieldPanel("level")])]

    class Meta(Orderable.Meta):
        verbose_name = _("compétence requise")
        verbose_name_plural = _("compétences requises")
        constraints = [
            models.UniqueConstraint(
                fields=["job_profile", "competency"], name="competencies_requirement_unique"
            )
        ]

    def __str__(self):
        return f"{self.competency} ({self.level})"

    def clean(self):
        if (
            self.competency_id
            and self.level_id
            and self.level.framework_id != self.competency.framework_id
        ):
            raise ValidationError(
                {"level": _("Le niveau doit appartenir au référentiel de la compétence.")}
            )


class GlossaryTerm(TranslatedTextMixin, index.Indexed, ClusterableModel):
    """A term of the "lexique responsable", shared by ESS and mainstream digital actors."""

    term_fr = models.CharField(_("terme (français)"), max_length=200)
    term_en = models.CharField(_("terme (anglais)"), max_length=200, blank=True)
    slug = models.SlugField(_("identifiant court"), max_length=100, unique=True)
    definition_fr = models.TextField(_("définition (français)"))
    definition_en = models.TextField(_("définition (anglais)"), blank=True)
    synonyms_fr = models.TextField(
        _("synonymes (français)"), blank=True, help_text=_("Un synonyme par ligne.")
    )
    synonyms_en = models.TextField(
        _("synonymes (anglais)"), blank=True, help_text=_("Un synonyme par ligne.")
    )
    related_terms = ParentalManyToManyField(
        "self", blank=True, symmetrical=False, verbose_name=_("termes liés")
    )
    related_competencies = ParentalManyToManyField(
        Competency,
        blank=True,
        related_name="glossary_terms",
        verbose_name=_("compétences liées"),
    )
    source_fr = models.CharField(_("source (français)"), max_length=255, blank=True)
    source_en = models.CharField(_("source (anglais)"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("term_fr"), FieldPanel("term_en")]),
        FieldPanel("slug"),
        FieldPanel("definition_fr"),
        FieldPanel("definition_en"),
        FieldRowPanel([FieldPanel("synonyms_fr"), FieldPanel("synonyms_en")]),
        FieldPanel("related_terms"),
        FieldPanel("related_competencies"),
        FieldRowPanel([FieldPanel("source_fr"), FieldPanel("source_en")]),
    ]
    search_fields = [
        index.SearchField("term_fr"),
        index.SearchField("term_en"),
        index.SearchField("synonyms_fr"),
        index.SearchField("synonyms_en"),
        index.SearchField("definition_fr"),
        index.AutocompleteField("term_fr"),
    ]

    class Meta:
        verbose_name = _("terme du lexique")
        verbose_name_plural = _("lexique responsable")
        ordering = ["term_fr"]

    def __str__(self):
        return self.term

    @property
    def term(self):
        return self.localized("term")

    @property
    def definition(self):
        return self.localized("definition")

    @property
    def source(self):
        return self.localized("source")

    @property
    def synonyms(self):
        return [line.strip() for line in self.localized("synonyms").splitlines() if line.strip()]

    @property
    def letter(self):
        return letter_of(self.term)

    @property
    def anchor(self):
        return f"terme-{self.slug}"


class CompetencyEvidence(models.Model):
    """One fact behind a learner's competency profile: a learning event (a lesson or a course
    completed, a quiz passed) that a higher app mapped to a competency at a level.

    Written by courses through `competencies.api.evidence_record`, inside the transaction of
    the progress change; never updated. The profile is computed from these rows (see
    docs/competencies.md, "Learner competency profile")."""

    class Kind(models.TextChoices):
        EVIDENCED = "evidenced", _("attesté")
        PROFICIENT = "proficient", _("acquis")

    class Source(models.TextChoices):
        LESSON = "lesson", _("leçon")
        QUIZ = "quiz", _("quiz")
        COURSE = "course", _("cours")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="competency_evidence",
        verbose_name=_("apprenant·e"),
    )
    competency = models.ForeignKey(
        Competency, on_delete=models.CASCADE, related_name="evidence", verbose_name=_("compétence")
    )
    level = models.ForeignKey(
        ProficiencyLevel,
        on_delete=models.CASCADE,
        related_name="evidence",
        verbose_name=_("niveau"),
    )
    kind = models.CharField(_("nature"), max_length=20, choices=Kind.choices)
    source_type = models.CharField(_("type de source"), max_length=20, choices=Source.choices)
    source_key = models.UUIDField(
        _("clé de traduction de la source"),
        help_text=_("La même pour toutes les langues de la leçon, du quiz ou du cours."),
    )
    source_page_id = models.PositiveIntegerField(_("page source"), null=True, blank=True)
    source_title = models.CharField(_("titre de la source"), max_length=255)
    occurred_at = models.DateTimeField(_("date"))

    class Meta:
        verbose_name = _("preuve de compétence")
        verbose_name_plural = _("preuves de compétences")
        ordering = ["occurred_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "competency", "level", "kind", "source_type", "source_key"],
                name="competencies_evidence_unique",
            )
        ]
        indexes = [models.Index(fields=["user", "competency"])]

    def __str__(self):
        return f"{self.user_id} · {self.competency_id} · {self.level_id} · {self.kind}"

    def clean(self):
        if (
            self.competency_id
            and self.level_id
            and self.level.framework_id != self.competency.framework_id
        ):
            raise ValidationError(
                {"level": _("Le niveau doit appartenir au référentiel de la compétence.")}
            )
