"""The shared PDF core: nothing fetched but the shipped fonts and data: URLs; tagged PDF/UA
with the document's language and title."""

import io

import pypdf
import pytest

from common import pdf


def test_the_fetcher_serves_shipped_fonts_and_data_and_refuses_the_rest(tmp_path):
    fetcher = pdf.sans_fetcher()
    response = fetcher.fetch(pdf.SANS_REGULAR.resolve().as_uri())
    assert response is not None
    secret = tmp_path / "secret.txt"
    secret.write_text("confidentiel")
    for url in (
        secret.as_uri(),
        "file:///etc/passwd",
        "http://127.0.0.1/x.png",
        "https://example.org/",
    ):
        with pytest.raises(pdf.FetchRefusedError):
            fetcher.fetch(url)


def test_a_document_pointing_outside_renders_without_fetching_it(tmp_path):
    secret = tmp_path / "secret.css"
    secret.write_text("h1 { color: red }")
    html = (
        '<html lang="fr"><head><title>Essai</title>'
        f'<link rel="stylesheet" href="{secret.as_uri()}"></head>'
        '<body><h1>Bonjour</h1><img src="http://127.0.0.1:9/x.png" alt="x"></body></html>'
    )
    data = pdf.pdf_render(html, css=pdf.sans_faces_css() + 'html { font-family: "Document Sans" }')
    reader = pypdf.PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "fr" and "/StructTreeRoot" in root
    assert reader.metadata.title == "Essai"
    assert "pdfuaid:part" in reader.xmp_metadata.stream.get_data().decode()
    assert "Bonjour" in reader.pages[0].extract_text()


def test_stylesheets_are_parsed_once_per_text():
    fetcher = pdf.sans_fetcher()
    css = pdf.sans_faces_css()
    assert pdf.stylesheet(css, fetcher=fetcher) is pdf.stylesheet(css, fetcher=fetcher)
    assert pdf.LocalURLFetcher(files=[pdf.SANS_REGULAR, pdf.SANS_BOLD]) == fetcher
