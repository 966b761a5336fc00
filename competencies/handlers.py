"""Receivers of Wagtail's and Django's signals: any change to a page or a site expires the
cached titles and URLs of evidence sources (selectors.profile.source_pages_cache_expire).

The page receivers are connected to each page model (apps.py calls connect() once every model
is loaded), not to every model of the project."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Site, get_page_models
from wagtail.signals import post_page_move

from .selectors.profile import source_pages_cache_expire


def page_changed(sender, instance, **kwargs):
    # Saves cover creation, publishing, unpublishing, renaming, a new slug and translating.
    source_pages_cache_expire()


@receiver(post_page_move, dispatch_uid="competencies_page_moved")
def page_moved(sender, **kwargs):
    source_pages_cache_expire()


@receiver(post_save, sender=Site, dispatch_uid="competencies_site_saved")
@receiver(post_delete, sender=Site, dispatch_uid="competencies_site_deleted")
def site_changed(sender, instance, **kwargs):
    source_pages_cache_expire()  # a site's root or hostname gives every page another URL


def connect():
    for model in get_page_models():  # wagtailcore.Page included
        uid = f"competencies_page_changed_{model._meta.label_lower}"
        post_save.connect(page_changed, sender=model, dispatch_uid=uid)
        post_delete.connect(page_changed, sender=model, dispatch_uid=uid)
