import sys

from django.core.management.base import BaseCommand

from common import tasks


class Command(BaseCommand):
    help = (
        "Tell whether the background tasks are being run. Exit status: 0 OK, 1 WARNING "
        "(interrupted tasks or a dead worker the recovery will mend), 2 CRITICAL (no live "
        "worker, a task waiting too long, the queue unreadable)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--quiet", action="store_true", help="Print the problems only (nothing when OK)."
        )

    def handle(self, *args, quiet, **options):
        health = tasks.tasks_health()
        lines = [line for line in health.lines if not (quiet and line.startswith("OK"))]
        if not (quiet and health.status == tasks.OK):
            self.stdout.write(health.summary)
        for line in lines:
            self.stdout.write(f"  {line}")
        sys.exit(health.status)
