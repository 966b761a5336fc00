"""Build the bad PDFs the upload check must answer: edited, re-attached, bombs..."""

import io
import json
import shutil
import subprocess
import zlib

import pypdf
import pytest
from pypdf.generic import DecodedStreamObject, NameObject, NumberObject


def read_pdf(certificate):
    with certificate.pdf.open("rb") as handle:
        return handle.read()


def pdf_text(data):
    """The text of a PDF as poppler's pdftotext reads it (`make system-deps` installs it)."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.fail("pdftotext is missing: `make system-deps` installs poppler-utils")
    return subprocess.run(  # noqa: S603
        [pdftotext, "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode("utf-8")


def pdf_attachments(data):
    reader = pypdf.PdfReader(io.BytesIO(data))
    return dict(reader.attachments.items())


def edited_metadata(data):
    """The same PDF re-saved with a changed title: visible change, credential intact."""
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(data))
    writer.add_metadata({"/Title": "Certificat modifié"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def with_credential(data, credential_bytes):
    """The PDF with its credential.json attachment replaced."""
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(data))
    writer._root_object[NameObject("/Names")] = pypdf.generic.DictionaryObject()
    writer.add_attachment("credential.json", credential_bytes)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def tampered_credential(data, mutate):
    credential = json.loads(pdf_attachments(data)["credential.json"][0])
    mutate(credential)
    return with_credential(data, json.dumps(credential).encode())


def plain_pdf(text="Bonjour"):
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_metadata({"/Title": text})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def zip_bomb_pdf(decompressed_size=200 * 1024 * 1024):
    """A small PDF whose credential.json inflates to `decompressed_size` bytes."""
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_attachment("credential.json", b"{}")
    compressor = zlib.compressobj(9)
    chunk = b"\0" * (1024 * 1024)
    bomb = b"".join(compressor.compress(chunk) for _ in range(decompressed_size // len(chunk)))
    bomb += compressor.flush()
    names = writer._root_object["/Names"]["/EmbeddedFiles"]["/Names"]
    spec = names[1].get_object()
    stream = spec["/EF"]["/F"].get_object()
    replacement = DecodedStreamObject()
    replacement._data = bomb
    replacement[NameObject("/Filter")] = NameObject("/FlateDecode")
    replacement[NameObject("/Length")] = NumberObject(len(bomb))
    replacement[NameObject("/Type")] = NameObject("/EmbeddedFile")
    writer._objects[stream.indirect_reference.idnum - 1] = replacement
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
