"""The launchpad's orientation pages in a real browser: the funding filters and a scheme, the
legal-form questions, the ESUS calculator. Once with axe-core on every page, once without
JavaScript (axe itself needs JavaScript, so that run checks the results only)."""

import pytest

from config.demo.content import DEFAULT_ROOT
from config.demo.funding import funding_read, load_funding
from config.services import home_page_ensure
from tests.conftest import HOME_DATA

pytestmark = pytest.mark.e2e


@pytest.fixture
def schemes(transactional_db):
    home_page_ensure(data=HOME_DATA)
    load_funding(schemes=funding_read(DEFAULT_ROOT), log=lambda message: None)


def walk(visitor, *, javascript):
    page = visitor.page

    def go(path):
        if javascript:
            visitor.goto(path)
        else:
            page.goto(visitor.base_url + path)

    def submit(name):
        with page.expect_navigation():
            page.get_by_role("button", name=name).click()
        if javascript:
            visitor.check_accessibility()

    go("/fr/launchpad/funding/")
    assert page.get_by_role("heading", level=1).inner_text() == "Financer son projet ESS"
    page.get_by_label("Type").select_option("guarantee")
    page.get_by_label("Territoire").select_option("departement:35")
    submit("Filtrer")
    assert "kind=guarantee" in page.url
    assert sorted(page.locator("ul.cards > li h3").all_inner_texts()) == [
        "Garantie France Active",
        "Garantie création de Bpifrance",
    ]
    with page.expect_navigation():
        page.get_by_role("link", name="Garantie France Active").click()
    if javascript:
        visitor.check_accessibility()
    assert "65 %" in page.get_by_role("main").inner_text()

    go("/fr/launchpad/legal-form/")
    for question in page.locator("fieldset.question").all():
        question.get_by_label("Je ne sais pas encore").check()
    page.get_by_role("group", name="Combien de catégories").get_by_label("Trois ou plus").check()
    page.get_by_role("group", name="Au service de qui").get_by_label(
        "Surtout l'intérêt général"
    ).check()
    submit("Voir les formes qui conviennent")
    results = page.locator("section[aria-labelledby=legal-results] article")
    assert results.count() == 7
    scic = results.filter(has_text="SCIC (société coopérative d'intérêt collectif)")
    assert "Trois ou plus" in scic.inner_text()

    go("/fr/launchpad/esus/")
    page.get_by_role("group", name="La recherche d'une utilité sociale").get_by_label("Oui").check()
    page.get_by_role("group", name="Cet objectif figure-t-il").get_by_label("Oui").check()
    page.get_by_role("group", name="Les titres de l'entreprise").get_by_label("Non").check()
    pay = page.get_by_label("Rémunération annuelle brute n° 1 (€)")
    pay.fill("-20")
    submit("Vérifier")
    assert "ne peut pas être négatif" in page.get_by_role("alert").first.inner_text()
    assert pay.input_value() == "-20"
    pay.fill("48000")
    submit("Vérifier")
    assert "Les conditions testées sont remplies" in page.get_by_role("main").inner_text()


def test_orientation_pages_are_accessible(schemes, visitor):
    walk(visitor, javascript=True)


def test_orientation_pages_work_without_javascript(schemes, visitor_factory):
    walk(visitor_factory(java_script_enabled=False), javascript=False)
