"""The glossary ("lexique responsable")."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from .frameworks import Competency
from .translation import TranslatedTextMixin, letter_of


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
    # Where ESS actors and mainstream digital actors use the word differently: what each side
    # means by it (the shared vocabulary the glossary exists for). Optional.
    ess_meaning_fr = models.TextField(_("dans l’ESS (français)"), blank=True)
    ess_meaning_en = models.TextField(_("dans l’ESS (anglais)"), blank=True)
    digital_meaning_fr = models.TextField(_("chez les acteurs du numérique (français)"), blank=True)
    digital_meaning_en = models.TextField(_("chez les acteurs du numérique (anglais)"), blank=True)
    source_fr = models.CharField(_("source (français)"), max_length=255, blank=True)
    source_en = models.CharField(_("source (anglais)"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("term_fr"), FieldPanel("term_en")]),
        FieldPanel("slug"),
        FieldPanel("definition_fr"),
        FieldPanel("definition_en"),
        FieldRowPanel([FieldPanel("synonyms_fr"), FieldPanel("synonyms_en")]),
        FieldRowPanel([FieldPanel("ess_meaning_fr"), FieldPanel("ess_meaning_en")]),
        FieldRowPanel([FieldPanel("digital_meaning_fr"), FieldPanel("digital_meaning_en")]),
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
    def ess_meaning(self):
        return self.localized("ess_meaning")

    @property
    def digital_meaning(self):
        return self.localized("digital_meaning")

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
