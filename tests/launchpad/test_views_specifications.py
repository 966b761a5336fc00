"""The specification builder's pages and the documents' downloads: members only (404 for
anyone else, and for another project's specification), forms that keep what was typed, a
concurrent save shown, downloads that are real PDF and ODT files, constant query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from launchpad import services
from launchpad.models import ProjectEvent, Specification
from launchpad.services import specifications
from tests.launchpad.documents import odt_read, pdf_text
from tests.launchpad.factories import person_create, step_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(pack):
    founder, outsider = person_create("fondatrice"), person_create("curieux")
    project = services.project_create(
        actor=founder, pack_key=pack.translation_key, name="Ressourcerie", stage="idea"
    )
    spec = specifications.specification_create(actor=founder, project=project, title="Site web")
    return {
        "project": project,
        "founder": founder,
        "outsider": outsider,
        "pack": pack,
        "spec": spec,
    }


def _valid(**overrides):
    data = {
        "title": "Site web",
        "context": "Une ressourcerie.",
        "functions": "Agenda\nCarte",
        "accessibility": "rgaa",
        "ecodesign": "rgesn",
        "hosting": "eu",
        "licence": "free_preferred",
        "data": "personal",
        "budget_max": "3000",
        "deadline": "2027-04-01",
    }
    data.update(overrides)
    return data


def _urls(project, spec):
    key, spec_key = project.public_id, spec.public_id
    return [
        ("get", reverse("launchpad:specification_list", args=[key])),
        ("get", reverse("launchpad:specification_create", args=[key])),
        ("get", reverse("launchpad:specification_edit", args=[key, spec_key])),
        ("get", reverse("launchpad:specification_pdf", args=[key, spec_key])),
        ("get", reverse("launchpad:specification_odt", args=[key, spec_key])),
        ("get", reverse("launchpad:plan_pdf", args=[key])),
        ("post", reverse("launchpad:specification_create", args=[key])),
        ("post", reverse("launchpad:specification_edit", args=[key, spec_key])),
        ("post", reverse("launchpad:specification_delete", args=[key, spec_key])),
    ]


def test_every_url_by_role(client, team):
    project, spec = team["project"], team["spec"]
    for method, url in _urls(project, spec):
        client.logout()
        response = getattr(client, method)(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url
        client.force_login(team["outsider"])
        response = getattr(client, method)(url)
        assert response.status_code == 404, url
    client.force_login(team["founder"])
    for method, url in _urls(project, spec)[:6]:
        assert getattr(client, method)(url).status_code == 200, url
    assert Specification.objects.count() == 1


def test_another_projects_or_an_unknown_specification_is_a_404(client, team):
    other = services.project_create(
        actor=team["founder"], pack_key=team["pack"].translation_key, name="Autre"
    )
    foreign = specifications.specification_create(
        actor=team["founder"], project=other, title="Caisse"
    )
    client.force_login(team["founder"])
    key = team["project"].public_id
    for name in ("specification_edit", "specification_pdf", "specification_odt"):
        for spec_key in (foreign.public_id, "3f1c0c43-7a8e-4f0e-9a55-000000000000"):
            response = client.get(reverse(f"launchpad:{name}", args=[key, spec_key]))
            assert response.status_code == 404, name
    response = client.post(reverse("launchpad:specification_delete", args=[key, foreign.public_id]))
    assert response.status_code == 404
    assert client.get(f"/fr/launchpad/projects/{key}/specifications/pas-un-id/").status_code == 404
    assert Specification.objects.filter(pk=foreign.pk).exists()


def test_creating_stores_it_with_history_and_the_form_prefills_the_needs(client, team):
    client.force_login(team["founder"])
    url = reverse("launchpad:specification_create", args=[team["project"].public_id])
    page = client.get(url).content.decode()
    assert 'name="needs"' in page and "RGAA" in page and "RGESN" in page
    response = client.post(url, _valid(title="Agenda partagé", needs=["digital_tools"]))
    assert response.status_code == 302
    spec = Specification.objects.get(title="Agenda partagé")
    assert spec.needs == ["digital_tools"] and spec.budget_max == 3000
    assert spec.deadline.isoformat() == "2027-04-01"
    assert ProjectEvent.objects.filter(
        kind=ProjectEvent.Kind.SPECIFICATION_CREATED, specification=spec
    ).exists()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"title": ""}, "Champ requis."),
        ({"budget_max": "-5"}, "supérieure ou égale à 0"),
        ({"budget_max": "beaucoup"}, "Saisissez un nombre entier."),
        ({"deadline": "31/02/2027"}, "Saisissez une date valide."),
        ({"hosting": "lune"}, "Sélectionnez un choix valide."),
        ({"needs": ["magie"]}, "Sélectionnez un choix valide."),
    ],
)
def test_a_bad_form_says_why_stores_nothing_and_keeps_what_was_typed(
    client, team, overrides, message
):
    client.force_login(team["founder"])
    url = reverse("launchpad:specification_create", args=[team["project"].public_id])
    response = client.post(url, _valid(context="Notre texte à garder", **overrides))
    assert response.status_code == 400
    page = response.content.decode()
    assert "Le formulaire contient des erreurs" in page and message in page
    assert "Notre texte à garder" in page
    assert Specification.objects.count() == 1  # the fixture's only


def test_a_concurrent_save_is_shown_and_what_was_typed_is_kept(client, team):
    spec = team["spec"]
    specifications.specification_update(
        actor=team["founder"], specification=spec, version=0, hosting="france"
    )
    client.force_login(team["founder"])
    url = reverse("launchpad:specification_edit", args=[team["project"].public_id, spec.public_id])
    response = client.post(url, _valid(version="0", functions="Ma version"))
    assert response.status_code == 409
    page = response.content.decode()
    assert "Un autre membre a enregistré ce cahier des charges" in page
    assert "Hébergement en France" in page and "Hébergement dans l&#x27;Union européenne" in page
    assert "Ma version" in page and 'name="version" value="1"' in page
    spec.refresh_from_db()
    assert spec.functions == "" and spec.version == 1
    # Saving again, knowing, goes through.
    response = client.post(url, _valid(version="1", functions="Ma version"))
    assert response.status_code == 302
    spec.refresh_from_db()
    assert spec.functions == "Ma version" and spec.version == 2


def test_downloads_are_real_files_with_safe_names(client, team):
    client.force_login(team["founder"])
    key, spec_key = team["project"].public_id, team["spec"].public_id
    response = client.get(reverse("launchpad:specification_pdf", args=[key, spec_key]))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="site-web.pdf"'
    assert "no-store" in response["Cache-Control"]
    assert "Site web" in pdf_text(response.content)
    response = client.get(reverse("launchpad:specification_odt", args=[key, spec_key]))
    assert response["Content-Type"] == "application/vnd.oasis.opendocument.text"
    assert odt_read(response.content)[1][0] == (1, "Site web")
    response = client.get(reverse("launchpad:plan_pdf", args=[key]))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="plan-ressourcerie.pdf"'
    assert "Mon plan de projet" in pdf_text(response.content)


def test_the_plan_page_links_to_its_pdf_and_the_workspace_to_the_specifications(client, team):
    client.force_login(team["founder"])
    key = team["project"].public_id
    plan = client.get(reverse("launchpad:project_plan", args=[key])).content.decode()
    assert reverse("launchpad:plan_pdf", args=[key]) in plan
    detail = client.get(reverse("launchpad:project_detail", args=[key])).content.decode()
    assert reverse("launchpad:specification_list", args=[key]) in detail
    history = client.get(reverse("launchpad:project_history", args=[key])).content.decode()
    assert "cahier des charges créé : Site web" in history


def test_deleting_removes_it_for_the_team(client, team):
    client.force_login(team["founder"])
    key, spec_key = team["project"].public_id, team["spec"].public_id
    response = client.post(reverse("launchpad:specification_delete", args=[key, spec_key]))
    assert response.status_code == 302
    assert not Specification.objects.exists()
    assert (
        client.get(reverse("launchpad:specification_edit", args=[key, spec_key])).status_code == 404
    )


def test_query_counts_do_not_grow_with_specifications_steps_and_tasks(client, team):
    client.force_login(team["founder"])
    key = team["project"].public_id
    urls = [
        reverse("launchpad:specification_list", args=[key]),
        reverse("launchpad:plan_pdf", args=[key]),
        reverse("launchpad:specification_pdf", args=[key, team["spec"].public_id]),
    ]
    for url in urls:  # the first export creates the learner's xAPI actor and the activity
        client.get(url)
    small = []
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        small.append(len(queries.captured_queries))
    for number in range(5):
        specifications.specification_create(
            actor=team["founder"], project=team["project"], title=f"Outil {number}"
        )
    for index in range(4, 10):
        step_create(team["pack"], index, tasks=8)
    large = []
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        large.append(len(queries.captured_queries))
    assert large == small
