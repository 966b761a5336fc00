import io

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from accounts.checks import demo_accounts_absent_check
from accounts.conf import DEMO_PASSWORD
from accounts.services import demo_accounts_ensure, demo_accounts_refuse
from tests.conftest import SMALL_CONTENT


def test_demo_accounts_have_their_roles(db):
    users = {user.username: user for user, _role in demo_accounts_ensure()}
    assert set(users) == {
        "apprenant",
        "cofondateur",
        "formatrice",
        "responsable-pedagogique",
        "accompagnateur",
        "admin",
    }
    assert all(user.check_password(DEMO_PASSWORD) for user in users.values())
    assert users["admin"].is_superuser
    assert users["formatrice"].has_perm("wagtailadmin.access_admin")
    assert not users["formatrice"].is_superuser
    assert not users["apprenant"].has_perm("wagtailadmin.access_admin")
    assert users["accompagnateur"].groups.filter(name="Accompagnateurs").exists()
    assert [group.name for group in users["formatrice"].groups.all()] == ["Formateurs"]
    assert [group.name for group in users["responsable-pedagogique"].groups.all()] == [
        "Responsables pédagogiques"
    ]
    assert users["responsable-pedagogique"].has_perm("competencies.change_framework")
    assert not users["formatrice"].has_perm("competencies.change_framework")


def test_demo_accounts_ensure_is_idempotent(db, django_user_model):
    demo_accounts_ensure()
    demo_accounts_ensure()
    assert django_user_model.objects.count() == 6


def test_production_refuses_to_start_with_demo_accounts(db):
    demo_accounts_refuse()  # none yet: no error
    demo_accounts_ensure()
    with pytest.raises(ImproperlyConfigured, match="apprenant"):
        demo_accounts_refuse()


def test_deploy_check_reports_demo_accounts(db, settings):
    settings.DEBUG = False
    assert demo_accounts_absent_check(None) == []
    demo_accounts_ensure()
    assert [error.id for error in demo_accounts_absent_check(None)] == ["accounts.E001"]


def test_load_demo_creates_no_account_without_debug(db, settings, django_user_model):
    # The small content folder of the tests: the accounts do not depend on the content.
    settings.DEBUG = False
    out = io.StringIO()
    call_command("load_demo", "--content", str(SMALL_CONTENT), stdout=out)
    assert django_user_model.objects.count() == 0
    assert "DEBUG is off: no demo accounts created." in out.getvalue()
    assert "Learning path: Parcours d'essai" in out.getvalue()
