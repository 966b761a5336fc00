"""A lesson links the first occurrence of each glossary term to the term's page, in the
lesson's language, and the links are cached with the body."""

import pytest

from competencies.services import glossary_term_save

from .factories import lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def term(db):
    # factories.lesson_body: "…des objets bien réels." then, in a callout, "…l'empreinte carbone."
    return glossary_term_save(
        slug="objet-connecte",
        term={"fr": "Objets bien réels", "en": "Real objects"},
        definition={"fr": "Des objets.", "en": "Objects."},
        synonyms={"fr": ["empreinte carbone"], "en": []},
    )


def test_lesson_links_the_first_occurrence_of_each_term(client, course, term):
    html = client.get(lessons_of(course)[0].url).content.decode()
    body = html.split('<div class="prose">')[1]
    assert body.count('class="glossary-link"') == 1
    assert (
        '<a class="glossary-link" href="/fr/glossary/objet-connecte/">objets bien réels</a>' in body
    )
    # The synonym comes later in the body: the term is linked once only.
    assert "empreinte carbone" in body
    assert (
        '<a class="glossary-link" href="/fr/glossary/objet-connecte/">empreinte carbone</a>'
        not in body
    )


def test_the_term_page_lists_the_lessons_that_use_it(client, catalogue, course, term):
    from .factories import course_create

    course_create(catalogue, lessons=1, title="Un autre cours")  # its lesson uses the term too
    unused = glossary_term_save(
        slug="inutilise", term={"fr": "Mot absent"}, definition={"fr": "Nulle part."}
    )
    html = client.get("/fr/glossary/objet-connecte/").content.decode()
    section = html.split("Les leçons qui l’emploient")[1].split("</ul>")[0]
    lessons = lessons_of(course)
    for lesson in lessons:
        assert f'<a href="{lesson.url}">{lesson.title}</a>' in section
    assert section.count("<li>") == len(lessons) + 1
    unused_page = client.get(f"/fr/glossary/{unused.slug}/").content.decode()
    assert "Les leçons qui l’emploient" not in unused_page
    # The lessons are French only: the English page of the term lists none of them.
    english = client.get("/en/glossary/objet-connecte/").content.decode()
    assert lessons[0].title not in english
