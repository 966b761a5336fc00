"""The pack's and a step's reads run a number of queries that does not grow with the number of
steps, tasks, templates or linked pages; a translated step shows its linked pages in its own
language."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from courses.models import LessonPage
from launchpad import selectors, services
from launchpad.models import LaunchStepPage

from ..courses.factories import catalogue_create, course_create
from .factories import document_create, pack_create

pytestmark = pytest.mark.django_db


def _count(function, **kwargs):
    with CaptureQueriesContext(connection) as queries:
        function(**kwargs)
    return len(queries)


def test_pack_steps_come_in_order_with_their_checklists(pack):
    steps = selectors.pack_steps(pack=pack)
    assert [step.number for step in steps] == [1, 2, 3]
    assert [step.page.slug for step in steps] == ["etape-1", "etape-2", "etape-3"]
    assert steps[0].task_keys == ["tache-1", "tache-2", "tache-3", "tache-4"]
    assert steps[0].key == steps[0].page.translation_key


def test_an_unpublished_step_is_left_out(pack):
    step = LaunchStepPage.objects.child_of(pack).get(slug="etape-2")
    step.unpublish()
    assert [s.page.slug for s in selectors.pack_steps(pack=pack)] == ["etape-1", "etape-3"]
    assert len(selectors.pack_steps(pack=pack, live=False)) == 3


def _big_and_small(home_page):
    catalogue = catalogue_create(home_page)
    course = course_create(catalogue, lessons=3)
    lessons = list(LessonPage.objects.descendant_of(course).order_by("path"))
    small = pack_create(
        home_page, steps=1, tasks=1, links=lessons[:1], documents=[document_create("A")]
    )
    big = pack_create(
        home_page,
        steps=7,
        tasks=20,
        links=[*lessons, course],
        documents=[document_create(name) for name in "BCD"],
    )
    return small, big


def test_query_counts_do_not_grow_with_steps_tasks_templates_and_links(home_page):
    small, big = _big_and_small(home_page)
    assert _count(selectors.pack_steps, pack=small) == _count(selectors.pack_steps, pack=big)
    assert _count(selectors.pack_context_get, pack=small) == _count(
        selectors.pack_context_get, pack=big
    )
    small_step = LaunchStepPage.objects.child_of(small).get()
    big_step = LaunchStepPage.objects.child_of(big).order_by("path")[3]
    context = selectors.step_context_get(step=big_step)
    assert len(context["tasks"]) == 20 and len(context["templates"]) == 3
    assert [entry["kind"] for entry in context["linked"]] == ["lesson"] * 3 + ["course"]
    assert context["number"] == 4 and len(context["outline"]) == 7
    assert context["previous_step"].number == 3 and context["next_step"].number == 5
    assert _count(selectors.step_context_get, step=small_step) == _count(
        selectors.step_context_get, step=big_step
    )


def test_page_views_cost_the_same_for_a_small_and_a_big_pack(home_page, client):
    small, big = _big_and_small(home_page)
    counts = []
    for pack in (small, big):
        step = LaunchStepPage.objects.child_of(pack).order_by("path").last()
        client.get(pack.url)  # the routes and the site's root paths in the cache
        client.get(step.url)
        with CaptureQueriesContext(connection) as pack_queries:
            assert client.get(pack.url).status_code == 200
        with CaptureQueriesContext(connection) as step_queries:
            assert client.get(step.url).status_code == 200
        counts.append((len(pack_queries), len(step_queries)))
    print(f"\nqueries (pack page, step page): small {counts[0]}, big {counts[1]}")
    assert counts[0] == counts[1]


def test_a_translated_step_links_to_the_lessons_of_its_language(home_page):
    Locale.objects.get_or_create(language_code="en")
    catalogue = catalogue_create(home_page)
    course = course_create(catalogue, lessons=1, quiz=False)
    lesson = LessonPage.objects.descendant_of(course).get()
    from courses import services as course_services

    for page in (catalogue, course, course.get_children().get()):
        course_services.page_translation_ensure(page=page.specific, language_code="en", fields={})
    english_lesson = course_services.page_translation_ensure(
        page=lesson, language_code="en", fields={"title": "Lesson in English"}
    )
    pack = pack_create(home_page, steps=1, tasks=1, links=[lesson])
    step = LaunchStepPage.objects.child_of(pack).get()
    services.page_translation_ensure(page=pack, language_code="en", fields={"title": "Launch"})
    english = services.page_translation_ensure(
        page=step, language_code="en", fields={"title": "Stage"}
    )  # the link rows are copied from the French step: they point at the French lesson
    linked = selectors.step_context_get(step=english)["linked"]
    assert [entry["page"].pk for entry in linked] == [english_lesson.pk]
    linked = selectors.step_context_get(step=step)["linked"]
    assert [entry["page"].pk for entry in linked] == [lesson.pk]
