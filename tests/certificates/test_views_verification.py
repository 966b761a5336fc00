"""Public verification: page, JSON (schema), upload, rate limit, learner pages."""

import json
from datetime import timedelta
from pathlib import Path

import jsonschema
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import escape

from certificates import services
from certificates.codes import code_format, code_generate
from certificates.models import Certificate
from tests.courses.factories import UserFactory

from .pdfs import edited_metadata, plain_pdf, read_pdf

SCHEMA = json.loads(
    (
        Path(__file__).resolve().parents[2] / "certificates" / "schema" / "verification.json"
    ).read_text()
)


def url(certificate):
    return f"/verify/{certificate.formatted_code}/"


def test_valid_certificate_page_shows_status_in_words_and_every_field(client, certificate):
    response = client.get(url(certificate), HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Certificat valide" in html
    for field in (
        "Léa Martin",
        certificate.title_fr,
        certificate.title_en,
        certificate.description_fr,
        certificate.criteria_fr,
        "12,5",
        "Tremplin",
        certificate.formatted_code,
        certificate.pdf_sha256,
    ):
        assert escape(field) in html, field
    assert f'<link rel="canonical" href="http://testserver{url(certificate)}">' in html


def test_page_is_served_in_the_visitors_language_with_a_switcher(client, certificate):
    response = client.get(url(certificate), HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert escape(certificate.description_en) in html
    assert f'href="/fr/verify/{certificate.formatted_code}/"' in html
    english = client.get(f"/en/verify/{certificate.formatted_code}/")
    assert english.status_code == 200
    assert escape(certificate.description_en) in english.content.decode()


def test_lowercase_code_redirects_to_the_canonical_form(client, certificate):
    response = client.get(f"/verify/{certificate.code.lower()}/")
    assert response.status_code == 302
    assert response["Location"].endswith(url(certificate))


def test_expired_certificate(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        valid_until=timezone.now() - timedelta(days=1)
    )
    html = client.get(url(certificate), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Certificat expiré" in html
    data = client.get(f"/verify/{certificate.formatted_code}.json").json()
    assert data["status"] == "expired"


def test_revoked_certificate_shows_date_and_reason_everywhere(client, certificate):
    services.certificate_revoke(certificate=certificate, reason="Plagiat avéré")
    html = client.get(url(certificate), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Certificat révoqué" in html and "Plagiat avéré" in html
    data = client.get(f"/verify/{certificate.formatted_code}.json").json()
    assert data["status"] == "revoked"
    assert data["certificate"]["revocation"]["reason"] == "Plagiat avéré"
    jsonschema.validate(data, SCHEMA)


@pytest.mark.parametrize(
    "code",
    ["a well-formed random code", "ABCD-EFGH-JKMN-PQRS-0", "n'importe quoi", "<script>"],
)
def test_unknown_codes_all_get_the_same_answer(client, db, code):
    if code == "a well-formed random code":  # drawn here: test ids must not vary between runs
        code = code_format(code_generate())
    response = client.get(f"/verify/{code}/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    assert "Code inconnu" in response.content.decode()
    assert "<script>" not in response.content.decode()
    as_json = client.get(f"/verify/{code}.json")
    assert as_json.status_code == 404
    assert as_json.json() == {"status": "unknown", "certificate": None}
    with CaptureQueriesContext(connection) as queries:
        client.get(f"/verify/{code}/")
    assert len(queries) == 1  # the lookup, always made


def test_json_follows_the_documented_schema(client, certificate):
    response = client.get(f"/verify/{certificate.formatted_code}.json")
    assert response.status_code == 200
    data = response.json()
    jsonschema.validate(data, SCHEMA)
    assert data["status"] == "valid"
    assert data["certificate"]["holder"]["name"] == "Léa Martin"
    assert data["certificate"]["achievement"]["hours"] == 12.5
    jsonschema.validate({"status": "unknown", "certificate": None}, SCHEMA)


def test_verification_costs_one_query(client, certificate):
    for path in (url(certificate), f"/verify/{certificate.formatted_code}.json"):
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        assert len(queries) == 1, [q["sql"] for q in queries]


def test_lookups_are_rate_limited_per_address(client, certificate, settings):
    settings.TREMPLIN_CERTIFICATES_RATE_LIMIT = (3, 60)
    statuses = [client.get(url(certificate)).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = client.get(f"/verify/{certificate.formatted_code}.json")
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 60
    page = client.get(url(certificate), HTTP_ACCEPT_LANGUAGE="fr")
    assert page.status_code == 429 and "Trop de vérifications" in page.content.decode()
    other = client.get(url(certificate), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200


def test_code_form_redirects_to_the_page(client, certificate):
    response = client.get("/verify/", {"code": certificate.code.lower()})
    assert response.status_code == 302
    assert response["Location"].endswith(url(certificate))
    typo = client.get("/verify/", {"code": "ABCD"}, HTTP_ACCEPT_LANGUAGE="fr")
    assert typo.status_code == 200 and "17 caractères" in typo.content.decode()


def _upload(client, data, name="certificat.pdf"):
    return client.post(
        "/verify/",
        {"pdf": SimpleUploadedFile(name, data, "application/pdf")},
        HTTP_ACCEPT_LANGUAGE="fr",
    )


def test_upload_the_issued_pdf(client, certificate):
    response = _upload(client, read_pdf(certificate))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Authentique" in html and "Certificat valide" in html and "Léa Martin" in html


def test_upload_an_edited_pdf(client, certificate):
    html = _upload(client, edited_metadata(read_pdf(certificate))).content.decode()
    assert "Altéré" in html and certificate.formatted_code in html


@pytest.mark.parametrize(
    ("data", "answer"),
    [
        (b"GIF89a not a pdf", "Ce n'est pas un PDF"),
        (b"%PDF-1.7\ngarbage", "Illisible"),
        (None, "Non émis ici"),
    ],
)
def test_upload_bad_files_never_fail(client, db, data, answer):
    response = _upload(client, data if data is not None else plain_pdf())
    assert response.status_code == 200
    assert answer in response.content.decode()


def test_upload_too_large(client, db, settings):
    settings.TREMPLIN_CERTIFICATES_UPLOAD_MAX_BYTES = 10 * 1024
    response = _upload(client, b"%PDF-1.7\n" + b"0" * (100 * 1024))
    assert response.status_code in (400, 413)
    assert "trop volumineux" in response.content.decode()


def test_upload_without_file(client, db):
    response = client.post("/verify/", {}, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 400


def test_learner_lists_and_downloads_own_certificates(client, certificate, user, password):
    client.force_login(user)
    response = client.get("/fr/certificates/")
    html = response.content.decode()
    assert response.status_code == 200
    assert certificate.title_fr in html
    assert f"http://testserver/verify/{certificate.formatted_code}/" in html
    assert "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME" in html
    pdf = client.get(f"/fr/certificates/{certificate.pk}/pdf/")
    assert pdf.status_code == 200
    assert b"".join(pdf.streaming_content) == read_pdf(certificate)
    credential = client.get(f"/fr/certificates/{certificate.pk}/credential.json")
    assert credential.status_code == 200
    assert credential.content.decode() == certificate.credential_json


def test_others_cannot_download(client, certificate, password):
    other = UserFactory()
    client.force_login(other)
    assert client.get(f"/fr/certificates/{certificate.pk}/pdf/").status_code == 404
    assert client.get(f"/fr/certificates/{certificate.pk}/credential.json").status_code == 404
    assert certificate.title_fr not in client.get("/fr/certificates/").content.decode()


def test_anonymous_is_sent_to_login(client, certificate):
    response = client.get("/fr/certificates/")
    assert response.status_code == 302 and "login" in response["Location"]
