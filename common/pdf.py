"""The PDF rendering core that every app shares (certificates, the launchpad's documents).

HTML string in, PDF bytes out, through WeasyPrint, with three guarantees:

- nothing is fetched from the network or the disk but the fonts a caller ships and inline
  `data:` URLs (`LocalURLFetcher`): a name or a note typed by a user cannot make the server load
  a URL;
- the fonts are the caller's (the `@font-face` rules of `font_faces_css`), so a PDF looks the
  same on every server; characters they lack fall back to the system's fonts through fontconfig;
- the PDF is tagged (a structure tree: headings, lists, tables), has the document's language
  and title, and is PDF/UA-1 unless the caller asks for another variant (certificates: PDF/A-3b).

One `FontConfiguration` for the whole process: a new one per render grew the process by about
0.3 MB each (certificates/pdf.py measured it), and the parsed `@font-face` fonts are kept in it.

`common/fonts/` ships DejaVu Sans regular and bold whole (Debian's fonts-dejavu-core, licence
alongside) for documents where users type free text: the whole face covers far more scripts
and symbols than a subset would. The certificates keep their own subset.
"""

from functools import cache
from pathlib import Path

from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

FONTS_DIR = Path(__file__).resolve().parent / "fonts"
SANS_REGULAR = FONTS_DIR / "DejaVuSans.ttf"
SANS_BOLD = FONTS_DIR / "DejaVuSans-Bold.ttf"
DEFAULT_VARIANT = "pdf/ua-1"


class FetchRefusedError(ValueError):
    pass


class LocalURLFetcher(URLFetcher):
    """Serves the font files it was given and `data:` URLs; refuses everything else."""

    def __init__(self, files=()):
        super().__init__(allowed_protocols={"data", "file"}, allow_redirects=False)
        self.files = {Path(path).resolve().as_uri(): Path(path).resolve() for path in files}

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        path = self.files.get(url)
        if path is not None:
            return URLFetcherResponse(
                url, body=_file_bytes(path), headers={"Content-Type": "font/ttf"}
            )
        raise FetchRefusedError(f"refused to fetch {url!r}")

    # Fetchers are compared when stylesheets are cached: two with the same files are the same.
    def __eq__(self, other):
        return isinstance(other, LocalURLFetcher) and self.files == other.files

    def __hash__(self):
        return hash(tuple(sorted(self.files)))


@cache
def _file_bytes(path):
    return Path(path).read_bytes()


@cache
def font_config():
    return FontConfiguration()


def font_faces_css(family, *, regular, bold):
    """`@font-face` rules for one family in two weights, from shipped font files."""
    return (
        f'@font-face {{ font-family: "{family}"; src: url("{Path(regular).resolve().as_uri()}");'
        " font-weight: 400; }\n"
        f'@font-face {{ font-family: "{family}"; src: url("{Path(bold).resolve().as_uri()}");'
        " font-weight: 700; }\n"
    )


@cache
def sans_fetcher():
    """The fetcher of documents set in the shipped DejaVu Sans (common/fonts)."""
    return LocalURLFetcher(files=(SANS_REGULAR, SANS_BOLD))


@cache
def sans_faces_css():
    return font_faces_css("Document Sans", regular=SANS_REGULAR, bold=SANS_BOLD)


@cache
def _stylesheet(css, fetcher):
    return CSS(string=css, url_fetcher=fetcher, font_config=font_config())


def stylesheet(css, *, fetcher):
    """A parsed stylesheet, kept for the process: the same CSS text is parsed (and its fonts
    loaded) once."""
    return _stylesheet(css, fetcher)


def pdf_render(
    html,
    *,
    css="",
    fetcher=None,
    variant=DEFAULT_VARIANT,
    identifier=None,
    attachments=(),
    tagged=True,
):
    """Render `html` (a complete document: `<html lang>` gives the PDF's language, `<title>`
    its title) with the stylesheet `css`. `fetcher` serves the fonts `css` names (default: the
    shipped DejaVu Sans, family "Document Sans"). Returns the PDF's bytes."""
    fetcher = fetcher or sans_fetcher()
    stylesheets = [stylesheet(css, fetcher=fetcher)] if css else []
    options = {"pdf_tags": tagged, "custom_metadata": True}
    if variant:
        options["pdf_variant"] = variant
    if identifier is not None:
        options["pdf_identifier"] = identifier
    if attachments:
        options["attachments"] = list(attachments)
    return HTML(string=html, url_fetcher=fetcher).write_pdf(
        stylesheets=stylesheets, font_config=font_config(), **options
    )
