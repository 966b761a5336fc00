import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.test import Client

from accounts.services import AccountError, user_data_export, user_erase
from certificates.models import Certificate
from certificates.services import ERASURE_REVOCATION_REASON
from competencies.models import CompetencyEvidence
from courses.models import Enrolment, LessonCompletion, QuizAttempt
from tracking.models import LearnerActor, Statement

User = get_user_model()

TOP_LEVEL_KEYS = {
    "format",
    "version",
    "exported_at",
    "account",
    "courses",
    "competencies",
    "certificates",
    "tracking",
    "launchpad",
}


def test_the_export_holds_every_kind_of_row_of_the_learner(journey):
    user, _other = journey
    data = user_data_export(user=user)

    assert set(data) == TOP_LEVEL_KEYS
    assert data["format"] == "tremplin-user-data" and data["version"] == 1
    assert data["account"]["username"] == "lea"
    assert data["account"]["email"] == "lea@example.org"
    assert data["account"]["display_name"] == "Léa Martin"
    assert data["account"]["date_joined"].endswith("Z")

    enrolment = Enrolment.objects.get(user=user)
    [exported] = data["courses"]["enrolments"]
    assert exported["registration"] == str(enrolment.registration)
    assert exported["title"] == "Impacts du numérique"
    assert exported["kind"] == "course" and exported["completed_at"] is not None
    assert len(data["courses"]["lesson_completions"]) == 2
    attempts = data["courses"]["quiz_attempts"]
    assert [(a["attempt_number"], a["passed"]) for a in attempts] == [(1, False), (2, True)]
    assert attempts[1]["score"] == 100 and attempts[1]["answers"]

    evidence = data["competencies"]["evidence"]
    assert len(evidence) == CompetencyEvidence.objects.filter(user=user).count() > 0
    assert {row["competency_code"] for row in data["competencies"]["levels"]} >= {"A1", "A2"}

    certificate = Certificate.objects.get(holder=user)
    [exported] = data["certificates"]
    assert exported["code"] == certificate.formatted_code
    assert exported["verification_url"].endswith(f"/verify/{certificate.formatted_code}/")
    assert exported["status"] == "valid" and exported["holder_name"] == "Léa Martin"
    assert exported["credential"]["id"] == f"urn:uuid:{certificate.id}"

    actor = LearnerActor.objects.get(user=user)
    assert data["tracking"]["actor"]["account"]["name"] == str(actor.name)
    statements = data["tracking"]["statements"]
    assert len(statements) == Statement.objects.filter(actor_name=str(actor.name)).count() > 0
    assert {s["actor"]["account"]["name"] for s in statements} == {str(actor.name)}
    json.dumps(data)  # JSON types only


def test_the_export_of_one_learner_holds_nothing_of_another(journey):
    user, other = journey
    text = json.dumps(user_data_export(user=other), ensure_ascii=False)
    data = json.loads(text)
    assert data["account"]["username"] == "autre"
    assert len(data["courses"]["enrolments"]) == 1
    assert len(data["courses"]["lesson_completions"]) == 1
    assert data["courses"]["quiz_attempts"] == [] and data["certificates"] == []
    assert "lea" not in text and "Léa" not in text
    assert str(LearnerActor.objects.get(user=user).name) not in text
    assert str(Enrolment.objects.get(user=user).registration) not in text


def test_the_export_of_a_newcomer_is_empty_but_complete(user):
    data = user_data_export(user=user)
    assert set(data) == TOP_LEVEL_KEYS
    assert data["tracking"] == {"actor": None, "statements": []}
    assert data["courses"] == {"enrolments": [], "lesson_completions": [], "quiz_attempts": []}
    assert data["launchpad"] == {"projects": [], "diagnostics": [], "project_history": []}


def test_the_export_costs_a_constant_number_of_queries(
    journey, django_assert_num_queries, django_assert_max_num_queries
):
    """Savepoint and release, courses 3, competencies 4, certificates 1, tracking 2, launchpad 4
    (memberships, their projects' steps, diagnostics, history; the steps' query is skipped for
    a person in no project): the same for a learner with many rows of each kind as for one with
    one row or none."""
    user, other = journey
    with django_assert_num_queries(15):
        user_data_export(user=user)
    with django_assert_max_num_queries(15):
        user_data_export(user=other)


def test_erasure_leaves_no_row_of_the_learner(journey, client, password, settings):
    user, other = journey
    settings.TREMPLIN_BASE_URL = "https://tremplin.example"
    login = Client().post("/fr/accounts/login/", {"username": "lea", "password": password})
    assert login.status_code == 302
    assert Session.objects.count() == 1
    actor_name = str(LearnerActor.objects.get(user=user).name)
    statements = Statement.objects.filter(actor_name=actor_name).count()
    certificate = Certificate.objects.get(holder=user)
    user_pk = user.pk

    user_erase(user=user)

    assert not User.objects.filter(pk=user_pk).exists()
    assert not Enrolment.objects.filter(user_id=user_pk).exists()
    assert not LessonCompletion.objects.filter(user_id=user_pk).exists()
    assert not QuizAttempt.objects.filter(user_id=user_pk).exists()
    assert not CompetencyEvidence.objects.filter(user_id=user_pk).exists()
    assert not LearnerActor.objects.filter(user_id=user_pk).exists()
    assert not Certificate.objects.filter(holder_id=user_pk).exists()
    assert Session.objects.count() == 0
    # The statements stay, about an actor that maps to nobody.
    assert Statement.objects.filter(actor_name=actor_name).count() == statements
    assert not LearnerActor.objects.filter(name=actor_name).exists()
    # The certificate is revoked and names nobody.
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
    assert certificate.revocation_reason == ERASURE_REVOCATION_REASON
    assert certificate.holder_name == "" and certificate.credential_json == ""
    assert not certificate.pdf
    # The other learner keeps everything.
    assert Enrolment.objects.filter(user=other).count() == 1
    assert LessonCompletion.objects.filter(user=other).count() == 1


def test_erasure_deletes_the_certificate_pdf_after_the_commit(
    journey, django_capture_on_commit_callbacks
):
    user, _other = journey
    certificate = Certificate.objects.get(holder=user)
    assert certificate.pdf and certificate.pdf_sha256
    storage, name = certificate.pdf.storage, certificate.pdf.name
    assert storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        user_erase(user=user)
    assert not storage.exists(name)
    certificate.refresh_from_db()
    assert certificate.pdf_sha256  # a copy the holder kept is still recognised, as revoked


def test_the_verification_json_says_revoked_without_the_name(journey, client):
    user, _other = journey
    certificate = Certificate.objects.get(holder=user)
    user_erase(user=user)
    payload = client.get(f"/verify/{certificate.formatted_code}.json").json()
    assert payload["status"] == "revoked"
    assert payload["certificate"]["revocation"]["reason"] == ERASURE_REVOCATION_REASON
    assert payload["certificate"]["holder"]["name"] == ""
    assert "Léa" not in json.dumps(payload, ensure_ascii=False)
    page = client.get(f"/fr/verify/{certificate.formatted_code}/").content.decode()
    assert "Léa" not in page


@pytest.mark.parametrize("flag", ["is_staff", "is_superuser"])
def test_staff_accounts_are_refused(user, flag):
    setattr(user, flag, True)
    user.save()
    with pytest.raises(AccountError):
        user_erase(user=user)
    assert User.objects.filter(pk=user.pk).exists()
