"""Signing and verifying the Open Badges 3.0 credential (eddsa-rdfc-2022)."""

import base64
import copy
import gzip
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from django.test import Client

from certificates import credentials, keys, selectors, services
from certificates.keys import private_key_generate_pem
from certificates.models import SigningKey


def b64url_decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def status_bit(encoded_list, index):
    """Bit `index` of a W3C Bitstring Status List's encodedList (most significant bit first),
    read independently of certificates.credentials, and the list's length in bits."""
    assert encoded_list.startswith("u")  # multibase base64url
    bits = gzip.decompress(b64url_decode(encoded_list[1:]))
    return bool(bits[index // 8] & (0x80 >> (index % 8))), len(bits) * 8


def _credential(certificate):
    return json.loads(certificate.credential_json)


def test_credential_is_an_open_badge_vc2(certificate):
    credential = _credential(certificate)
    assert credential["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["id"] == f"urn:uuid:{certificate.id}"
    assert credential["issuer"]["id"] == "http://testserver/certificates/issuer"
    subject = credential["credentialSubject"]
    identity = subject["identifier"][0]
    assert identity["hashed"] is True
    assert identity["identityHash"] == credentials.identity_hash(
        "lea@example.org", identity["salt"]
    )
    assert "lea@example.org" not in certificate.credential_json
    assert subject["achievement"]["criteria"]["narrative"] == certificate.criteria_fr
    assert credential["credentialStatus"]["statusListIndex"] == str(certificate.status_index)
    assert credential["validFrom"].endswith("Z")
    proof = credential["proof"]
    assert proof["type"] == "DataIntegrityProof"
    assert proof["cryptosuite"] == "eddsa-rdfc-2022"
    assert proof["verificationMethod"] == f"http://testserver/certificates/issuer#{certificate.kid}"


def test_a_fresh_credential_verifies(certificate):
    check = credentials.verify(_credential(certificate))
    assert check.valid and check.ours and check.kid == certificate.kid


def test_verifies_against_independently_built_jwks(certificate, client):
    """Build the public key from the published JWK set alone (no Tremplin code)."""
    jwks = client.get("/certificates/keys.json").json()
    published = {
        jwk["kid"]: Ed25519PublicKey.from_public_bytes(b64url_decode(jwk["x"]))
        for jwk in jwks["keys"]
        if jwk["kty"] == "OKP" and jwk["crv"] == "Ed25519"
    }

    def resolver(method):
        prefix = "http://testserver/certificates/issuer#"
        return published.get(method.removeprefix(prefix)) if method.startswith(prefix) else None

    assert credentials.verify(_credential(certificate), key_resolver=resolver).valid


TAMPERINGS = {
    "holder name": lambda c: c["credentialSubject"].__setitem__("name", "Mallory"),
    "title": lambda c: c["credentialSubject"]["achievement"].__setitem__("name", "Expert"),
    "description": lambda c: c["credentialSubject"]["achievement"].__setitem__("description", "x"),
    "criteria": lambda c: c["credentialSubject"]["achievement"]["criteria"].__setitem__(
        "narrative", "Rien"
    ),
    "credential name": lambda c: c.__setitem__("name", "Autre"),
    "issuer name": lambda c: c["issuer"].__setitem__("name", "Université"),
    "valid from": lambda c: c.__setitem__("validFrom", "2020-01-01T00:00:00Z"),
    "valid until": lambda c: c.__setitem__("validUntil", "2099-01-01T00:00:00Z"),
    "status index": lambda c: c["credentialStatus"].__setitem__("statusListIndex", "1"),
    "identity hash": lambda c: c["credentialSubject"]["identifier"][0].__setitem__(
        "identityHash", "sha256$00"
    ),
    "id": lambda c: c.__setitem__("id", "urn:uuid:00000000-0000-0000-0000-000000000000"),
    "type": lambda c: c.__setitem__("type", ["VerifiableCredential"]),
    "added undefined term": lambda c: c.__setitem__("grade", "A+"),
    "proof created": lambda c: c["proof"].__setitem__("created", "2020-01-01T00:00:00Z"),
    "proof value": lambda c: c["proof"].__setitem__(
        "proofValue", c["proof"]["proofValue"][:-2] + "11"
    ),
    "proof purpose": lambda c: c["proof"].__setitem__("proofPurpose", "authentication"),
    "cryptosuite": lambda c: c["proof"].__setitem__("cryptosuite", "ecdsa-rdfc-2019"),
}


@pytest.mark.parametrize("name", sorted(TAMPERINGS))
def test_any_tampering_breaks_the_proof(certificate, name):
    credential = copy.deepcopy(_credential(certificate))
    TAMPERINGS[name](credential)
    check = credentials.verify(credential)
    assert not check.valid


def test_a_signature_by_another_key_under_our_key_id_fails(certificate):
    other = keys.private_key_from_pem(private_key_generate_pem())
    credential = _credential(certificate)
    unsigned = {k: v for k, v in credential.items() if k != "proof"}
    forged = credentials.sign(
        unsigned, private_key=other, kid=certificate.kid, created=certificate.issued_at
    )
    check = credentials.verify(forged)
    assert check.ours and not check.valid


def test_another_issuers_key_is_not_ours(certificate):
    credential = _credential(certificate)
    credential["proof"]["verificationMethod"] = "https://example.org/issuer#key-1"
    check = credentials.verify(credential)
    assert not check.ours and not check.valid


def test_garbage_never_raises():
    for value in (None, [], "x", {"proof": "x"}, {"proof": {"verificationMethod": 3}}):
        assert not credentials.verify(value).valid


def test_key_rotation_keeps_old_certificates_verifiable(certificate, settings, rule):
    old_kid = certificate.kid
    settings.TREMPLIN_CERTIFICATES_SIGNING_KEY = private_key_generate_pem()
    from tests.courses.factories import UserFactory

    newer, _ = services.certificate_issue(rule=rule, holder=UserFactory())
    assert newer.kid != old_kid
    assert credentials.verify(_credential(certificate)).valid
    assert credentials.verify(_credential(newer)).valid
    assert SigningKey.objects.get(kid=old_kid).retired_at is not None
    assert SigningKey.objects.get(kid=newer.kid).retired_at is None
    jwks = Client().get("/certificates/keys.json").json()
    assert {k["kid"] for k in jwks["keys"]} == {old_kid, newer.kid}


def test_keygen_writes_a_private_key_file_and_publishes_it(settings, tmp_path, db):
    settings.TREMPLIN_CERTIFICATES_SIGNING_KEY = ""
    path = tmp_path / "keys" / "signing.pem"
    pem, row = services.signing_key_generate(path=path)
    assert path.read_text() == pem
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    settings.TREMPLIN_CERTIFICATES_SIGNING_KEY_FILE = str(path)
    private_key, current = keys.signing_key_current()
    assert current.kid == row.kid


def test_keygen_is_logged_in_the_admin_history_with_its_actor(settings, tmp_path, db):
    from wagtail.models import ModelLogEntry

    from accounts.models import User

    settings.TREMPLIN_CERTIFICATES_SIGNING_KEY = ""
    admin = User.objects.create_superuser("keeper", "keeper@example.org", "x")
    _pem, row = services.signing_key_generate(actor=admin, path=tmp_path / "signing.pem")
    entry = ModelLogEntry.objects.get(action=services.KEY_GENERATED_ACTION)
    assert (entry.object_id, entry.user, entry.data) == (str(row.pk), admin, {"kid": row.kid})
    assert entry.message == "Nouvelle clé de signature des certificats publiée"


def test_status_list_marks_revoked_certificates(certificate, client):
    def bit():
        status = json.loads(selectors.status_list_credential())
        assert credentials.verify(status).valid
        revoked, size = status_bit(
            status["credentialSubject"]["encodedList"], certificate.status_index
        )
        assert size == 131072
        return revoked

    assert bit() is False
    services.certificate_revoke(certificate=certificate, reason="Erreur de saisie")
    assert bit() is True
    response = client.get("/certificates/status/1")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vc+ld+json")
    assert client.get("/certificates/status/2").status_code != 200


def test_issuer_document_lists_every_key_as_assertion_method(certificate, client):
    document = client.get("/certificates/issuer").json()
    method = f"http://testserver/certificates/issuer#{certificate.kid}"
    assert document["assertionMethod"] == [method]
    assert document["verificationMethod"][0]["type"] == "Multikey"
    assert document["verificationMethod"][0]["publicKeyMultibase"].startswith("z6Mk")


def test_contexts_are_never_fetched():
    from pyld.jsonld import JsonLdError

    from certificates.jsonld import document_loader

    with pytest.raises(JsonLdError):
        document_loader("https://example.org/context.json")
