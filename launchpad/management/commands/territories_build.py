"""Regenerate launchpad/data/territories/ from the npm package @etalab/decoupage-administratif.

    cd /tmp && npm install @etalab/decoupage-administratif@6.0.0
    python manage.py territories_build /tmp/node_modules/@etalab/decoupage-administratif

Then update the version in launchpad/data/territories/README.md and commit the files. The site
reads the committed files only and never needs npm."""

from django.core.management.base import BaseCommand, CommandError

from launchpad.territories import DATA, territories_build


class Command(BaseCommand):
    help = "Regenerate the territory data files from the @etalab/decoupage-administratif package."

    def add_arguments(self, parser):
        parser.add_argument("source", help="folder of the unpacked npm package")
        parser.add_argument(
            "--target", default=str(DATA), help="folder to write (default: %(default)s)"
        )

    def handle(self, *args, source, target, **options):
        try:
            result = territories_build(source=source, target=target)
        except (OSError, ValueError, KeyError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"{result['regions']} regions, {result['departements']} départements, "
            f"{result['communes']} communes from version {result['version']} written to {target}"
        )
