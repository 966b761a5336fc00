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


def _large_rejected(user):
    """A rejected statement carrying 2 MB of extensions (a client may send that much)."""
    row = factories.record(user)[0]
    data = dict(row.data)
    data["context"] = dict(
        data.get("context", {}), extensions={"https://example.org/x": "Z" * 2_000_000}
    )
    Statement.objects.filter(pk=row.pk).update(
        data=data, forward_state="rejected", last_error="400 Bad Request"
    )
    return Statement.objects.get(pk=row.pk)


def test_the_report_lists_a_large_statement_by_its_summary(admin_client, user):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    statement = _large_rejected(user)
    with CaptureQueriesContext(connection) as queries:
        response = admin_client.get(URL)
    assert response.status_code == 200
    assert len(response.content) < 200_000
    assert b"ZZZZZZZZZZ" not in response.content
    page = html.unescape(response.content.decode())
    assert statement.summary in page
    assert statement.summary.startswith("completed ")
    assert len(statement.summary) <= Statement.SUMMARY_LENGTH
    assert reverse("tracking_statement_detail", args=[statement.statement_id]) in page
    # The list never reads the JSON column, and its queries do not grow with the statements.
    assert not [
        q["sql"] for q in queries.captured_queries if '"tracking_statement"."data"' in q["sql"]
    ]
    assert len(queries) <= 15
    factories.record(user, n=5)
    Statement.objects.update(forward_state="rejected")
    with CaptureQueriesContext(connection) as more:
        assert admin_client.get(URL).status_code == 200
    assert len(more) == len(queries)


def test_a_summary_is_cut_to_its_length():
    row = Statement(
        verb="http://adlnet.gov/expapi/verbs/completed", object_iri="x" * 300, actor_name="a"
    )
    assert len(row.summary) == Statement.SUMMARY_LENGTH
    assert row.summary.endswith("…")


def test_the_detail_page_cuts_a_large_statement_and_the_download_has_all_of_it(admin_client, user):
    import json

    from tracking.selectors import STATEMENT_SHOWN_CHARACTERS

    statement = _large_rejected(user)
    detail = reverse("tracking_statement_detail", args=[statement.statement_id])
    response = admin_client.get(detail)
    assert response.status_code == 200
    assert len(response.content) < STATEMENT_SHOWN_CHARACTERS + 100_000
    page = html.unescape(response.content.decode())
    assert "seuls ses 20000 premiers caractères sont affichés" in page
    download = reverse("tracking_statement_download", args=[statement.statement_id])
    assert download in page
    response = admin_client.get(download)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert json.loads(b"".join(response.streaming_content)) == statement.data


def test_a_small_statement_is_shown_whole(admin_client, user):
    statement = factories.record(user)[0]
    response = admin_client.get(reverse("tracking_statement_detail", args=[statement.statement_id]))
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert str(statement.statement_id) in page
    assert "premiers caractères" not in page


def test_the_detail_page_needs_the_permission_and_a_known_statement(admin_client, user):
    import uuid

    from django.test import Client

    statement = factories.record(user)[0]
    learner = Client()
    learner.force_login(user)
    for name in ("tracking_statement_detail", "tracking_statement_download"):
        assert learner.get(reverse(name, args=[statement.statement_id])).status_code in (302, 403)
        # LocaleMiddleware sends any 404 outside i18n_patterns to /fr/…, a 404 too.
        unknown = admin_client.get(reverse(name, args=[uuid.uuid4()]), follow=True)
        assert unknown.status_code == 404
        assert admin_client.get(reverse(name, args=[statement.statement_id])).status_code == 200
