"""Statements recorded together (tracking.api.statements_batch), as courses' services do: the
same statements and guarantees as one by one, in fewer queries."""

from unittest import mock

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from courses import services as courses
from tests.courses.factories import catalogue_create, course_create, lessons_of, path_create
from tracking import api as tracking
from tracking.models import KnownActivity, Statement
from tracking.services import recording

from . import factories

pytestmark = pytest.mark.django_db


def test_a_batch_writes_its_statements_in_order_when_it_ends(
    user, settings, django_capture_on_commit_callbacks
):
    settings.TREMPLIN_LRS_ENDPOINT = "http://127.0.0.1:9/xAPI/"
    with django_capture_on_commit_callbacks() as callbacks:
        with tracking.statements_batch():
            rows = [
                *factories.record(user, verb=tracking.Verb.COMPLETED),
                *factories.record(user, verb=tracking.Verb.PROGRESSED, activity=factories.course),
                *factories.record(user, verb=tracking.Verb.COMPLETED, activity=factories.course),
            ]
            assert not Statement.objects.exists()
        stored = list(Statement.objects.order_by("stored", "pk"))
    assert [str(row.statement_id) for row in stored] == [row.data["id"] for row in rows]
    assert all(row.pk is not None for row in rows)
    assert {row.forward_state for row in stored} == {"pending"}
    assert stored[0].data == rows[0].data and "definition" in stored[0].data["object"]
    # After the commit: one forwarding task for the transaction, and every described activity
    # remembered once (its own transaction, tracking/services/recording.py).
    assert len(callbacks) == 2
    assert not KnownActivity.objects.exists()
    for callback in callbacks:
        if getattr(callback, "func", None) is recording._activities_upsert:
            callback()
    assert KnownActivity.objects.count() == 4  # lesson, module, course, path
    course = KnownActivity.objects.get(kind="course")
    assert course.definition == stored[1].data["object"]["definition"]


def test_a_batch_that_raises_writes_nothing(user):
    with pytest.raises(RuntimeError), tracking.statements_batch():
        factories.record(user, n=2)
        raise RuntimeError("the progress change failed")
    assert not Statement.objects.exists()
    assert not KnownActivity.objects.exists()


def test_a_statement_recorded_in_a_savepoint_of_a_batch_goes_with_that_savepoint(user):
    with tracking.statements_batch():
        (first,) = factories.record(user, verb=tracking.Verb.EXPERIENCED)
        with pytest.raises(RuntimeError), transaction.atomic():
            factories.record(user, verb=tracking.Verb.COMPLETED)
            raise RuntimeError("rolled back alone")
        (kept,) = factories.record(user, verb=tracking.Verb.COMPLETED)
        with transaction.atomic():
            (inner,) = factories.record(user, verb=tracking.Verb.PASSED)
        (last,) = factories.record(user, verb=tracking.Verb.PROGRESSED)
    stored = Statement.objects.order_by("stored", "pk").values_list("statement_id", flat=True)
    assert [str(statement_id) for statement_id in stored] == [
        row.data["id"] for row in (first, kept, inner, last)
    ]


def test_nested_batches_are_one(user):
    with tracking.statements_batch():
        factories.record(user)
        with tracking.statements_batch():
            factories.record(user)
        assert not Statement.objects.exists()
    assert Statement.objects.count() == 2


def test_erasing_the_actor_inside_a_batch_gives_the_next_statements_a_new_uuid(user):
    with tracking.statements_batch():
        (before,) = factories.record(user)
        tracking.learner_actor_erase(user=user)
        (after,) = factories.record(user)
    assert before.actor_name != after.actor_name
    assert after.actor_name == str(user.xapi_actor.name)


def _queries(callable_):
    with CaptureQueriesContext(connection) as context:
        callable_()
    return len(context.captured_queries)


def test_mark_as_done_records_its_two_statements_in_a_constant_few_queries(
    home_page, user, django_capture_on_commit_callbacks
):
    """A lesson completed and the course's progress: the pages described in one query, the
    learner's account looked up once, one INSERT of both statements; after the commit, one
    upsert of their activities (and the forwarding task, when an LRS is configured)."""
    catalogue = catalogue_create(home_page)
    course = course_create(catalogue, lessons=3, modules=1)
    other = course_create(catalogue, lessons=3, modules=1, slug="autre")
    path = path_create(catalogue, [course, other])
    courses.enrolment_create(user=user, page=path)
    first, second, third = lessons_of(course)
    tracking.learner_actor_get(user=user)  # as after the learner's first statement
    courses.lesson_complete(user=user, lesson=first)
    before = Statement.objects.count()

    noop = {"lesson_completed": lambda **kw: None, "course_event": lambda **kw: None}
    with mock.patch.multiple("courses.tracking", **noop):
        untracked = _queries(lambda: courses.lesson_complete(user=user, lesson=second))
    learner = type(user).objects.get(pk=user.pk)  # a new request: a new user instance
    with django_capture_on_commit_callbacks() as callbacks:
        tracked = _queries(lambda: courses.lesson_complete(user=learner, lesson=third))

    assert Statement.objects.count() == before + 2
    # + the titles, the account, the statements; + the path's key (the enrolment came through
    # a path).
    assert tracked - untracked == 4
    # After the commit, in a transaction of its own: the activities' one upsert.
    [upsert] = [c for c in callbacks if getattr(c, "func", None) is recording._activities_upsert]
    with CaptureQueriesContext(connection) as context:
        upsert()
    writes = [q["sql"] for q in context.captured_queries if "SAVEPOINT" not in q["sql"]]
    assert len(writes) == 1 and writes[0].startswith('INSERT INTO "tracking_knownactivity"')
