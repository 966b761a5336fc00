"""The layout at a phone's, a tablet's and a desktop's width (issue 11, item 11): on the main
pages, no horizontal scrolling, a header of bounded height (the menu folds into a <details>
disclosure on narrow screens), no text overlapping other text or crossing its box, buttons
styled and without list bullets, the footer at the bottom with room above it. axe-core and the
Content-Security-Policy are checked on every page by the shared fixture.

TREMPLIN_SCREENSHOTS=<folder> saves a full-page screenshot of every page at every width."""

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings
from ecoindex.compute import compute_ecoindex
from playwright.sync_api import expect

from accounts.services import user_create
from certificates.models import CertificateRule
from certificates.services import certificate_issue
from competencies.models import JobProfile
from config.demo.competencies import load_competencies
from config.demo.courses import enrol_demo_learner, load_curriculum, map_curriculum
from config.demo.launchpad import load_launchpad
from config.services import home_page_ensure
from courses import services as course_services
from courses.models import LessonPage, QuizPage
from launchpad import api as launchpad_api
from tests.conftest import HOME_DATA
from tests.courses.factories import right_answers

pytestmark = pytest.mark.e2e
PASSWORD = "un-mot-de-passe-solide-42"
LAYOUT_JS = (Path(__file__).parent / "layout.js").read_text()
SHELL_JS = (Path(__file__).parent / "shell.js").read_text()
# Width -> the tallest header allowed (px): one bar with the "Menu" button below 62rem, two
# short rows (account, then main navigation) above.
HEADER_LIMITS = {320: 72, 768: 72, 1280: 104}
SCREENSHOTS = os.environ.get("TREMPLIN_SCREENSHOTS", "")


@pytest.fixture(autouse=True, name="_live_server_helper")
def _live_server_without_flush(request):
    """pytest-django's own helper gives every live-server test a database flushed after it:
    this module's tests only read the site `learner_site` builds once for all of them (the
    widest demo: curriculum, framework, pack, a certificate), so they keep the live server's
    settings per test and leave the flush to the end of the module."""
    live_server = request.getfixturevalue("live_server")
    live_server._live_server_modified_settings.enable()
    yield
    live_server._live_server_modified_settings.disable()


@pytest.fixture(scope="module")
def learner_site(django_db_setup, django_db_blocker):
    """The URLs of the main pages of a site built once for the module and committed, as a
    transactional test's would be; the database is flushed after the module's last test."""
    from certificates.keys import private_key_generate_pem

    signing = override_settings(TREMPLIN_CERTIFICATES_SIGNING_KEY=private_key_generate_pem())
    with django_db_blocker.unblock(), signing:
        try:
            yield _site_build()
        finally:
            call_command("flush", interactive=False, verbosity=0)


def _site_build():
    home = home_page_ensure(data=HOME_DATA)
    path = load_curriculum(home=home, log=lambda line: None)
    load_competencies(log=lambda line: None)
    map_curriculum(log=lambda line: None)
    pack = load_launchpad(home=home, log=lambda line: None)
    # Staff: the widest header (the "Administration" link too).
    user = user_create(username="samia", email="samia@example.org", password=PASSWORD)
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    enrol_demo_learner(user)
    # The project workspace: its step table scrolls on a phone (and must not widen the page).
    project = launchpad_api.project_create(
        actor=user, pack_key=pack.translation_key, name="Ressourcerie du quartier", stage="idea"
    )
    course = path.path_courses.order_by("sort_order").first().course
    quiz = QuizPage.objects.live().descendant_of(course).get()
    course_services.quiz_attempt_submit(user=user, quiz=quiz, answers=right_answers(quiz))
    rule = CertificateRule(
        page=course,
        title_fr="Sobriété numérique en pratique",
        title_en="Digital sufficiency in practice",
        description_fr="Sait repérer et réduire les usages numériques superflus.",
        description_en="Can spot and reduce unnecessary digital uses.",
    )
    rule.full_clean()
    rule.save()
    certificate_issue(rule=rule, holder=user)
    lesson = LessonPage.objects.live().descendant_of(course).order_by("path")[1]
    job = JobProfile.objects.get(slug="referent-numerique-responsable")
    return {
        "home": "/fr/",
        "catalogue": "/fr/learning/",
        "course": course.url,
        "lesson": lesson.url,
        "quiz": quiz.url,
        "dashboard": "/fr/learning/dashboard/",
        "certificates": "/fr/certificates/",
        "competencies": f"/fr/learning/competencies/?job_profile={job.pk}",
        "english-course": course.get_translations().get(locale__language_code="en").url,
        "glossary": "/fr/glossary/",
        "glossary-term": "/fr/glossary/hebergement/",
        "search": "/fr/search/?q=num%C3%A9rique",
        "verify": "/fr/verify/",
        "launchpad": pack.url,
        "launch-project": f"/fr/launchpad/projects/{project.public_id}/",
        "launch-step": pack.get_children().live().order_by("path")[4].url,
        "english-launch-step": pack.get_translations()
        .get()
        .get_children()
        .live()
        .order_by("path")[1]
        .url,
    }


def _layout_problems(page, root="body"):
    return page.evaluate(LAYOUT_JS, {"root": root})


