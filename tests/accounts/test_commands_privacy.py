import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from certificates.models import Certificate
from courses.models import Enrolment

User = get_user_model()


def test_user_data_export_writes_the_same_json_as_the_download(journey, tmp_path):
    user, _other = journey
    target = tmp_path / "lea.json"
    call_command("user_data_export", "lea", "-o", str(target))
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["account"]["username"] == "lea"
    assert len(data["courses"]["quiz_attempts"]) == 2
    assert len(data["certificates"]) == 1


def test_user_data_export_prints_without_output(user, capsys):
    call_command("user_data_export", "lea")
    assert json.loads(capsys.readouterr().out)["account"]["display_name"] == "Léa Martin"


def test_user_data_export_refuses_an_unknown_user(db):
    with pytest.raises(CommandError, match="No user named 'nobody'"):
        call_command("user_data_export", "nobody")


def test_user_erase_needs_yes(user):
    with pytest.raises(CommandError, match="--yes"):
        call_command("user_erase", "lea")
    assert User.objects.filter(username="lea").exists()


def test_user_erase_erases_through_the_service(journey):
    user, _other = journey
    certificate = Certificate.objects.get(holder=user)
    call_command("user_erase", "lea", "--yes")
    assert not User.objects.filter(username="lea").exists()
    assert not Enrolment.objects.filter(user_id=user.pk).exists()
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None and certificate.holder_name == ""


def test_user_erase_refuses_staff(user):
    user.is_superuser = True
    user.save()
    with pytest.raises(CommandError, match="administrat"):
        call_command("user_erase", "lea", "--yes")
    assert User.objects.filter(username="lea").exists()
