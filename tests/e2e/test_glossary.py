import pytest

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


def test_glossary_letters_anchors_and_related_links(glossary, visitor):
    page = visitor.page
    visitor.goto("/fr/glossary/")
    assert page.get_by_role("heading", level=1).inner_text() == "Lexique responsable"
    letters = page.get_by_role("navigation", name="Index alphabétique")
    assert letters.get_by_role("link").all_inner_texts() == ["A", "R"]
    letters.get_by_role("link", name="R").click()
    assert page.url.endswith("#lettre-r")
    page.get_by_role("link", name="Accessibilité numérique").click()
    assert page.url.endswith("#terme-accessibilite-numerique")
    assert page.locator("#terme-accessibilite-numerique dfn").is_visible()


def test_glossary_in_english(glossary, visitor):
    visitor.goto("/en/glossary/")
    page = visitor.page
    assert page.locator("#terme-reemploi dfn").inner_text() == "Reuse"
    assert "second-hand" in page.locator("#terme-reemploi + dd").inner_text()
