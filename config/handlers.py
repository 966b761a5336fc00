"""Receivers of Wagtail's and Django's signals: any change to the page tree expires the cached
routes and links between translations (selectors.py)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import post_page_move

from . import selectors


@receiver(post_save)
@receiver(post_delete)
def page_changed(sender, instance, **kwargs):
    # Saves cover creation, publishing, unpublishing, renaming and translating.
    if isinstance(instance, Page):
        selectors.pages_cache_expire()


@receiver(post_page_move)
def page_moved(sender, **kwargs):
    selectors.pages_cache_expire()
