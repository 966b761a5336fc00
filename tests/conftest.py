from pathlib import Path

import pytest

from config.services import home_page_ensure

# A content folder with one short course (docs/content.md), for tests that need the demo loader
# but not the whole demo curriculum.
SMALL_CONTENT = Path(__file__).parent / "config" / "demo_content"

HOME_DATA = {
    "title": {"fr": "Bienvenue sur Tremplin", "en": "Welcome to Tremplin"},
    "hero": {"fr": "Se former au numérique responsable", "en": "Learn responsible digital"},
    "intro": {"fr": "<p>Une plateforme libre.</p>", "en": "<p>A free platform.</p>"},
    "audiences": [
        {
            "title": {"fr": "Apprenant·es", "en": "Learners"},
            "text": {"fr": "Suivre un parcours.", "en": "Follow a path."},
        },
    ],
}


@pytest.fixture(autouse=True)
def _cache_empty():
    """Each test rolls its database back but the memory cache lives on: start every test with
    an empty one, so a cached outline or lesson body never outlives its pages."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def home_page(db):
    return home_page_ensure(data=HOME_DATA)


@pytest.fixture(scope="module")
def demo_curriculum(django_db_setup, django_db_blocker):
    """(home page, path) of the whole bilingual demo curriculum, built once for a test module
    (it takes tens of seconds) inside a transaction rolled back after the module's last test.
    Each test still runs in its own savepoint within it, so what a test writes is undone as
    usual. Not for modules with live_server or transactional_db tests, which flush the database.
    """
    from django.db import transaction

    from config.demo.courses import load_curriculum

    with django_db_blocker.unblock(), transaction.atomic():
        try:
            home = home_page_ensure(data=HOME_DATA)
            yield home, load_curriculum(home=home, log=lambda line: None)
        finally:
            transaction.set_rollback(True)


@pytest.fixture
def password():
    return "un-mot-de-passe-solide-42"


@pytest.fixture
def user(db, password):
    from accounts.services import user_create

    return user_create(
        username="lea", email="lea@example.org", password=password, display_name="Léa Martin"
    )


@pytest.fixture(autouse=True)
def _french_by_default():
    """Each test starts in the site's default language (French), whatever language an earlier
    test activated on this worker: `reverse()` and lazy labels follow the active language."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def shared_database(transactional_db, tmp_path):
    """The test database, which threads with their own connections (and subprocesses, by the
    URL this returns) use at once as a site's server and workers do (tests/databases.py)."""
    from tests.databases import database_share

    url, restore = database_share(tmp_path)
    try:
        yield url
    finally:
        restore()
