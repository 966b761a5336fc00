"""Building xAPI 1.0.3 statements with `tincan` from plain descriptions of what happened.

Higher apps describe their content with the dataclasses below (through tracking.api); they
never build xAPI JSON themselves, so the vocabulary and the identifiers stay in one place.
"""

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

import tincan

from . import conf
from .vocabulary import CMI5_PROGRESS, CMI_INTERACTION, PLATFORM, ActivityType, Verb, activity_iri


class StatementError(ValueError):
    """A statement description that cannot make a valid statement."""


@dataclass(frozen=True)
class Choice:
    id: str
    names: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Interaction:
    """A cmi.interaction definition: a single ("choice") or multiple choice question."""

    choices: tuple[Choice, ...]
    correct: tuple[str, ...]  # ids of the correct choices
    interaction_type: str = "choice"


@dataclass(frozen=True)
class Activity:
    """Some content, described in a language-independent way.

    `key` is the Wagtail page's translation_key (or another id stable across languages, such as
    a question's block id): the French and English versions of a lesson are one activity.
    `names` and `descriptions` map language codes to text.
    """

    type: ActivityType | str
    key: str | uuid.UUID
    names: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    interaction: Interaction | None = None

    @property
    def iri(self):
        return activity_iri(self.type, self.key)

    def definition(self):
        """The xAPI activity definition as JSON (what the activity's IRI answers too)."""
        key = ("definition", conf.base_url(), repr(self))
        return json.loads(_shared(key, self._definition_json))

    def _definition_json(self):
        return self.as_tincan().definition.to_json()

    def _definition(self):
        kind = ActivityType(self.type)
        definition = tincan.ActivityDefinition(type=kind.iri)
        if self.names:
            definition.name = tincan.LanguageMap(self.names)
        if self.descriptions:
            definition.description = tincan.LanguageMap(self.descriptions)
        if self.interaction is not None:
            definition.type = CMI_INTERACTION
            definition.interaction_type = self.interaction.interaction_type
            definition.correct_responses_pattern = [response_pattern(self.interaction.correct)]
            definition.choices = tincan.InteractionComponentList(
                [
                    tincan.InteractionComponent(
                        id=choice.id, description=tincan.LanguageMap(choice.names)
                    )
                    for choice in self.interaction.choices
                ]
            )
        return definition

    def as_tincan(self, *, with_definition=True):
        """The tincan Activity, shared by the statements that describe this activity."""
        key = ("activity", conf.base_url(), with_definition, repr(self))
        return _shared(key, self._tincan, with_definition)

    def _tincan(self, with_definition):
        activity = tincan.Activity(id=self.iri)
        if with_definition:
            activity.definition = self._definition()
        return activity


@dataclass(frozen=True)
class Context:
    """`parents`: the activities directly containing the object (e.g. the lesson's module);
    `grouping`: broader ones (course, path). `registration`: the enrolment's UUID."""

    registration: uuid.UUID | str | None = None
    parents: tuple[Activity, ...] = ()
    grouping: tuple[Activity, ...] = ()
    language: str | None = None


@dataclass(frozen=True)
class Result:
    score_raw: float | None = None
    score_min: float | None = None
    score_max: float | None = None
    score_scaled: float | None = None  # computed from raw/min/max when not given
    success: bool | None = None
    completion: bool | None = None
    response: tuple[str, ...] | str | None = None  # chosen choice ids, or text
    progress: int | None = None  # 0-100, cmi5 progress extension


# tincan objects that statements share: a learner's actor, a verb, an activity, the activities
# of a context, an activity's definition as tincan serialises it. Built once (a request's
# statements describe the same course and path, a learner's requests the same actor) and never
# changed afterwards: serialising a statement only reads them.
_SHARED_MAX = 4096
_shared_objects = {}


def _shared(key, build, *args):
    try:
        return _shared_objects[key]
    except KeyError:
        if len(_shared_objects) >= _SHARED_MAX:
            _shared_objects.clear()
        built = _shared_objects[key] = build(*args)
        return built


def _agent(home_page, name):
    return tincan.Agent(account=tincan.AgentAccount(home_page=home_page, name=name))


