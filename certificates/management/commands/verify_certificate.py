"""python manage.py verify_certificate FILE.pdf: exit status 0 only for an authentic
certificate that still stands."""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from certificates import conf, selectors
from certificates.pdfcheck import pdf_check


class Command(BaseCommand):
    help = "Check a certificate PDF like the upload on /verify/ does."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="Print the answer as JSON."
        )

    def handle(self, *args, file, as_json=False, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        with path.open("rb") as handle:
            data = handle.read(conf.upload_max_bytes() + 1)
        result = pdf_check(data)
        payload = selectors.verification_payload(certificate=result.certificate)
        answer = {"verdict": result.verdict, "standing": result.standing, **payload}
        if as_json:
            self.stdout.write(_dumps(answer))
        else:
            self.stdout.write(f"verdict: {result.verdict}")
            self.stdout.write(f"status: {payload['status']}")
            if result.certificate is not None:
                record = payload["certificate"]
                self.stdout.write(f"code: {record['code']}")
                self.stdout.write(f"holder: {record['holder']['name']}")
                self.stdout.write(f"achievement: {record['achievement']['title']['fr']}")
                self.stdout.write(f"issued_at: {record['issued_at']}")
                if record["revocation"]:
                    self.stdout.write(f"revoked: {record['revocation']['reason']}")
        if not result.standing:
            sys.exit(1)


def _dumps(data):
    return json.dumps(data, ensure_ascii=False, indent=2)
