"""Statement building: vocabulary, shape, identifiers, and the local store row."""

import json
import uuid
from datetime import UTC, datetime, timedelta, timezone

import jsonschema
import pytest

from tracking import api as tracking
from tracking.models import KnownActivity, LearnerActor, Statement
from tracking.statements import StatementError

from . import factories
from .xapi_schema import STATEMENT_SCHEMA

ADL = "http://adlnet.gov/expapi/verbs/"


def build(user, verb, activity=factories.lesson, **kwargs):
    kwargs.setdefault("context", factories.lesson_context())
    row = tracking.statement_record(user=user, verb=verb, activity=activity, **kwargs)
    jsonschema.validate(row.data, STATEMENT_SCHEMA)
    return row.data


@pytest.mark.parametrize(
    ("verb", "iri"),
    [
        (tracking.Verb.REGISTERED, ADL + "registered"),
        (tracking.Verb.EXPERIENCED, ADL + "experienced"),
        (tracking.Verb.COMPLETED, ADL + "completed"),
        (tracking.Verb.ANSWERED, ADL + "answered"),
        (tracking.Verb.PASSED, ADL + "passed"),
        (tracking.Verb.FAILED, ADL + "failed"),
        (tracking.Verb.PROGRESSED, ADL + "progressed"),
        (tracking.Verb.MASTERED, ADL + "mastered"),
        (tracking.Verb.EARNED, "http://id.tincanapi.com/verb/earned"),
    ],
)
def test_each_verb_builds_a_valid_statement_with_an_account_actor(user, verb, iri):
    data = build(user, verb)
    assert data["verb"] == {"id": iri, "display": {"en-US": iri.rsplit("/", 1)[1]}}
    assert data["version"] == "1.0.3"
    assert data["actor"] == {
        "objectType": "Agent",
        "account": {"homePage": "http://testserver", "name": str(user.xapi_actor.name)},
    }
    assert not {"mbox", "mbox_sha1sum", "openid", "name"} & data["actor"].keys()
    assert user.email not in str(data) and user.username not in str(data)
    assert json.loads(json.dumps(data)) == data  # plain JSON values: no tuple, no object


def test_lesson_statement_carries_definition_and_context(user):
    registration = uuid.uuid4()
    data = build(
        user,
        tracking.Verb.COMPLETED,
        context=factories.lesson_context(registration=registration, language="en"),
    )
    key = factories.LESSON_KEY
    assert data["object"] == {
        "objectType": "Activity",
        "id": f"http://testserver/xapi/activities/lesson/{key}",
        "definition": {
            "type": "http://adlnet.gov/expapi/activities/lesson",
            "name": {"fr": "Le poids d'une page", "en": "The weight of a page"},
        },
    }
    context = data["context"]
    assert context["registration"] == str(registration)
    assert context["platform"] == "Tremplin"
    assert context["language"] == "en"
    assert context["contextActivities"]["parent"] == [
        {
            "objectType": "Activity",
            "id": f"http://testserver/xapi/activities/module/{factories.MODULE_KEY}",
        }
    ]
    assert [a["id"] for a in context["contextActivities"]["grouping"]] == [
        f"http://testserver/xapi/activities/course/{factories.COURSE_KEY}",
        f"http://testserver/xapi/activities/path/{factories.PATH_KEY}",
    ]


def test_timestamp_is_utc_with_its_offset_whatever_the_given_zone(user):
    paris = timezone(timedelta(hours=2))
    data = build(
        user, tracking.Verb.EXPERIENCED, timestamp=datetime(2025, 6, 1, 12, 0, tzinfo=paris)
    )
    assert data["timestamp"] == "2025-06-01T10:00:00+00:00"
    with pytest.raises(StatementError):
        build(user, tracking.Verb.EXPERIENCED, timestamp=datetime(2025, 6, 1, 12, 0))


def test_answered_question_has_a_cmi_interaction_definition_and_response(user):
    data = build(
        user,
        tracking.Verb.ANSWERED,
        activity=factories.question,
        result=tracking.Result(response=("a",), success=True),
    )
    definition = data["object"]["definition"]
    assert definition["type"] == "http://adlnet.gov/expapi/activities/cmi.interaction"
    assert definition["interactionType"] == "choice"
    assert definition["correctResponsesPattern"] == ["a"]
    assert definition["choices"] == [
        {"id": "a", "description": {"fr": "WebP", "en": "WebP"}},
        {"id": "b", "description": {"fr": "PNG", "en": "PNG"}},
    ]
    assert data["result"] == {"response": "a", "success": True}


def test_multiple_choice_pattern_joins_ids(user):
    question = tracking.Activity(
        type="question",
        key=uuid.uuid4(),
        interaction=tracking.Interaction(
            choices=(tracking.Choice("a"), tracking.Choice("b"), tracking.Choice("c")),
            correct=("a", "c"),
        ),
    )
    data = build(
        user, tracking.Verb.ANSWERED, activity=question, result=tracking.Result(response=("a", "b"))
    )
    assert data["object"]["definition"]["correctResponsesPattern"] == ["a[,]c"]
    assert data["result"]["response"] == "a[,]b"


