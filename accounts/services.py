from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, transaction

from .conf import DEMO_PASSWORD, demo_accounts
from .selectors import demo_account_usernames_present

# Wagtail's own migrations create these groups; "editor" is enough for a trainer.
TRAINER_GROUP = "Editors"
SUPPORT_GROUP = "Accompagnateurs"


@transaction.atomic
def user_create(*, username, email, password, display_name=""):
    user = get_user_model()(username=username, email=email, display_name=display_name)
    user.set_password(password)
    user.full_clean()
    user.save()
    return user


@transaction.atomic
def user_update_profile(*, user, display_name, email, first_name="", last_name=""):
    user.display_name = display_name
    user.email = email
    user.first_name = first_name
    user.last_name = last_name
    user.full_clean()
    user.save(update_fields=["display_name", "email", "first_name", "last_name"])
    return user


@transaction.atomic
def demo_accounts_ensure():
    """Create (or reset) the demo accounts. Idempotent. Callers check DEBUG first."""
    User = get_user_model()
    users = []
    for username, role, display_name in demo_accounts():
        user, _created = User.objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@demo.tremplin.invalid"},
        )
        user.display_name = display_name
        user.is_staff = role in {"trainer", "admin"}
        user.is_superuser = role == "admin"
        user.set_password(DEMO_PASSWORD)
        user.save()
        if role == "trainer":
            user.groups.add(Group.objects.get_or_create(name=TRAINER_GROUP)[0])
        if role == "support":
            user.groups.add(Group.objects.get_or_create(name=SUPPORT_GROUP)[0])
        users.append((user, role))
    return users


def demo_accounts_refuse():
    """Refuse to serve when demo accounts exist outside DEBUG (their password is public)."""
    try:
        present = demo_account_usernames_present()
    except DatabaseError:  # not migrated yet: no accounts at all
        return
    if present:
        raise ImproperlyConfigured(
            "Demo accounts with a public password exist in this database: "
            f"{', '.join(present)}. Delete them before running in production."
        )
