import pytest
from django.test import Client


@pytest.mark.parametrize("accept,target", [("en-GB,en;q=0.9", "/en/"), ("fr-FR,fr;q=0.9", "/fr/")])
def test_root_redirects_by_browser_language(home_page, accept, target):
    response = Client(HTTP_ACCEPT_LANGUAGE=accept).get("/")
    assert response.status_code == 302
    assert response["Location"] == target


def test_root_defaults_to_french_without_preference(home_page):
    assert Client().get("/")["Location"] == "/fr/"


@pytest.mark.parametrize(
    "url,lang,title,skip",
    [
        ("/fr/", "fr", "Bienvenue sur Tremplin", "Aller au contenu"),
        ("/en/", "en", "Welcome to Tremplin", "Skip to content"),
    ],
)
def test_home_page_renders_in_each_language(client, home_page, url, lang, title, skip):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{lang}">' in html
    assert title in html
    assert skip in html
    assert 'href="#contenu"' in html and 'id="contenu"' in html
    assert "<header" in html and "<footer" in html and "<nav" in html


def test_language_switcher_links_to_the_translation(client, home_page):
    html = client.get("/fr/").content.decode()
    assert 'href="/en/" lang="en" hreflang="en"' in html
    assert 'href="/fr/" lang="fr" hreflang="fr" aria-current="true"' in html


def test_language_switcher_follows_a_translation_published_later(client, home_page):
    from wagtail.models import Locale

    from tests.courses.factories import catalogue_create

    french = catalogue_create(home_page)
    html = client.get(french.url).content.decode()
    assert 'href="/en/" lang="en"' in html  # not translated yet: the English home page
    english = french.copy_for_translation(Locale.objects.get(language_code="en"))
    english.slug = "catalogue-en"
    english.save_revision().publish()
    html = client.get(french.url).content.decode()
    assert 'href="/en/catalogue-en/" lang="en"' in html
    english.refresh_from_db()
    english.unpublish()
    html = client.get(french.url).content.decode()
    assert 'href="/en/" lang="en"' in html


def test_language_switcher_on_a_django_view_keeps_the_path(client, home_page):
    html = client.get("/fr/accounts/login/").content.decode()
    assert 'href="/en/accounts/login/"' in html


def test_home_page_query_count_is_bounded(client, home_page, django_assert_num_queries):
    client.get("/fr/")  # warm Wagtail's site-root cache
    # site, active locale, page, view restrictions x2 (the switcher's links are cached)
    with django_assert_num_queries(5):
        assert client.get("/fr/").status_code == 200


def test_home_page_has_no_external_resource(client, home_page):
    html = client.get("/fr/").content.decode()
    for attr in ("src=", "href="):
        for chunk in html.split(attr)[1:]:
            url = chunk[1:].split(chunk[0])[0]
            assert not url.startswith(("http://", "https://", "//")), url


@pytest.mark.parametrize(
    "url,text", [("/fr/nulle-part/", "Page introuvable"), ("/en/nowhere/", "Page not found")]
)
def test_unknown_url_gives_styled_404_in_the_language(client, home_page, url, text):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert text in html
    assert "css/tremplin.css" in html


def test_403_and_500_pages_render_in_both_languages(rf, home_page):
    from django.utils import translation

    from config import views

    for lang, forbidden, error in (
        ("fr", "Accès refusé", "Erreur du serveur"),
        ("en", "Access denied", "Server error"),
    ):
        with translation.override(lang):
            request = rf.get(f"/{lang}/")
            from django.contrib.auth.models import AnonymousUser

            request.user = AnonymousUser()
            assert forbidden in views.permission_denied(request).content.decode()
            response = views.server_error(request)
            assert response.status_code == 500
            assert error in response.content.decode()


def test_a_password_protected_page_asks_in_the_site_layout(client, home_page):
    from wagtail.models import PageViewRestriction

    from tests.courses.factories import catalogue_create

    catalogue = catalogue_create(home_page)
    PageViewRestriction.objects.create(
        page=catalogue, restriction_type=PageViewRestriction.PASSWORD, password="cooperative"
    )
    response = client.get(catalogue.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Mot de passe requis" in html
    assert "css/tremplin.css" in html and 'id="contenu"' in html
    assert 'name="password"' in html
    action = next(
        chunk.split('"')[0]
        for chunk in html.split('<form action="')[1:]
        if "authenticate_with_password" in chunk.split('"')[0]
    )
    response = client.post(
        action, {"password": "cooperative", "return_url": catalogue.url}, follow=True
    )
    assert response.redirect_chain[-1][0] == catalogue.url
    assert "Mot de passe requis" not in response.content.decode()
