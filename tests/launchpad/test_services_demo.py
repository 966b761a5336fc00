"""load_demo builds the launchpad packs through the launchpad services: complete in French and
English, idempotent (the same pages, task rows and documents on a second run)."""

import shutil

import pytest
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import Locale

from config.demo.content import content_read
from config.demo.launchpad import load_launchpad
from config.demo.loader import load_demo
from config.services import home_page_ensure
from launchpad import api
from launchpad.models import LaunchpadPage, LaunchStepPage, LaunchStepTask
from tests.conftest import HOME_DATA, SMALL_CONTENT

from .test_demo_content import PACK_CONTENT

QUIET = {"log": lambda line: None}


def _state():
    steps = LaunchStepPage.objects.order_by("locale__language_code", "path")
    return {
        "pages": list(steps.values_list("pk", "locale__language_code", "slug", "title")),
        "tasks": list(
            LaunchStepTask.objects.order_by("page_id", "sort_order").values_list(
                "pk", "page_id", "key", "label"
            )
        ),
        "documents": list(get_document_model().objects.order_by("pk").values_list("pk", "title")),
    }


@pytest.mark.django_db
def test_load_demo_twice_builds_the_same_small_pack(tmp_path, settings):
    settings.DEBUG = False
    root = tmp_path / "content"
    shutil.copytree(SMALL_CONTENT, root)
    shutil.copytree(PACK_CONTENT / "launchpad", root / "launchpad")
    result = load_demo(root=root, **QUIET)
    first = _state()
    load_demo(root=root, **QUIET)
    assert _state() == first
    pack = result["pack"]
    assert pack.slug == "petit-pack" and pack.locale.language_code == "fr"
    english = LaunchpadPage.objects.get(locale__language_code="en")
    assert english.translation_key == pack.translation_key and english.title == "Small pack"
    assert 'linktype="page"' in english.intro  # the lesson link resolved to a page
    assert len(first["documents"]) == 2
    step = LaunchStepPage.objects.get(slug="idee", locale__language_code="en")
    assert [t.label for t in step.tasks.all()] == ["Write the idea in one sentence", "Have it read"]
    assert step.templates.get().document.title == "Needs sheet"
    assert [link.target.specific.locale.language_code for link in step.links.all()] == ["en", "en"]
    assert step.competency_mappings.get().competency.code == "A1"


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The whole demo content (curriculum, framework, pack), built once for the module inside a
    transaction rolled back after its last test."""
    from config.demo.competencies import load_competencies
    from config.demo.courses import links_resolve, load_curriculum, map_curriculum

    with django_db_blocker.unblock(), transaction.atomic():
        try:
            home = home_page_ensure(data=HOME_DATA)
            load_curriculum(home=home, **QUIET)
            load_competencies(**QUIET)
            map_curriculum(**QUIET)
            links_resolve(**QUIET)
            yield home, load_launchpad(home=home, **QUIET)
        finally:
            transaction.set_rollback(True)


@pytest.mark.django_db
def test_the_demo_pack_is_complete_in_both_languages(demo):
    _home, pack = demo
    content = content_read()
    (data,) = content.packs
    english = pack.get_translation(Locale.objects.get(language_code="en"))
    french_steps, english_steps = api.pack_steps(pack=pack), api.pack_steps(pack=english)
    assert [s.page.slug for s in french_steps] == [step["slug"] for step in data["steps"]]
    assert len(french_steps) == len(english_steps) >= 7
    for french, translated, step in zip(french_steps, english_steps, data["steps"], strict=True):
        assert translated.key == french.key
        assert french.task_keys == translated.task_keys == [t["key"] for t in step["tasks"]]
        assert [t.label for t in translated.tasks] == [t["label"]["en"] for t in step["tasks"]]
        assert translated.page.title == step["pages"]["en"]["title"]
        assert len(french.page.body) == len(translated.page.body) > 0
        assert french.page.competency_mappings.count() == len(step.get("competencies", []))
        assert api.step_activity_iri(french.page) == api.step_activity_iri(translated.page)
    tools = LaunchStepPage.objects.get(
        slug="outils-numeriques-et-equipements", locale__language_code="en"
    )
    links = [link.target.specific for link in tools.links.all()]
    assert {page.locale.language_code for page in links} == {"en"}
    assert len(links) == 7  # five lessons, two courses
    assert tools.templates.get().document.title == "Digital and equipment needs inventory sheet"
    assert get_document_model().objects.count() == 4  # two templates in two languages


@pytest.mark.django_db
def test_loading_the_demo_pack_again_changes_nothing(demo):
    home, _pack = demo
    first = _state()
    load_launchpad(home=home, **QUIET)
    assert _state() == first


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_demo_step_page_answers(demo, client, language):
    pack = LaunchpadPage.objects.get(locale__language_code=language)
    assert client.get(pack.url).status_code == 200
    for step in LaunchStepPage.objects.child_of(pack):
        response = client.get(step.url)
        assert response.status_code == 200, step.url
        assert b"lesson:" not in response.content  # every lesson link resolved
