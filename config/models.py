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

    def route(self, request, path_components):
        # A page below the home page is found from its URL path in one query (lessons sit four
        # levels down: Wagtail's walk would take two queries per level). It then routes itself,
        # so a routable page still answers its own sub-URLs; any URL that is not a page's
        # (routable sub-URLs, unknown paths) takes Wagtail's walk.
        from .selectors import page_for_url_path

        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            page = page_for_url_path(root=self, url_path=url_path)
            if page is not None:
                return page.route(request, [])
        return super().route(request, path_components)

    class Meta:
        verbose_name = _("page d'accueil")
        verbose_name_plural = _("pages d'accueil")
