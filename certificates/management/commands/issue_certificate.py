"""python manage.py issue_certificate USERNAME PAGE_ID --reason TEXT [-o FILE.pdf]"""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from certificates import credentials, services
from certificates.models import CertificateRule


class Command(BaseCommand):
    help = "Issue a certificate manually (same service as the admin), with a reason."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("page_id", type=int, help="Path or course page with a rule.")
        parser.add_argument("--reason", required=True)
        parser.add_argument("-o", "--output", help="Write the PDF to this file.")

    def handle(self, *args, username, page_id, reason, output=None, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        rule = CertificateRule.objects.filter(page_id=page_id).first()
        if rule is None:
            from wagtail.models import Page

            page = Page.objects.filter(pk=page_id).first()
            rule = (
                CertificateRule.objects.filter(page__translation_key=page.translation_key).first()
                if page
                else None
            )
        if rule is None:
            raise CommandError(f"No certificate rule on page {page_id}.")
        try:
            certificate, created = services.certificate_issue_manual(
                rule=rule, holder=user, reason=reason
            )
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        if not created:
            self.stderr.write("This certificate had already been issued; nothing changed.")
        self.stdout.write(certificate.formatted_code)
        self.stdout.write(credentials.verification_url(certificate.code))
        if output:
            certificate = services.certificate_pdf_render(certificate=certificate)
            with certificate.pdf.open("rb") as handle:
                Path(output).write_bytes(handle.read())
            self.stderr.write(f"PDF written to {output}")
