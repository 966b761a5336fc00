"""The project workspace's pages: the members-only policy walked over every URL and role, the
flows a team goes through, bad input (a clear message, nothing stored, what was typed kept)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from launchpad import services
from launchpad.models import Project, ProjectMember, ProjectStep
from launchpad.selectors import pack_steps
from tests.launchpad.factories import pack_create, person_create, step_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(pack):
    founder, outsider = person_create("fondatrice"), person_create("curieux")
    project = services.project_create(
        actor=founder, pack_key=pack.translation_key, name="Ressourcerie", stage="idea"
    )
    return {"project": project, "founder": founder, "outsider": outsider, "pack": pack}


def _urls(project, pack):
    step = pack_steps(pack=pack)[0]
    invitation, _token = services.invitation_create(actor=None, project=project)
    key = project.public_id
    return [
        ("get", reverse("launchpad:project_detail", args=[key])),
        ("get", reverse("launchpad:project_step_edit", args=[key, step.key])),
        ("post", reverse("launchpad:project_step_edit", args=[key, step.key])),
        ("get", reverse("launchpad:project_history", args=[key])),
        ("post", reverse("launchpad:invitation_create", args=[key])),
        ("post", reverse("launchpad:invitation_revoke", args=[key, invitation.pk])),
        ("post", reverse("launchpad:project_leave", args=[key])),
    ]


def test_every_project_url_by_role(client, team):
    project, pack = team["project"], team["pack"]
    for method, url in _urls(project, pack):
        client.logout()
        response = getattr(client, method)(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url
        client.force_login(team["outsider"])
        response = getattr(client, method)(url)
        assert response.status_code == 404, url  # a stranger does not learn it exists
    client.force_login(team["founder"])
    for method, url in _urls(project, pack)[:4]:
        response = getattr(client, method)(url)
        assert response.status_code in (200, 400), url
    assert ProjectMember.objects.filter(project=project).count() == 1


def test_project_list_shows_only_ones_own_projects(client, team):
    other = person_create("autre")
    services.project_create(actor=other, pack_key=team["pack"].translation_key, name="Secret")
    client.force_login(team["founder"])
    page = client.get(reverse("launchpad:project_list")).content.decode()
    assert "Ressourcerie" in page and "Secret" not in page


def test_creating_a_project_keeps_what_was_typed_on_error(client, team):
    client.force_login(team["outsider"])
    response = client.post(
        reverse("launchpad:project_list"), {"name": "", "purpose": "Réparer", "stage": "idea"}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Le formulaire contient des erreurs" in page and 'value="Réparer"' in page
    assert not Project.objects.filter(created_by=team["outsider"]).exists()
    response = client.post(
        reverse("launchpad:project_list"), {"name": "Atelier vélo", "stage": "study"}
    )
    project = Project.objects.get(name="Atelier vélo")
    assert response["Location"] == reverse("launchpad:project_detail", args=[project.public_id])


def test_a_cofounder_joins_by_link_and_both_see_a_ticked_task(client, team):
    project, founder = team["project"], team["founder"]
    step = pack_steps(pack=team["pack"])[0]
    client.force_login(founder)
    page = client.post(reverse("launchpad:invitation_create", args=[project.public_id]))
    link = re.search(r'value="(http[^"]+/join/[^"]+/)"', page.content.decode()).group(1)
    path = link.split("testserver", 1)[1]

    cofounder = person_create("cofondateur")
    client.force_login(cofounder)
    assert "Rejoindre le projet" in client.get(path).content.decode()
    response = client.post(path)
    assert response.status_code == 302
    edit = reverse("launchpad:project_step_edit", args=[project.public_id, step.key])
    response = client.post(
        edit, {"status": "in_progress", "ticks": [step.task_keys[0]], "notes": "", "version": 0}
    )
    assert response.status_code == 302
    assert client.post(path).status_code == 410  # the link served once

    client.force_login(founder)
    page = client.get(reverse("launchpad:project_detail", args=[project.public_id]))
    assert "1 / 4" in page.content.decode()
    assert "En cours" in page.content.decode()


def test_a_concurrent_save_is_shown_and_what_was_typed_is_kept(client, team):
    project, founder = team["project"], team["founder"]
    step = pack_steps(pack=team["pack"])[0]
    services.project_step_save(
        actor=founder, project=project, step=step, version=0, notes="Version de Léa"
    )
    client.force_login(founder)
    edit = reverse("launchpad:project_step_edit", args=[project.public_id, step.key])
    response = client.post(edit, {"status": "done", "notes": "Ma version", "version": 0})
    assert response.status_code == 409
    page = response.content.decode()
    assert "Version de Léa" in page  # what the other save changed
    assert "Ma version" in page  # what was typed
    assert 'name="version" value="1"' in page
    assert ProjectStep.objects.get(project=project).notes == "Version de Léa"


def test_a_step_of_another_pack_or_a_bad_form_is_refused(client, team, home_page):
    other_pack = pack_create(home_page, steps=1, tasks=1)
    foreign = pack_steps(pack=other_pack)[0]
    project = team["project"]
    client.force_login(team["founder"])
    url = reverse("launchpad:project_step_edit", args=[project.public_id, foreign.key])
    assert client.get(url).status_code == 404
    step = pack_steps(pack=team["pack"])[0]
    edit = reverse("launchpad:project_step_edit", args=[project.public_id, step.key])
    response = client.post(edit, {"status": "fini", "ticks": ["inconnue"], "notes": "Gardé"})
    assert response.status_code == 400
    assert "Gardé" in response.content.decode()
    assert not ProjectStep.objects.exists()


def test_the_history_names_who_changed_what(client, team):
    project, founder = team["project"], team["founder"]
    step = pack_steps(pack=team["pack"])[0]
    services.project_step_save(actor=founder, project=project, step=step, version=0, notes="N")
    client.force_login(founder)
    page = client.get(reverse("launchpad:project_history", args=[project.public_id]))
    text = page.content.decode()
    assert "fondatrice" in text and "étape mise à jour" in text and "notes" in text
    assert step.page.title in text


def test_the_workspace_query_count_does_not_grow_with_steps_and_tasks(client, team):
    client.force_login(team["founder"])
    url = reverse("launchpad:project_detail", args=[team["project"].public_id])
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    pack = team["pack"]
    for index in range(4, 10):
        step_create(pack, index, tasks=8)
    with CaptureQueriesContext(connection) as large:
        client.get(url)
    assert len(large.captured_queries) == len(small.captured_queries)
