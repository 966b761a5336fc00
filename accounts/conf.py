"""Settings of the accounts app, read at call time."""

from django.conf import settings

DEMO_PASSWORD = "tremplin-demo"  # noqa: S105 - documented demo password, DEBUG only

# The groups of the roles (docs/accounts.md, "Rôles / Roles"). Their rights span the apps above
# this one, so config/roles.py grants them; a demo account's role puts it in its group.
TRAINER_GROUP = "Formateurs"
LEAD_GROUP = "Responsables pédagogiques"
SUPPORT_GROUP = "Accompagnateurs"
ROLE_GROUPS = {"trainer": TRAINER_GROUP, "lead": LEAD_GROUP, "support": SUPPORT_GROUP}
ADMIN_ROLES = {"trainer", "lead", "admin"}  # the roles that work in the Wagtail admin


def demo_accounts():
    """The demo accounts that load_demo creates when DEBUG is on: (username, role, display name)."""
    return getattr(
        settings,
        "TREMPLIN_DEMO_ACCOUNTS",
        [
            ("apprenant", "learner", "Camille Apprenant"),
            ("cofondateur", "teammate", "Noa Cofondateur"),
            ("formatrice", "trainer", "Dominique Formatrice"),
            ("responsable-pedagogique", "lead", "Claude Responsable"),
            ("accompagnateur", "support", "Sacha Accompagnateur"),
            ("admin", "admin", "Alex Admin"),
        ],
    )


RATE_LIMITS = {
    # (attempts, seconds) per account (the e-mail typed, or the signed-in user) and per client
    # address. Addresses get more room: a training room shares one address behind its router.
    "password_reset": {"account": (3, 3600), "address": (20, 3600)},
    "sign_up": {"account": (3, 3600), "address": (20, 3600)},
    "account_erase": {"account": (5, 900), "address": (20, 900)},
    "password_change": {"account": (5, 900), "address": (20, 900)},
}


def rate_limits(form):
    """{"account": (count, seconds), "address": (count, seconds)} for `form`, from
    TREMPLIN_ACCOUNTS_RATE_LIMITS where it names them, else the defaults above."""
    configured = getattr(settings, "TREMPLIN_ACCOUNTS_RATE_LIMITS", {}).get(form, {})
    return {**RATE_LIMITS[form], **configured}


def sign_up_confirm_hours():
    """How long the link of a sign-up e-mail stays valid (TREMPLIN_SIGN_UP_CONFIRM_HOURS)."""
    return int(getattr(settings, "TREMPLIN_SIGN_UP_CONFIRM_HOURS", 48))
