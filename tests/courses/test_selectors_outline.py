"""The course outline is cached for every learner and expires when editors change the tree."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from courses import selectors, services
from courses.models import LessonPage, ModulePage
from courses.selectors.cache import outline_keys

from .factories import course_create, lesson_body, lessons_of


def _outline_titles(course):
    modules, items, _url = selectors.course_outline_map(courses=[course])[course.pk]
    return [item.page.title for item in items]


def _lesson_add(module, slug, title):
    return services.page_ensure(
        parent=module,
        page_class=LessonPage,
        slug=slug,
        fields={"title": title, "body": lesson_body(), "estimated_minutes": 5},
    )


def test_a_cached_outline_runs_no_query(course):
    selectors.course_outline_map(courses=[course])
    with CaptureQueriesContext(connection) as queries:
        modules, items, url = selectors.course_outline_map(courses=[course])[course.pk]
    assert [q for q in queries if "courses_modulepage" in q["sql"]] == []
    pages = Page.objects.descendant_of(course).filter(depth=course.depth + 2).order_by("path")
    assert [item.url for item in items] == [page.url for page in pages]
    assert [item.kind for item in items] == ["lesson", "lesson", "lesson", "quiz"]
    assert url == course.url
    assert [module.url for module in modules] == [
        page.url for page in ModulePage.objects.child_of(course)
    ]


def test_publishing_a_new_lesson_shows_it_at_once(client, course):
    assert "Leçon ajoutée" not in client.get(course.url).content.decode()
    module = ModulePage.objects.child_of(course).first()
    lesson = _lesson_add(module, "ajoutee", "Leçon ajoutée")
    assert "Leçon ajoutée" in client.get(course.url).content.decode()
    assert lesson.url in client.get(lessons_of(course)[0].url).content.decode()


def test_renaming_unpublishing_and_deleting_a_lesson_update_the_outline(course):
    first, second, *_ = lessons_of(course)
    _outline_titles(course)
    first.title = "Leçon renommée"
    first.save_revision().publish()
    assert "Leçon renommée" in _outline_titles(course)
    first.unpublish()
    assert "Leçon renommée" not in _outline_titles(course)
    title = second.title
    second.delete()
    assert title not in _outline_titles(course)


def test_moving_a_lesson_updates_both_courses(catalogue, course):
    other = course_create(catalogue, lessons=0, quiz=False)
    lesson = lessons_of(course)[0]
    assert _outline_titles(other) == []
    assert "Leçon 1" in _outline_titles(course)
    lesson.move(ModulePage.objects.child_of(other).first(), pos="last-child")
    assert "Leçon 1" not in _outline_titles(course)
    assert _outline_titles(other) == ["Leçon 1"]


def test_a_view_restriction_hides_the_module_at_once(course):
    module = ModulePage.objects.child_of(course).first()
    everything = _outline_titles(course)
    restriction = PageViewRestriction.objects.create(
        page=module, restriction_type=PageViewRestriction.LOGIN
    )
    assert _outline_titles(course) == ["Leçon 2", "Quiz final"]  # in the second module
    restriction.delete()
    assert _outline_titles(course) == everything


def test_renaming_a_prerequisite_updates_the_course_page(client, catalogue, course):
    first = course_create(catalogue, lessons=1, quiz=False, title="Les bases")
    course.prerequisites.set([first])
    course.save_revision().publish()
    assert "Les bases" in client.get(course.url).content.decode()
    first.title = "Les fondamentaux"
    first.save_revision().publish()
    assert "Les fondamentaux" in client.get(course.url).content.decode()


def test_the_outline_expires_again_after_the_commit(course, django_capture_on_commit_callbacks):
    """A request that read the tree before the commit may cache the old outline: the expiry
    after the commit drops it."""
    module = ModulePage.objects.child_of(course).first()
    with django_capture_on_commit_callbacks() as callbacks:
        _lesson_add(module, "tardive", "Leçon tardive")
        stale = outline_keys([course])[course.pk]
        cache.set(stale, [])  # what a concurrent request would have stored
        assert _outline_titles(course) == []
    for callback in callbacks:
        callback()
    assert "Leçon tardive" in _outline_titles(course)


def test_a_new_revision_of_a_lesson_body_shows_at_once(client, course):
    """The rendered body is cached per published revision and language."""
    lesson = lessons_of(course)[0]
    assert "Un titre neuf" not in client.get(lesson.url).content.decode()
    lesson.body = lesson_body("Un titre neuf")
    lesson.save_revision().publish()
    assert "Un titre neuf" in client.get(lesson.url).content.decode()
