"""The PDF of a certificate, rendered once in a task (its SHA-256 recognises a copy)."""

import hashlib

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.module_loading import import_string

from .. import conf
from ..models import Certificate


def pdf_render_ensure(certificate):
    """A certificate issued by a worker that died before it queued the rendering still gets
    its PDF: issuing it again (the task runs again after the crash) queues the rendering."""
    if not certificate.pdf_sha256 and certificate.holder_id is not None:
        transaction.on_commit(lambda pk=certificate.pk: pdf_render_enqueue(pk))


def pdf_render_enqueue(certificate_pk):
    from ..tasks import certificate_render_pdf

    certificate_render_pdf.enqueue(certificate_id=str(certificate_pk))


def certificate_pdf_render(*, certificate):
    """Render and store the PDF once. A certificate that has its PDF keeps it forever, unless
    its holder has their data erased (certificates_holder_erase), and then it never gets one."""
    if certificate.pdf_sha256 or certificate.holder_id is None:
        return certificate
    data = import_string(conf.pdf_renderer())(certificate)
    digest = hashlib.sha256(data).hexdigest()
    name = certificate.pdf.storage.save(f"certificates/pdf/{certificate.pk}.pdf", ContentFile(data))
    updated = Certificate.objects.filter(pk=certificate.pk, pdf_sha256="").update(
        pdf=name, pdf_sha256=digest
    )
    if not updated:  # another worker rendered it first: keep theirs
        certificate.pdf.storage.delete(name)
        certificate.refresh_from_db()
        return certificate
    certificate.pdf.name = name
    certificate.pdf_sha256 = digest
    return certificate
