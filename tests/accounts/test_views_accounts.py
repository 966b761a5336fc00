import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

User = get_user_model()


def signup_data(**overrides):
    data = {
        "username": "nadia",
        "email": "nadia@example.org",
        "display_name": "Nadia Benali",
        "password1": "un-mot-de-passe-solide-42",
        "password2": "un-mot-de-passe-solide-42",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    "url,message",
    [
        ("/fr/accounts/signup/", "Les deux mots de passe ne correspondent pas."),
        ("/en/accounts/signup/", "The two password fields didn’t match."),
    ],
)
def test_sign_up_errors_are_translated_and_keep_what_was_typed(client, home_page, url, message):
    response = client.post(url, signup_data(password2="autre-chose-999"))
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'value="nadia"' in html and 'value="Nadia Benali"' in html
    assert 'aria-invalid="true"' in html
    assert not User.objects.exists()
    assert mail.outbox == []


def test_sign_up_rejects_a_weak_password_in_english(client, home_page):
    response = client.post(
        "/en/accounts/signup/", signup_data(password1="12345678", password2="12345678")
    )
    assert "This password is too common." in response.content.decode()
    assert not User.objects.filter(username="nadia").exists()


def test_login_and_redirect_back_to_the_private_page(client, user, password):
    response = client.get("/fr/accounts/profile/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/accounts/login/?next=/fr/accounts/profile/"
    response = client.post(
        "/fr/accounts/login/",
        {"username": "lea", "password": password, "next": "/fr/accounts/profile/"},
    )
    assert response["Location"] == "/fr/accounts/profile/"


@pytest.mark.parametrize(
    "language,dashboard,title",
    [
        ("fr", "/fr/learning/dashboard/", "Mon parcours"),
        ("en", "/en/learning/dashboard/", "My learning"),
    ],
)
def test_login_without_next_lands_on_the_dashboard_in_the_language(
    client, user, password, language, dashboard, title
):
    response = client.post(
        f"/{language}/accounts/login/", {"username": "lea", "password": password}, follow=True
    )
    assert response.redirect_chain == [(dashboard, 302)]
    assert f"<h1>{title}</h1>" in response.content.decode()
    # Already logged in, the login page sends there too.
    assert client.get(f"/{language}/accounts/login/")["Location"] == dashboard


def test_login_never_follows_an_unsafe_next(client, user, password):
    response = client.post(
        "/fr/accounts/login/",
        {"username": "lea", "password": password, "next": "https://evil.example/"},
    )
    assert response["Location"] == "/fr/learning/dashboard/"


def test_wrong_login_is_refused_with_a_translated_error(client, user):
    response = client.post("/en/accounts/login/", {"username": "lea", "password": "nope"})
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()
    assert 'value="lea"' in response.content.decode()


def test_logout_needs_a_post(client, user):
    client.force_login(user)
    assert client.get("/fr/accounts/logout/").status_code == 405
    assert client.post("/fr/accounts/logout/").status_code == 302
    assert client.get("/fr/accounts/profile/").status_code == 302


def test_profile_update_changes_the_display_name(client, user):
    client.force_login(user)
    response = client.post(
        "/fr/accounts/profile/",
        {
            "display_name": "Léa M.",
            "first_name": "Léa",
            "last_name": "Martin",
            "email": "lea@example.org",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.display_name == "Léa M."
    assert user.get_display_name() == "Léa M."


def test_profile_requires_an_email(client, user):
    client.force_login(user)
    response = client.post("/fr/accounts/profile/", {"display_name": "X", "email": ""})
    assert response.status_code == 200
    user.refresh_from_db()
    assert user.display_name == "Léa Martin"


def test_password_reset_sends_a_working_link(client, user):
    response = client.post("/fr/accounts/password/reset/", {"email": "lea@example.org"})
    assert response["Location"] == "/fr/accounts/password/reset/sent/"
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/fr/accounts/password/reset/\S+/)", mail.outbox[0].body)
    response = client.get(link.group(1), follow=True)
    assert response.status_code == 200
    response = client.post(
        response.redirect_chain[-1][0],
        {"new_password1": "encore-plus-solide-77", "new_password2": "encore-plus-solide-77"},
    )
    assert response["Location"] == "/fr/accounts/password/reset/complete/"
    user.refresh_from_db()
    assert user.check_password("encore-plus-solide-77")


def test_post_without_csrf_token_is_refused(user, home_page):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/fr/accounts/signup/", signup_data())
    assert response.status_code == 403
    assert not User.objects.filter(username="nadia").exists()


def test_email_uniqueness_is_case_insensitive_in_the_database(user):
    from django.core.exceptions import ValidationError

    from accounts.services import user_create

    with pytest.raises(ValidationError):
        user_create(username="other", email="LEA@EXAMPLE.ORG", password="x-y-z-123456")
