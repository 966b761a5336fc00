import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from competencies.models import Competency, Framework

from .conftest import row_counts


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@example.org", "x-pass-42")
    client.force_login(user)
    return client


def test_import_page_lists_frameworks_with_download_links(admin_client, framework):
    response = admin_client.get(reverse("competencies_admin:framework_import"))
    assert response.status_code == 200
    export = reverse("competencies_admin:framework_export", args=[framework.pk])
    assert f"{export}?format=case&amp;language=fr" in response.content.decode()


def test_upload_valid_csv(admin_client, example_csv):
    response = admin_client.post(
        reverse("competencies_admin:framework_import"),
        {"file": SimpleUploadedFile("nr.csv", example_csv, "text/csv"), "format": "csv"},
        follow=True,
    )
    assert response.status_code == 200
    assert "6 éléments créés" in response.content.decode()
    assert Competency.objects.count() == 6


def test_upload_invalid_file_shows_errors_and_changes_nothing(admin_client, framework):
    before = row_counts()
    response = admin_client.post(
        reverse("competencies_admin:framework_import"),
        {"file": SimpleUploadedFile("x.json", b'{"CFDocument": {}}'), "format": "case"},
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "rien n’a été modifié" in body
    assert "champ obligatoire « identifier » manquant" in body
    assert row_counts() == before


def test_upload_too_large(admin_client, settings, example_csv):
    settings.TREMPLIN_FRAMEWORK_IMPORT_MAX_BYTES = 50
    response = admin_client.post(
        reverse("competencies_admin:framework_import"),
        {"file": SimpleUploadedFile("nr.csv", example_csv)},
    )
    assert response.status_code == 400
    assert "dépasse la taille maximale" in response.content.decode()
    assert Framework.objects.count() == 0


def test_download_case_and_csv(admin_client, framework):
    url = reverse("competencies_admin:framework_export", args=[framework.pk])
    response = admin_client.get(url, {"format": "case", "language": "en"})
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["CFDocument"]["title"] == "Responsible digital skills"
    response = admin_client.get(url, {"format": "csv", "language": "fr"})
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[1][2] == "Compétences du numérique responsable"
    assert admin_client.get(url, {"format": "pdf"}).status_code == 400


def test_import_needs_permission(client, user, framework):
    client.force_login(user)
    response = client.get(reverse("competencies_admin:framework_import"))
    assert response.status_code in (302, 403)


def test_snippet_listings_search_and_filter(admin_client, framework):
    response = admin_client.get(
        reverse("wagtailsnippets_competencies_competency:list"),
        {"framework": framework.pk, "kind": "area"},
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Domaine 1" in body and "Compétence 1.1" not in body
    response = admin_client.get(
        reverse("wagtailsnippets_competencies_competency:list"), {"q": "Compétence 2.3"}
    )
    assert "Compétence 2.3" in response.content.decode()
    for name in ("framework", "jobprofile", "glossaryterm"):
        assert (
            admin_client.get(reverse(f"wagtailsnippets_competencies_{name}:list")).status_code
            == 200
        )


def test_a_long_title_is_cut_in_the_admin_list(admin_client, framework):
    """A competency whose title is a whole 200,000-character statement (an import allows long
    texts) shows its first 120 characters in the list, not a page of megabytes."""
    competency = Competency.objects.filter(framework=framework).order_by("pk").first()
    Competency.objects.filter(pk=competency.pk).update(title_fr="Énoncé " + "x" * 200_000)
    response = admin_client.get(
        reverse("wagtailsnippets_competencies_competency:list"), {"framework": framework.pk}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Énoncé " + "x" * 100 in body  # its beginning is there
    assert "x" * 1000 not in body
    assert len(body) < 100_000
