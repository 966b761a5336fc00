from django.core.management.base import BaseCommand, CommandError

from config.demo.content import DEFAULT_ROOT, ContentError
from config.demo.loader import load_demo


class Command(BaseCommand):
    help = "Load Tremplin's demo content (idempotent). Demo accounts only when DEBUG is on."

    def add_arguments(self, parser):
        parser.add_argument(
            "--content",
            default=str(DEFAULT_ROOT),
            help="Content folder to build from (layout: docs/content.md).",
        )

    def handle(self, *args, **options):
        try:
            load_demo(root=options["content"], log=lambda line: self.stdout.write(line))
        except ContentError as error:
            raise CommandError(f"The demo content does not validate:\n{error}") from error
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
