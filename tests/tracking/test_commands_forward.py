"""`manage.py xapi_forward` and the system checks of the LRS settings."""

import io

import pytest
from django.core.management import CommandError, call_command

from tracking.checks import lrs_settings_check
from tracking.models import Statement

from . import factories
from .conftest import lrs_settings

pytestmark = pytest.mark.django_db


def run(*args):
    out = io.StringIO()
    call_command("xapi_forward", *args, stdout=out)
    return out.getvalue()


def test_without_lrs_the_command_says_so(settings):
    settings.TREMPLIN_LRS_ENDPOINT = ""
    assert "No LRS configured" in run()


def test_the_command_sends_pending_and_on_request_local_statements(user, settings, ralph):
    settings.TREMPLIN_LRS_ENDPOINT = ""
    factories.record(user, n=2)  # kept locally: no LRS yet
    lrs_settings(settings, ralph.endpoint)
    factories.record(user, n=3)
    assert "3 sent, 0 rejected, 0 postponed (1 batch(es))" in run()
    assert "2 local statement(s) queued." in run("--include-local")
    assert Statement.objects.filter(forward_state="sent").count() == 5
    assert len(ralph.stored()) == 5


def test_an_empty_queue_is_a_quiet_run(with_ralph):
    """Issue 11: a run that found nothing to send raised AttributeError (self.verbosity)."""
    assert run() == ""
    assert run("--verbosity", "2") == "0 sent, 0 rejected, 0 postponed (0 batch(es))\n"
    assert with_ralph.stored() == []


def test_the_loop_keeps_running_after_a_run_with_nothing_to_send(user, with_ralph):
    factories.record(user, n=3)
    output = run("--loop", "--runs", "3", "--interval", "0", "--verbosity", "2")
    assert output.splitlines() == [
        "3 sent, 0 rejected, 0 postponed (1 batch(es))",
        "0 sent, 0 rejected, 0 postponed (0 batch(es))",
        "0 sent, 0 rejected, 0 postponed (0 batch(es))",
    ]
    assert Statement.objects.filter(forward_state="sent").count() == 3
    assert len(with_ralph.stored()) == 3


def test_the_loop_prints_only_the_runs_that_sent_something(user, with_ralph):
    factories.record(user, n=2)
    output = run("--loop", "--runs", "2", "--interval", "0", "--retry-now")
    assert output.splitlines() == ["2 sent, 0 rejected, 0 postponed (1 batch(es))"]
    assert len(with_ralph.stored()) == 2


def test_the_loop_on_an_empty_queue(with_ralph):
    assert run("--loop", "--runs", "2", "--interval", "0") == ""


@pytest.mark.parametrize("args", [("--runs", "0"), ("--interval", "-1")])
def test_bad_loop_options_are_refused(with_ralph, args):
    with pytest.raises(CommandError):
        run("--loop", *args)


@pytest.mark.parametrize(
    ("overrides", "ids"),
    [
        ({}, []),
        ({"TREMPLIN_LRS_ENDPOINT": "lrs.example.org"}, ["tracking.E001"]),
        ({"TREMPLIN_LRS_PASSWORD": ""}, ["tracking.E002"]),
        ({"TREMPLIN_LRS_BATCH_SIZE": 0}, ["tracking.E003"]),
        ({"TREMPLIN_LRS_READ_TIMEOUT": "30"}, ["tracking.E003"]),
        ({"WAGTAILADMIN_BASE_URL": "/"}, ["tracking.E004"]),
    ],
)
def test_system_checks(settings, overrides, ids):
    lrs_settings(settings, "https://lrs.example.org/xAPI/")
    for name, value in overrides.items():
        setattr(settings, name, value)
    assert [error.id for error in lrs_settings_check(None)] == ids


def test_no_lrs_is_a_valid_configuration(settings):
    settings.TREMPLIN_LRS_ENDPOINT = ""
    settings.TREMPLIN_LRS_USERNAME = ""
    assert lrs_settings_check(None) == []
