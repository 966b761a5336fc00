"""Content-Security-Policy and Permissions-Policy (issue 17, item 9): the site's pages allow no
inline script or style and no frame; the Wagtail admin gets its own looser policy; the
report-only mode sends the same policy without enforcing it. The browser tests fail on any
violation (tests/e2e/conftest.py)."""

import re
from pathlib import Path

import pytest
from django.conf import settings


def _directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_site_pages_allow_only_their_own_scripts_and_styles(client, home_page):
    response = client.get("/fr/")
    policy = _directives(response["Content-Security-Policy"])
    assert policy["default-src"] == ["'none'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert "Content-Security-Policy-Report-Only" not in response


def test_every_page_kind_carries_the_policy(client, home_page, user, password):
    client.force_login(user)
    for url in ("/fr/accounts/login/", "/fr/accounts/profile/", "/fr/verify/", "/fr/nowhere/"):
        response = client.get(url)
        assert "'unsafe-inline'" not in response["Content-Security-Policy"], url


def test_the_wagtail_admin_has_its_own_policy(client, home_page, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = _directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]  # the site's directives it does not replace


def test_report_only_mode_reports_without_enforcing(client, home_page, settings):
    directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    settings.CONTENT_SECURITY_POLICY = None
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = {
        "DIRECTIVES": {**directives, "report-uri": "/csp-reports/"}
    }
    response = client.get("/fr/")
    assert "Content-Security-Policy" not in response
    policy = _directives(response["Content-Security-Policy-Report-Only"])
    assert policy["script-src"] == ["'self'"] and policy["report-uri"] == ["/csp-reports/"]
    admin = client.get("/admin/login/")
    assert "Content-Security-Policy" not in admin
    assert "'unsafe-inline'" in admin["Content-Security-Policy-Report-Only"]


def test_permissions_policy_turns_off_device_features(client, home_page):
    header = client.get("/fr/")["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in header


TEMPLATE_DIRS = sorted(
    {*Path(settings.BASE_DIR).glob("*/templates"), Path(settings.BASE_DIR) / "templates"}
)


@pytest.mark.parametrize("folder", TEMPLATE_DIRS, ids=lambda path: path.parent.name)
def test_no_template_has_inline_style_or_script(folder):
    offenders = []
    for template in folder.rglob("*.html"):
        if "pdf" in template.relative_to(folder).parts:
            continue  # rendered by WeasyPrint into a PDF, never served as a page
        text = template.read_text()
        if re.search(r"\sstyle\s*=|<script|<style|\son[a-z]+\s*=", text, re.IGNORECASE):
            offenders.append(str(template))
    assert not offenders
