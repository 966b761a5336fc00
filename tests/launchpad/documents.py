"""Reading the launchpad's documents back: a PDF's text (poppler's pdftotext), its structure
tree (pypdf) and an OpenDocument text's headings and text (odfdo)."""

import io

import pypdf
from odfdo import Document

from tests.certificates.pdfs import pdf_text  # noqa: F401 - re-exported for the launchpad tests


def pdf_structure(data):
    """(root, [structure element types in document order]) of a tagged PDF."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]
    types = []

    def walk(node):
        node = node.get_object()
        if isinstance(node, pypdf.generic.DictionaryObject):
            if "/S" in node:
                types.append(str(node["/S"]))
            kids = node.get("/K")
            if kids is not None:
                walk(kids)
        elif isinstance(node, pypdf.generic.ArrayObject):
            for kid in node:
                walk(kid)

    walk(root["/StructTreeRoot"])
    return reader, root, types


def odt_read(data):
    """(document, [(level, heading text)], whole text) of an ODT."""
    document = Document(io.BytesIO(data))
    headings = [(int(h.level), h.text) for h in document.body.headers]
    return document, headings, document.get_formatted_text()
