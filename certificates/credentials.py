"""Open Badges 3.0 credentials (W3C Verifiable Credentials 2.0) secured with a Data Integrity
proof, cryptosuite eddsa-rdfc-2022, and the W3C Bitstring Status List that publishes
revocations.

eddsa-rdfc-2022 in short: canonicalise the proof options and the unsecured document with
RDFC-1.0, hash each with SHA-256, sign proofHash || documentHash with Ed25519, and write the
signature as a base58btc multibase `proofValue`.
"""

import base64
import gzip
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from . import conf
from .jsonld import MULTIKEY_V1, OB_V3, VC_V2, JsonLdError, canonize
from .multibase import MultibaseError, multibase_decode, multibase_encode

CRYPTOSUITE = "eddsa-rdfc-2022"
PROOF_TYPE = "DataIntegrityProof"


class CredentialError(ValueError):
    """The credential is malformed or its proof does not verify."""


def _absolute(name, *args):
    return conf.base_url() + reverse(name, args=args, urlconf="certificates.stable_urls")


def issuer_id():
    return _absolute("issuer")


def status_list_url():
    return _absolute("status_list", 1)


def verification_url(code):
    from .codes import code_format

    return _absolute("verify_detail", code_format(code))


def verification_method_id(kid):
    return f"{issuer_id()}#{kid}"


def iso(moment):
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def achievement_id(rule_pk):
    """A stable identifier of the achievement a rule awards, not a URL that must resolve."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{issuer_id()}/achievements/{rule_pk}')}"


def identity_hash(identity, salt):
    return "sha256$" + hashlib.sha256((identity + salt).encode("utf-8")).hexdigest()


def _alignment(competency, *, fallback_url):
    """An OB 3.0 Alignment to a frozen competency: the CASE item (targetType CFItem) when its
    framework is a CASE one, otherwise the certificate's verification page, which lists it."""
    entry = {
        "type": ["Alignment"],
        "targetName": competency["title_fr"],
        "targetUrl": competency.get("case_uri") or fallback_url,
    }
    if competency.get("code"):
        entry["targetCode"] = competency["code"]
    if competency.get("framework_fr"):
        entry["targetFramework"] = competency["framework_fr"]
    if competency.get("level_fr"):
        with translation.override("fr"):
            entry["targetDescription"] = _("Niveau atteint : %(level)s") % {
                "level": competency["level_fr"]
            }
    if competency.get("case_uri"):
        entry["targetType"] = "CFItem"
    return entry


def credential_build(*, certificate, identity, identity_type, salt):
    """The unsigned OpenBadgeCredential of a frozen certificate record."""
    criteria = certificate.criteria_fr
    achievement = {
        "id": achievement_id(certificate.rule_id),
        "type": ["Achievement"],
        "achievementType": "Certificate",
        "name": certificate.title_fr,
        "description": certificate.description_fr,
        "criteria": {"narrative": criteria},
        "inLanguage": "fr",
        "creator": {"id": issuer_id(), "type": ["Profile"], "name": certificate.issuer_name},
    }
    alignments = [
        _alignment(c, fallback_url=verification_url(certificate.code))
        for c in certificate.competencies
    ]
    if alignments:
        achievement["alignment"] = alignments
    credential = {
        "@context": [VC_V2, OB_V3],
        "id": f"urn:uuid:{certificate.id}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": certificate.title_fr,
        "issuer": {
            "id": issuer_id(),
            "type": ["Profile"],
            "name": certificate.issuer_name,
            "url": certificate.issuer_url,
        },
        "validFrom": iso(certificate.issued_at),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "name": certificate.holder_name,
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityHash": identity_hash(identity, salt),
                    "identityType": identity_type,
                    "hashed": True,
                    "salt": salt,
                }
            ],
            "achievement": achievement,
        },
        "credentialStatus": {
            "id": f"{status_list_url()}#{certificate.status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(certificate.status_index),
            "statusListCredential": status_list_url(),
        },
    }
    if certificate.valid_until is not None:
        credential["validUntil"] = iso(certificate.valid_until)
    return credential


def _hash_data(document, proof_options):
    proof_config = {"@context": document["@context"], **proof_options}
    proof_hash = hashlib.sha256(canonize(proof_config).encode("utf-8")).digest()
    document_hash = hashlib.sha256(canonize(document).encode("utf-8")).digest()
    return proof_hash + document_hash


