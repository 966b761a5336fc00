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


def test_profile_to_my_data_export_then_erase(site, visitor, user, password):
    page = visitor.page
    visitor.log_in("lea", password)
    page.wait_for_url("**/fr/learning/dashboard/")
    visitor.goto("/fr/accounts/profile/")
    page.get_by_role("main").get_by_role("link", name="Mes données").click()
    expect(page).to_have_url(re.compile(re.escape("/fr/accounts/profile/data/") + "$"))
    visitor.check_accessibility()
    with page.expect_download() as download:
        page.get_by_role("button", name="Télécharger mes données (JSON)").click()
    assert download.value.suggested_filename.startswith("tremplin-mes-donnees-lea-")
    page.get_by_role("link", name="Supprimer mon compte").click()
    visitor.check_accessibility()
    page.get_by_label("Mot de passe").fill("pas-le-bon")
    page.get_by_label("Je comprends", exact=False).check()
    page.get_by_role("button", name="Supprimer définitivement mon compte").click()
    expect(page.get_by_role("alert")).to_have_count(1)
    visitor.check_accessibility()
    assert page.get_by_label("Je comprends", exact=False).is_checked()
    page.get_by_label("Mot de passe").fill(password)
    page.get_by_role("button", name="Supprimer définitivement mon compte").click()
    expect(page).to_have_url(re.compile(re.escape("/fr/accounts/erased/") + "$"))
    visitor.check_accessibility()
    assert not get_user_model().objects.filter(username="lea").exists()
