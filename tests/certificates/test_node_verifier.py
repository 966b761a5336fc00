"""Interoperability: Digital Bazaar's independent implementation (Node, pinned in
tests/certificates/verifier/package-lock.json, installed by `make verifier`) accepts Tremplin's
credentials, sees revocations in the published status list, and rejects tampered copies."""

import copy
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from certificates import services

VERIFIER = Path(__file__).parent / "verifier"


def node_verify(client, credentials, tmp_path):
    node = shutil.which("node")
    if node is None or not (VERIFIER / "node_modules" / "@digitalbazaar" / "vc").exists():
        pytest.fail("The Node verifier is not installed: run `make verifier` (npm ci)")
    documents = {
        "http://testserver/certificates/issuer": client.get("/certificates/issuer").json(),
        "http://testserver/certificates/status/1": json.loads(
            client.get("/certificates/status/1").content
        ),
    }
    path = tmp_path / "input.json"
    path.write_text(json.dumps({"credentials": credentials, "documents": documents}))
    completed = subprocess.run(  # noqa: S603
        [node, str(VERIFIER / "verify.mjs"), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout)


def test_digital_bazaar_accepts_our_credential_and_rejects_tampered_ones(
    certificate, client, tmp_path
):
    genuine = json.loads(certificate.credential_json)
    renamed = copy.deepcopy(genuine)
    renamed["credentialSubject"]["name"] = "Mallory"
    retitled = copy.deepcopy(genuine)
    retitled["credentialSubject"]["achievement"]["name"] = "Expert"
    extended = copy.deepcopy(genuine)
    extended["validUntil"] = "2099-01-01T00:00:00Z"
    results = node_verify(client, [genuine, renamed, retitled, extended], tmp_path)
    assert results[0]["verified"], results[0]
    assert results[0]["revoked"] is False
    assert [r["verified"] for r in results[1:]] == [False, False, False]


def test_digital_bazaar_sees_the_revocation(certificate, client, tmp_path):
    services.certificate_revoke(certificate=certificate, reason="Fraude")
    [result] = node_verify(client, [json.loads(certificate.credential_json)], tmp_path)
    assert not result["verified"]
    assert result["revoked"] is True
