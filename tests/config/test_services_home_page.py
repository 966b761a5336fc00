from wagtail.models import Page, Site

from config.models import HomePage
from config.services import home_page_ensure
from tests.conftest import HOME_DATA


def test_home_page_exists_in_both_languages_and_roots_the_site(home_page):
    fr = HomePage.objects.get(locale__language_code="fr")
    en = HomePage.objects.get(locale__language_code="en")
    assert fr.title == "Bienvenue sur Tremplin"
    assert en.title == "Welcome to Tremplin"
    assert fr.translation_key == en.translation_key
    assert fr.live and en.live
    assert Site.objects.get(is_default_site=True).root_page_id == fr.pk


def test_home_page_ensure_is_idempotent_and_updates_texts(home_page):
    changed = {**HOME_DATA, "hero": {"fr": "Nouvelle accroche", "en": "New tagline"}}
    home_page_ensure(data=changed)
    assert HomePage.objects.count() == 2
    assert HomePage.objects.get(locale__language_code="en").hero == "New tagline"


def test_wagtail_welcome_page_is_removed(home_page):
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()
