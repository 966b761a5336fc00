"""Certificate PDFs live in the private storage and only certificates' views hand them out: to
their holder, or to whoever has a signed link the holder shared, until it expires (issue 17,
item 8). The verification page and the PDF upload check work as before."""

import importlib
import time

import pytest
from django.apps import apps
from django.core import signing
from django.core.checks import run_checks
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.http import Http404
from django.views.static import serve

from certificates import sharing
from certificates.services import certificate_issue, certificate_revoke
from tests.courses.factories import UserFactory

from .pdfs import read_pdf

MIGRATION = importlib.import_module("certificates.migrations.0003_pdf_private_storage")


def pdf_url(certificate):
    return f"/fr/certificates/{certificate.pk}/pdf/"


def body(response):
    return b"".join(response.streaming_content)


def test_the_pdf_is_stored_in_the_private_storage_only(certificate):
    name = certificate.pdf.name
    assert storages["private"].exists(name)
    assert not default_storage.exists(name)


def test_only_the_holder_downloads_the_pdf(client, certificate, user):
    anonymous = client.get(pdf_url(certificate))
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    client.force_login(UserFactory())
    assert client.get(pdf_url(certificate)).status_code == 404
    client.force_login(user)
    response = client.get(pdf_url(certificate))
    assert response.status_code == 200
    assert body(response) == read_pdf(certificate)
    assert response["Cache-Control"] == "private, no-store"


@pytest.fixture
def filesystem_storages(settings, tmp_path):
    """The default layout of config/settings/base.py, in a temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "private": {
            "BACKEND": "common.storage.PrivateFileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private"},
        },
    }
    return tmp_path


@pytest.fixture
def filed_certificate(filesystem_storages, rule, user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        certificate, _created = certificate_issue(rule=rule, holder=user)
    certificate.refresh_from_db()
    return certificate


def test_the_old_media_url_serves_nothing(filed_certificate, filesystem_storages, rf, settings):
    name = filed_certificate.pdf.name
    assert (filesystem_storages / "private" / name).read_bytes()[:5] == b"%PDF-"
    assert not (filesystem_storages / "media" / name).exists()
    # What `static(MEDIA_URL, ...)` mounts in development (config/urls.py).
    with pytest.raises(Http404):
        serve(rf.get(f"/media/{name}"), name, document_root=settings.MEDIA_ROOT)
    with pytest.raises(ValueError, match="private file"):
        filed_certificate.pdf.url  # noqa: B018


def test_the_verification_json_gives_no_way_to_the_pdf(client, certificate):
    data = client.get(f"/verify/{certificate.formatted_code}.json").json()
    assert data["certificate"]["id"] == f"urn:uuid:{certificate.pk}"
    assert client.get(f"/media/{certificate.pdf.name}").status_code == 404


def test_the_holder_shares_a_signed_link_that_works_without_an_account(client, certificate, user):
    client.force_login(user)
    page = client.get("/fr/certificates/").content.decode()
    token = sharing.pdf_link_token(certificate)
    assert f"http://testserver/fr/certificates/shared/{token}/" in page
    anonymous = client.__class__()
    response = anonymous.get(f"/fr/certificates/shared/{token}/")
    assert response.status_code == 200
    assert body(response) == read_pdf(certificate)


class _SignedAnHourAgo(signing.TimestampSigner):
    def timestamp(self):
        return signing.b62_encode(int(time.time()) - 3600)


def test_a_signed_link_works_until_it_expires(client, certificate, settings):
    token = _SignedAnHourAgo(salt=sharing.SALT).sign_object(str(certificate.pk))
    assert client.get(f"/fr/certificates/shared/{token}/").status_code == 200
    settings.TREMPLIN_CERTIFICATES_PDF_LINK_MAX_AGE = 1800
    assert client.get(f"/fr/certificates/shared/{token}/").status_code == 404


def test_a_link_cannot_be_forged_or_altered(client, certificate):
    token = sharing.pdf_link_token(certificate)
    altered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert client.get(f"/fr/certificates/shared/{altered}/").status_code == 404
    unsigned = signing.dumps(str(certificate.pk), salt="another-salt")
    assert client.get(f"/fr/certificates/shared/{unsigned}/").status_code == 404


def test_a_link_stops_working_once_the_certificate_is_revoked(client, certificate):
    token = sharing.pdf_link_token(certificate)
    certificate_revoke(certificate=certificate, reason="Erreur de délivrance")
    assert client.get(f"/fr/certificates/shared/{token}/").status_code == 404


def test_the_data_migration_moves_issued_files_out_of_the_media_storage(certificate):
    name = certificate.pdf.name
    data = read_pdf(certificate)
    private = storages["private"]
    private.delete(name)
    default_storage.save(name, ContentFile(data))
    MIGRATION.to_private(apps, None)
    assert not default_storage.exists(name)
    with private.open(name, "rb") as handle:
        assert handle.read() == data
    MIGRATION.to_private(apps, None)  # once more: nothing to move, nothing lost
    assert private.exists(name)


def test_a_private_storage_inside_media_root_is_an_error(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "common.storage.PrivateFileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private"},
        },
    }
    assert "common.E001" in [message.id for message in run_checks()]
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "common.storage.PrivateFileSystemStorage",
            "OPTIONS": {"location": tmp_path.parent / "elsewhere"},
        },
    }
    assert "common.E001" not in [message.id for message in run_checks()]
