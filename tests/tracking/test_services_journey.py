"""A learner's journey through a path, from the courses services to a real Ralph LRS: the
statements Ralph holds, read back with GET, are the expected ones."""

import pytest
from wagtail.models import Locale

from courses import services as courses
from tests.courses.factories import (
    catalogue_create,
    course_create,
    lessons_of,
    path_create,
    quiz_of,
    right_answers,
    wrong_answers,
)
from tracking import services
from tracking.models import Statement

pytestmark = pytest.mark.django_db

ADL = "http://adlnet.gov/expapi/verbs/"
BASE = "http://testserver/xapi/activities"


def test_a_learners_journey_gives_the_expected_statements_in_ralph(
    client, home_page, user, with_ralph
):
    catalogue = catalogue_create(home_page)
    course = course_create(catalogue, lessons=2, modules=1, pass_mark=70)
    path = path_create(catalogue, [course])
    first, second = lessons_of(course)
    quiz = quiz_of(course)
    module = first.get_parent()

    courses.enrolment_create(user=user, page=path)
    client.force_login(user)
    assert client.get(first.url).status_code == 200
    # The English version of the lesson is the same activity.
    english = first.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.save_revision().publish()
    assert client.get(english.url).status_code == 200
    courses.lesson_complete(user=user, lesson=first)
    courses.lesson_complete(user=user, lesson=second)
    courses.quiz_attempt_submit(user=user, quiz=quiz, answers=wrong_answers(quiz))
    courses.quiz_attempt_submit(user=user, quiz=quiz, answers=right_answers(quiz))

    assert services.statements_forward().rejected == 0
    rows = list(Statement.objects.order_by("stored", "pk"))
    assert {row.forward_state for row in rows} == {"sent"}

    iri = {
        "path": f"{BASE}/path/{path.translation_key}",
        "course": f"{BASE}/course/{course.translation_key}",
        "module": f"{BASE}/module/{module.translation_key}",
        "first": f"{BASE}/lesson/{first.translation_key}",
        "second": f"{BASE}/lesson/{second.translation_key}",
        "quiz": f"{BASE}/assessment/{quiz.translation_key}",
    }
    questions = [f"{BASE}/question/{q['id']}" for q in quiz.question_list()]
    expected = [
        ("registered", iri["path"]),
        ("registered", iri["course"]),
        ("experienced", iri["first"]),
        ("experienced", iri["first"]),  # in English: same object id
        ("completed", iri["first"]),
        ("progressed", iri["course"]),
        ("completed", iri["second"]),
        ("progressed", iri["course"]),
        *[("answered", q) for q in questions],
        ("failed", iri["quiz"]),
        *[("answered", q) for q in questions],
        ("passed", iri["quiz"]),
        ("progressed", iri["course"]),
        ("completed", iri["course"]),
        ("completed", iri["path"]),
    ]
    assert [(row.verb.removeprefix(ADL), row.object_iri) for row in rows] == expected

    # Ralph holds each statement once, and its copy is ours: actor, verb, object, result,
    # context.
    assert sorted(s["id"] for s in with_ralph.stored()) == sorted(
        str(row.statement_id) for row in rows
    )
    actor = {
        "objectType": "Agent",
        "account": {"homePage": "http://testserver", "name": str(user.xapi_actor.name)},
    }
    for row in rows:
        theirs = with_ralph.get(row.statement_id)
        assert theirs["actor"] == actor
        for name in ("verb", "object", "result", "context"):
            assert theirs.get(name) == row.data.get(name), (row.verb, name)

    by_verb = {}
    for row in rows:
        by_verb.setdefault(row.verb.removeprefix(ADL), []).append(row.data)
    experienced_fr, experienced_en = by_verb["experienced"]
    assert experienced_fr["context"]["language"] == "fr"
    assert experienced_en["context"]["language"] == "en"
    assert experienced_fr["object"]["definition"]["name"]["fr"] == first.title
    lesson_context = by_verb["completed"][0]["context"]
    enrolment = user.enrolments.get(course__isnull=False)
    assert lesson_context["registration"] == str(enrolment.registration)
    assert lesson_context["platform"] == "Tremplin"
    assert [a["id"] for a in lesson_context["contextActivities"]["parent"]] == [iri["module"]]
    assert [a["id"] for a in lesson_context["contextActivities"]["grouping"]] == [
        iri["course"],
        iri["path"],
    ]
    assert [s["result"]["extensions"] for s in by_verb["progressed"]] == [
        {"https://w3id.org/xapi/cmi5/result/extensions/progress": p} for p in (33, 67, 100)
    ]
    failed, passed = by_verb["failed"][0], by_verb["passed"][0]
    assert failed["result"]["success"] is False and failed["result"]["score"]["raw"] == 0
    assert passed["result"]["score"] == {"raw": 4.0, "min": 0.0, "max": 4.0, "scaled": 1.0}
    answered = by_verb["answered"][-1]
    assert answered["object"]["definition"]["interactionType"] == "choice"
    assert answered["context"]["contextActivities"]["parent"][0]["id"] == iri["quiz"]
    assert answered["result"]["success"] is True
    assert not any("mbox" in str(row.data) for row in rows)
