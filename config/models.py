from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page


class AudienceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), max_length=80)
    text = blocks.TextBlock(label=_("Texte"))

    class Meta:
        icon = "group"
        label = _("Public")
        template = "config/blocks/audience_block.html"


class HomePage(Page):
    """The reference site's home page, one per language (Wagtail localisation)."""

    hero = models.CharField(_("accroche"), max_length=255, blank=True)
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])
    audiences = StreamField([("audience", AudienceBlock())], blank=True, verbose_name=_("publics"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("hero"),
        FieldPanel("intro"),
        FieldPanel("audiences"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1
    template = "config/home_page.html"

    class Meta:
        verbose_name = _("page d'accueil")
        verbose_name_plural = _("pages d'accueil")
