"""Check an uploaded PDF: is it a certificate this site issued, unchanged?

1. The SHA-256 of the file equals a stored certificate's: it is byte for byte the PDF issued.
2. Otherwise the embedded credential (credential.json) is read, with every decompression
   bounded (zip bombs), and its signature checked against the published keys. A credential
   signed here inside a PDF whose hash is not the stored one means the PDF was changed.

Nothing is stored; every failure is an answer, never an exception.
"""

import hashlib
import io
import json
import logging
import zlib
from dataclasses import dataclass

import pypdf
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from . import conf, credentials, selectors

logger = logging.getLogger(__name__)

ATTACHMENT_NAME = "credential.json"


class Verdict:
    AUTHENTIC = "authentic"
    ALTERED = "altered"
    NOT_ISSUED_HERE = "not_issued_here"
    UNREADABLE = "unreadable"
    NOT_A_PDF = "not_a_pdf"
    TOO_LARGE = "too_large"


@dataclass
class PdfCheck:
    verdict: str
    certificate: object = None
    credential_genuine: bool = False

    @property
    def standing(self):
        """Authentic and still valid (neither revoked nor expired)."""
        return (
            self.verdict == Verdict.AUTHENTIC
            and self.certificate is not None
            and self.certificate.status() == "valid"
        )


class _Unreadable(Exception):
    pass


def _resolve(obj, depth=0):
    if depth > 16:
        raise _Unreadable("reference chain too deep")
    return _resolve(obj.get_object(), depth + 1) if isinstance(obj, IndirectObject) else obj


def _name_tree_files(node, found, budget):
    """Collect (name, filespec) pairs of an EmbeddedFiles name tree, bounded."""
    node = _resolve(node)
    if not isinstance(node, DictionaryObject):
        return
    budget[0] -= 1
    if budget[0] < 0:
        raise _Unreadable("name tree too large")
    names = _resolve(node.get("/Names")) if "/Names" in node else None
    if isinstance(names, ArrayObject):
        for i in range(0, len(names) - 1, 2):
            found.append((str(_resolve(names[i])), _resolve(names[i + 1])))
    kids = _resolve(node.get("/Kids")) if "/Kids" in node else None
    if isinstance(kids, ArrayObject):
        for kid in kids:
            _name_tree_files(kid, found, budget)


def _stream_bytes(stream, limit):
    """The decoded bytes of an embedded file stream, refusing more than `limit` bytes."""
    filters = stream.get("/Filter")
    filters = _resolve(filters) if filters is not None else None
    if isinstance(filters, ArrayObject):
        filters = [str(_resolve(f)) for f in filters]
    elif filters is not None:
        filters = [str(filters)]
    else:
        filters = []
    data = stream._data  # the raw, still encoded bytes
    if len(data) > limit * 4 + 1024:
        raise _Unreadable("attachment too large")
    if filters == []:
        if len(data) > limit:
            raise _Unreadable("attachment too large")
        return data
    if filters == ["/FlateDecode"]:
        decompressor = zlib.decompressobj()
        try:
            out = decompressor.decompress(data, limit + 1)
        except zlib.error as exc:
            raise _Unreadable("bad compressed data") from exc
        if len(out) > limit or decompressor.unconsumed_tail:
            raise _Unreadable("attachment decompresses past the limit")
        return out
    raise _Unreadable(f"unsupported filter {filters}")


def embedded_credential(data):
    """The credential attached to a PDF (dict), None if there is none; raises _Unreadable."""
    limit = conf.attachment_max_bytes()
    try:
        with pypdf.apply_configuration(
            zlib_maximum_output_length=8 * 1024 * 1024,
            maximum_declared_stream_length=conf.upload_max_bytes(),
            stream_decoding_work_maximum_length=32 * 1024 * 1024,
        ):
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            root = _resolve(reader.trailer["/Root"])
            names = _resolve(root.get("/Names")) if "/Names" in root else None
            if not isinstance(names, DictionaryObject) or "/EmbeddedFiles" not in names:
                return None
            files = []
            _name_tree_files(names["/EmbeddedFiles"], files, [64])
            for name, spec in files:
                spec = _resolve(spec)
                if not isinstance(spec, DictionaryObject):
                    continue
                filename = str(_resolve(spec.get("/UF", spec.get("/F", name))))
                if filename != ATTACHMENT_NAME and name != ATTACHMENT_NAME:
                    continue
                embedded = _resolve(_resolve(spec.get("/EF", DictionaryObject())).get("/F"))
                if embedded is None:
                    continue
                raw = _stream_bytes(embedded, limit)
                credential = json.loads(raw.decode("utf-8"))
                return credential if isinstance(credential, dict) else None
    except _Unreadable:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError, zlib.error) as exc:
        raise _Unreadable(type(exc).__name__) from exc
    except Exception as exc:  # pypdf raises many kinds on broken files: all mean unreadable
        logger.info("Unreadable PDF upload: %s", exc)
        raise _Unreadable(type(exc).__name__) from exc
    return None


def pdf_check(data):
    """The verdict on the bytes of an uploaded file."""
    if len(data) > conf.upload_max_bytes():
        return PdfCheck(Verdict.TOO_LARGE)
    if b"%PDF-" not in data[:1024]:
        return PdfCheck(Verdict.NOT_A_PDF)
    digest = hashlib.sha256(data).hexdigest()
    issued = selectors.certificate_get_by_pdf_hash(sha256=digest)
    if issued is not None:
        return PdfCheck(Verdict.AUTHENTIC, issued, credential_genuine=True)
    try:
        credential = embedded_credential(data)
    except _Unreadable:
        return PdfCheck(Verdict.UNREADABLE)
    if credential is None:
        return PdfCheck(Verdict.NOT_ISSUED_HERE)
    proof = credentials.verify(credential)
    if not proof.ours:
        return PdfCheck(Verdict.NOT_ISSUED_HERE)
    certificate = selectors.certificate_get_by_credential_id(credential_id=credential.get("id"))
    if certificate is None:
        return PdfCheck(Verdict.NOT_ISSUED_HERE)
    # An erased holder's certificate keeps no credential (certificates_holder_erase).
    genuine = (
        proof.valid
        and bool(certificate.credential_json)
        and json.loads(certificate.credential_json) == credential
    )
    # The file is not the stored PDF (its hash differs): it was changed after issuance.
    return PdfCheck(Verdict.ALTERED, certificate, credential_genuine=genuine)
