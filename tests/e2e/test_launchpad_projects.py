"""The project workspace in a real browser: a founder creates a project, takes the diagnostic,
reads the plan and invites a co-founder; the co-founder, without JavaScript, joins by the link
and ticks a task; both see it. axe-core checks every page the founder sees."""

import re

import pytest
from playwright.sync_api import expect

from accounts.services import user_create
from config.services import home_page_ensure
from launchpad import selectors, services
from tests.conftest import HOME_DATA
from tests.launchpad.factories import pack_create

pytestmark = pytest.mark.e2e
PASSWORD = "un-mot-de-passe-solide-42"


@pytest.fixture
def pack(transactional_db):
    home = home_page_ensure(data=HOME_DATA)
    pack = pack_create(home, steps=3, tasks=2)
    steps = selectors.pack_steps(pack=pack)
    services.diagnostic_set(
        pack=pack,
        questions=[
            {
                "id": "structure",
                "text": "Votre structure existe-t-elle déjà ?",
                "options": [
                    {"id": "non", "label": "Pas encore", "priority_steps": [steps[2].page],
                     "needs": ["legal_form"]},
                    {"id": "oui", "label": "Oui", "skipped_steps": [steps[2].page]},
                ],
            },
            {
                "id": "besoins",
                "text": "De quoi avez-vous besoin ?",
                "kind": "multiple",
                "options": [
                    {"id": "argent", "label": "De financement", "needs": ["funding"]},
                    {"id": "outils", "label": "D'outils numériques", "needs": ["digital_tools"]},
                ],
            },
        ],
    )  # fmt: skip
    for username in ("fondatrice", "cofondateur"):
        user_create(username=username, email=f"{username}@example.org", password=PASSWORD)
    return pack


def test_a_team_builds_its_plan_and_shares_a_ticked_task(pack, visitor_factory):
    founder = visitor_factory()
    page = founder.page
    founder.log_in("fondatrice", PASSWORD)
    founder.goto("/fr/launchpad/projects/")
    page.get_by_label("Nom du projet").fill("Atelier vélo solidaire")
    page.get_by_label("Où en est le projet ?").select_option("study")
    with page.expect_navigation():
        page.get_by_role("button", name="Créer le projet").click()
    founder.check_accessibility()
    project_url = page.url

    with page.expect_navigation():
        page.get_by_role("link", name="Diagnostic des besoins").click()
    founder.check_accessibility()
    page.get_by_role("group", name=re.compile("Votre structure")).get_by_label("Pas encore").check()
    page.get_by_label("De financement").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Voir mon plan").click()
    founder.check_accessibility()
    main = page.get_by_role("main")
    expect(main).to_contain_text("Prioritaire")
    expect(main).to_contain_text("Parce que vous avez répondu « Pas encore »")
    expect(main.locator(".plan-steps h3").first).to_have_text(re.compile("Étape 3"))

    page.goto(project_url)
    with page.expect_navigation():
        page.get_by_role("button", name="Créer un lien d'invitation").click()
    founder.check_accessibility()
    link = page.get_by_label("Lien à copier").input_value()

    cofounder = visitor_factory(java_script_enabled=False)
    other = cofounder.page
    other.goto(f"{cofounder.base_url}/fr/accounts/login/?next=/fr/launchpad/projects/")
    other.locator("#id_username").fill("cofondateur")
    other.locator("#id_password").fill(PASSWORD)
    with other.expect_navigation():
        other.locator("main form button[type=submit]").click()
    other.goto(link)
    with other.expect_navigation():
        other.get_by_role("button", name="Rejoindre le projet").click()
    expect(other.get_by_role("main")).to_contain_text("Atelier vélo solidaire")
    with other.expect_navigation():
        other.get_by_role("link", name=re.compile("Mettre à jour l'étape « Étape 1 »")).click()
    other.get_by_label("En cours").check()
    other.get_by_label("Tâche 1").check()
    with other.expect_navigation():
        other.get_by_role("button", name="Enregistrer").click()
    expect(other.get_by_role("main")).to_contain_text("Étape enregistrée.")

    founder.goto(project_url.replace(founder.base_url, ""))
    row = page.get_by_role("row", name=re.compile("Étape 1"))
    expect(row).to_contain_text("En cours")
    expect(row).to_contain_text("1 / 2")
    page.get_by_role("link", name="Historique des modifications").click()
    founder.check_accessibility()
    expect(page.get_by_role("main")).to_contain_text("Cofondateur".lower())

    # The founder writes a specification (the form passes axe) and downloads the plan PDF.
    founder.goto(project_url.replace(founder.base_url, ""))
    with page.expect_navigation():
        page.get_by_role("link", name="Cahiers des charges").click()
    with page.expect_navigation():
        page.get_by_role("link", name="Nouveau cahier des charges").click()
    founder.check_accessibility()
    expect(page.get_by_label("Financement", exact=True)).to_be_checked()  # from the diagnostic
    page.get_by_label("Outil recherché").fill("Réservation des vélos")
    with page.expect_navigation():
        page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_role("main")).to_contain_text("Cahier des charges créé.")
    founder.check_accessibility()

    founder.goto(project_url.replace(founder.base_url, "") + "plan/")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Télécharger mon plan de projet (PDF)").click()
    download = download_info.value
    assert download.suggested_filename == "plan-atelier-velo-solidaire.pdf"
    with open(download.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"
