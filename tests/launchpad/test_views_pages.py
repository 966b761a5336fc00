"""The pack and step pages answer in French and English with their templates; the navigation
and the home page link to the pack through a stable address."""

import pytest
from django.utils import translation
from wagtail.models import Locale

from launchpad import services
from launchpad.models import LaunchStepPage

from .factories import document_create, pack_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def bilingual_pack(home_page):
    Locale.objects.get_or_create(language_code="en")
    pack = pack_create(home_page, steps=2, tasks=2, documents=[document_create("Canevas")])
    services.page_translation_ensure(
        page=pack, language_code="en", fields={"title": "Launch my project"}
    )
    for step in LaunchStepPage.objects.child_of(pack).order_by("path"):
        services.page_translation_ensure(
            page=step,
            language_code="en",
            fields={"title": f"Stage {step.slug[-1]}", "goals": "Understand\nDecide"},
            tasks=[{"key": task.key, "label": f"Task {task.key[-1]}"} for task in step.tasks.all()],
        )
    return pack


@pytest.mark.parametrize(
    ("language", "title", "step_title", "heading"),
    [
        ("fr", "Lancer mon projet", "Étape 1", "Liste de tâches"),
        ("en", "Launch my project", "Stage 1", "Checklist"),
    ],
)
def test_pack_and_step_pages_in_each_language(
    client, bilingual_pack, language, title, step_title, heading
):
    pack = bilingual_pack.get_translation(Locale.objects.get(language_code=language))
    response = client.get(pack.url)
    assert response.status_code == 200
    assert "launchpad/launchpad_page.html" in [t.name for t in response.templates]
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert title in html and step_title in html
    step = LaunchStepPage.objects.child_of(pack).order_by("path").first()
    response = client.get(step.url)
    assert response.status_code == 200
    assert "launchpad/launch_step_page.html" in [t.name for t in response.templates]
    html = response.content.decode()
    assert heading in html
    assert 'id="tache-tache-1"' in html  # each task is addressable by its stable key
    assert "Modèle Canevas" in html and "CSV" in html
    assert 'rel="next"' in html and 'aria-current="page"' in html


@pytest.mark.parametrize(
    ("language", "label"), [("fr", "Lancer mon projet"), ("en", "Launch my project")]
)
def test_the_navigation_and_home_page_lead_to_the_pack(client, bilingual_pack, language, label):
    home = client.get(f"/{language}/")
    html = home.content.decode()
    assert f">{label}</a>" in html
    with translation.override(language):
        assert f'href="/{language}/launchpad/"' in html
    response = client.get(f"/{language}/launchpad/")
    assert response.status_code == 302
    pack = bilingual_pack.get_translation(Locale.objects.get(language_code=language))
    assert response["Location"] == pack.url


def test_without_a_pack_the_stable_address_is_not_found(client, home_page):
    assert client.get("/fr/launchpad/").status_code == 404