def _verb(verb):
    return tincan.Verb(id=str(verb), display=tincan.LanguageMap(verb.display))


def response_pattern(choice_ids):
    """cmi.interaction "choice" responses: ids joined by "[,]"."""
    return "[,]".join(str(choice_id) for choice_id in choice_ids)


def _score(result):
    if result.score_raw is None and result.score_scaled is None:
        return None
    scaled = result.score_scaled
    if scaled is None and result.score_max is not None:
        low = result.score_min or 0
        span = result.score_max - low
        scaled = (result.score_raw - low) / span if span else 0.0
    if scaled is not None and not -1 <= scaled <= 1:
        raise StatementError(f"score.scaled must be within [-1, 1], got {scaled}")
    score = tincan.Score()
    if scaled is not None:
        score.scaled = round(scaled, 4)
    for name in ("raw", "min", "max"):
        value = getattr(result, f"score_{name}")
        if value is not None:
            setattr(score, name, value)
    return score


def _result(result):
    built = tincan.Result()
    score = _score(result)
    if score is not None:
        built.score = score
    if result.success is not None:
        built.success = result.success
    if result.completion is not None:
        built.completion = result.completion
    if result.response is not None:
        built.response = (
            result.response
            if isinstance(result.response, str)
            else response_pattern(result.response)
        )
    if result.progress is not None:
        if not 0 <= result.progress <= 100:
            raise StatementError(f"progress must be within 0-100, got {result.progress}")
        built.extensions = tincan.Extensions({CMI5_PROGRESS: int(result.progress)})
    return built


def _context(context):
    built = tincan.Context(platform=PLATFORM)
    if context is None:
        return built
    if context.registration is not None:
        built.registration = str(uuid.UUID(str(context.registration)))
    if context.language:
        built.language = context.language
    if context.parents or context.grouping:
        key = ("context", conf.base_url(), repr(context.parents), repr(context.grouping))
        built.context_activities = _shared(
            key, _context_activities, context.parents, context.grouping
        )
    return built


def _context_activities(parents, grouping):
    activities = tincan.ContextActivities()
    if parents:
        activities.parent = tincan.ActivityList(
            [activity.as_tincan(with_definition=False) for activity in parents]
        )
    if grouping:
        activities.grouping = tincan.ActivityList(
            [activity.as_tincan(with_definition=False) for activity in grouping]
        )
    return activities


def statement_build(*, actor_name, verb, activity, context=None, result=None, timestamp=None):
    """The statement as xAPI JSON (a dict), with a new UUID that every retry will reuse."""
    verb = Verb(verb)
    home_page, actor_name = conf.base_url(), str(actor_name)
    timestamp = timestamp or datetime.now(UTC)
    if timestamp.tzinfo is None:
        raise StatementError("timestamp must be timezone-aware")
    statement = tincan.Statement(
        id=str(uuid.uuid4()),
        actor=_shared(("agent", home_page, actor_name), _agent, home_page, actor_name),
        verb=_shared(("verb", verb), _verb, verb),
        object=activity.as_tincan(),
        context=_context(context),
        timestamp=timestamp.astimezone(UTC),
    )
    if result is not None:
        statement.result = _result(result)
    data = statement.as_version()  # what tincan's to_json() encodes: plain JSON types
    statement_validate(data)
    return data


def statement_validate(data):
    """The checks an LRS would make that matter to us; raises StatementError."""
    actor = data.get("actor") or {}
    if {"mbox", "mbox_sha1sum", "openid"} & actor.keys():
        raise StatementError("actors are pseudonymous accounts, never an email address")
    account = actor.get("account") or {}
    if not account.get("homePage", "").startswith(("http://", "https://")) or not account.get(
        "name"
    ):
        raise StatementError("the actor needs an account with an absolute homePage and a name")
    uuid.UUID(data["id"])
    if not data.get("verb", {}).get("id"):
        raise StatementError("a statement needs a verb")
    if not str(data.get("object", {}).get("id", "")).startswith(("http://", "https://")):
        raise StatementError("the object needs an absolute IRI (is the site's base URL set?)")
    datetime.fromisoformat(data["timestamp"])
