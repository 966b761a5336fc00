import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from config.services import home_page_ensure
from tests.conftest import HOME_DATA

pytestmark = pytest.mark.e2e


@pytest.fixture
def site(transactional_db):
    return home_page_ensure(data=HOME_DATA)


def test_root_follows_the_browser_language(site, visitor_factory):
    english = visitor_factory(locale="en-GB")
    english.goto("/")
    expect(english.page).to_have_url(re.compile(re.escape("/en/") + "$"))
    assert english.page.locator("html").get_attribute("lang") == "en"
    french = visitor_factory(locale="fr-FR")
    french.goto("/")
    expect(french.page).to_have_url(re.compile(re.escape("/fr/") + "$"))


def test_home_page_in_both_languages_and_switch(site, visitor):
    visitor.goto("/fr/")
    page = visitor.page
    assert page.locator("h1").inner_text() == "Bienvenue sur Tremplin"
    page.get_by_role("navigation", name="Choix de la langue").get_by_role(
        "link", name="English"
    ).click()
    visitor.check_accessibility()
    expect(page).to_have_url(re.compile(re.escape("/en/") + "$"))
    assert page.locator("h1").inner_text() == "Welcome to Tremplin"
    expect(page.get_by_role("link", name="Skip to content")).to_have_count(1)
    # The stylesheet is applied (the skip link is moved off-screen until focused).
    assert page.locator(".skip-link").evaluate("e => getComputedStyle(e).position") == "absolute"


def test_sign_up_then_profile_then_logout(site, visitor):
    page = visitor.page
    visitor.goto("/fr/accounts/signup/")
    page.get_by_label("Identifiant").fill("amina")
    page.get_by_label("Adresse e-mail").fill("amina@example.org")
    page.get_by_label("Nom affiché").fill("Amina Diallo")
    page.get_by_label("Mot de passe", exact=False).first.fill("un-mot-de-passe-solide-42")
    page.get_by_label("Confirmation de mot de passe").fill("autre-chose-solide-42")
    page.get_by_role("button", name="Créer mon compte").click()
    # Mismatch: the error is shown, accessible, and what was typed is kept.
    expect(page.get_by_role("alert")).to_have_count(1)
    visitor.check_accessibility()
    assert page.get_by_label("Identifiant").input_value() == "amina"
    page.get_by_label("Mot de passe", exact=False).first.fill("un-mot-de-passe-solide-42")
    page.get_by_label("Confirmation de mot de passe").fill("un-mot-de-passe-solide-42")
    page.get_by_role("button", name="Créer mon compte").click()
    expect(page).to_have_url(re.compile(re.escape("/fr/accounts/signup/sent/") + "$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Vérifiez votre messagerie"
    visitor.check_accessibility()
    visitor.sign_up_confirm()
    expect(page).to_have_url(re.compile(re.escape("/fr/learning/dashboard/") + "$"))
    welcome = "Bienvenue sur Tremplin ! Votre compte est créé."
    assert page.get_by_role("status").inner_text() == welcome
    visitor.goto("/fr/accounts/profile/")
    assert page.get_by_label("Nom affiché").input_value() == "Amina Diallo"
    page.get_by_label("Nom affiché").fill("A. Diallo")
    page.get_by_role("button", name="Enregistrer").click()
    visitor.check_accessibility()
    assert page.get_by_role("status").inner_text() == "Votre profil est enregistré."
    assert get_user_model().objects.get(username="amina").display_name == "A. Diallo"
    page.get_by_role("button", name="Se déconnecter").click()
    expect(page.get_by_role("link", name="Se connecter")).to_have_count(1)


def test_login_returns_to_the_private_page_in_english(site, visitor, user, password):
    page = visitor.page
    visitor.goto("/en/accounts/profile/")
    expect(page).to_have_url(re.compile(re.escape("/en/accounts/login/?next=")))
    page.get_by_label("Username").fill("lea")
    page.get_by_label("Password").fill("wrong-password")
    page.get_by_role("button", name="Log in").click()
    visitor.check_accessibility()
    assert "Please enter a correct username and password" in page.get_by_role("alert").inner_text()
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(re.escape("/en/accounts/profile/") + "$"))
    visitor.check_accessibility()
    assert page.get_by_role("heading", level=1).inner_text() == "My profile"


def test_unknown_page_is_the_styled_404(site, visitor):
    response = visitor.goto("/en/nowhere/")
    assert response.status == 404
    assert visitor.page.get_by_role("heading", level=1).inner_text() == "Page not found"


def test_login_without_next_lands_on_the_dashboard(site, visitor, user, password):
    page = visitor.page
    visitor.log_in("lea", password)
    page.wait_for_url("**/fr/learning/dashboard/")
    visitor.check_accessibility()
    assert page.get_by_role("heading", level=1).inner_text() == "Mon parcours"
