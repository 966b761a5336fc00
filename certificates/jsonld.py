"""JSON-LD processing with the contexts shipped in certificates/contexts/ and nothing else.

The document loader never fetches: a context that is not shipped is an error. Canonicalisation
is RDF Dataset Canonicalization (RDFC-1.0, pyld's URDNA2015) to N-Quads, in "safe mode": a
property that the contexts do not define would be silently left out of the signed data, so it
is refused instead (as Digital Bazaar's implementation does).
"""

import copy
import json
from functools import cache

from pyld import jsonld

from .conf import CONTEXTS_DIR

VC_V2 = "https://www.w3.org/ns/credentials/v2"
OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
MULTIKEY_V1 = "https://w3id.org/security/multikey/v1"

CONTEXT_FILES = {
    VC_V2: "credentials-v2.jsonld",
    OB_V3: "ob-v3p0-context-3.0.3.json",
    MULTIKEY_V1: "multikey-v1.jsonld",
}


class JsonLdError(ValueError):
    """The document cannot be processed safely (unknown context, undefined term...)."""


@cache
def _context_document(url):
    return json.loads((CONTEXTS_DIR / CONTEXT_FILES[url]).read_text(encoding="utf-8"))


def document_loader(url, options=None):
    if url not in CONTEXT_FILES:
        raise jsonld.JsonLdError(
            f"Context not shipped with Tremplin: {url}", "jsonld.LoadDocumentError"
        )
    return {
        "contextUrl": None,
        "documentUrl": url,
        # pyld may annotate what it receives: hand it a copy of the cached document.
        "document": copy.deepcopy(_context_document(url)),
        # The shipped contexts never change: pyld keeps them resolved, and processed, in its
        # bounded LRU cache (100 contexts) instead of loading and processing them again at
        # every expansion; canonicalisation takes half the time.
        "tag": "static",
    }


def _refuse_dropped(expanded_property):
    raise JsonLdError(f"undefined term: {expanded_property!r}")


def _refuse_relative(node):
    """A type or identifier that is not an absolute IRI would vanish from the canonical form."""
    if isinstance(node, list):
        for item in node:
            _refuse_relative(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "@type" and "@value" not in node:
                for iri in value if isinstance(value, list) else [value]:
                    if not isinstance(iri, str) or ":" not in iri:
                        raise JsonLdError(f"relative type: {iri!r}")
            elif key == "@id" and (not isinstance(value, str) or ":" not in value):
                raise JsonLdError(f"relative identifier: {value!r}")
            elif key != "@value":
                _refuse_relative(value)


def canonize(document):
    """The canonical N-Quads of `document` (RDFC-1.0)."""
    processor = jsonld.JsonLdProcessor(on_property_dropped=_refuse_dropped)
    options = {
        "algorithm": "URDNA2015",
        "format": "application/n-quads",
        "documentLoader": document_loader,
    }
    try:
        expanded = processor.expand(document, dict(options))
        _refuse_relative(expanded)
        return processor.normalize(expanded, options)
    except jsonld.JsonLdError as exc:
        # pyld wraps the handler's exception; report ours when it is the cause.
        cause = exc
        while cause is not None:
            if isinstance(cause, JsonLdError):
                raise cause from exc
            cause = cause.__cause__ or getattr(cause, "cause", None)
        raise JsonLdError(str(exc)) from exc
