import json
import threading
from decimal import Decimal

import pytest
from django.db import connection

from certificates import credentials, services
from certificates.models import Certificate, IssuanceKind
from tests.courses.factories import UserFactory, course_create, path_create

from .factories import course_complete, rule_create


def test_issue_freezes_the_record(rule, user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        certificate, created = services.certificate_issue(rule=rule, holder=user)
    certificate.refresh_from_db()
    assert created
    assert certificate.holder_name == "Léa Martin"
    assert certificate.title_fr == rule.title_fr and certificate.title_en == rule.title_en
    assert certificate.description_en == rule.description_en
    assert certificate.hours == Decimal("12.5")
    assert "Cours" in certificate.criteria_fr and "Cours" in certificate.criteria_en
    assert certificate.issuer_name == "Tremplin"
    assert certificate.valid_until.year == certificate.issued_at.year + 2
    assert certificate.kind == IssuanceKind.AUTOMATIC
    assert certificate.competencies == []
    assert len(certificate.pdf_sha256) == 64
    credential = json.loads(certificate.credential_json)
    assert credential["credentialSubject"]["name"] == "Léa Martin"
    assert credentials.verify(credential).valid


def test_no_validity_means_no_expiry(course, user):
    rule = rule_create(course, validity_months=None)
    certificate, _ = services.certificate_issue(rule=rule, holder=user)
    assert certificate.valid_until is None
    assert "validUntil" not in json.loads(certificate.credential_json)


def test_add_months_clamps_to_the_end_of_month():
    from datetime import datetime

    assert services.add_months(datetime(2024, 1, 31), 1) == datetime(2024, 2, 29)
    assert services.add_months(datetime(2024, 11, 30), 3) == datetime(2025, 2, 28)


def test_issuing_twice_returns_the_same_certificate(rule, user):
    first, created = services.certificate_issue(rule=rule, holder=user)
    second, created_again = services.certificate_issue(rule=rule, holder=user)
    assert created and not created_again
    assert first.pk == second.pk
    assert Certificate.objects.count() == 1


def test_issuing_again_renders_the_pdf_a_dead_worker_never_queued(
    rule, user, django_capture_on_commit_callbacks
):
    """The worker died after the commit and before its on-commit hook queued the rendering:
    the issuance task runs again (common.tasks' recovery) and the PDF is rendered then."""
    with django_capture_on_commit_callbacks(execute=False):
        certificate, _ = services.certificate_issue(rule=rule, holder=user)
    certificate.refresh_from_db()
    assert certificate.pdf_sha256 == ""
    with django_capture_on_commit_callbacks(execute=True):
        again, created = services.certificate_issue(rule=rule, holder=user)
    assert not created and again.pk == certificate.pk
    certificate.refresh_from_db()
    assert len(certificate.pdf_sha256) == 64
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        services.certificate_issue(rule=rule, holder=user)
    assert callbacks == []  # rendered once: nothing more to queue


def test_lost_race_returns_the_winners_certificate(rule, user, monkeypatch):
    """The unique constraint decides: the insert that loses gets the existing row."""
    winner, _ = services.certificate_issue(rule=rule, holder=user)
    real_filter = Certificate.objects.filter
    calls = {"n": 0}

    def filter_missing_once(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:  # the pre-check does not see the winner yet
            return Certificate.objects.none()
        return real_filter(*args, **kwargs)

    monkeypatch.setattr(Certificate.objects, "filter", filter_missing_once)
    loser, created = services.certificate_issue(rule=rule, holder=user)
    assert not created
    assert loser.pk == winner.pk
    assert real_filter(rule=rule, holder=user).count() == 1


def test_concurrent_completions_issue_one_certificate(shared_database, home_page):
    """Several workers handle the same completion at the same moment (threads, each with
    its own database connection): exactly one certificate. On PostgreSQL the inserts race
    and the unique constraint decides; on SQLite (a file, as a site runs it) IMMEDIATE
    transactions make them wait in turn, and each later one finds the first's row."""
    from tests.courses.factories import catalogue_create

    catalogue = catalogue_create(home_page)
    course = course_create(catalogue, lessons=1, modules=1)
    rule = rule_create(course)
    learner = UserFactory()
    barrier = threading.Barrier(4)
    results, errors = [], []

    def worker():
        try:
            barrier.wait(timeout=10)
            certificate, created = services.certificate_issue(rule=rule, holder=learner)
            results.append((certificate.pk, created))
        except Exception as exc:  # reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    assert len({pk for pk, _created in results}) == 1
    assert sum(created for _pk, created in results) == 1
    assert Certificate.objects.filter(rule=rule, holder=learner).count() == 1


def test_course_completion_issues_the_certificate_once(
    rule, course, user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        course_complete(user, course)
    certificate = Certificate.objects.get(holder=user)
    assert certificate.rule == rule
    assert certificate.pdf_sha256
    # Enrolling again and re-completing announces nothing new: still one certificate.
    with django_capture_on_commit_callbacks(execute=True):
        services.certificates_issue_for_completion(user=user, page=course)
    assert Certificate.objects.filter(holder=user).count() == 1


def test_path_completion_issues_the_path_certificate(
    catalogue, user, django_capture_on_commit_callbacks
):
    """The courses app's path_completed signal (sent after commit) earns the certificate."""
    from courses.signals import path_completed

    first = course_create(catalogue, lessons=1, modules=1)
    second = course_create(catalogue, lessons=1, modules=1)
    path = path_create(catalogue, [first, second])
    rule = rule_create(path, title_fr="Parcours complet", title_en="Full path")
    with django_capture_on_commit_callbacks(execute=True):
        course_complete(user, first)
    assert not Certificate.objects.filter(rule=rule).exists()
    with django_capture_on_commit_callbacks(execute=True):
        path_completed.send(sender=None, user=user, path=path, enrolment=None)
    assert Certificate.objects.filter(rule=rule, holder=user).count() == 1


def test_an_inactive_rule_issues_nothing_automatically(
    course, user, django_capture_on_commit_callbacks
):
    rule_create(course, is_active=False)
    with django_capture_on_commit_callbacks(execute=True):
        course_complete(user, course)
    assert not Certificate.objects.exists()


def test_a_course_without_a_rule_issues_nothing(course, user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        course_complete(user, course)
    assert not Certificate.objects.exists()


def test_manual_issuance_needs_a_reason(rule, user):
    with pytest.raises(services.CertificateError):
        services.certificate_issue_manual(rule=rule, holder=user, reason="  ")
    assert not Certificate.objects.exists()


def test_manual_issuance_records_who_and_why(rule, user):
    trainer = UserFactory()
    certificate, created = services.certificate_issue_manual(
        actor=trainer, rule=rule, holder=user, reason="Validation des acquis en présentiel"
    )
    assert created
    assert certificate.kind == IssuanceKind.MANUAL
    assert certificate.reason == "Validation des acquis en présentiel"
    assert certificate.issued_by == trainer


def test_rule_must_point_at_a_path_or_a_course(home_page):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        rule_create(home_page)


def test_revocation_needs_a_reason_and_happens_once(certificate):
    with pytest.raises(services.CertificateError):
        services.certificate_revoke(certificate=certificate, reason="")
    revoked = services.certificate_revoke(certificate=certificate, reason="Fraude à l'examen")
    assert revoked.status() == "revoked"
    with pytest.raises(services.CertificateError):
        services.certificate_revoke(certificate=certificate, reason="Encore")


def test_issuance_records_the_earned_xapi_statement(rule, user):
    from tracking.models import Statement
    from tracking.vocabulary import Verb

    certificate, _ = services.certificate_issue(rule=rule, holder=user)
    statement = Statement.objects.get(verb=Verb.EARNED)
    assert "/xapi/activities/certificate/" in statement.object_iri
    assert statement.data["object"]["definition"]["name"]["fr"] == certificate.title_fr
    services.certificate_issue(rule=rule, holder=user)  # idempotent: no second statement
    assert Statement.objects.filter(verb=Verb.EARNED).count() == 1


def test_a_failed_statement_rolls_the_issuance_back(rule, user, settings):
    """The statement store refuses the `earned` statement (a base URL that is not absolute:
    the actor's homePage would not be either): no certificate without its statement."""
    from tracking.api import StatementError
    from tracking.models import Statement

    settings.TREMPLIN_BASE_URL = "tremplin.example.org"
    with pytest.raises(StatementError, match="absolute homePage"):
        services.certificate_issue(rule=rule, holder=user)
    assert not Certificate.objects.exists()
    assert not Statement.objects.exists()
