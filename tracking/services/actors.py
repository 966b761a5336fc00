"""The learners' pseudonymous xAPI accounts."""

from django.db import transaction

from ..models import LearnerActor
from . import buffer, sql


def learner_actor_get(*, user):
    """The learner's xAPI account name, created on first use (kept on the user instance, so a
    request that records several statements looks it up once)."""
    try:
        return user.xapi_actor
    except LearnerActor.DoesNotExist:
        actor, _created = LearnerActor.objects.get_or_create(user=user)
        user.xapi_actor = actor
        return actor


@transaction.atomic
def learner_actor_erase(*, user):
    """Forget which learner the UUID in their statements stands for (here and in the LRS).
    Returns whether there was one.

    Nobody's name is recorded with it (no admin log entry): a trace of the erasure would
    keep the link between the person and the UUID that erasing removes."""
    deleted, _ = LearnerActor.objects.filter(user=user).delete()
    user._state.fields_cache.pop("xapi_actor", None)  # the cached reverse one-to-one
    batch = buffer.current.get()
    if batch is not None:
        batch.actors.pop(user.pk, None)
    return bool(deleted)


def actor_name(user, batch):
    """The learner's account name: known to the batch or the user instance, else read with
    one plain SQL query (every request that records a statement needs it; the ORM's lookup
    cost more than the query), else a new LearnerActor."""
    if batch is not None and user.pk in batch.actors:
        return batch.actors[user.pk]
    actor = user._state.fields_cache.get("xapi_actor")
    if actor is not None:
        name = actor.name
    else:
        name = sql.actor_name_select(user_id=user.pk)
        if name is None:
            name = learner_actor_get(user=user).name
    if batch is not None:
        batch.actors[user.pk] = name
    return name
