import pytest

from config.services import home_page_ensure

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


@pytest.fixture
def password():
    return "un-mot-de-passe-solide-42"


@pytest.fixture
def user(db, password):
    from accounts.services import user_create

    return user_create(
        username="lea", email="lea@example.org", password=password, display_name="Léa Martin"
    )
