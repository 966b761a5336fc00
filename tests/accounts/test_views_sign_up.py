"""Sign-up by e-mail confirmation: nobody learns from it whether an address has an account
(docs/accounts.md, "Sign-up")."""

import html
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from freezegun import freeze_time

from accounts.models import SignUpRequest
from tests.accounts.test_views_accounts import signup_data

User = get_user_model()
SIGN_UP = "/fr/accounts/signup/"


def _link(message):
    return re.search(r"http://testserver(/\w\w/accounts/signup/confirm/[^/\s]+/)", message.body)[1]


def _text(response):
    return html.unescape(response.content.decode())


def _answer(response):
    """What a visitor sees of a sign-up: the redirect, the page it leads to, the cookies set."""
    page = Client(cookies=response.client.cookies).get(response["Location"])
    return (
        response.status_code,
        response["Location"],
        sorted(response.cookies),
        page.status_code,
        html.unescape(page.content.decode()),
    )


def test_a_free_address_gets_a_link_that_creates_the_account_once(client, home_page):
    response = client.post(SIGN_UP, signup_data())
    assert response["Location"] == "/fr/accounts/signup/sent/"
    assert not User.objects.exists()
    [message] = mail.outbox
    assert message.to == ["nadia@example.org"]
    assert message.subject == "Tremplin : confirmez votre inscription"
    assert "nadia" in message.body
    link = _link(message)

    page = client.get(link)  # a GET (a mail client's preview) creates nothing
    assert "Il reste à créer le compte <strong>nadia</strong>." in _text(page)
    assert not User.objects.exists()

    response = client.post(link)
    assert response["Location"] == "/fr/learning/dashboard/"
    user = User.objects.get()
    assert (user.username, user.email, user.display_name) == (
        "nadia",
        "nadia@example.org",
        "Nadia Benali",
    )
    assert user.check_password("un-mot-de-passe-solide-42")
    assert client.get("/fr/accounts/profile/").status_code == 200  # logged in
    assert not SignUpRequest.objects.exists()

    # The link has served: opened again, it creates nothing.
    again = Client().post(link)
    assert "Ce lien n'est pas ou plus valable." in _text(again)
    assert User.objects.count() == 1


def test_the_answer_is_the_same_whether_the_address_has_an_account(user, home_page):
    free = Client().post(SIGN_UP, signup_data(username="nadia", email="nadia@example.org"))
    taken = Client().post(SIGN_UP, signup_data(username="nadia2", email="LEA@example.org"))
    assert _answer(taken) == _answer(free)
    assert "Vérifiez votre messagerie" in _answer(taken)[-1]

    # The owner of the taken address is told, with the ways into their account.
    to_owner = [message for message in mail.outbox if message.to == ["lea@example.org"]]
    [message] = to_owner
    assert message.subject == "Tremplin : vous avez déjà un compte"
    assert "Votre identifiant : lea" in message.body
    assert "http://testserver/fr/accounts/login/" in message.body
    assert "http://testserver/fr/accounts/password/reset/" in message.body
    assert "/signup/confirm/" not in message.body
    # ... and nothing else happened to it.
    assert list(User.objects.values_list("username", flat=True)) == ["lea"]
    assert list(SignUpRequest.objects.values_list("email", flat=True)) == ["nadia@example.org"]


def test_an_address_never_gets_two_accounts(client, home_page):
    first = Client().post(SIGN_UP, signup_data())
    second = Client().post(SIGN_UP, signup_data(username="nadia-b"))
    assert first["Location"] == second["Location"]
    old_link, new_link = (_link(message) for message in mail.outbox)
    # A new request replaces the previous one.
    assert SignUpRequest.objects.get().username == "nadia-b"
    assert "Ce lien n'est pas ou plus valable." in _text(client.post(old_link))
    client.post(new_link)
    assert list(User.objects.values_list("username", flat=True)) == ["nadia-b"]

    # Once the account exists, signing up again only tells its owner.
    mail.outbox.clear()
    Client().post(SIGN_UP, signup_data(username="nadia-c", email="Nadia@Example.org"))
    [message] = mail.outbox
    assert message.subject == "Tremplin : vous avez déjà un compte"
    assert User.objects.count() == 1
    assert not SignUpRequest.objects.exists()


def test_two_pending_sign_ups_for_one_username_make_one_account(home_page):
    Client().post(SIGN_UP, signup_data(email="a@example.org"))
    Client().post(SIGN_UP, signup_data(email="b@example.org"))
    first, second = (_link(message) for message in mail.outbox)
    Client().post(first)
    response = Client().post(second)
    assert "L'identifiant choisi n'est plus disponible" in _text(response)
    assert list(User.objects.values_list("email", flat=True)) == ["a@example.org"]


def test_another_browser_confirms_without_being_logged_in(home_page):
    Client().post(SIGN_UP, signup_data())
    other = Client()
    response = other.post(_link(mail.outbox[0]), follow=True)
    assert response.redirect_chain == [("/fr/accounts/login/", 302)]
    assert "Votre compte est créé. Connectez-vous avec votre identifiant." in (
        _text(response)
    )
    assert User.objects.filter(username="nadia").exists()
    assert other.get("/fr/accounts/profile/").status_code == 302  # not logged in


def test_the_link_expires(home_page):
    with freeze_time("2026-03-01 09:00"):
        Client().post(SIGN_UP, signup_data())
    with freeze_time("2026-03-01 09:00") as frozen:
        frozen.tick(timedelta(hours=48, seconds=1))
        response = Client().post(_link(mail.outbox[0]))
    assert "Ce lien n'est pas ou plus valable." in _text(response)
    assert not User.objects.exists()


def test_next_is_kept_through_the_confirmation_when_it_is_safe(client, home_page):
    client.post(SIGN_UP, {**signup_data(), "next": "/fr/learning/"})
    assert client.post(_link(mail.outbox[0]))["Location"] == "/fr/learning/"
    other = Client()
    other.post(
        SIGN_UP,
        {**signup_data(username="evil", email="e@example.org"), "next": "https://evil.example/"},
    )
    assert other.post(_link(mail.outbox[1]))["Location"] == "/fr/learning/dashboard/"


@pytest.mark.parametrize(
    "url,message",
    [
        (SIGN_UP, "Cet identifiant n'est pas disponible : choisissez-en un autre."),
        ("/en/accounts/signup/", "This username is not available: choose another one."),
    ],
)
def test_a_taken_username_is_refused_without_speaking_of_an_account(
    user, home_page, url, message
):
    # The same refusal whether the e-mail typed has an account or not.
    for email in ("lea@example.org", "nadia@example.org"):
        response = Client().post(url, signup_data(username="LEA", email=email))
        text = _text(response)
        assert response.status_code == 200
        assert message in text
        assert "existe déjà" not in text and "already exists" not in text
    assert mail.outbox == []
    assert not SignUpRequest.objects.exists()


def test_the_e_mails_are_in_the_language_of_the_sign_up(user, home_page):
    Client().post("/en/accounts/signup/", signup_data())
    Client().post("/en/accounts/signup/", signup_data(username="other", email="lea@example.org"))
    confirm, taken = mail.outbox
    assert confirm.subject == "Tremplin: confirm your sign-up"
    assert "/en/accounts/signup/confirm/" in confirm.body
    assert taken.subject == "Tremplin: you already have an account"
    assert "http://testserver/en/accounts/password/reset/" in taken.body
