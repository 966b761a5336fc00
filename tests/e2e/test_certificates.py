"""Browser test of the certificates: a learner completes a small path, follows the link from
"Mon parcours" and downloads the certificate; an employer, with no account, verifies it by its
code and by uploading the PDF. axe-core checks every page on the way."""

import re

import pytest
from playwright.sync_api import expect

from certificates.keys import private_key_generate_pem
from certificates.models import Certificate, CertificateRule
from config.services import home_page_ensure
from tests.conftest import HOME_DATA
from tests.courses.factories import catalogue_create, course_create, path_create, quiz_of

pytestmark = pytest.mark.e2e
PASSWORD = "un-mot-de-passe-solide-42"


@pytest.fixture
def certified_path(transactional_db, settings):
    settings.TREMPLIN_CERTIFICATES_SIGNING_KEY = private_key_generate_pem()
    home = home_page_ensure(data=HOME_DATA)
    catalogue = catalogue_create(home)
    course = course_create(catalogue, lessons=1, modules=1, title="Sobriété numérique")
    path = path_create(catalogue, [course], title="Parcours sobriété")
    rule = CertificateRule(
        page=path,
        title_fr="Sobriété numérique en pratique",
        title_en="Digital sufficiency in practice",
        description_fr="Sait repérer et réduire les usages numériques superflus.",
        description_en="Can spot and reduce unnecessary digital uses.",
        hours=3,
        validity_months=36,
    )
    rule.full_clean()
    rule.save()
    return path, course


def test_learner_earns_and_employer_verifies(certified_path, visitor_factory, tmp_path):
    path, course = certified_path
    learner = visitor_factory()
    page = learner.page

    learner.sign_up("nadia", PASSWORD, display_name="Nadia Benali")

    learner.goto(path.url)
    page.get_by_role("button", name="M'inscrire au parcours").click()
    learner.check_accessibility()
    page.get_by_role("link", name="Commencer").click()
    learner.check_accessibility()
    while page.get_by_role("button", name="J'ai terminé cette leçon").count():
        page.get_by_role("button", name="J'ai terminé cette leçon").click()
        learner.check_accessibility()
    quiz = quiz_of(course)
    for question in quiz.question_list():
        for choice in question["choices"]:
            if choice["correct"]:
                page.locator(f"#c-{choice['id']}").check()
    page.get_by_role("button", name="Valider mes réponses").click()
    learner.check_accessibility()
    assert "Quiz réussi" in page.locator("main").inner_text()

    # "Mon parcours" links the path to its certificate, in "Mes certificats".
    learner.goto("/fr/learning/dashboard/")
    learner.check_accessibility()
    page.get_by_role("link", name="Voir mon certificat « Sobriété numérique en pratique »").click()
    certificate = Certificate.objects.get()
    expect(page).to_have_url(
        re.compile(re.escape(f"/fr/certificates/#certificate-{certificate.pk}") + "$")
    )
    assert (
        "Sobriété numérique en pratique"
        in page.locator(f"#certificate-{certificate.pk}").inner_text()
    )

    page.get_by_role("link", name="Mes certificats").click()
    learner.check_accessibility()
    main = page.locator("main").inner_text()
    assert "Sobriété numérique en pratique" in main
    assert certificate.formatted_code in main
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Télécharger le PDF").click()
    pdf_path = tmp_path / "certificat.pdf"
    download_info.value.save_as(pdf_path)
    assert pdf_path.read_bytes().startswith(b"%PDF-")
    assert not learner.external_requests

    employer = visitor_factory()
    page = employer.page
    employer.goto("/verify/")
    page.get_by_label("Code de vérification").fill(certificate.formatted_code.lower())
    page.get_by_role("button", name="Vérifier le code").click()
    employer.check_accessibility()
    result = page.locator("main").inner_text()
    assert "Certificat valide" in result
    assert "Nadia Benali" in result and "Sobriété numérique en pratique" in result

    employer.goto("/verify/")
    page.get_by_label("Fichier PDF du certificat").set_input_files(str(pdf_path))
    page.get_by_role("button", name="Vérifier le PDF").click()
    employer.check_accessibility()
    result = page.locator("main").inner_text()
    assert "Authentique" in result and "Certificat valide" in result

    page.get_by_role("link", name="Page de vérification de ce certificat").click()
    employer.check_accessibility()
    page.get_by_role("navigation", name="Choix de la langue").get_by_role(
        "link", name="English"
    ).click()
    employer.check_accessibility()
    assert "Can spot and reduce" in page.locator("main").inner_text()
    assert not employer.external_requests
