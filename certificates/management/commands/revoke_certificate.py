"""python manage.py revoke_certificate CODE --reason TEXT"""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from certificates import selectors, services


class Command(BaseCommand):
    help = "Revoke a certificate, with a reason. Every verification surface shows it at once."

    def add_arguments(self, parser):
        parser.add_argument("code")
        parser.add_argument("--reason", required=True)

    def handle(self, *args, code, reason, **options):
        certificate = selectors.certificate_get_by_code(code=code)
        if certificate is None:
            raise CommandError(f"No certificate with code {code!r}.")
        try:
            services.certificate_revoke(certificate=certificate, reason=reason)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        self.stdout.write(f"Revoked {certificate.formatted_code}.")
