import time

from django.core.management.base import BaseCommand, CommandError

from tracking import conf, services


class Command(BaseCommand):
    help = (
        "Send the pending xAPI statements to the LRS (TREMPLIN_LRS_ENDPOINT), oldest first. "
        "With --loop, keep doing it (a worker)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="Keep running.")
        parser.add_argument(
            "--interval", type=float, default=5.0, help="Seconds between runs with --loop."
        )
        parser.add_argument(
            "--runs",
            type=int,
            default=None,
            help="With --loop, stop after this many runs (default: never).",
        )
        parser.add_argument(
            "--retry-now", action="store_true", help="Cancel the back-off delays first."
        )
        parser.add_argument(
            "--include-local",
            action="store_true",
            help="Also send the statements recorded while no LRS was configured.",
        )

    def handle(self, *args, loop, interval, runs, retry_now, include_local, verbosity, **options):
        if runs is not None and runs < 1:
            raise CommandError("--runs must be at least 1.")
        if interval < 0:
            raise CommandError("--interval cannot be negative.")
        if not conf.lrs_configured():
            self.stdout.write("No LRS configured (TREMPLIN_LRS_ENDPOINT): nothing to send.")
            return
        if include_local:
            self.stdout.write(f"{services.statements_local_queue()} local statement(s) queued.")
        if retry_now:
            services.statements_retry_now()
        done = 0
        while True:
            report = services.statements_forward()
            done += 1
            # A run that sent nothing says so only when asked (--verbosity 2), so that a loop
            # does not print a line every interval.
            if report.batches or verbosity > 1:
                self.stdout.write(
                    f"{report.sent} sent, {report.rejected} rejected, "
                    f"{report.postponed} postponed ({report.batches} batch(es))"
                    + (f"; errors: {', '.join(report.errors)}" if report.errors else "")
                )
            if not loop or (runs is not None and done >= runs):
                return
            time.sleep(interval)
