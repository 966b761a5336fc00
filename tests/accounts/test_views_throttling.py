"""Throttling where passwords and e-mails are involved (issue 17, item 4): login lockouts by
django-axes on the site and the Wagtail admin, and common.ratelimit on the password reset, the
password change, the sign-up and the erasure form. Each answer is a translated 429 page with
Retry-After, and nothing is done past the limit."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.utils import timezone

User = get_user_model()

SITE_LOGIN = "/fr/accounts/login/"
ADMIN_LOGIN = "/admin/login/"


@pytest.fixture(autouse=True)
def _small_limits(settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.TREMPLIN_ACCOUNTS_RATE_LIMITS = {
        name: {"account": (2, 3600), "address": (4, 3600)}
        for name in ("password_reset", "sign_up", "account_erase", "password_change")
    }


def login(client, url, username, password, address="192.0.2.10", **extra):
    return client.post(
        url, {"username": username, "password": password}, REMOTE_ADDR=address, **extra
    )


def assert_locked_out(response, text="Connexion suspendue"):
    assert response.status_code == 429
    assert response["Retry-After"] == str(15 * 60)
    assert text in response.content.decode()


@pytest.mark.parametrize("url", [SITE_LOGIN, ADMIN_LOGIN])
def test_an_account_is_locked_after_the_failure_limit_even_with_the_right_password(
    client, user, password, url
):
    statuses = [login(client, url, "lea", "wrong").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]  # the failure that reaches the limit locks
    assert_locked_out(login(client, url, "lea", password))
    # The account is locked from any address, on both login pages.
    assert_locked_out(login(Client(), SITE_LOGIN, "lea", password, address="198.51.100.4"))
    assert_locked_out(login(Client(), ADMIN_LOGIN, "lea", password, address="198.51.100.4"))
    assert "_auth_user_id" not in client.session


def test_an_address_is_locked_across_accounts(client, user, password):
    for name in ("alice", "bob", "chloe"):
        login(client, SITE_LOGIN, name, "wrong")
    assert_locked_out(login(client, SITE_LOGIN, "lea", password))
    elsewhere = login(Client(), SITE_LOGIN, "lea", password, address="198.51.100.4")
    assert elsewhere.status_code == 302


def test_the_lockout_page_is_translated(client, user):
    for _ in range(2):
        login(client, "/en/accounts/login/", "lea", "wrong")
    response = login(client, "/en/accounts/login/", "lea", "wrong")
    assert_locked_out(response, "Sign-in suspended")
    assert "try again in 15 minutes at most" in response.content.decode()


def test_the_lockout_ends_after_the_cool_off_and_refusals_do_not_extend_it(client, user, password):
    for _ in range(3):
        login(client, SITE_LOGIN, "lea", "wrong")
    for _ in range(3):  # refused while locked: not recorded, so the wait does not grow
        assert login(client, SITE_LOGIN, "lea", "wrong").status_code == 429
    assert AccessAttempt.objects.get().failures_since_start == 3
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert login(client, SITE_LOGIN, "lea", password).status_code == 302


def test_a_successful_login_resets_the_count(client, user, password):
    login(client, SITE_LOGIN, "lea", "wrong")
    login(client, SITE_LOGIN, "lea", "wrong")
    assert login(client, SITE_LOGIN, "lea", password).status_code == 302
    client.post("/fr/accounts/logout/")
    login(client, SITE_LOGIN, "lea", "wrong")
    assert login(client, SITE_LOGIN, "lea", password).status_code == 302


def test_lockouts_count_the_client_behind_a_trusted_proxy(client, user, password, settings):
    settings.TREMPLIN_TRUSTED_PROXIES = ["10.0.0.1"]
    for name in ("alice", "bob", "chloe"):
        login(client, SITE_LOGIN, name, "wrong", "10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    locked = login(
        client, SITE_LOGIN, "lea", password, "10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9"
    )
    assert locked.status_code == 429
    # Another client behind the same proxy is not locked out; a forged header from an
    # untrusted address is not believed.
    other = login(
        Client(), SITE_LOGIN, "lea", password, "10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.50"
    )
    assert other.status_code == 302
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.9"}


def test_password_reset_sends_at_most_the_limit_of_e_mails_to_one_address(client, user):
    statuses = [
        client.post("/fr/accounts/password/reset/", {"email": "LEA@example.org "}).status_code
        for _ in range(4)
    ]
    assert statuses == [302, 302, 429, 429]
    assert len(mail.outbox) == 2
    response = client.post("/fr/accounts/password/reset/", {"email": "lea@example.org"})
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert "Trop de tentatives" in response.content.decode()
    assert len(mail.outbox) == 2


def test_password_reset_is_limited_per_client_address(client, user):
    for index in range(4):
        client.post("/fr/accounts/password/reset/", {"email": f"x{index}@example.org"})
    response = client.post("/fr/accounts/password/reset/", {"email": "lea@example.org"})
    assert response.status_code == 429
    assert len(mail.outbox) == 0
    elsewhere = Client().post(
        "/fr/accounts/password/reset/", {"email": "lea@example.org"}, REMOTE_ADDR="198.51.100.4"
    )
    assert elsewhere.status_code == 302 and len(mail.outbox) == 1


def test_the_erasure_password_cannot_be_guessed_without_limit(client, user, password):
    client.force_login(user)
    url = "/fr/accounts/profile/data/erase/"
    wrong = {"password": "wrong", "confirm": "on"}
    assert [client.post(url, wrong).status_code for _ in range(2)] == [200, 200]
    response = client.post(url, {"password": password, "confirm": "on"})
    assert response.status_code == 429 and response["Retry-After"]
    assert User.objects.filter(pk=user.pk).exists()


def test_the_current_password_of_the_change_form_cannot_be_guessed_without_limit(
    client, user, password
):
    client.force_login(user)
    url = "/fr/accounts/password/change/"
    new = "un-autre-mot-de-passe-77"
    wrong = {"old_password": "wrong", "new_password1": new, "new_password2": new}
    assert [client.post(url, wrong).status_code for _ in range(2)] == [200, 200]
    right = {**wrong, "old_password": password}
    assert client.post(url, right).status_code == 429
    user.refresh_from_db()
    assert user.check_password(password)


def test_sign_up_is_limited_per_client_address(client, home_page):
    for index in range(4):
        Client().post(
            "/fr/accounts/signup/",
            {"username": f"n{index}", "email": f"n{index}@example.org", "password1": "x"},
        )
    response = client.post(
        "/fr/accounts/signup/",
        {
            "username": "nadia",
            "email": "nadia@example.org",
            "display_name": "Nadia",
            "password1": "un-mot-de-passe-solide-42",
            "password2": "un-mot-de-passe-solide-42",
        },
    )
    assert response.status_code == 429
    assert not User.objects.filter(username="nadia").exists()
