"""Every link a certificate carries follows the site's base URL setting (which `make run` derives
from PORT, tests/config/test_settings_base_url.py): the PDF's printed URL and QR code, the share
and LinkedIn links, the JSON's verification URL, the credential's issuer."""

import io
import json
from urllib.parse import parse_qs, urlsplit

import pypdf
import pytest
import segno
from django.utils.html import escape

from .pdfs import pdf_attachments, pdf_text, read_pdf

BASE = "http://127.0.0.1:8801"


@pytest.fixture
def issued(settings, rule, user, django_capture_on_commit_callbacks):
    """A certificate issued while the site runs on port 8801 (TREMPLIN_BASE_URL unset)."""
    from certificates.services import certificate_issue

    settings.WAGTAILADMIN_BASE_URL = BASE
    settings.TREMPLIN_CERTIFICATES_BASE_URL = ""
    with django_capture_on_commit_callbacks(execute=True):
        certificate, _created = certificate_issue(rule=rule, holder=user)
    certificate.refresh_from_db()
    return certificate


def _qr_matrix(data):
    (image,) = pypdf.PdfReader(io.BytesIO(data)).pages[0].images
    pixels = image.image.convert("L")
    return [
        [pixels.getpixel((x, y)) < 128 for x in range(pixels.width)] for y in range(pixels.height)
    ]


def test_pdf_prints_and_encodes_the_base_url(issued):
    expected = f"{BASE}/verify/{issued.formatted_code}/"
    data = read_pdf(issued)
    # The printed URL may wrap inside the code, where pdftotext drops the hyphen at the break.
    printed = "".join(pdf_text(data).split()).replace("-", "")
    assert expected.replace("-", "") in printed
    assert "127.0.0.1:8000" not in pdf_text(data)
    qr = segno.make(expected, error="m", micro=False)
    assert _qr_matrix(data) == [
        [bool(module) for module in row] for row in qr.matrix_iter(scale=1, border=2)
    ]
    credential = json.loads(pdf_attachments(data)["credential.json"][0])
    assert credential["issuer"]["id"] == f"{BASE}/certificates/issuer"


def test_share_and_linkedin_links_follow_the_base_url(client, issued, user):
    client.force_login(user)
    html = client.get("/fr/certificates/").content.decode()
    expected = f"{BASE}/verify/{issued.formatted_code}/"
    assert f'href="{expected}"' in html or escape(expected) in html
    (linkedin,) = [
        part.split('"')[0]
        for part in html.split('href="')
        if part.startswith("https://www.linkedin.com/")
    ]
    query = parse_qs(urlsplit(linkedin.replace("&amp;", "&")).query)
    assert query["certUrl"] == [expected]


def test_json_verification_url_and_issuer_follow_the_base_url(client, issued):
    payload = client.get(f"/verify/{issued.formatted_code}.json").json()
    assert payload["certificate"]["verification_url"] == f"{BASE}/verify/{issued.formatted_code}/"
    assert payload["certificate"]["issuer"]["url"] == f"{BASE}/"
    issuer = client.get("/certificates/issuer").json()
    assert issuer["id"] == f"{BASE}/certificates/issuer"
    credential = json.loads(issued.credential_json)
    assert credential["issuer"]["id"] == f"{BASE}/certificates/issuer"
