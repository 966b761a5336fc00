from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from competencies import services
from competencies.models import Framework
from competencies.selectors import framework_get


class Command(BaseCommand):
    help = "Export a competency framework as a CASE 1.0 JSON package or a Moodle CSV file."

    def add_arguments(self, parser):
        parser.add_argument("identifier", help="the framework's identifier (URI) or CASE uuid")
        parser.add_argument("--format", choices=services.FORMATS, required=True)
        parser.add_argument("--language", choices=["fr", "en"], default="fr")
        parser.add_argument("-o", "--output", help="file to write (default: standard output)")

    def handle(self, *args, identifier, format, language, output=None, **options):
        try:
            framework = framework_get(identifier=identifier)
        except Framework.DoesNotExist:
            raise CommandError(f"No framework with identifier {identifier!r}.") from None
        text = services.framework_export(framework=framework, format=format, language=language)
        if output:
            Path(output).write_text(text, encoding="utf-8")
            self.stderr.write(f"Wrote {output}")
        else:
            self.stdout.write(text, ending="" if text.endswith("\n") else "\n")
