"""python manage.py user_erase USERNAME --yes: erase a learner and their data (GDPR 17)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts import services


class Command(BaseCommand):
    help = (
        'Erase a user as their own "Supprimer mon compte" does: certificates revoked and '
        "anonymised, xAPI statements made pseudonymous, progress, evidence, sessions and the "
        "account deleted (docs/accounts.md). Staff accounts are refused: remove their rights "
        "first. Needs --yes."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--yes", action="store_true", help="Confirm the erasure.")

    def handle(self, *args, username, yes=False, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        if not yes:
            raise CommandError(f"This permanently erases {username}: add --yes to confirm.")
        refusal = services.user_erase_refusal(user=user)
        if refusal:
            raise CommandError(refusal)
        services.user_erase(user=user)
        self.stdout.write(f"{username} and their data are erased.")
