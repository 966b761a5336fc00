import json

import pytest
from django.contrib.auth import get_user_model

from certificates.models import Certificate
from courses.models import Enrolment

User = get_user_model()


@pytest.fixture
def logged_in(client, user, home_page):
    client.force_login(user)
    return client


def test_the_profile_leads_to_my_data(logged_in):
    html = logged_in.get("/fr/accounts/profile/").content.decode()
    assert 'href="/fr/accounts/profile/data/"' in html
    response = logged_in.get("/fr/accounts/profile/data/")
    assert response.status_code == 200
    assert "accounts/my_data.html" in [t.name for t in response.templates]
    html = response.content.decode()
    assert 'action="/fr/accounts/profile/data/export/"' in html
    assert 'href="/fr/accounts/profile/data/erase/"' in html
    assert "pseudonyme" in html


@pytest.mark.parametrize(
    "url",
    [
        "/fr/accounts/profile/data/",
        "/fr/accounts/profile/data/export/",
        "/fr/accounts/profile/data/erase/",
    ],
)
def test_my_data_pages_need_a_login(client, home_page, url):
    response = client.post(url) if url.endswith("export/") else client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/fr/accounts/login/?next=")


def test_the_export_downloads_one_json_file(logged_in, user):
    assert logged_in.get("/fr/accounts/profile/data/export/").status_code == 405
    response = logged_in.post("/fr/accounts/profile/data/export/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="tremplin-mes-donnees-lea-')
    assert disposition.endswith('.json"')
    data = json.loads(response.content)
    assert data["account"]["display_name"] == "Léa Martin"
    assert "Léa Martin" in response.content.decode()  # UTF-8, not \u escapes


def test_the_erasure_form_asks_for_the_password_and_a_confirmation(logged_in):
    response = logged_in.get("/fr/accounts/profile/data/erase/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'type="password"' in html and 'type="checkbox"' in html
    assert "anonymes" in html and "révoqués" in html


def test_a_wrong_password_is_refused_and_nothing_is_deleted(logged_in, user):
    response = logged_in.post(
        "/fr/accounts/profile/data/erase/", {"password": "pas-le-bon", "confirm": "on"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ce mot de passe n&#x27;est pas le bon." in html
    assert 'aria-invalid="true"' in html
    assert "checked" in html  # the confirmation stays ticked
    assert User.objects.filter(pk=user.pk).exists()
    assert logged_in.get("/fr/accounts/profile/").status_code == 200


def test_the_confirmation_is_required(logged_in, user, password):
    response = logged_in.post("/fr/accounts/profile/data/erase/", {"password": password})
    assert response.status_code == 200
    assert "Cochez cette case pour confirmer la suppression." in response.content.decode()
    assert User.objects.filter(pk=user.pk).exists()


def test_the_erasure_deletes_logs_out_and_confirms(journey, client, password):
    user, _other = journey
    client.force_login(user)
    certificate = Certificate.objects.get(holder=user)
    response = client.post(
        "/fr/accounts/profile/data/erase/", {"password": password, "confirm": "on"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/fr/accounts/erased/"
    assert not User.objects.filter(username="lea").exists()
    assert not Enrolment.objects.filter(user_id=user.pk).exists()
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None and certificate.holder_name == ""
    response = client.get("/fr/accounts/erased/")
    assert response.status_code == 200
    assert "Votre compte est supprimé" in response.content.decode()
    assert client.get("/fr/accounts/profile/").status_code == 302  # logged out


def test_the_verification_page_shows_no_name_after_erasure(journey, client, password):
    user, _other = journey
    certificate = Certificate.objects.get(holder=user)
    client.force_login(user)
    client.post("/fr/accounts/profile/data/erase/", {"password": password, "confirm": "on"})
    html = client.get(f"/fr/verify/{certificate.formatted_code}/").content.decode()
    assert "Léa" not in html
    assert "Nom effacé à la demande de la personne titulaire" in html


def test_staff_are_refused_with_a_message(logged_in, user, password):
    user.is_staff = True
    user.save()
    html = logged_in.get("/fr/accounts/profile/data/").content.decode()
    assert "une autre personne administratrice" in html
    assert 'href="/fr/accounts/profile/data/erase/"' not in html
    response = logged_in.post(
        "/fr/accounts/profile/data/erase/", {"password": password, "confirm": "on"}
    )
    assert response.status_code == 403
    assert "une autre personne administratrice" in response.content.decode()
    assert User.objects.filter(pk=user.pk).exists()
