"""The pages a learner uses most run a number of queries that does not depend on the size of
the course or the number of enrolments."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import services

from .factories import course_create, lessons_of, path_create, quiz_of


def _count(client, url):
    client.get(url)  # warm caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def _cold_count(client, url):
    """Queries of a request that finds no cached outline or lesson body."""
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def _enrolled_course(catalogue, learner, lessons):
    course = course_create(catalogue, lessons=lessons, modules=3 if lessons >= 3 else 1)
    services.enrolment_create(user=learner, page=course)
    for lesson in lessons_of(course)[:2]:
        services.lesson_complete(user=learner, lesson=lesson)
    return course


@pytest.fixture
def small_and_large(catalogue, learner, client):
    client.force_login(learner)
    return _enrolled_course(catalogue, learner, 3), _enrolled_course(catalogue, learner, 30)


def test_lesson_page_queries_do_not_grow_with_the_course(
    client, small_and_large, django_assert_num_queries
):
    small, large = small_and_large
    expected = _count(client, lessons_of(small)[1].url)
    # Warm: Wagtail's site, locale and home page, the page, its view restrictions (2), the
    # session and the user; the route, course, outline, enrolment and progress are cached.
    assert expected == 8
    url = lessons_of(large)[1].url
    client.get(url)  # cache its route, course and outline, as _count did for the small one
    with django_assert_num_queries(expected):
        client.get(url)
    assert _count(client, lessons_of(large)[-1].url) == expected
    assert _cold_count(client, lessons_of(small)[1].url) == _cold_count(client, url)


def test_course_page_queries_do_not_grow_with_the_course(
    client, small_and_large, django_assert_num_queries
):
    small, large = small_and_large
    expected = _count(client, small.url)
    assert expected == 8
    client.get(large.url)  # cache its outline, as _count did for the small one
    with django_assert_num_queries(expected):
        client.get(large.url)
    assert _cold_count(client, small.url) == _cold_count(client, large.url)


def test_quiz_page_queries_do_not_grow_with_the_course(
    client, small_and_large, django_assert_num_queries
):
    small, large = small_and_large
    expected = _count(client, quiz_of(small).url)
    url = quiz_of(large).url
    client.get(url)
    with django_assert_num_queries(expected):
        client.get(url)


def test_dashboard_queries_do_not_grow_with_enrolments(
    client, catalogue, learner, django_assert_num_queries
):
    client.force_login(learner)
    courses = [course_create(catalogue, lessons=1, quiz=False) for _ in range(30)]
    path = path_create(catalogue, courses[:2])
    services.enrolment_create(user=learner, page=path)
    services.lesson_complete(user=learner, lesson=lessons_of(courses[0])[0])
    services.enrolment_create(user=learner, page=courses[2])
    url = reverse("courses:dashboard")
    expected = _count(client, url)
    for course in courses[3:]:
        services.enrolment_create(user=learner, page=course)
        services.lesson_complete(user=learner, lesson=lessons_of(course)[0])
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert response.content.decode().count('class="card dashboard-entry"') == 29
