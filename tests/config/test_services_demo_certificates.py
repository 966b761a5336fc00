"""The demo certifies (issue 11, item 4): rules on the path and its courses with competency
minimums, and a demo learner holding a course certificate an employer can verify."""

import io
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

from certificates.credentials import verification_url
from certificates.keys import private_key_generate_pem
from certificates.models import Certificate, CertificateRule, IssuanceKind
from config.demo.content import demo_content
from config.demo.loader import load_demo
from courses.models import CoursePage, LearningPathPage
from tests.certificates.pdfs import pdf_text
from tests.conftest import SMALL_CONTENT

pytestmark = pytest.mark.django_db
_KEY = private_key_generate_pem()


@pytest.fixture
def demo(settings, tmp_path):
    settings.DEBUG = True
    settings.TREMPLIN_CERTIFICATES_SIGNING_KEY = _KEY
    settings.TREMPLIN_CERTIFICATES_SIGNING_KEY_FILE = str(tmp_path / "key.pem")
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "media")},
        },
    }
    lines = []
    load_demo(root=SMALL_CONTENT, log=lines.append)
    return lines


def test_the_demo_path_and_course_have_rules_with_competency_minimums(demo):
    course = CoursePage.objects.get(slug="premiers-pas", locale__language_code="fr")
    path = LearningPathPage.objects.get(slug="parcours-essai", locale__language_code="fr")
    rules = {rule.page_id: rule for rule in CertificateRule.objects.all()}
    assert set(rules) == {course.pk, path.pk}
    minimums = {
        page_id: [(row.competency.code, row.level.code) for row in rule.minimum_levels.all()]
        for page_id, rule in rules.items()
    }
    assert minimums == {course.pk: [("A1", "2")], path.pk: [("A1", "2"), ("A2", "2")]}
    assert rules[course.pk].title_en == "Certificate “First steps”"
    assert float(rules[course.pk].hours) == 0.5 and rules[path.pk].hours is None
    assert all(rule.is_active for rule in rules.values())


def test_the_demo_learner_holds_a_course_certificate_an_employer_can_verify(demo, client):
    certificate = Certificate.objects.get(holder__username="apprenant")
    assert certificate.rule.page.slug == "premiers-pas"  # not the path: A2 is not reached
    assert certificate.kind == IssuanceKind.AUTOMATIC
    assert certificate.pdf_sha256
    with certificate.pdf.open("rb") as handle:
        text = pdf_text(handle.read())
    assert "Camille Apprenant" in text and certificate.formatted_code in text
    assert any(certificate.formatted_code in line for line in demo)
    response = client.get(urlsplit(verification_url(certificate.code)).path)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Certificat « Premiers pas »" in html and "Camille Apprenant" in html


def test_a_second_load_issues_nothing_more_and_keeps_the_rules(demo):
    rules = list(CertificateRule.objects.values_list("pk", "page_id").order_by("pk"))
    certificate = Certificate.objects.get()
    load_demo(root=SMALL_CONTENT, log=lambda line: None)
    assert list(CertificateRule.objects.values_list("pk", "page_id").order_by("pk")) == rules
    assert list(Certificate.objects.all()) == [certificate]
    assert Certificate.objects.get().pdf_sha256 == certificate.pdf_sha256


def test_a_trainer_can_issue_the_path_certificate_from_the_command_line(demo):
    path = LearningPathPage.objects.get(slug="parcours-essai", locale__language_code="en")
    out = io.StringIO()
    call_command("issue_certificate", "apprenant", str(path.pk), "--reason", "Jury", stdout=out)
    certificate = Certificate.objects.get(rule__page__slug="parcours-essai")
    assert certificate.kind == IssuanceKind.MANUAL
    assert certificate.formatted_code in out.getvalue()


def test_the_shipped_demo_certifies_its_path_and_every_course():
    content = demo_content()
    assert "certificate" in content.paths[0]
    assert all("certificate" in course for course in content.courses)
    for entry in [content.paths[0], *content.courses]:
        assert entry["certificate"]["minimums"], entry["slug"]
