"""The Wagtail admin report: counts, oldest pending, the last error in plain words, retries."""

import html
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from tracking import services
from tracking.models import Statement

from . import factories
from .conftest import lrs_settings

pytestmark = pytest.mark.django_db

URL = "/admin/reports/xapi/"


@pytest.fixture
def admin_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "pw-long-42")
    client.force_login(admin)
    return client


def test_report_needs_the_permission(client, user):
    assert reverse("tracking_forwarding_report") == URL
    client.force_login(user)
    assert client.get(URL).status_code in (302, 403)
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_statement"),
    )
    response = client.get(URL)
    assert response.status_code == 200
    assert b"retry_rejected" not in response.content  # viewing does not allow retrying
    # Wagtail turns the PermissionDenied into a redirect to the dashboard.
    factories.record(user)
    Statement.objects.update(forward_state="rejected")
    assert client.post(URL, {"action": "retry_rejected"}).url == "/admin/"
    assert Statement.objects.get().forward_state == "rejected"


def test_counts_oldest_pending_and_a_wrong_password_in_plain_words(
    admin_client, user, ralph, settings
):
    lrs_settings(settings, ralph.endpoint, password="wrong")
    rows = factories.record(user, n=4)
    Statement.objects.filter(pk=rows[0].pk).update(stored=timezone.now() - timedelta(hours=3))
    Statement.objects.filter(pk=rows[3].pk).update(forward_state="sent")
    services.statements_forward()  # Ralph answers 401
    response = admin_client.get(URL)
    assert response.status_code == 200
    status = response.context["status"]
    assert status["counts"] == {"local": 0, "pending": 3, "sent": 1, "rejected": 0}
    assert status["oldest_pending_age"] >= timedelta(hours=3)
    page = response.content.decode()
    assert "Le LRS a refusé les identifiants (HTTP 401)" in page
    assert "TREMPLIN_LRS_PASSWORD" in page
    assert "3\xa0heures" in page or "3 heures" in page
    assert ralph.endpoint in page


def test_retry_rejected_after_a_fix(admin_client, user, with_ralph):
    rows = factories.record(user, n=3)
    Statement.objects.filter(pk=rows[1].pk).update(
        forward_state="rejected", last_error_code="http_400", last_error="bad", attempts=1
    )
    Statement.objects.filter(pk__in=[rows[0].pk, rows[2].pk]).update(forward_state="sent")
    page = admin_client.get(URL).content.decode()
    assert "Le LRS a refusé une déclaration (HTTP 400)" in page
    response = admin_client.post(URL, {"action": "retry_rejected"}, follow=True)
    assert response.status_code == 200
    assert "1 déclaration refusée remise en file d'envoi." in html.unescape(
        response.content.decode()
    )
    rows[1].refresh_from_db()
    assert rows[1].forward_state == "pending" and rows[1].attempts == 0
    assert services.statements_forward().sent == 1
    assert [s["id"] for s in with_ralph.stored()] == [str(rows[1].statement_id)]


def test_retrying_rejected_statements_is_in_the_admin_history(admin_client, user, settings):
    """Who put which statement back in the queue: Wagtail's log, shown in "Site history"."""
    from wagtail.models import ModelLogEntry

    settings.TREMPLIN_LRS_ENDPOINT = "http://127.0.0.1:9/xAPI/"
    rows = factories.record(user, n=3)
    Statement.objects.filter(pk__in=[rows[0].pk, rows[2].pk]).update(forward_state="rejected")
    admin_client.post(URL, {"action": "retry_rejected"})
    entries = ModelLogEntry.objects.filter(action="tracking.statement_requeue")
    assert sorted(entries.values_list("object_id", flat=True)) == sorted(
        [str(rows[0].pk), str(rows[2].pk)]
    )
    assert {entry.user.username for entry in entries} == {"root"}
    assert {entry.label for entry in entries} == {
        str(rows[0].statement_id),
        str(rows[2].statement_id),
    }
    history = admin_client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Déclaration xAPI refusée remise en file d'envoi" in html.unescape(history)
    # Nothing rejected: nothing to retry, nothing logged.
    assert services.statements_rejected_retry() == 0
    assert entries.count() == 2


def test_retry_now_cancels_the_backoff(admin_client, user, settings):
    settings.TREMPLIN_LRS_ENDPOINT = "http://127.0.0.1:9/xAPI/"
    factories.record(user, n=2)
    Statement.objects.update(next_attempt_at=timezone.now() + timedelta(hours=1))
    admin_client.post(URL, {"action": "retry_now"})
    assert not Statement.objects.filter(next_attempt_at__isnull=False).exists()


def test_without_lrs_the_report_says_the_local_store_is_the_record(admin_client, user, settings):
    settings.TREMPLIN_LRS_ENDPOINT = ""
    factories.record(user, n=2)
    response = admin_client.get(URL)
    assert "Aucun LRS n'est configuré" in response.content.decode()
    assert response.context["status"]["counts"]["pending"] == 0
    assert response.context["status"]["counts"]["local"] == 2
