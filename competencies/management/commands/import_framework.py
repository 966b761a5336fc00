import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from competencies import services
from competencies.conf import framework_import_max_bytes


class ProgressBar:
    """A text progress bar on stderr (Django's output wrapper), only on a terminal."""

    def __init__(self, stream, width=30):
        self.stream = stream
        self.width = width
        self.tty = hasattr(stream, "isatty") and stream.isatty()

    def __call__(self, done, total):
        if not self.tty or not total:
            return
        filled = int(self.width * done / total)
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (self.width - filled)}] {done}/{total}", ending=""
        )
        if done >= total:
            self.stream.write("")


class Command(BaseCommand):
    help = "Import a competency framework from a CASE 1.0 JSON package or a Moodle CSV file."

    def add_arguments(self, parser):
        parser.add_argument("file", help="path of the file, or - for standard input")
        parser.add_argument("--format", choices=services.FORMATS, help="default: detected")
        parser.add_argument(
            "--language", choices=["fr", "en"], help="language of the texts (default: the file's)"
        )

    def handle(self, *args, file, format=None, language=None, **options):
        limit = framework_import_max_bytes()
        if file == "-":
            data = sys.stdin.buffer.read(limit + 1)
        else:
            path = Path(file)
            if not path.is_file():
                raise CommandError(f"No such file: {file}")
            if path.stat().st_size > limit:
                raise CommandError(
                    f"{file}: {path.stat().st_size} bytes, over the {limit}-byte limit "
                    "(TREMPLIN_FRAMEWORK_IMPORT_MAX_BYTES)."
                )
            data = path.read_bytes()
        try:
            result = services.framework_import(
                data=data, format=format, language=language, progress=ProgressBar(self.stderr)
            )
        except services.FrameworkImportError as exc:
            for error in exc.errors:
                self.stderr.write(str(error))
            raise CommandError(
                f"{file}: {len(exc.errors)} error(s), nothing was imported."
            ) from None
        verb = "Created" if result.created else "Updated"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} framework {result.framework.identifier!r}: "
                f"{result.items_created} items created, {result.items_updated} updated, "
                f"{result.items_deleted} deleted."
            )
        )
