"""The certificate PDF: WeasyPrint, A4 landscape, PDF/A-3b with the signed credential attached.

Rendered once, at issuance. The fonts are DejaVu Sans cut down to the characters a certificate
needs (certificates/fonts/), so WeasyPrint has little to subset: subsetting them again at each
render costs less than embedding them whole (fewer glyph widths to read, less to compress) and
makes the PDF a third of the size. Nothing is fetched: the URL fetcher only serves the shipped
fonts and data: URLs. The rendering itself (fetcher, font configuration, tags) is common/pdf.py,
shared with the launchpad's documents.

Memory stays flat over hundreds of renders: one FontConfiguration for the whole process (a new
one per render grew the process by about 0.3 MB each), and no font feature in the stylesheet
(see certificate.css).
"""

import base64
from functools import cache

import segno
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import Attachment

from common import pdf as common_pdf

from . import credentials
from .conf import FONTS_DIR

FONT_FILES = {
    "DejaVuSans-certificate.ttf",
    "DejaVuSans-Bold-certificate.ttf",
}

# Only the shipped fonts and inline data: a certificate never loads anything else.
url_fetcher = common_pdf.LocalURLFetcher(files=[FONTS_DIR / name for name in sorted(FONT_FILES)])


def qr_png_data_uri(url):
    """A QR code holding the verification URL only: a PNG of one pixel per module, which the
    stylesheet scales up without smoothing (image-rendering: pixelated, so the PDF says
    /Interpolate false, as PDF/A wants). As sharp as a vector drawing on screen and paper, and
    about 6 ms cheaper per render than an SVG path WeasyPrint has to parse, lay out and draw."""
    qr = segno.make(url, error="m", micro=False)
    return qr.png_data_uri(scale=1, border=2, dark="#000", light="#fff")


def _logo_data_uri():
    from wagtail.models import Site

    from .models import IssuerSettings

    site = Site.objects.filter(is_default_site=True).first()
    logo = IssuerSettings.for_site(site).logo if site else None
    if logo is None:
        return ""
    try:
        with logo.open_file() as handle:
            data = handle.read(2 * 1024 * 1024)
    except OSError:
        return ""
    mime = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "svg": "image/svg+xml"}
    extension = logo.file.name.rsplit(".", 1)[-1].lower()
    if extension not in mime:
        return ""
    return f"data:{mime[extension]};base64,{base64.b64encode(data).decode('ascii')}"


@cache
def _stylesheet_css():
    return render_to_string(
        "certificates/pdf/certificate.css",
        {
            "font_regular": (FONTS_DIR / "DejaVuSans-certificate.ttf").as_uri(),
            "font_bold": (FONTS_DIR / "DejaVuSans-Bold-certificate.ttf").as_uri(),
        },
    )


def certificate_html(certificate):
    url = credentials.verification_url(certificate.code)
    with translation.override("fr"):
        return render_to_string(
            "certificates/pdf/certificate.html",
            {
                "certificate": certificate,
                "verification_url": url,
                "qr": qr_png_data_uri(url),
                "logo": _logo_data_uri(),
            },
        )


def render_certificate_pdf(certificate):
    attachment = Attachment(
        string=certificate.credential_json,
        name="credential.json",
        description="Open Badges 3.0 OpenBadgeCredential (W3C Verifiable Credential 2.0)",
        relationship="Source",
        url_fetcher=url_fetcher,
    )
    return common_pdf.pdf_render(
        certificate_html(certificate),
        css=_stylesheet_css(),
        fetcher=url_fetcher,
        variant="pdf/a-3b",
        identifier=certificate.id.bytes,
        attachments=[attachment],
    )
