"""issue_certificate, revoke_certificate, verify_certificate, certificates_keygen."""

import pytest
from django.core.management import CommandError, call_command

from certificates.models import Certificate, SigningKey

from .pdfs import edited_metadata, plain_pdf, read_pdf


def run(*args):
    from io import StringIO

    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_issue_prints_code_and_url_and_writes_the_pdf(rule, user, course, tmp_path):
    target = tmp_path / "certificat.pdf"
    out, _err = run(
        "issue_certificate",
        user.username,
        str(course.pk),
        "--reason",
        "Jury du 3 mars",
        "-o",
        str(target),
    )
    certificate = Certificate.objects.get()
    assert certificate.kind == "manual" and certificate.reason == "Jury du 3 mars"
    assert certificate.formatted_code in out
    assert f"http://testserver/verify/{certificate.formatted_code}/" in out
    assert target.read_bytes() == read_pdf(certificate)


def test_issue_refuses_unknown_user_page_or_empty_reason(rule, user, course):
    with pytest.raises(CommandError):
        run("issue_certificate", "personne", str(course.pk), "--reason", "x")
    with pytest.raises(CommandError):
        run("issue_certificate", user.username, "999999", "--reason", "x")
    with pytest.raises(CommandError):
        run("issue_certificate", user.username, str(course.pk), "--reason", "  ")
    assert not Certificate.objects.exists()


def test_issue_twice_says_so(rule, user, course):
    run("issue_certificate", user.username, str(course.pk), "--reason", "Jury")
    _out, err = run("issue_certificate", user.username, str(course.pk), "--reason", "Jury")
    assert "already" in err
    assert Certificate.objects.count() == 1


def test_revoke(certificate):
    out, _ = run("revoke_certificate", certificate.code.lower(), "--reason", "Fraude")
    certificate.refresh_from_db()
    assert certificate.revoked_at and certificate.revocation_reason == "Fraude"
    assert certificate.formatted_code in out
    with pytest.raises(CommandError):
        run("revoke_certificate", certificate.code, "--reason", "Encore")
    with pytest.raises(CommandError):
        run("revoke_certificate", "AAAA-AAAA-AAAA-AAAA-A", "--reason", "x")


def _verify(path):
    with pytest.raises(SystemExit) as exit_info:
        run("verify_certificate", str(path))
        raise SystemExit(0)
    return exit_info.value.code


def test_verify_exit_status(certificate, tmp_path):
    authentic = tmp_path / "ok.pdf"
    authentic.write_bytes(read_pdf(certificate))
    edited = tmp_path / "edited.pdf"
    edited.write_bytes(edited_metadata(read_pdf(certificate)))
    foreign = tmp_path / "foreign.pdf"
    foreign.write_bytes(plain_pdf())
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf at all")
    assert _verify(authentic) == 0
    assert _verify(edited) == 1
    assert _verify(foreign) == 1
    assert _verify(junk) == 1
    from certificates.services import certificate_revoke

    certificate_revoke(certificate=certificate, reason="Fraude")
    assert _verify(authentic) == 1


def test_verify_prints_the_verdict(certificate, tmp_path, capsys):
    path = tmp_path / "ok.pdf"
    path.write_bytes(read_pdf(certificate))
    from io import StringIO

    out = StringIO()
    call_command("verify_certificate", str(path), stdout=out)
    assert "verdict: authentic" in out.getvalue() and "status: valid" in out.getvalue()


def test_keygen_writes_then_refuses_to_overwrite(settings, tmp_path, db):
    settings.TREMPLIN_CERTIFICATES_SIGNING_KEY = ""
    path = tmp_path / "signing.pem"
    settings.TREMPLIN_CERTIFICATES_SIGNING_KEY_FILE = str(path)
    run("certificates_keygen")
    first = path.read_text()
    assert "PRIVATE KEY" in first
    with pytest.raises(CommandError):
        run("certificates_keygen")
    run("certificates_keygen", "--if-missing")
    assert path.read_text() == first
    run("certificates_keygen", "--force")
    assert path.read_text() != first
    assert SigningKey.objects.count() == 2
    assert SigningKey.objects.filter(retired_at__isnull=True).count() == 1
