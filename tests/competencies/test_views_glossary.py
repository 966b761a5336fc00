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


def test_glossary_index_groups_by_letter_in_french(client, terms, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        response = client.get("/fr/glossary/")
    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "competencies/glossary.html"
    body = response.content.decode()
    # "Écoconception" is filed under E, before S; each entry links to the term's own page and
    # keeps the former single page's anchor, so old links still land on it.
    assert body.index('id="lettre-e"') < body.index('id="lettre-s"')
    assert (
        '<li id="terme-sobriete-numerique"><a href="/fr/glossary/sobriete-numerique/">'
        "Sobriété numérique</a></li>"
    ) in body
    assert "Faire moins et mieux." not in body  # definitions live on the term pages


def test_glossary_index_in_english(client, terms):
    body = client.get("/en/glossary/").content.decode()
    assert "Digital sufficiency" in body and "Sobriété" not in body
    assert body.index('id="lettre-d"') < body.index('id="lettre-e"')
    assert 'href="/en/glossary/ecoconception/">Ecodesign</a>' in body


def test_term_page_shows_the_term_in_french(client, terms, django_assert_max_num_queries):
    # The term, its related terms and competencies; the lessons that use it (Wagtail search).
    with django_assert_max_num_queries(7):
        response = client.get("/fr/glossary/sobriete-numerique/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "<h1><dfn>Sobriété numérique</dfn></h1>" in body
    assert "Faire moins et mieux." in body
    assert "frugalité numérique" in body
    assert '<a href="/fr/glossary/ecoconception/">Écoconception</a>' in body
    assert "A1.1" in body
    assert 'href="/fr/glossary/#terme-sobriete-numerique"' in body  # back to its letter


def test_term_page_in_english_and_unknown_term(client, terms):
    body = client.get("/en/glossary/sobriete-numerique/").content.decode()
    assert "<h1><dfn>Digital sufficiency</dfn></h1>" in body
    assert "Doing less and better." in body and "Faire moins" not in body
    assert "digital frugality" in body and "frugalité" not in body
    assert client.get("/fr/glossary/absent/").status_code == 404


@pytest.mark.parametrize(
    "language,heading,ess,digital,absent",
    [
        ("fr", "Un mot, deux regards", "Accueil de personnes", "Faire tourner un site", "Shelter"),
        ("en", "One word, two views", "Shelter for people", "Running a website", "Accueil"),
    ],
)
def test_term_page_shows_what_the_word_means_on_each_side(
    client, framework, language, heading, ess, digital, absent
):
    # The shared vocabulary: where ESS and digital actors mean different things by one word.
    glossary_term_save(
        slug="hebergement",
        term={"fr": "Hébergement", "en": "Hosting"},
        definition={"fr": "Deux sens.", "en": "Two meanings."},
        ess_meaning={"fr": "Accueil de personnes.", "en": "Shelter for people."},
        digital_meaning={"fr": "Faire tourner un site.", "en": "Running a website."},
    )
    body = client.get(f"/{language}/glossary/hebergement/").content.decode()
    assert f"<h2>{heading}</h2>" in body
    assert ess in body and digital in body and absent not in body
    assert body.index(ess) < body.index(digital)


def test_term_page_without_meanings_has_no_empty_section(client, terms):
    body = client.get("/fr/glossary/ecoconception/").content.decode()
    assert "deux regards" not in body


@pytest.mark.parametrize(
    "language,query,found,absent",
    [
        ("fr", "frugalité", "Sobriété numérique", "Écoconception"),
        ("fr", "impacts", "Écoconception", "Sobriété numérique"),
        ("en", "frugality", "Digital sufficiency", "Ecodesign"),
        # The French words are not searched on the English pages, nor the other way round.
        ("en", "frugalité", None, "Digital sufficiency"),
        ("fr", "frugality", None, "Sobriété numérique"),
    ],
)
def test_glossary_search_in_the_active_language_only(client, terms, language, query, found, absent):
    response = client.get(f"/{language}/glossary/", {"q": query})
    assert response.status_code == 200
    body = response.content.decode()
    results = body.split('id="glossary-results"')[1].split("</section>")[0]
    if found:
        assert found in results
    else:
        assert "<li>" not in results
    assert absent not in results


def test_glossary_search_refuses_a_query_too_long_with_a_translated_error(client, terms):
    response = client.get("/en/glossary/", {"q": "x" * 101})
    assert response.status_code == 400
    body = response.content.decode()
    assert "Ensure this value has at most 100 characters" in body
    assert 'aria-invalid="true"' in body
    assert 'id="lettre-d"' in body  # the index is still there


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
    assert entry.url == "/en/glossary/sobriete-numerique/"
    assert glossary_term_for_slug("absent") is None


def test_glossary_term_block_renders_details_and_dfn(terms):
    block = GlossaryTermBlock()
    with translation.override("fr"):
        html = block.render(terms[0])
    assert (
        "<details" in html and '<dfn id="dfn-sobriete-numerique">Sobriété numérique</dfn>' in html
    )
    assert "Faire moins et mieux." in html
    assert 'href="/fr/glossary/sobriete-numerique/"' in html
    assert render_to_string("competencies/blocks/glossary_term.html", {"value": None}).strip() == ""
