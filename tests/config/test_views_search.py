"""Site search over paths, courses, lessons and glossary terms, in the active language only,
through a plain GET form (no JavaScript)."""

import pytest

from competencies.services import glossary_term_save

pytestmark = pytest.mark.django_db


@pytest.fixture
def term(db):
    return glossary_term_save(
        slug="accessibilite-numerique",
        term={"fr": "Accessibilité numérique", "en": "Digital accessibility"},
        definition={
            "fr": "Des services utilisables par toutes et tous.",
            "en": "Services everyone can use.",
        },
    )


def results(response):
    assert response.status_code == 200
    html = response.content.decode()
    return html.split('id="search-results"')[1].split("</section>")[0]


def test_search_in_french_finds_french_pages_and_terms_only(client, demo_curriculum, term):
    found = results(client.get("/fr/search/", {"q": "accessibles"}))
    course = "Services numériques accessibles et inclusifs"
    assert f'>{course}</a> <span class="tag">Cours</span>' in found
    assert "Accessible and inclusive digital services" not in found
    found = results(client.get("/fr/search/", {"q": "accessibilité"}))
    assert '<a href="/fr/glossary/accessibilite-numerique/">Accessibilité numérique</a>' in found
    assert "Digital accessibility" not in found


def test_search_in_english_finds_english_pages_and_terms_only(client, demo_curriculum, term):
    found = results(client.get("/en/search/", {"q": "accessible"}))
    course = "Accessible and inclusive digital services"
    assert f'>{course}</a> <span class="tag">Course</span>' in found
    assert "Services numériques accessibles" not in found
    found = results(client.get("/en/search/", {"q": "accessibility"}))
    assert '<a href="/en/glossary/accessibilite-numerique/">Digital accessibility</a>' in found
    assert "Accessibilité numérique" not in found


@pytest.mark.parametrize(
    "language,query,title,kind",
    [
        ("fr", "faire durer", "Pourquoi et comment faire durer ses équipements", "Leçon"),
        ("en", "equipment last", "Why and how to make your equipment last", "Lesson"),
        ("fr", "référent", "Référent·e numérique responsable", "Parcours"),
    ],
)
def test_lessons_and_paths_are_found(client, demo_curriculum, language, query, title, kind):
    found = results(client.get(f"/{language}/search/", {"q": query}))
    assert title in found
    assert f'<span class="tag">{kind}</span>' in found


def test_a_word_of_the_other_language_finds_nothing(client, demo_curriculum):
    found = results(client.get("/en/search/", {"q": "réparabilité"}))
    assert "<li>" not in found
    assert "0 results" in found


def test_the_form_works_without_javascript_and_refuses_a_query_too_long(client, home_page):
    page = client.get("/fr/search/")
    assert page.status_code == 200
    html = page.content.decode()
    assert '<form method="get" action="/fr/search/" role="search"' in html
    assert 'id="search-results"' not in html
    response = client.get("/en/search/", {"q": "x" * 101})
    assert response.status_code == 400
    assert "Ensure this value has at most 100 characters" in response.content.decode()
