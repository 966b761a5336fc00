"""The admin roles (docs/accounts.md, "Rôles / Roles"): what each demo account reaches in the
Wagtail admin, and a course going live through the "Validation pédagogique" workflow."""

import importlib
import json
import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, Workflow, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from certificates.models import CertificateRule
from competencies.models import Competency, Framework, GlossaryTerm, JobProfile
from config import roles
from config.demo.loader import load_demo
from courses.models import CatalogueIndexPage, CoursePage
from tests.certificates.factories import rule_create
from tests.conftest import SMALL_CONTENT

pytestmark = pytest.mark.django_db

OK, DENIED, LOGIN = "ok", "denied", "login"


@pytest.fixture
def demo(settings):
    settings.DEBUG = True  # the demo accounts exist only then
    load_demo(root=SMALL_CONTENT, log=lambda line: None)
    course = CoursePage.objects.get(locale__language_code="fr")
    if not CertificateRule.objects.exists():
        rule_create(course)
    return course


def _snippet(model, view, *args):
    opts = model._meta
    return reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:{view}", args=args)


def _urls(course):
    framework = Framework.objects.first()
    rule = CertificateRule.objects.first()
    home = Page.objects.get(depth=2, locale__language_code="fr")
    catalogue = CatalogueIndexPage.objects.get(locale__language_code="fr")
    # url: (trainer, lead, learner and anonymous)
    return {
        "/admin/": (OK, OK),
        f"/admin/pages/{catalogue.pk}/": (OK, OK),
        f"/admin/pages/{course.pk}/edit/": (OK, OK),
        f"/admin/pages/{catalogue.pk}/add_subpage/": (OK, OK),
        f"/admin/pages/{home.pk}/edit/": (DENIED, DENIED),  # the home page is the site's
        "/admin/images/": (OK, OK),
        "/admin/images/multiple/add/": (OK, OK),
        "/admin/documents/": (OK, OK),
        _snippet(Framework, "list"): (OK, OK),
        _snippet(Framework, "inspect", framework.pk): (OK, OK),
        _snippet(Framework, "edit", framework.pk): (DENIED, OK),
        _snippet(Framework, "add"): (DENIED, OK),
        _snippet(Framework, "delete", framework.pk): (DENIED, DENIED),
        _snippet(Competency, "list"): (OK, OK),
        _snippet(Competency, "inspect", Competency.objects.first().pk): (OK, OK),
        _snippet(Competency, "edit", Competency.objects.first().pk): (DENIED, OK),
        _snippet(JobProfile, "list"): (OK, OK),
        _snippet(JobProfile, "inspect", JobProfile.objects.first().pk): (OK, OK),
        _snippet(JobProfile, "edit", JobProfile.objects.first().pk): (DENIED, OK),
        _snippet(GlossaryTerm, "list"): (OK, OK),
        _snippet(GlossaryTerm, "inspect", GlossaryTerm.objects.first().pk): (OK, OK),
        _snippet(GlossaryTerm, "edit", GlossaryTerm.objects.first().pk): (DENIED, OK),
        reverse("competencies_admin:framework_import"): (DENIED, OK),
        reverse("competencies_admin:framework_export", args=[framework.pk])
        + "?format=csv&language=fr": (OK, OK),
        _snippet(CertificateRule, "list"): (OK, OK),
        _snippet(CertificateRule, "add"): (OK, OK),
        _snippet(CertificateRule, "edit", rule.pk): (OK, OK),
        _snippet(CertificateRule, "delete", rule.pk): (DENIED, OK),
        reverse("certificates_admin:index"): (DENIED, OK),
        reverse("certificates_admin:issue"): (DENIED, OK),
        "/admin/reports/xapi/": (OK, OK),
        "/admin/users/": (DENIED, DENIED),
        "/admin/groups/": (DENIED, DENIED),
        "/admin/workflows/list/": (DENIED, DENIED),
    }


def _outcome(response):
    if response.status_code == 200:
        return OK
    assert response.status_code == 302, response.status_code
    # Wagtail answers a refusal inside the admin with its dashboard and a message, and a
    # visitor without admin access with its login page; never Django's public login page.
    if response.url.startswith("/admin/login/"):
        return LOGIN
    assert response.url == "/admin/", response.url
    return DENIED


def _walk(client, urls, column):
    return {url: _outcome(client.get(url)) for url in urls}, {
        url: expected[column] if isinstance(column, int) else column
        for url, expected in urls.items()
    }


@pytest.mark.parametrize(
    ("username", "column"),
    [("formatrice", 0), ("responsable-pedagogique", 1), ("apprenant", LOGIN), (None, LOGIN)],
)
def test_each_role_reaches_what_it_was_given_in_the_admin(
    client, demo, django_user_model, username, column
):
    if username:
        client.force_login(django_user_model.objects.get(username=username))
    seen, expected = _walk(client, _urls(demo), column)
    assert seen == expected


def _menu(html):
    """{label: url} of the admin's sidebar (its items are JSON, drawn by Wagtail's script)."""
    props = re.search(r'<script[^>]*id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S)
    found = {}

    def walk(value):
        if isinstance(value, dict):
            if "label" in value and "url" in value:
                found[value["label"]] = value["url"]
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(props.group(1)))
    return found


