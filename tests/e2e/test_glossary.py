import re

import pytest
from playwright.sync_api import expect

from competencies.services import glossary_term_save, glossary_terms_relate
from config.services import home_page_ensure
from tests.conftest import HOME_DATA

pytestmark = pytest.mark.e2e


@pytest.fixture
def glossary(transactional_db):
    home_page_ensure(data=HOME_DATA)
    reuse = glossary_term_save(
        slug="reemploi",
        term={"fr": "Réemploi", "en": "Reuse"},
        definition={"fr": "Donner une seconde vie à un équipement.", "en": "A second life."},
        synonyms={"fr": ["seconde main"], "en": ["second-hand"]},
    )
    glossary_term_save(
        slug="accessibilite-numerique",
        term={"fr": "Accessibilité numérique", "en": "Digital accessibility"},
        definition={"fr": "Des services utilisables par toutes et tous.", "en": "For everyone."},
    )
    glossary_terms_relate(term=reuse, related_slugs=["accessibilite-numerique"])


def test_glossary_index_term_pages_and_related_links(glossary, visitor):
    page = visitor.page
    visitor.goto("/fr/glossary/")
    assert page.get_by_role("heading", level=1).inner_text() == "Lexique responsable"
    letters = page.get_by_role("navigation", name="Index alphabétique")
    assert letters.get_by_role("link").all_inner_texts() == ["A", "R"]
    letters.get_by_role("link", name="R").click()
    expect(page).to_have_url(re.compile(re.escape("#lettre-r") + "$"))
    page.get_by_role("link", name="Réemploi").click()
    expect(page).to_have_url(re.compile(re.escape("/fr/glossary/reemploi/") + "$"))
    visitor.check_accessibility()
    assert page.locator("h1 dfn").inner_text() == "Réemploi"
    assert "seconde main" in page.get_by_role("main").inner_text()
    page.get_by_role("link", name="Accessibilité numérique").click()
    expect(page).to_have_url(re.compile(re.escape("/fr/glossary/accessibilite-numerique/") + "$"))
    visitor.check_accessibility()


def test_old_anchors_still_land_on_the_term(glossary, visitor):
    page = visitor.page
    visitor.goto("/fr/glossary/#terme-reemploi")
    entry = page.locator("#terme-reemploi")
    assert entry.is_visible()
    entry.get_by_role("link").click()
    expect(page).to_have_url(re.compile(re.escape("/fr/glossary/reemploi/") + "$"))


def test_glossary_and_site_search_are_plain_forms(glossary, visitor):
    page = visitor.page
    visitor.goto("/fr/glossary/")
    page.get_by_label("Rechercher un terme").fill("seconde")
    page.get_by_role("button", name="Rechercher").click()
    visitor.check_accessibility()
    results = page.locator("#glossary-results + ul")
    assert results.get_by_role("link").all_inner_texts() == ["Réemploi"]
    visitor.goto("/en/search/?q=reuse")
    results = page.locator("ol.search-results")
    assert results.get_by_role("link").all_inner_texts() == ["Reuse"]


def test_glossary_in_english(glossary, visitor):
    visitor.goto("/en/glossary/reemploi/")
    page = visitor.page
    assert page.locator("h1 dfn").inner_text() == "Reuse"
    assert "second-hand" in page.get_by_role("main").inner_text()
