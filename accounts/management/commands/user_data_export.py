"""python manage.py user_data_export USERNAME [-o FILE]: a learner's data as JSON (GDPR 15, 20)."""

import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts import services


class Command(BaseCommand):
    help = (
        "Export everything Tremplin keeps about a user as one JSON file, the same as the "
        "learner's own download (docs/accounts.md). Printed unless --output is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("-o", "--output", help="Write the JSON to this file.")

    def handle(self, *args, username, output=None, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        text = json.dumps(services.user_data_export(user=user), ensure_ascii=False, indent=2)
        if output:
            Path(output).write_text(text + "\n", encoding="utf-8")
            self.stderr.write(f"Data of {username} written to {output}.")
        else:
            self.stdout.write(text)
