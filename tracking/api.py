"""What other apps may use of tracking (STYLE.md: nothing else of this app is imported).

Recording a learning event, inside the caller's transaction::

    from tracking import api as tracking

    tracking.statement_record(
        user=user,
        verb=tracking.Verb.COMPLETED,
        activity=tracking.Activity(type="lesson", key=lesson.translation_key, names={...}),
        context=tracking.Context(registration=enrolment.registration, parents=(module,),
                                 grouping=(course, path), language="fr"),
    )

A service that records several statements can write them together (one INSERT, one upsert of
their activities, one forwarding task)::

    with tracking.statements_batch():
        ...  # statement_record(...) calls
"""

from .services import learner_actor_erase, learner_actor_get, statement_record, statements_batch
from .statements import Activity, Choice, Context, Interaction, Result, StatementError
from .vocabulary import ActivityType, Verb, activity_iri

__all__ = [
    "Activity",
    "ActivityType",
    "Choice",
    "Context",
    "Interaction",
    "Result",
    "StatementError",
    "Verb",
    "activity_iri",
    "learner_actor_erase",
    "learner_actor_get",
    "statement_record",
    "statements_batch",
]
