import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from launchpad.models import FundingScheme

from .factories import FundingSchemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def schemes():
    return [
        FundingSchemeFactory(slug="garantie", name_fr="Garantie", name_en="Guarantee",
                             kind="guarantee", amount_max=200000),
        FundingSchemeFactory(slug="bretagne", name_fr="Fonds breton", regions=["53"]),
        FundingSchemeFactory(slug="vieux", name_fr="Ancien appel",
                             checked_on=timezone.localdate() - datetime.timedelta(days=400)),
    ]  # fmt: skip


def test_list_in_french_and_english(client, schemes):
    response = client.get("/fr/launchpad/funding/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Financer son projet ESS" in html
    assert "3 dispositifs" in html and "Garantie" in html and "à revérifier" in html
    assert '<form method="get" class="filters"' in html
    response = client.get("/en/launchpad/funding/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Guarantee" in html and "Funding your social economy project" in html


@pytest.mark.parametrize(
    ("query", "present", "absent"),
    [
        ("kind=guarantee", ["Garantie"], ["Fonds breton"]),
        ("territory=region:53", ["Fonds breton", "Garantie"], []),
        ("territory=departement:69", ["Garantie"], ["Fonds breton"]),
        ("stage=idea&legal_form=scic", ["Garantie", "Fonds breton"], []),
    ],
)
def test_filters(client, schemes, query, present, absent):
    response = client.get(f"/fr/launchpad/funding/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    for name in present:
        assert name in html
    for name in absent:
        assert name not in html


@pytest.mark.parametrize(
    "query",
    [
        "kind=gift",
        "territory=region:99",
        "territory=99999",
        "stage[]=x",
        "legal_form=%00",
        "page=abc",
        "page=-1",
        "kind=" + "x" * 5000,
    ],
)
def test_bad_parameters_never_500(client, schemes, query):
    response = client.get(f"/fr/launchpad/funding/?{query}")
    assert response.status_code in (200, 400)
    assert "Garantie" in response.content.decode()  # bad filters are ignored, the list stays


def test_a_bad_filter_is_shown_and_answered_400(client, schemes):
    response = client.get("/fr/launchpad/funding/?kind=gift")
    assert response.status_code == 400
    assert "Certains filtres ne sont pas valides" in response.content.decode()


def test_the_valid_filters_still_apply_next_to_a_bad_one(client, schemes):
    response = client.get("/fr/launchpad/funding/?kind=guarantee&territory=region:99")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Garantie" in html and "Fonds breton" not in html


def test_pagination_keeps_the_filters(client):
    FundingSchemeFactory.create_batch(25, kind="loan")
    response = client.get("/fr/launchpad/funding/?kind=loan")
    html = response.content.decode()
    assert "?kind=loan&amp;page=2" in html
    assert client.get("/fr/launchpad/funding/?kind=loan&page=2").status_code == 200


def test_list_query_count_is_constant(client, django_assert_max_num_queries):
    FundingSchemeFactory.create_batch(5)
    with django_assert_max_num_queries(6) as few:
        client.get("/fr/launchpad/funding/")
    FundingSchemeFactory.create_batch(15)
    with django_assert_max_num_queries(6) as many:
        client.get("/fr/launchpad/funding/")
    assert len(few.captured_queries) == len(many.captured_queries)


def test_detail(client, schemes):
    response = client.get(reverse("launchpad:funding_detail", args=["vieux"]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "il y a plus d’un an" in html and "https://example.org/dispositif" in html
    response = client.get("/en/launchpad/funding/garantie/")
    assert response.status_code == 200
    assert "Guarantee" in response.content.decode()
    assert client.get("/fr/launchpad/funding/inconnu/").status_code == 404


# Legal form and ESUS pages --------------------------------------------------------------------


ALL_UNSURE = "&".join(
    f"{key}=unsure"
    for key in ("purpose", "profit", "vote", "employees", "categories", "public_bodies",
                "capital", "activity")
)  # fmt: skip


def test_legal_form_page(client):
    response = client.get("/fr/launchpad/legal-form/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Au service de qui est le projet ?" in html and "pas un conseil juridique" in html
    query = ALL_UNSURE.replace("categories=unsure", "categories=two")
    response = client.get(f"/fr/launchpad/legal-form/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "ne convient pas" in html and "trois catégories" in html
    assert re.search(r'name="categories" value="two"[^>]*checked', html)


def test_legal_form_bad_answers_keep_what_was_typed(client):
    response = client.get("/fr/launchpad/legal-form/?purpose=members&profit=lots")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Réponse inconnue « lots »" in html and "Répondez à la question" in html
    assert re.search(r'name="purpose" value="members"[^>]*checked', html)  # kept
    response = client.get("/en/launchpad/legal-form/?purpose=members")
    assert response.status_code == 400
    assert "Answer the question" in response.content.decode()


def test_esus_page(client):
    assert client.get("/fr/launchpad/esus/").status_code == 200
    data = {
        "social_utility_purpose": "yes",
        "social_utility_in_statutes": "yes",
        "shares_listed": "no",
        "pay_1": "250000",
        "pay_2": "40000",
    }
    response = client.post("/fr/launchpad/esus/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "non remplie" in html and "pas un conseil juridique" in html
    assert "SMIC annuel brut retenu : 21876,36 €" in html and "2025-1228" in html


def test_esus_bad_figures_are_kept_and_explained(client):
    data = {
        "social_utility_purpose": "yes",
        "social_utility_in_statutes": "no",
        "shares_listed": "no",
        "pay_1": "-300",
        "pay_2": "beaucoup",
    }
    response = client.post("/fr/launchpad/esus/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "ne peut pas être négatif" in html and "« beaucoup » n&#x27;est pas un montant" in html
    assert 'value="-300"' in html and 'value="beaucoup"' in html
    response = client.post("/fr/launchpad/esus/", {})
    assert response.status_code == 400


# Admin import/export ---------------------------------------------------------------------------


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@example.org", "x-pass-42")
    client.force_login(user)
    return client


def test_admin_import_and_export(admin_client, schemes):
    response = admin_client.get(reverse("launchpad_admin:funding_export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    data = response.content
    FundingScheme.objects.all().delete()
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = admin_client.post(
        reverse("launchpad_admin:funding_import"),
        {"file": SimpleUploadedFile("f.csv", data, "text/csv")},
        follow=True,
    )
    assert response.status_code == 200
    assert "3 créés" in response.content.decode()
    assert FundingScheme.objects.count() == 3


def test_admin_import_errors_change_nothing(admin_client, schemes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = admin_client.post(
        reverse("launchpad_admin:funding_import"),
        {"file": SimpleUploadedFile("f.csv", b"slug,name_fr\nx,y\n", "text/csv")},
    )
    assert response.status_code == 400
    assert "colonnes manquantes" in response.content.decode()
    assert FundingScheme.objects.count() == 3


def test_admin_views_need_the_permission(client, django_user_model, schemes):
    user = django_user_model.objects.create_user("editor", password="x-pass-42")
    client.force_login(user)
    assert client.get(reverse("launchpad_admin:funding_import")).status_code in (302, 403)
    assert client.get(reverse("launchpad_admin:funding_export")).status_code in (302, 403)


def test_admin_snippet_edit_form(admin_client, schemes):
    scheme = schemes[1]
    url = reverse("wagtailsnippets_launchpad_fundingscheme:edit", args=[scheme.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    assert 'value="53"' in response.content.decode()


def test_admin_snippet_create_with_checkboxes_and_codes(admin_client):
    data = {
        "name_fr": "Fonds régional",
        "name_en": "Regional fund",
        "slug": "fonds-regional",
        "funder": "Région",
        "kind": "grant",
        "description_fr": "Un fonds.",
        "description_en": "A fund.",
        "stages": ["idea", "launch"],
        "legal_forms": ["association"],
        "needs": ["funding"],
        "regions": "53",
        "departements": "2a, 974",
        "url": "https://example.org/",
        "checked_on": "2026-11-30",
    }
    url = reverse("wagtailsnippets_launchpad_fundingscheme:add")
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    scheme = FundingScheme.objects.get(slug="fonds-regional")
    assert scheme.stages == ["idea", "launch"] and scheme.legal_forms == ["association"]
    assert scheme.regions == ["53"] and scheme.departements == ["2A", "974"]
    response = admin_client.post(url, {**data, "slug": "autre", "departements": "2C"})
    assert response.status_code == 200
    assert "« 2C » n&#x27;est pas un code de département connu" in response.content.decode()
    assert not FundingScheme.objects.filter(slug="autre").exists()
