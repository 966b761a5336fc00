"""The navigation comes from config/navigation.py: each visitor sees the entries of their
audience, the current one marked, and base.html renders every menu from it."""

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory

from config import views
from config.navigation import AUTHENTICATED, NAVIGATION, NavEntry, navigation_menus


def _labels(menus, menu):
    return [str(link.label) for link in menus.get(menu, [])]


def test_anonymous_visitors_see_log_in_and_sign_up(db):
    from django.contrib.auth.models import AnonymousUser

    menus = navigation_menus(user=AnonymousUser(), path="/fr/", language_code="fr")
    assert _labels(menus, "main") == ["Accueil", "Catalogue", "Lancer mon projet"]
    assert _labels(menus, "account") == ["Se connecter", "Créer un compte"]
    assert [link.current for link in menus["main"]] == [True, False, False]


def test_staff_see_administration_and_log_out_as_a_form(db):
    user = get_user_model()(username="ada", is_staff=True)
    menus = navigation_menus(user=user, path="/fr/learning/dashboard/", language_code="fr")
    assert _labels(menus, "main") == [
        "Accueil",
        "Catalogue",
        "Lancer mon projet",
        "Mon parcours",
        "Mes compétences",
        "Mes certificats",
    ]
    assert _labels(menus, "account") == [
        "Mon profil",
        "Mes projets",
        "Administration",
        "Se déconnecter",
    ]
    current = [str(link.label) for links in menus.values() for link in links if link.current]
    assert current == ["Mon parcours"]
    assert [link.post for link in menus["account"]] == [False, False, False, True]


def test_a_section_entry_is_current_below_its_url(db):
    from django.utils import translation

    user = get_user_model()(username="ada")
    with translation.override("en"):
        menus = navigation_menus(user=user, path="/en/accounts/profile/data/", language_code="en")
        current = [(link.url, str(link.label)) for link in menus["account"] if link.current]
    assert current == [("/en/accounts/profile/", "My profile")]


def test_a_new_entry_is_one_line(db):
    entries = (
        *NAVIGATION,
        NavEntry("main", "Ressources", path="resources/", audience=AUTHENTICATED),
    )
    user = get_user_model()(username="ada")
    menus = navigation_menus(user=user, path="/fr/resources/", language_code="fr", entries=entries)
    assert menus["main"][-1].url == "/fr/resources/" and menus["main"][-1].current


def test_base_html_renders_the_menus(client, home_page, user, password):
    html = client.get("/fr/").content.decode()
    assert 'aria-label="Navigation principale"' in html
    assert 'href="/fr/accounts/login/"' in html and "Lexique responsable" in html
    client.force_login(user)
    html = client.get("/fr/").content.decode()
    assert 'action="/fr/accounts/logout/"' in html and 'href="/fr/learning/dashboard/"' in html
    assert 'href="/fr/accounts/login/"' not in html


def test_pattern_library_exists_only_in_debug(client, home_page):
    assert client.get("/fr/__design/").status_code == 404


@pytest.mark.parametrize("language", ["fr", "en"])
def test_pattern_library_renders_every_component(db, home_page, language, settings):
    from django.contrib.auth.models import AnonymousUser
    from django.utils import translation

    settings.DEBUG = True
    request = RequestFactory().get(f"/{language}/__design/")
    request.user = AnonymousUser()
    with translation.override(language):
        html = views.design_library(request).content.decode()
    for component in (
        'class="button"',
        "button-secondary",
        'class="cards"',
        "badge-ok",
        "error-summary",
        "<table>",
        "alert alert-warning",
        'class="progress"',
        "bar-chart",
        "empty-state",
        'class="question"',
        'class="pager"',
    ):
        assert component in html, component
    assert "style=" not in html and "<script" not in html
