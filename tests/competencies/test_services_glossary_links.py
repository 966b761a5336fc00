"""Automatic glossary links: the first occurrence of each term in a lesson body links to it."""

import pytest
from django.utils import translation

from competencies.api import glossary_link_html
from competencies.linking import LinkTarget, link_first_occurrences
from competencies.services import glossary_term_save

SOBRIETY = LinkTarget(
    slug="sobriete-numerique", url="/fr/glossary/sobriete-numerique/",
    phrases=("Sobriété numérique", "sobriété"),
)  # fmt: skip
REBOUND = LinkTarget(
    slug="effet-rebond", url="/fr/glossary/effet-rebond/", phrases=("effet rebond",)
)


def link(text):
    return f'<a class="glossary-link" href="{text[0]}">{text[1]}</a>'


def test_only_the_first_occurrence_of_each_term_is_linked():
    html, slugs = link_first_occurrences(
        "<p>La sobriété numérique limite l'effet\nrebond. La Sobriété numérique encore.</p>"
        "<p>Un effet rebond de plus, et la sobriété.</p>",
        [SOBRIETY, REBOUND],
    )
    assert slugs == ["sobriete-numerique", "effet-rebond"]
    assert html == (
        f"<p>La {link((SOBRIETY.url, 'sobriété numérique'))} limite l'"
        f"{link((REBOUND.url, 'effet' + chr(10) + 'rebond'))}. La Sobriété numérique encore.</p>"
        "<p>Un effet rebond de plus, et la sobriété.</p>"
    )


def test_the_longest_phrase_wins_and_words_are_whole():
    html, slugs = link_first_occurrences(
        "<p>Les sobriétés, puis la sobriété numérique.</p>", [SOBRIETY]
    )
    assert slugs == ["sobriete-numerique"]
    assert "Les sobriétés, puis la <a" in html
    assert ">sobriété numérique</a>" in html


@pytest.mark.parametrize(
    "html",
    [
        '<p><a href="/ailleurs/">la sobriété numérique</a></p>',
        "<h2>Sobriété numérique</h2>",
        "<p><code>sobriété</code></p>",
        '<details class="glossary-term"><summary><dfn>Sobriété numérique</dfn></summary></details>',
        "<!-- sobriété --><p>rien</p>",
    ],
)
def test_links_headings_code_and_definitions_are_left_alone(html):
    assert link_first_occurrences(html, [SOBRIETY]) == (html, [])


def test_text_is_kept_escaped():
    html, _ = link_first_occurrences("<p>&lt;b&gt; &amp; sobriété</p>", [SOBRIETY])
    assert html.startswith("<p>&lt;b&gt; &amp; <a ")


@pytest.fixture
def glossary(db):
    glossary_term_save(
        slug="sobriete-numerique",
        term={"fr": "Sobriété numérique", "en": "Digital sufficiency"},
        definition={"fr": "Faire moins et mieux.", "en": "Doing less and better."},
        synonyms={"fr": ["frugalité numérique"], "en": ["digital frugality"]},
    )


def test_api_links_terms_of_the_active_language_only(glossary, django_assert_num_queries):
    text = "<p>Digital frugality, frugalité numérique.</p>"
    with translation.override("en"), django_assert_num_queries(1):
        html = glossary_link_html(text)
    assert html == (
        '<p><a class="glossary-link" href="/en/glossary/sobriete-numerique/">Digital frugality'
        "</a>, frugalité numérique.</p>"
    )
    with translation.override("fr"):
        html = glossary_link_html(text)
    assert '<a class="glossary-link" href="/fr/glossary/sobriete-numerique/">frugalité' in html