@pytest.mark.parametrize(
    ("username", "shown", "hidden"),
    [
        (
            "formatrice",
            {"Pages", "Images", "Documents", "Référentiels", "Lexique", "Règles de certificat",
             "Déclarations xAPI"},
            {"Certificats délivrés", "Import / export de référentiels", "Utilisateurs"},
        ),
        (
            "responsable-pedagogique",
            {"Référentiels", "Règles de certificat", "Certificats délivrés",
             "Import / export de référentiels", "Déclarations xAPI"},
            {"Utilisateurs", "Groupes"},
        ),
    ],
)  # fmt: skip
def test_the_menu_shows_what_each_role_may_open(
    client, demo, django_user_model, username, shown, hidden
):
    client.force_login(django_user_model.objects.get(username=username))
    menu = _menu(client.get("/admin/").content.decode())
    assert shown <= set(menu)
    assert not hidden & set(menu)
    for url in (url for url in menu.values() if url.startswith("/admin/")):  # each opens
        assert _outcome(client.get(url)) == OK, url


def test_a_reader_opens_frameworks_read_only(client, demo, django_user_model):
    client.force_login(django_user_model.objects.get(username="formatrice"))
    # A reader's list links each framework to its read-only page, not to an edit form.
    listing = client.get(_snippet(Framework, "list")).content.decode()
    framework = Framework.objects.first()
    assert _snippet(Framework, "inspect", framework.pk) in listing
    assert _snippet(Framework, "edit", framework.pk) not in listing


def _course_form(course, **changes):
    fields = {
        "title": course.title,
        "slug": course.slug,
        "summary": course.summary,
        "level": course.level,
        "audience": course.audience,
        "audience_details": course.audience_details,
        "theme": course.theme,
        "objectives": course.objectives,
        "estimated_minutes": course.estimated_minutes,
        "licence": course.licence,
        "authors": course.authors,
        "competency_mappings": inline_formset(
            [
                {"id": m.pk, "competency": m.competency_id, "level": m.level_id}
                for m in course.competency_mappings.all()
            ],
            initial=course.competency_mappings.count(),
        ),
        "comments": inline_formset([]),
        **changes,
    }
    if course.certifying:
        fields["certifying"] = "on"
    return nested_form_data(fields)


def test_a_trainer_submits_a_course_that_a_lead_approves_and_it_goes_live(
    client, demo, django_user_model
):
    trainer = django_user_model.objects.get(username="formatrice")
    lead = django_user_model.objects.get(username="responsable-pedagogique")
    course = demo
    client.force_login(trainer)

    edit_url = f"/admin/pages/{course.pk}/edit/"
    form = client.get(edit_url).content.decode()
    assert "Soumettre à Validation pédagogique" in form
    assert "Moderators approval" not in form
    assert 'name="action-publish"' not in form  # a trainer does not publish
    # Publishing by hand is refused: the page stays a draft of the trainer's.
    refused = client.post(
        edit_url, _course_form(course, title="Titre publié", **{"action-publish": "1"})
    )
    assert refused.status_code == 302
    assert CoursePage.objects.get(pk=course.pk).title == course.title

    response = client.post(
        edit_url, _course_form(course, title="Impacts, édition revue", **{"action-submit": "1"})
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    state = WorkflowState.objects.get(object_id=str(course.pk), status="in_progress")
    assert state.workflow.name == "Validation pédagogique"
    assert CoursePage.objects.get(pk=course.pk).title != "Impacts, édition revue"  # not live

    # The trainer cannot approve her own submission.
    task_state = state.current_task_state
    action_url = f"/admin/pages/workflow/action/{course.pk}/approve/{task_state.pk}/"
    client.post(action_url, {"comment": ""})
    assert WorkflowState.objects.get(pk=state.pk).status == "in_progress"

    client.force_login(lead)
    dashboard = client.get("/admin/").content.decode()
    assert "Impacts, édition revue" in dashboard  # awaiting the lead's review
    client.post(action_url, {"comment": "Relu, merci."})
    assert WorkflowState.objects.get(pk=state.pk).status == "approved"
    live = CoursePage.objects.get(pk=course.pk)
    assert live.live and live.title == "Impacts, édition revue"
    assert not live.has_unpublished_changes


def test_the_migration_renamed_wagtails_workflow_and_gave_it_to_the_leads(db):
    # Wagtail's migrations create "Moderators approval"; ours renames it (no load_demo here).
    workflow = Workflow.objects.get()
    assert workflow.name == "Validation pédagogique"
    task = workflow.tasks.get().specific
    assert task.name == "Relecture par un·e responsable pédagogique"
    assert [group.name for group in task.groups.all()] == ["Responsables pédagogiques"]
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Formateurs",
        "Responsables pédagogiques",
    }
    assert (
        not Group.objects.get(name="Formateurs")
        .permissions.filter(codename__in=["publish_page", "change_framework", "view_certificate"])
        .exists()
    )


def test_a_new_catalogue_gives_both_roles_their_page_rights(home_page):
    from tests.courses.factories import catalogue_create

    catalogue = catalogue_create(home_page)
    rights = {
        (right.group.name, right.permission.codename)
        for right in catalogue.group_permissions.select_related("group", "permission")
    }
    assert rights == {
        ("Formateurs", "add_page"),
        ("Formateurs", "change_page"),
        *(
            ("Responsables pédagogiques", codename)
            for codename in ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
        ),
    }


def test_the_migration_froze_the_roles_as_they_are_now():
    # A change of config.roles.SPEC needs a new data migration that passes it.
    migration = importlib.import_module("config.migrations.0002_roles")
    assert migration.SPEC == roles.SPEC


def test_roles_ensure_adds_only_and_is_idempotent(demo):
    from config.services import roles_ensure

    trainers = Group.objects.get(name="Formateurs")
    counts = (trainers.permissions.count(), trainers.page_permissions.count())
    roles_ensure()
    roles_ensure()
    assert (trainers.permissions.count(), trainers.page_permissions.count()) == counts
    assert Workflow.objects.count() == 1
