"""Receivers of Wagtail's and Django's signals: any change to the page tree expires the cached
routes and links between translations (selectors.py); a new catalogue page gives the trainers'
and leads' groups their rights on it (roles.py).

The save and delete receivers are connected to each page model (apps.py calls connect() once
every model is loaded), not to every model of the project."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import get_page_models
from wagtail.signals import post_page_move

from courses.models import CatalogueIndexPage

from . import selectors, services


def page_changed(sender, instance, **kwargs):
    # Saves cover creation, publishing, unpublishing, renaming and translating.
    selectors.pages_cache_expire()


@receiver(post_page_move)
def page_moved(sender, **kwargs):
    selectors.pages_cache_expire()


@receiver(post_save, sender=CatalogueIndexPage, dispatch_uid="config_catalogue_created")
def catalogue_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        services.catalogue_rights_grant(page=instance)


def connect():
    for model in get_page_models():  # wagtailcore.Page included
        uid = f"config_page_changed_{model._meta.label_lower}"
        post_save.connect(page_changed, sender=model, dispatch_uid=uid)
        post_delete.connect(page_changed, sender=model, dispatch_uid=uid)
