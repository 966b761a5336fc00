"""Settings of the accounts app, read at call time."""

from django.conf import settings

DEMO_PASSWORD = "tremplin-demo"  # noqa: S105 - documented demo password, DEBUG only


def demo_accounts():
    """The demo accounts that load_demo creates when DEBUG is on: (username, role, display name)."""
    return getattr(
        settings,
        "TREMPLIN_DEMO_ACCOUNTS",
        [
            ("apprenant", "learner", "Camille Apprenant"),
            ("formatrice", "trainer", "Dominique Formatrice"),
            ("accompagnateur", "support", "Sacha Accompagnateur"),
            ("admin", "admin", "Alex Admin"),
        ],
    )
