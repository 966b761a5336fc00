"""python manage.py certificates_keygen: create the certificate signing key (Ed25519)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from certificates import conf, services


class Command(BaseCommand):
    help = (
        "Create a new Ed25519 signing key. Written to TREMPLIN_CERTIFICATES_SIGNING_KEY_FILE "
        "(or --output), or printed with --print for the environment. Its public key is "
        "published at once; older keys are retired but stay published."
    )

    def add_arguments(self, parser):
        parser.add_argument("-o", "--output", help="Where to write the private key (PEM).")
        parser.add_argument(
            "--print", action="store_true", dest="to_stdout", help="Print the PEM instead."
        )
        parser.add_argument(
            "--if-missing", action="store_true", help="Do nothing if the key file exists."
        )
        parser.add_argument("--force", action="store_true", help="Replace an existing key file.")

    def handle(self, *args, output=None, to_stdout=False, if_missing=False, force=False, **opts):
        path = None if to_stdout else (Path(output) if output else conf.signing_key_file())
        if path is None and not to_stdout:
            raise CommandError("No key file configured: use --output or --print.")
        if path is not None and path.exists():
            if if_missing:
                self.stdout.write(f"Key file {path} exists; nothing done.")
                return
            if not force:
                raise CommandError(f"{path} exists: use --force to rotate the key.")
        pem, key = services.signing_key_generate(path=path)
        if to_stdout:
            self.stdout.write(pem)
        else:
            self.stdout.write(f"Private key written to {path} (mode 600).")
        self.stderr.write(f"Key id: {key.kid}")
