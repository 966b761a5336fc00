"""The Wagtail admin's login page speaks the visitor's language, its password label included."""

import re

import pytest

pytestmark = pytest.mark.django_db


def text(response):
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def test_the_admin_login_labels_are_french_in_french(client):
    french = text(client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="fr"))
    assert "Nom d’utilisateur *" in french
    assert "Mot de passe *" in french
    assert "Password" not in french


def test_the_admin_login_labels_are_english_in_english(client):
    english = text(client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en"))
    assert "Password *" in english
    assert "Mot de passe" not in english
