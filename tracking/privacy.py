"""The tracking app's section of a learner's data export and erasure (accounts.privacy).

Erasure forgets which learner the actor's UUID stands for (learner_actor_erase): the
statements stay in the local store (and in any LRS they were sent to), about an account that
nothing links to a person any more.
"""

from accounts.api import privacy_iso as iso

from . import conf
from .models import LearnerActor, Statement
from .services import learner_actor_erase


def user_export(user):
    """The learner's xAPI account and the statements the local store holds about it, as
    stored: two queries."""
    actor = LearnerActor.objects.filter(user=user).first()
    if actor is None:
        return {"actor": None, "statements": []}
    statements = Statement.objects.filter(actor_name=str(actor.name)).order_by("stored", "pk")
    return {
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": conf.base_url(), "name": str(actor.name)},
            "created_at": iso(actor.created_at),
        },
        "statements": [statement.data for statement in statements.only("data")],
    }


def user_erase(user):
    learner_actor_erase(user=user)
