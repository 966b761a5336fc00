"""Job profiles ("métiers") and the competencies each requires at a level."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable
from wagtail.search import index

from .frameworks import Competency, ProficiencyLevel
from .translation import TranslatedTextMixin
from .validators import level_framework_clean


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
        level_framework_clean(self)
