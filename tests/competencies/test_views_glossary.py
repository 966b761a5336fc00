import pytest
from django.template.loader import render_to_string
from django.utils import translation

from competencies.api import glossary_term_for_slug
from competencies.blocks import GlossaryTermBlock
from competencies.models import Competency
from competencies.services import glossary_term_save, glossary_terms_relate


@pytest.fixture
def terms(framework):
    sobriety = glossary_term_save(
        slug="sobriete-numerique",
        term={"fr": "Sobriété numérique", "en": "Digital sufficiency"},
        definition={"fr": "Faire moins et mieux.", "en": "Doing less and better."},
        synonyms={"fr": ["frugalité numérique"], "en": ["digital frugality"]},
        competencies=[Competency.objects.get(code="A1.1")],
    )
    ecodesign = glossary_term_save(
        slug="ecoconception",
        term={"fr": "Écoconception", "en": "Ecodesign"},
        definition={"fr": "Concevoir en réduisant les impacts.", "en": "Designing for less."},
    )
    glossary_terms_relate(term=sobriety, related_slugs=["ecoconception"])
    return sobriety, ecodesign


def test_glossary_page_groups_by_letter_in_french(client, terms, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        response = client.get("/fr/glossary/")
    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "competencies/glossary.html"
    body = response.content.decode()
    # "Écoconception" is filed under E, before S.
    assert body.index('id="lettre-e"') < body.index('id="lettre-s"')
    assert '<dt id="terme-sobriete-numerique"><dfn>Sobriété numérique</dfn></dt>' in body
    assert 'href="#terme-ecoconception">Écoconception</a>' in body
    assert "frugalité numérique" in body


def test_glossary_page_in_english(client, terms):
    body = client.get("/en/glossary/").content.decode()
    assert "Digital sufficiency" in body and "Sobriété" not in body
    assert body.index('id="lettre-d"') < body.index('id="lettre-e"')


def test_related_competencies_and_validation(terms):
    sobriety, _ecodesign = terms
    assert list(sobriety.related_competencies.values_list("code", flat=True)) == ["A1.1"]
    # Outside a request the active language is the settings' default; the message is French.
    with translation.override("fr"), pytest.raises(Exception, match="inconnus"):
        glossary_terms_relate(term=sobriety, related_slugs=["nope"])


def test_api_returns_the_term_in_the_active_language(terms):
    with translation.override("en"):
        entry = glossary_term_for_slug("sobriete-numerique")
    assert entry.term == "Digital sufficiency"
    assert entry.url == "/en/glossary/#terme-sobriete-numerique"
    assert glossary_term_for_slug("absent") is None


def test_glossary_term_block_renders_details_and_dfn(terms):
    block = GlossaryTermBlock()
    with translation.override("fr"):
        html = block.render(terms[0])
    assert (
        "<details" in html and '<dfn id="dfn-sobriete-numerique">Sobriété numérique</dfn>' in html
    )
    assert "Faire moins et mieux." in html
    assert 'href="/fr/glossary/#terme-sobriete-numerique"' in html
    assert render_to_string("competencies/blocks/glossary_term.html", {"value": None}).strip() == ""