def _shell_problems(page, width):
    """The header's height, the footer's place, the buttons' look."""
    problems = []
    header = page.locator(".site-header").bounding_box()
    if header["height"] > HEADER_LIMITS[width]:
        problems.append(f"header {header['height']:.0f} px tall (limit {HEADER_LIMITS[width]})")
    problems += page.evaluate(SHELL_JS)
    return problems


def _screenshot(page, name, width):
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{SCREENSHOTS}/{name}-{width}.png", full_page=True)


@pytest.mark.parametrize("width", [320, 768, 1280])
def test_main_pages_hold_their_layout(learner_site, visitor_factory, width):
    visitor = visitor_factory(viewport={"width": width, "height": 844 if width < 1000 else 800})
    page = visitor.page
    found = {}
    visitor.goto("/fr/accounts/login/")
    _screenshot(page, "login", width)
    found["login"] = _layout_problems(page) + _shell_problems(page, width)
    visitor.log_in("samia", PASSWORD)
    for name, url in learner_site.items():
        visitor.goto(url)
        _screenshot(page, name, width)
        found[name] = _layout_problems(page) + _shell_problems(page, width)
    found = {name: problems for name, problems in found.items() if problems}
    assert not found, found
    assert not visitor.external_requests, visitor.external_requests


@pytest.mark.parametrize("width", [320, 768])
def test_the_folded_menu_opens_without_javascript(learner_site, visitor_factory, width):
    visitor = visitor_factory(viewport={"width": width, "height": 844}, java_script_enabled=False)
    page = visitor.page
    page.goto(visitor.base_url + "/fr/")
    logout = page.get_by_role("button", name="Se déconnecter")
    catalogue = page.get_by_role("navigation", name="Navigation principale").get_by_role(
        "link", name="Catalogue"
    )
    assert not catalogue.is_visible()
    page.get_by_text("Menu", exact=True).click()
    assert catalogue.is_visible()
    assert page.get_by_role("link", name="Se connecter").is_visible()
    expect(logout).to_have_count(0)
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= HEADER_LIMITS[width]  # the panel opens over the page
    catalogue.click()
    assert page.get_by_role("heading", level=1).inner_text() == "Catalogue des formations"


def test_the_desktop_menu_is_one_row_of_links(learner_site, visitor_factory):
    visitor = visitor_factory(viewport={"width": 1280, "height": 800})
    visitor.log_in("samia", PASSWORD)
    page = visitor.page
    assert not page.get_by_text("Menu", exact=True).is_visible()
    tops = page.locator(".main-nav li").evaluate_all(
        "items => items.map(item => Math.round(item.getBoundingClientRect().top))"
    )
    assert len(tops) == 6 and len(set(tops)) == 1, tops
    assert page.get_by_role("button", name="Se déconnecter").is_visible()
    assert page.get_by_role("link", name="Administration").is_visible()
    current = page.get_by_role("navigation", name="Navigation principale").locator(
        "[aria-current=page]"
    )
    visitor.goto("/fr/learning/dashboard/")
    assert current.inner_text() == "Mon parcours"


@pytest.mark.parametrize(("name", "budget"), [("home", 30_000), ("lesson", 40_000)])
def test_page_weight_within_budget(learner_site, visitor_factory, name, budget):
    visitor = visitor_factory(viewport={"width": 1280, "height": 800})
    sizes = []
    visitor.page.on("requestfinished", lambda request: sizes.append(request.sizes()))
    visitor.goto(learner_site[name])
    visitor.page.wait_for_load_state("load")
    total = sum(size["responseBodySize"] + size["responseHeadersSize"] for size in sizes)
    assert len(sizes) >= 3  # the page, its stylesheet, the logo
    assert total < budget, (total, sizes)


# DOM elements as EcoIndex counts them: every element, those inside an inline SVG excepted.
NODES_JS = """() => document.getElementsByTagName('*').length
    - [...document.querySelectorAll('svg')]
        .reduce((n, svg) => n + svg.getElementsByTagName('*').length, 0)"""


def test_every_page_is_ecoindex_grade_a(learner_site, visitor_factory):
    # EcoIndex (ecoindex.fr, computed by its own package): DOM elements, requests and kilobytes
    # transferred, each page loaded with an empty browser cache, logged in as the widest case.
    visitor = visitor_factory(viewport={"width": 1280, "height": 800})
    visitor.log_in("samia", PASSWORD)
    page = visitor.page
    page.context.new_cdp_session(page).send("Network.setCacheDisabled", {"cacheDisabled": True})
    figures, sizes = {}, []
    page.on("requestfinished", lambda request: sizes.append(request.sizes()))
    for name, url in learner_site.items():
        sizes.clear()
        visitor.goto(url)
        page.wait_for_load_state("load")
        kilobytes = sum(s["responseBodySize"] + s["responseHeadersSize"] for s in sizes) / 1024
        nodes = page.evaluate(NODES_JS)
        # The package is asynchronous and Playwright's sync API owns this thread's event loop.
        with ThreadPoolExecutor(1) as pool:
            result = pool.submit(
                asyncio.run, compute_ecoindex(nodes=nodes, size=kilobytes, requests=len(sizes))
            ).result()
        figures[name] = (result.grade.value, result.score, nodes, len(sizes), round(kilobytes, 1))
    print("EcoIndex (grade, score, DOM elements, requests, KB):", figures)
    assert {name: f for name, f in figures.items() if f[0] != "A"} == {}, figures
