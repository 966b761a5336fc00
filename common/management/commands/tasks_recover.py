import time

from django.core.management.base import BaseCommand

from common import tasks


class Command(BaseCommand):
    help = (
        "Queue again the background tasks interrupted by a worker that died (the rule: "
        "docs/deploy.md, 'Background tasks'). db_worker and common.tasks.RQWorker do it "
        "themselves; this is for operators and cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="Keep running.")
        parser.add_argument(
            "--interval", type=float, default=60.0, help="Seconds between runs with --loop."
        )

    def handle(self, *args, loop, interval, **options):
        while True:
            for alias, ids in tasks.tasks_recover().items():
                if ids or self.verbosity > 1:
                    self.stdout.write(f"{alias}: {len(ids)} interrupted task(s) queued again")
                for task_id in ids:
                    self.stdout.write(f"  {task_id}")
            if not loop:
                return
            time.sleep(interval)
