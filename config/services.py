"""Writes that belong to the reference site itself: its home page in every language, the admin
roles (config/roles.py)."""

from django.apps import apps
from django.db import transaction
from wagtail.models import Locale, Page, Site

from . import roles
from .models import HomePage


@transaction.atomic
def roles_ensure():
    """Create or complete the trainers' and pedagogical leads' groups, their rights on every
    catalogue, and the "Validation pédagogique" workflow (the data migration does it once; the
    demo loader again, after its catalogue exists). Idempotent, adds only."""
    roles.roles_ensure(apps, roles.SPEC)


@transaction.atomic
def catalogue_rights_grant(*, page):
    """Give the roles their page rights on a new catalogue page (one per language)."""
    roles.catalogue_rights_grant(apps, roles.SPEC, [page.pk])


def _fill(page, data, language):
    page.title = data["title"][language]
    page.hero = data["hero"][language]
    page.intro = data["intro"][language]
    page.audiences = [
        ("audience", {"title": item["title"][language], "text": item["text"][language]})
        for item in data["audiences"]
    ]


@transaction.atomic
def home_page_ensure(*, data, languages=("fr", "en")):
    """Create or update the home page in each language and make it the default site's root.

    Idempotent: a second call updates the texts in place. `data` holds bilingual texts
    (see config/demo/content/site.toml, [home]).
    """
    source_language, *other_languages = languages
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in languages}
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locales[source_language])
    )
    home = HomePage.objects.filter(locale=locales[source_language]).first()
    if home is None:
        home = HomePage(slug="accueil", locale=locales[source_language])
        _fill(home, data, source_language)
        root.add_child(instance=home)
    else:
        _fill(home, data, source_language)
    home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Tremplin",
        )
    elif site.root_page_id != home.pk:
        previous_root = site.root_page
        site.root_page = home
        site.site_name = "Tremplin"
        site.save()
        # Wagtail's installation leaves a "Welcome" page; it serves no one.
        if previous_root.specific_class is Page and previous_root.depth == 2:
            previous_root.delete()

    for code in other_languages:
        translation = home.get_translation_or_none(locales[code])
        if translation is None:
            translation = home.copy_for_translation(locales[code])
        translation = translation.specific
        _fill(translation, data, code)
        translation.save_revision().publish()
    return home
