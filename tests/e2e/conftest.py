"""Browser tests: a live server, Debian's Chromium driven by Playwright, axe-core on every page.

Playwright's sync API runs an event loop in the test thread; the ORM calls that fixtures make
from that thread are safe here (one thread, no concurrent use), hence DJANGO_ALLOW_ASYNC_UNSAFE.
"""

import re
import threading
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.servers.basehttp import ThreadedWSGIServer
from django.test.testcases import LiveServerThread
from playwright.sync_api import sync_playwright


class OneRequestAtATimeServer(ThreadedWSGIServer):
    """The live server accepts connections in threads (Chromium opens several, some only to
    keep them ready) but runs one request at a time: on SQLite, the in-memory test database is
    one connection that every thread shares, and two requests at once (the Wagtail editor's
    scripts send some of their own) would collide in it ("cannot start a transaction within a
    transaction")."""

    def set_app(self, application):
        lock = threading.Lock()

        def one_at_a_time(environ, start_response):
            with lock:
                return application(environ, start_response)

        super().set_app(one_at_a_time)


LiveServerThread.server_class = OneRequestAtATimeServer

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-gpu",
    "--disable-sync",
    "--no-first-run",
]
WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium package")
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def axe():
    return Axe()


class Visitor:
    """A browser tab that checks accessibility on each page, refuses external requests and
    records every Content-Security-Policy violation (Chromium reports each one on the console,
    "Refused to …", also in report-only mode)."""

    def __init__(self, page, base_url, axe):
        self.page = page
        self.base_url = base_url
        self.axe = axe
        self.external_requests = []
        self.checked_urls = []
        self.csp_violations = []
        page.route("**/*", self._guard)
        page.on("console", self._console)

    def _console(self, message):
        text = message.text
        if "Content Security Policy" in text or text.startswith(("Refused to", "[Report Only]")):
            self.csp_violations.append(f"{self.page.url}: {text}")

    def _guard(self, route):
        url = route.request.url
        if url.startswith(self.base_url) or url.startswith("data:"):
            route.continue_()
        else:
            self.external_requests.append(url)
            route.abort()

    def goto(self, path):
        response = self.page.goto(self.base_url + path)
        self.check_accessibility()
        return response

    def log_in(self, username, password):
        """Log in through the form (django-axes refuses a login without its request) and wait
        for the page it lands on (the dashboard, or ?next)."""
        self.goto("/fr/accounts/login/")
        self.page.locator("#id_username").fill(username)
        self.page.locator("#id_password").fill(password)
        with self.page.expect_navigation():
            self.page.locator("main form button[type=submit]").click()

    def sign_up_confirm(self):
        """Open the link of the last sign-up e-mail and create the account (in this tab, which
        signed up: it lands logged in on the dashboard or ?next)."""
        from django.core import mail

        link = r"https?://[^/]+(/\w\w/accounts/signup/confirm/\S+/)"
        path = re.search(link, mail.outbox[-1].body)[1]
        self.goto(path)
        with self.page.expect_navigation():
            self.page.locator("main form button[type=submit]").click()
        self.check_accessibility()

    def sign_up(self, username, password, *, display_name=None):
        """Sign up through the form, then confirm by the e-mail's link."""
        self.goto("/fr/accounts/signup/")
        self.page.get_by_label("Identifiant").fill(username)
        self.page.get_by_label("Adresse e-mail").fill(f"{username}@example.org")
        self.page.get_by_label("Nom affiché").fill(display_name or username.capitalize())
        self.page.get_by_label("Mot de passe", exact=False).first.fill(password)
        self.page.get_by_label("Confirmation de mot de passe").fill(password)
        self.page.get_by_role("button", name="Créer mon compte").click()
        self.check_accessibility()
        self.sign_up_confirm()

    def check_accessibility(self):
        results = self.axe.run(self.page, options=WCAG_21_AA)
        self.checked_urls.append(self.page.url)
        assert not self.csp_violations, self.csp_violations
        assert results.violations_count == 0, (
            f"axe-core on {self.page.url}:\n{results.generate_report()}"
        )


@pytest.fixture
def visitor_factory(browser, live_server, axe):
    """Makes visitors (one browser context each); after the test, none of them may have tried
    an external request or met a CSP violation."""
    contexts, visitors = [], []

    def make(locale="fr-FR", **options):
        context = browser.new_context(locale=locale, **options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        visitors.append(Visitor(context.new_page(), live_server.url, axe))
        return visitors[-1]

    yield make
    for context in contexts:
        context.close()
    external = [url for visitor in visitors for url in visitor.external_requests]
    assert not external, external
    # Every page any tab of the test visited, checked by axe or not.
    assert not [v for visitor in visitors for v in visitor.csp_violations]


@pytest.fixture
def visitor(visitor_factory):
    return visitor_factory()