def sign(document, *, private_key, kid, created):
    """`document` with an embedded eddsa-rdfc-2022 Data Integrity proof."""
    proof = {
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": iso(created),
        "verificationMethod": verification_method_id(kid),
        "proofPurpose": "assertionMethod",
    }
    signature = private_key.sign(_hash_data(document, proof))
    return {**document, "proof": {**proof, "proofValue": multibase_encode(signature)}}


def dumps(credential):
    return json.dumps(credential, ensure_ascii=False, indent=2)


@dataclass
class ProofCheck:
    """What verifying a credential's proof found. `ours` is False when the proof names a key
    that is not this site's: the credential was not issued here."""

    valid: bool
    ours: bool
    kid: str = ""
    errors: list = field(default_factory=list)


def _db_key_resolver(method):
    from .keys import public_key_for_kid

    prefix = issuer_id() + "#"
    if not method.startswith(prefix):
        return None
    return public_key_for_kid(method[len(prefix) :])


def verify(credential, *, key_resolver=None):
    """Check the Data Integrity proof of `credential` (a dict). `key_resolver(method_id)`
    returns the Ed25519 public key of a verification method, or None if it is not known;
    by default the keys this site has published."""
    resolver = key_resolver or _db_key_resolver
    if not isinstance(credential, dict) or not isinstance(credential.get("proof"), dict):
        return ProofCheck(valid=False, ours=False, errors=["no proof"])
    proof = credential["proof"]
    method = proof.get("verificationMethod")
    if not isinstance(method, str):
        return ProofCheck(valid=False, ours=False, errors=["no verification method"])
    kid = method.rpartition("#")[2]
    public_key = resolver(method)
    if public_key is None:
        return ProofCheck(valid=False, ours=False, kid=kid, errors=["unknown key"])
    issuer = credential.get("issuer")
    issuer_ref = issuer.get("id") if isinstance(issuer, dict) else issuer
    if not method.startswith(f"{issuer_ref}#"):
        return ProofCheck(valid=False, ours=True, kid=kid, errors=["key not the issuer's"])
    if (
        proof.get("type") != PROOF_TYPE
        or proof.get("cryptosuite") != CRYPTOSUITE
        or proof.get("proofPurpose") != "assertionMethod"
        or "@context" not in credential
    ):
        return ProofCheck(valid=False, ours=True, kid=kid, errors=["unsupported proof"])
    options = {k: v for k, v in proof.items() if k != "proofValue"}
    document = {k: v for k, v in credential.items() if k != "proof"}
    try:
        signature = multibase_decode(proof.get("proofValue"))
        data = _hash_data(document, options)
        if not isinstance(public_key, Ed25519PublicKey):
            raise CredentialError("not an Ed25519 key")
        public_key.verify(signature, data)
    except (InvalidSignature, MultibaseError, JsonLdError, CredentialError, TypeError) as exc:
        return ProofCheck(valid=False, ours=True, kid=kid, errors=[type(exc).__name__])
    return ProofCheck(valid=True, ours=True, kid=kid)


# Bitstring Status List (W3C): bit i (most significant bit first) set = credential revoked.


def bitstring_encode(indexes, size):
    bits = bytearray(size // 8)
    for index in indexes:
        bits[index // 8] |= 0x80 >> (index % 8)
    compressed = gzip.compress(bytes(bits), compresslevel=9, mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).rstrip(b"=").decode("ascii")


def status_list_build(*, revoked_indexes, valid_from):
    url = status_list_url()
    return {
        "@context": [VC_V2],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_id(),
        "validFrom": iso(valid_from),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": bitstring_encode(revoked_indexes, conf.status_list_size()),
        },
    }


# The controller-document terms of the W3C Controlled Identifiers vocabulary, inline: the
# contexts above define them only as proof purposes, not as properties of the issuer.
CONTROLLER_TERMS = {
    "assertionMethod": {
        "@id": "https://w3id.org/security#assertionMethod",
        "@type": "@id",
        "@container": "@set",
    },
    "verificationMethod": {
        "@id": "https://w3id.org/security#verificationMethod",
        "@type": "@id",
        "@container": "@set",
    },
}


def issuer_document(*, name, url, keys):
    """The issuer's Profile, which is also the controller document of its keys."""
    methods = [
        {
            "id": verification_method_id(key.kid),
            "type": "Multikey",
            "controller": issuer_id(),
            "publicKeyMultibase": key.public_key_multibase,
        }
        for key in keys
    ]
    return {
        "@context": [VC_V2, OB_V3, MULTIKEY_V1, CONTROLLER_TERMS],
        "id": issuer_id(),
        "type": ["Profile"],
        "name": name,
        "url": url,
        "verificationMethod": methods,
        "assertionMethod": [m["id"] for m in methods],
    }
