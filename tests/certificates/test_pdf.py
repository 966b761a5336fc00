"""The PDF rendered at issuance: content, attachment, archival metadata, safe names."""

import io
import json

import pypdf

from certificates import services
from tests.courses.factories import UserFactory

from .pdfs import pdf_attachments, pdf_text, read_pdf


def test_pdf_shows_every_attested_field(certificate):
    data = read_pdf(certificate)
    assert data.startswith(b"%PDF-")
    text = pdf_text(data)
    for expected in (
        "Léa Martin",
        certificate.title_fr,
        certificate.title_en,
        certificate.formatted_code,
        f"http://testserver/verify/{certificate.formatted_code}/",
        "Code de vérification",
        "Volume horaire : 12,5 h",
        "Tremplin",
    ):
        assert expected in text, expected


def test_pdf_carries_the_signed_credential(certificate):
    attachments = pdf_attachments(read_pdf(certificate))
    assert list(attachments) == ["credential.json"]
    assert json.loads(attachments["credential.json"][0]) == json.loads(certificate.credential_json)


def test_pdf_is_archival_a4_landscape_with_title_and_language(certificate):
    data = read_pdf(certificate)
    reader = pypdf.PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "fr"
    assert "/StructTreeRoot" in root  # tagged
    assert "/OutputIntents" in root  # PDF/A
    assert "pdfaid:part" in reader.xmp_metadata.stream.get_data().decode()
    assert reader.metadata.title.startswith(certificate.title_fr)
    box = reader.pages[0].mediabox
    assert round(float(box.width)) == 842 and round(float(box.height)) == 595
    assert len(reader.pages) == 1


def test_pdf_sha256_is_stored(certificate):
    import hashlib

    assert hashlib.sha256(read_pdf(certificate)).hexdigest() == certificate.pdf_sha256


def test_names_with_html_rtl_and_emoji_render_safely(rule, django_capture_on_commit_callbacks):
    from accounts.services import user_update_profile

    tricky = "<b>Zoé</b> &amp; سلمى 🎓"
    holder = UserFactory()
    user_update_profile(user=holder, display_name=tricky, email=holder.email)
    with django_capture_on_commit_callbacks(execute=True):
        certificate, _ = services.certificate_issue(rule=rule, holder=holder)
    certificate.refresh_from_db()
    text = pdf_text(read_pdf(certificate))
    assert "<b>Zoé</b> &amp;" in text  # printed as text, never interpreted as markup
    assert "ﺳﻠﻤﻰ" in text or "سلمى" in text  # Arabic script through a fallback font
    assert certificate.holder_name == tricky


def test_rendering_twice_keeps_the_first_pdf(certificate):
    before = read_pdf(certificate)
    services.certificate_pdf_render(certificate=certificate)
    certificate.refresh_from_db()
    assert read_pdf(certificate) == before


def test_qr_code_holds_the_verification_url_sharp_at_one_pixel_per_module(certificate):
    import segno

    from certificates.credentials import verification_url

    reader = pypdf.PdfReader(io.BytesIO(read_pdf(certificate)))
    xobjects = reader.pages[0]["/Resources"]["/XObject"]
    images = [x.get_object() for x in xobjects.values()]
    images = [x for x in images if x["/Subtype"] == "/Image"]
    assert len(images) == 1  # no issuer logo here
    assert images[0]["/Interpolate"] == False  # noqa: E712 (BooleanObject): no smoothing, as PDF/A asks
    (image,) = reader.pages[0].images
    pixels = image.image.convert("L")
    expected = segno.make(verification_url(certificate.code), error="m", micro=False)
    rows = list(expected.matrix_iter(scale=1, border=2))
    assert pixels.size == (len(rows[0]), len(rows))
    assert [
        [pixels.getpixel((x, y)) < 128 for x in range(pixels.width)] for y in range(pixels.height)
    ] == [[bool(module) for module in row] for row in rows]


def test_no_font_feature_in_the_stylesheet_nor_ligature_in_the_fonts():
    """WeasyPrint leaks memory for every line it shapes with a font feature (certificate.css):
    the fonts carry no ligature to turn off instead."""
    import re

    from django.template.loader import render_to_string
    from fontTools.ttLib import TTFont

    from certificates.conf import FONTS_DIR
    from certificates.pdf import FONT_FILES

    css = render_to_string("certificates/pdf/certificate.css", {})
    declarations = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    assert "font-variant" not in declarations and "font-feature" not in declarations
    for name in FONT_FILES:
        gsub = TTFont(FONTS_DIR / name)["GSUB"].table
        features = {record.FeatureTag for record in gsub.FeatureList.FeatureRecord}
        assert not features & {"liga", "clig", "dlig"}, name
