"""No page of one language shows content of the other: the bilingual demo is built once, then
every public page and the learner's pages of /fr/ and /en/ are read, and each fails on

- a title of the other language's pages (where it differs from this language's titles);
- on /en/, a French interface string: any msgid of the project's catalogues whose English
  differs (a template or view that forgot gettext, or a catalogue left behind), or one of a few
  French words known to have slipped through (KNOWN_FRENCH).
"""

import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("fr", "en")
# Shorter strings ("Cours", "Quiz") are the same word in both languages or too common to tell.
MIN_UI_LENGTH = 12
# French words of the content or the interface seen on English pages before, outside catalogues.
KNOWN_FRENCH = ("Équipe pédagogique", "Soumettre à", "Mot de passe")


class _Text(HTMLParser):
    """The text a reader sees (no script, style or attribute), as one line."""

    SKIP = {"script", "style", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self._skipping = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self._skipping += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skipping:
            self._skipping -= 1

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)


def page_text(html):
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def french_ui_strings():
    """French interface strings whose English differs, from every catalogue of the project."""
    strings = set()
    for po_path in ROOT.glob("**/locale/en/LC_MESSAGES/django.po"):
        if ".venv" in po_path.parts or "node_modules" in po_path.parts:
            continue
        for entry in polib.pofile(str(po_path)):
            if entry.obsolete or entry.msgid_plural or not entry.msgstr:
                continue
            text = " ".join(entry.msgid.split())
            if (
                len(text) >= MIN_UI_LENGTH
                and " " in text
                and not re.search(r"[%{<]", text)
                and text != " ".join(entry.msgstr.split())
            ):
                strings.add(text)
    return strings


@pytest.fixture(scope="module")
def demo_site(demo_curriculum, django_db_blocker):
    """The demo curriculum with its framework, glossary and mapping, and a learner who has
    followed the path in French (dashboard, competency evidence and certificates to show)."""
    from accounts.services import user_create
    from config.demo.competencies import load_competencies
    from config.demo.courses import enrol_demo_learner, map_curriculum

    with django_db_blocker.unblock():
        load_competencies(log=lambda line: None)
        map_curriculum(log=lambda line: None)
        learner = user_create(
            username="camille",
            email="camille@example.org",
            password="un-mot-de-passe-solide-42",
            display_name="Camille Roux",
        )
        enrol_demo_learner(learner)
        titles = {
            language: set(
                Page.objects.live()
                .filter(locale__language_code=language, depth__gt=1)
                .values_list("title", flat=True)
            )
            for language in LANGUAGES
        }
    return {"learner": learner, "titles": titles}


def site_urls(language):
    """The public pages of one language: every live page, the catalogue with each filter, the
    glossary, the search, the verification page and the account pages."""
    from courses.models import Theme

    with translation.override(language):
        urls = [
            page.url
            for page in Page.objects.live().filter(locale__language_code=language, depth__gt=1)
        ]
        catalogue = reverse("courses:catalogue")
        urls += [catalogue, *(f"{catalogue}?theme={theme}" for theme in Theme.values)]
        urls += [
            reverse("competencies:glossary"),
            reverse("competencies:glossary_term", args=["sobriete-numerique"]),
            reverse("competencies:glossary") + "?q=num",
            reverse("search") + ("?q=numérique" if language == "fr" else "?q=digital"),
            reverse("verify"),
            reverse("accounts:login"),
            reverse("accounts:sign_up"),
        ]
    return urls


def learner_urls(language):
    with translation.override(language):
        return [
            reverse("courses:dashboard"),
            reverse("courses:competency_profile"),
            reverse("certificates:certificate_list"),
            reverse("accounts:profile"),
        ]


def read(client, url):
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    return response.content.decode()


def mixed_content(language, html, titles, ui_strings):
    """What of the other language this page shows: [(kind, text)]."""
    other = "en" if language == "fr" else "fr"
    text = page_text(html)
    found = [
        ("title", title)
        for title in titles[other] - titles[language]
        if len(title) >= MIN_UI_LENGTH and title in text
    ]
    if language == "en":
        found += [("ui", string) for string in ui_strings if string in text]
        found += [("known", words) for words in KNOWN_FRENCH if words in text]
    return sorted(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_show_one_language_only(client, demo_site, language):
    ui_strings = french_ui_strings()
    problems = {}
    for url in site_urls(language):
        found = mixed_content(language, read(client, url), demo_site["titles"], ui_strings)
        if found:
            problems[url] = found
    assert problems == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_learner_pages_show_one_language_only(client, demo_site, language):
    client.force_login(demo_site["learner"])
    ui_strings = french_ui_strings()
    problems = {}
    for url in learner_urls(language):
        found = mixed_content(language, read(client, url), demo_site["titles"], ui_strings)
        if found:
            problems[url] = found
    assert problems == {}
