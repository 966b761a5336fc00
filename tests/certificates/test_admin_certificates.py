"""Trainer and administrator actions in the Wagtail admin: issue with a reason, revoke."""

import pytest
from django.contrib.auth.models import Permission

from certificates.models import Certificate
from tests.courses.factories import UserFactory


@pytest.fixture
def admin_client(client, db):
    from accounts.services import user_create

    admin = user_create(
        username="admin", email="admin@example.org", password="un-mot-de-passe-solide-42"
    )
    admin.is_staff = admin.is_superuser = True
    admin.save()
    client.force_login(admin)
    return client


def test_admin_lists_and_revokes(admin_client, certificate):
    listing = admin_client.get("/admin/certificates/")
    assert listing.status_code == 200
    assert certificate.formatted_code in listing.content.decode()
    form = admin_client.get(f"/admin/certificates/{certificate.pk}/revoke/")
    assert form.status_code == 200
    refused = admin_client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": ""})
    assert refused.status_code == 400
    done = admin_client.post(
        f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "Erreur de délivrance"}
    )
    assert done.status_code == 302
    certificate.refresh_from_db()
    assert certificate.revocation_reason == "Erreur de délivrance"
    assert certificate.revoked_by.username == "admin"


def test_admin_issues_manually_with_a_reason(admin_client, rule, user):
    response = admin_client.post(
        "/admin/certificates/issue/",
        {"username": user.username, "rule": rule.pk, "reason": "Jury de fin de session"},
    )
    assert response.status_code == 302
    certificate = Certificate.objects.get(holder=user)
    assert certificate.kind == "manual" and certificate.reason == "Jury de fin de session"
    missing = admin_client.post(
        "/admin/certificates/issue/", {"username": "personne", "rule": rule.pk, "reason": "x"}
    )
    assert missing.status_code == 400


def test_learners_cannot_reach_the_admin_views(client, certificate):
    learner = UserFactory()
    learner.is_staff = True
    learner.save()
    learner.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(learner)
    assert client.get("/admin/certificates/").status_code in (302, 403)
    client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "x"})
    certificate.refresh_from_db()
    assert certificate.revoked_at is None


def test_rule_snippet_admin_opens(admin_client, rule):
    assert admin_client.get("/admin/snippets/certificates/certificaterule/").status_code == 200
    edit = admin_client.get(f"/admin/snippets/certificates/certificaterule/edit/{rule.pk}/")
    assert edit.status_code == 200


def test_rule_snippet_sets_minimum_competency_levels(admin_client, rule, demo_framework):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    a1 = demo_framework.items.get(code="A1")
    maitriser = demo_framework.levels.get(code="3")
    edit_url = f"/admin/snippets/certificates/certificaterule/edit/{rule.pk}/"
    page = admin_client.get(edit_url).content.decode()
    assert "Niveaux de compétence minimums" in page
    data = nested_form_data(
        {
            "page": rule.page_id,
            "requirement": "completion",
            "title_fr": rule.title_fr,
            "title_en": rule.title_en,
            "description_fr": rule.description_fr,
            "description_en": rule.description_en,
            "criteria_fr": "",
            "criteria_en": "",
            "hours": "12.5",
            "validity_months": "24",
            "is_active": "on",
            "minimum_levels": inline_formset([{"competency": a1.pk, "level": maitriser.pk}]),
        }
    )
    response = admin_client.post(edit_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    [row] = rule.minimum_levels.all()
    assert (row.competency, row.level) == (a1, maitriser)
