"""Certificate PDFs move from the public media storage to the private one (issue 17, item 8):
the field changes storage, then the files already issued are moved (copied, then deleted from
the media storage). Running it again moves nothing twice; reversing it moves them back."""

from django.core.files.storage import default_storage
from django.db import migrations, models

import common.storage


def _move(Certificate, source, target):
    for certificate in Certificate.objects.exclude(pdf="").only("pk", "pdf").iterator():
        name = certificate.pdf.name
        if not source.exists(name):
            continue  # already moved, or lost: nothing to copy
        if not target.exists(name):
            with source.open(name, "rb") as handle:
                stored = target.save(name, handle)
            if stored != name:
                Certificate.objects.filter(pk=certificate.pk).update(pdf=stored)
        source.delete(name)


def to_private(apps, schema_editor):
    Certificate = apps.get_model("certificates", "Certificate")
    _move(Certificate, default_storage, common.storage.private_storage())


def to_media(apps, schema_editor):
    Certificate = apps.get_model("certificates", "Certificate")
    _move(Certificate, common.storage.private_storage(), default_storage)


class Migration(migrations.Migration):

    dependencies = [
        ("certificates", "0002_certificaterulecompetency"),
    ]

    operations = [
        migrations.AlterField(
            model_name="certificate",
            name="pdf",
            field=models.FileField(
                blank=True,
                editable=False,
                storage=common.storage.private_storage,
                upload_to="certificates/pdf/",
                verbose_name="PDF",
            ),
        ),
        migrations.RunPython(to_private, to_media),
    ]