def test_quiz_score_is_scaled_from_raw_min_max(user):
    data = build(
        user,
        tracking.Verb.PASSED,
        activity=factories.quiz,
        result=tracking.Result(
            score_raw=3, score_min=0, score_max=4, success=True, completion=True
        ),
    )
    assert data["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/assessment"
    assert data["result"]["score"] == {"raw": 3.0, "min": 0.0, "max": 4.0, "scaled": 0.75}
    assert data["result"]["success"] is True
    with pytest.raises(StatementError):
        build(user, tracking.Verb.PASSED, result=tracking.Result(score_raw=5, score_max=4))


def test_progressed_carries_the_cmi5_progress_extension(user):
    data = build(
        user,
        tracking.Verb.PROGRESSED,
        activity=factories.course,
        result=tracking.Result(progress=40),
    )
    assert data["result"]["extensions"] == {
        "https://w3id.org/xapi/cmi5/result/extensions/progress": 40
    }
    with pytest.raises(StatementError):
        build(user, tracking.Verb.PROGRESSED, result=tracking.Result(progress=101))


def test_path_has_our_documented_type_and_it_resolves(user, client):
    data = build(user, tracking.Verb.COMPLETED, activity=factories.path)
    type_iri = data["object"]["definition"]["type"]
    assert type_iri == "http://testserver/xapi/activity-types/path"
    response = client.get(type_iri.removeprefix("http://testserver"))
    assert response.status_code == 200
    assert response.json()["id"] == type_iri
    assert "Parcours" in response.json()["description"]["fr"]


def test_french_and_english_names_of_one_translation_key_are_one_activity(
    user, django_capture_on_commit_callbacks
):
    french = tracking.Activity(type="lesson", key=factories.LESSON_KEY, names={"fr": "Leçon"})
    english = tracking.Activity(type="lesson", key=factories.LESSON_KEY, names={"en": "Lesson"})
    # Activities are remembered after the commit of their statements.
    with django_capture_on_commit_callbacks(execute=True):
        first = build(user, tracking.Verb.EXPERIENCED, activity=french)
    with django_capture_on_commit_callbacks(execute=True):
        second = build(user, tracking.Verb.EXPERIENCED, activity=english)
    assert first["object"]["id"] == second["object"]["id"]
    assert KnownActivity.objects.filter(key=str(factories.LESSON_KEY)).count() == 1
    # The latest description wins (courses describes an activity in all its languages).
    known = KnownActivity.objects.get(key=str(factories.LESSON_KEY))
    assert known.definition["name"] == {"en": "Lesson"}


def test_activity_iri_resolves_to_its_json_definition(
    user, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        data = build(user, tracking.Verb.COMPLETED)
    response = client.get(data["object"]["id"].removeprefix("http://testserver"))
    assert response.status_code == 200
    assert response.json() == {
        "id": data["object"]["id"],
        "objectType": "Activity",
        "definition": data["object"]["definition"],
    }
    # The grouping activities were remembered too, with the names they came with.
    course_iri = data["context"]["contextActivities"]["grouping"][0]["id"]
    assert client.get(course_iri.removeprefix("http://testserver")).json()["definition"][
        "name"
    ] == {"fr": "Écoconception", "en": "Ecodesign"}
    # Unknown: LocaleMiddleware turns any 404 into a redirect to /fr/…, which is a 404 too.
    assert client.get(f"/xapi/activities/lesson/{uuid.uuid4()}", follow=True).status_code == 404
    assert client.get("/xapi/activity-types/lesson", follow=True).status_code == 404


def test_statement_row_mirrors_the_statement(user):
    registration = uuid.uuid4()
    row = tracking.statement_record(
        user=user,
        verb=tracking.Verb.COMPLETED,
        activity=factories.lesson,
        context=factories.lesson_context(registration=registration),
    )
    row.refresh_from_db()
    assert str(row.statement_id) == row.data["id"]
    assert row.actor_name == str(user.xapi_actor.name)
    assert row.verb == str(tracking.Verb.COMPLETED)
    assert row.object_iri == factories.lesson.iri
    assert row.registration == registration
    assert row.voided is False
    assert row.timestamp.tzinfo is not None and row.timestamp.utcoffset() == timedelta(0)
    assert row.stored <= datetime.now(UTC)


def test_without_lrs_statements_are_kept_locally_and_nothing_is_pending(user, settings):
    settings.TREMPLIN_LRS_ENDPOINT = ""
    factories.record(user, n=3)
    assert set(Statement.objects.values_list("forward_state", flat=True)) == {"local"}
    assert not Statement.objects.pending().exists()


def test_with_lrs_statements_are_pending(user, settings):
    settings.TREMPLIN_LRS_ENDPOINT = "http://127.0.0.1:9/xAPI/"
    factories.record(user, n=2)
    assert Statement.objects.pending().count() == 2


def test_one_learner_one_uuid_and_erasing_it_pseudonymises(user):
    first = build(user, tracking.Verb.EXPERIENCED)
    second = build(user, tracking.Verb.COMPLETED)
    assert first["actor"] == second["actor"]
    assert LearnerActor.objects.count() == 1
    assert tracking.learner_actor_erase(user=user) is True
    assert not LearnerActor.objects.filter(name=first["actor"]["account"]["name"]).exists()
    third = build(user, tracking.Verb.COMPLETED)
    assert third["actor"]["account"]["name"] != first["actor"]["account"]["name"]
    assert tracking.learner_actor_erase(user=user) is True
    assert tracking.learner_actor_erase(user=user) is False


def test_statement_is_written_in_the_callers_transaction(user):
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        factories.record(user)
        raise RuntimeError("the progress change failed")
    assert not Statement.objects.exists()
