"""The home page finds the pages below it from their URL path, through a cache that any change
to the page tree expires: renamed, unpublished, deleted and private pages answer as Wagtail's
own walk would."""

import pytest
from wagtail.models import PageViewRestriction

from tests.courses.factories import catalogue_create, course_create, lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(home_page):
    course = course_create(catalogue_create(home_page), lessons=1, quiz=False)
    return lessons_of(course)[0]


def test_a_page_four_levels_down_is_served(client, lesson):
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert response.context["page"] == lesson


def test_a_renamed_page_moves_to_its_new_url(client, lesson):
    old_url = lesson.url
    assert client.get(old_url).status_code == 200
    lesson.slug = "nouveau-nom"
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    assert lesson.url != old_url
    assert client.get(old_url).status_code == 404
    assert client.get(lesson.url).status_code == 200


def test_unpublished_and_deleted_pages_are_not_found(client, lesson):
    url = lesson.url
    assert client.get(url).status_code == 200
    lesson.unpublish()
    assert client.get(url).status_code == 404
    lesson.save_revision().publish()
    assert client.get(url).status_code == 200
    lesson.delete()
    assert client.get(url).status_code == 404


def test_a_private_course_still_asks_to_log_in(client, lesson):
    assert client.get(lesson.url).status_code == 200
    course = lesson.get_parent().get_parent()
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(lesson.url)
    assert response.status_code == 302
    assert "login" in response.url


def test_an_unknown_url_is_not_found(client, lesson):
    assert client.get(lesson.url + "nulle-part/").status_code == 404
    assert client.get("/fr/catalogue/pas-un-cours/").status_code == 404
