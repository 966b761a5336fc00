"""The certificate PDF: WeasyPrint, A4 landscape, PDF/A-3b with the signed credential attached.

Rendered once, at issuance. The fonts are DejaVu Sans cut down to the characters a certificate
needs (certificates/fonts/), so WeasyPrint has little to subset: subsetting them again at each
render costs less than embedding them whole (fewer glyph widths to read, less to compress) and
makes the PDF a third of the size. Nothing is fetched: the URL fetcher only serves the shipped
fonts and data: URLs.

Memory stays flat over hundreds of renders: one FontConfiguration for the whole process (a new
one per render grew the process by about 0.3 MB each), and no font feature in the stylesheet
(see certificate.css).
"""

import base64
from functools import cache

import segno
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import CSS, HTML, Attachment
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from . import credentials
from .conf import FONTS_DIR

FONT_FILES = {
    "DejaVuSans-certificate.ttf",
    "DejaVuSans-Bold-certificate.ttf",
}


class FetchRefusedError(ValueError):
    pass


class CertificateURLFetcher(URLFetcher):
    """Only the shipped fonts and inline data: a certificate never loads anything else."""

    def __init__(self):
        super().__init__(allowed_protocols={"data", "file"}, allow_redirects=False)

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        if url.startswith("file://"):
            name = url.rsplit("/", 1)[-1]
            path = FONTS_DIR / name
            if name in FONT_FILES and url == path.as_uri():
                return URLFetcherResponse(
                    url, body=_font_bytes(name), headers={"Content-Type": "font/ttf"}
                )
        raise FetchRefusedError(f"refused to fetch {url!r}")


@cache
def _font_bytes(name):
    return (FONTS_DIR / name).read_bytes()


url_fetcher = CertificateURLFetcher()


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
def _stylesheet():
    css = render_to_string(
        "certificates/pdf/certificate.css",
        {
            "font_regular": (FONTS_DIR / "DejaVuSans-certificate.ttf").as_uri(),
            "font_bold": (FONTS_DIR / "DejaVuSans-Bold-certificate.ttf").as_uri(),
        },
    )
    font_config = FontConfiguration()
    return CSS(string=css, url_fetcher=url_fetcher, font_config=font_config), font_config


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
    stylesheet, font_config = _stylesheet()
    document = HTML(string=certificate_html(certificate), url_fetcher=url_fetcher)
    attachment = Attachment(
        string=certificate.credential_json,
        name="credential.json",
        description="Open Badges 3.0 OpenBadgeCredential (W3C Verifiable Credential 2.0)",
        relationship="Source",
        url_fetcher=url_fetcher,
    )
    return document.write_pdf(
        stylesheets=[stylesheet],
        font_config=font_config,
        attachments=[attachment],
        pdf_variant="pdf/a-3b",
        pdf_identifier=certificate.id.bytes,
        custom_metadata=True,
        pdf_tags=True,
    )
