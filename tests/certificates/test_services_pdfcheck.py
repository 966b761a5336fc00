"""The upload check: authentic, altered, not issued here, and every kind of bad input."""

import json
import os

import pytest

from certificates.models import Certificate
from certificates.pdfcheck import Verdict, pdf_check

from .pdfs import (
    edited_metadata,
    plain_pdf,
    read_pdf,
    tampered_credential,
    with_credential,
    zip_bomb_pdf,
)


def test_the_issued_pdf_is_authentic_and_standing(certificate):
    result = pdf_check(read_pdf(certificate))
    assert result.verdict == Verdict.AUTHENTIC
    assert result.certificate.pk == certificate.pk
    assert result.standing


def test_an_edited_pdf_is_altered_and_names_the_real_certificate(certificate):
    result = pdf_check(edited_metadata(read_pdf(certificate)))
    assert result.verdict == Verdict.ALTERED
    assert result.certificate.pk == certificate.pk
    assert result.credential_genuine  # the credential inside is intact, the PDF is not
    assert not result.standing


@pytest.mark.parametrize(
    "mutate",
    [
        lambda c: c["credentialSubject"].__setitem__("name", "Mallory"),
        lambda c: c["credentialSubject"]["achievement"].__setitem__("name", "Expert"),
        lambda c: c.__setitem__("validUntil", "2099-01-01T00:00:00Z"),
    ],
    ids=["holder", "title", "expiry"],
)
def test_a_changed_credential_field_is_altered(certificate, mutate):
    result = pdf_check(tampered_credential(read_pdf(certificate), mutate))
    assert result.verdict == Verdict.ALTERED
    assert not result.credential_genuine


def test_a_wrong_signature_is_altered(certificate):
    def break_signature(credential):
        value = credential["proof"]["proofValue"]
        credential["proof"]["proofValue"] = (
            value[:10] + ("2" if value[10] != "2" else "3") + value[11:]
        )

    result = pdf_check(tampered_credential(read_pdf(certificate), break_signature))
    assert result.verdict == Verdict.ALTERED


def test_another_issuers_pdf_is_not_issued_here(certificate):
    def other_issuer(credential):
        credential["issuer"]["id"] = "https://diplomes.example.org/issuer"
        credential["proof"]["verificationMethod"] = "https://diplomes.example.org/issuer#k1"

    assert pdf_check(tampered_credential(read_pdf(certificate), other_issuer)).verdict == (
        Verdict.NOT_ISSUED_HERE
    )


def test_a_pdf_without_credential_is_not_issued_here(db):
    assert pdf_check(plain_pdf()).verdict == Verdict.NOT_ISSUED_HERE


def test_an_attachment_that_is_not_json_is_unreadable(certificate):
    result = pdf_check(with_credential(read_pdf(certificate), b"\xff\xfe not json"))
    assert result.verdict == Verdict.UNREADABLE


def test_a_truncated_pdf_is_unreadable_or_altered(certificate):
    data = read_pdf(certificate)
    for cut in (len(data) // 3, len(data) // 2, len(data) - 200):
        result = pdf_check(data[:cut])
        assert result.verdict in {Verdict.UNREADABLE, Verdict.ALTERED, Verdict.NOT_ISSUED_HERE}
        assert not result.standing


def test_random_bytes_behind_a_pdf_header_are_unreadable_or_not_ours(db):
    for seed in range(5):
        data = b"%PDF-1.7\n" + os.urandom(4000 + seed)
        result = pdf_check(data)
        assert result.verdict in {Verdict.UNREADABLE, Verdict.NOT_ISSUED_HERE}


def test_a_non_pdf_is_refused(db):
    assert pdf_check(b"PK\x03\x04 a zip file").verdict == Verdict.NOT_A_PDF
    assert pdf_check(b"").verdict == Verdict.NOT_A_PDF
    assert pdf_check(b"<html>").verdict == Verdict.NOT_A_PDF


def test_a_huge_file_is_refused_before_parsing(settings, db):
    settings.TREMPLIN_CERTIFICATES_UPLOAD_MAX_BYTES = 1024
    assert pdf_check(b"%PDF-1.7\n" + b"0" * 2048).verdict == Verdict.TOO_LARGE


def test_a_zip_bomb_is_stopped_at_the_limit(db):
    import tracemalloc

    bomb = zip_bomb_pdf()
    assert len(bomb) < 1024 * 1024
    tracemalloc.start()
    result = pdf_check(bomb)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert result.verdict == Verdict.UNREADABLE
    assert peak < 32 * 1024 * 1024


def test_checking_stores_nothing(certificate):
    before = Certificate.objects.values_list("pk", "pdf_sha256", "credential_json")
    before = list(before)
    pdf_check(edited_metadata(read_pdf(certificate)))
    pdf_check(plain_pdf())
    assert list(Certificate.objects.values_list("pk", "pdf_sha256", "credential_json")) == before


def test_revoked_certificate_pdf_is_authentic_but_not_standing(certificate):
    from certificates.services import certificate_revoke

    certificate_revoke(certificate=certificate, reason="Fraude")
    result = pdf_check(read_pdf(certificate))
    assert result.verdict == Verdict.AUTHENTIC and not result.standing


def test_credential_json_round_trip_equals_stored(certificate):
    data = read_pdf(certificate)
    from certificates.pdfcheck import embedded_credential

    assert embedded_credential(data) == json.loads(certificate.credential_json)
