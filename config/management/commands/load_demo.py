from django.core.management.base import BaseCommand

from config.demo.loader import load_demo


class Command(BaseCommand):
    help = "Load Tremplin's demo content (idempotent). Demo accounts only when DEBUG is on."

    def handle(self, *args, **options):
        load_demo(log=lambda line: self.stdout.write(line))
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
