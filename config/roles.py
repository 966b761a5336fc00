"""The admin roles of the reference site: two Wagtail groups, what each may do, and the page
workflow between them (docs/accounts.md, "Rôles / Roles").

`roles_ensure(apps, spec)` builds them. The data migrations call it with the historical models
and a frozen copy of the spec (config/migrations/0002_roles.py); `config.services.roles_ensure`
calls it with the real models and `SPEC`, and a new catalogue page receives its page rights
through `catalogue_rights_grant` (config/handlers.py). A change of the roles is a change of
`SPEC` plus a new migration that passes the new spec, so that old migrations keep building what
they built.

It only ever adds: what an administrator granted or removed since in the admin is not undone,
except for Wagtail's default workflow, which the first run hands over to the pedagogical leads.
"""

from accounts.api import LEAD_GROUP, TRAINER_GROUP

# Read-only in the admin: the competency data a trainer maps a course to.
_COMPETENCIES_VIEW = [
    "competencies.view_framework",
    "competencies.view_competency",
    "competencies.view_jobprofile",
    "competencies.view_glossaryterm",
]
_TRAINER_MODELS = [
    "wagtailadmin.access_admin",
    *_COMPETENCIES_VIEW,
    "certificates.view_certificaterule",
    "certificates.add_certificaterule",
    "certificates.change_certificaterule",
    "tracking.view_statement",
]
_MEDIA = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]

SPEC = {
    "groups": {
        TRAINER_GROUP: {
            "permissions": _TRAINER_MODELS,
            # Granted on every catalogue page (each language has one) and so on its paths,
            # courses, modules, lessons and quizzes. No publish: a trainer submits to the
            # workflow below.
            "catalogue": ["add_page", "change_page"],
            "collections": _MEDIA,  # on the root collection, and so on every collection
        },
        LEAD_GROUP: {
            "permissions": [
                *_TRAINER_MODELS,
                "competencies.add_framework",  # also the CASE/CSV import
                "competencies.change_framework",
                "competencies.add_competency",
                "competencies.change_competency",
                "competencies.add_jobprofile",
                "competencies.change_jobprofile",
                "competencies.add_glossaryterm",
                "competencies.change_glossaryterm",
                "certificates.delete_certificaterule",
                "certificates.view_certificate",
                "certificates.add_certificate",  # a manual issue, with its reason
                "certificates.change_certificate",  # a revocation, with its reason
            ],
            "catalogue": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
            "collections": [*_MEDIA, "wagtailimages.delete_image", "wagtaildocs.delete_document"],
        },
    },
    "workflow": {
        "name": "Validation pédagogique",
        "task": "Relecture par un·e responsable pédagogique",
        "groups": [LEAD_GROUP],
        # Wagtail's default workflow and its task, created by wagtailcore's migrations.
        "replaces": "Moderators approval",
    },
}


def _permission(apps, dotted):
    """The Permission `app_label.codename`, created if the post_migrate signal has not made it
    yet (in a migration on a new database it has not)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = dotted.split(".")
    found = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
    if found:
        return found
    action, model_name = codename.split("_", 1)
    model = apps.get_model(app_label, model_name)
    content_type, _created = ContentType.objects.get_or_create(
        app_label=app_label, model=model_name
    )
    return Permission.objects.create(
        content_type=content_type,
        codename=codename,
        name=f"Can {action} {model._meta.verbose_name_raw}",  # Django's own wording
    )


def catalogue_rights_grant(apps, spec, page_ids):
    """Give each group of `spec` its page rights on the catalogue pages `page_ids`."""
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for name, role in spec["groups"].items():
        group = Group.objects.filter(name=name).first()
        if group is None:  # an administrator removed the role
            continue
        for codename in role["catalogue"]:
            permission = _permission(apps, f"wagtailcore.{codename}")
            for page_id in page_ids:
                GroupPagePermission.objects.get_or_create(
                    group=group, page_id=page_id, permission=permission
                )


def _groups_ensure(apps, spec):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_collection = Collection.objects.filter(depth=1).first()
    for name, role in spec["groups"].items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*(_permission(apps, dotted) for dotted in role["permissions"]))
        if root_collection is None:
            continue
        for dotted in role["collections"]:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=_permission(apps, dotted)
            )
    catalogues = apps.get_model("courses", "CatalogueIndexPage").objects.all()
    catalogue_rights_grant(apps, spec, list(catalogues.values_list("pk", flat=True)))


def _workflow_ensure(apps, spec):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    wanted = spec["workflow"]
    groups = list(Group.objects.filter(name__in=wanted["groups"]))

    workflow = Workflow.objects.filter(name=wanted["name"]).first()
    if workflow is not None:
        for task in GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow):
            task.groups.add(*groups)
        return
    workflow = Workflow.objects.filter(name=wanted["replaces"]).first()
    if workflow is not None:
        workflow.name = wanted["name"]
        workflow.save(update_fields=["name"])
        for task in GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow):
            if task.name == wanted["replaces"]:
                task.name = wanted["task"]
                task.save(update_fields=["name"])
            task.groups.set(groups)
        return
    # None (a database emptied since its migrations, or a workflow deleted): a new one on the
    # root page, as Wagtail's own migration does, unless the root already has a workflow.
    workflow = Workflow.objects.create(name=wanted["name"], active=True)
    content_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.create(
        name=wanted["task"], content_type=content_type, active=True
    )
    task.groups.set(groups)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    root = Page.objects.filter(depth=1).first()
    if root is not None and not WorkflowPage.objects.filter(page=root).exists():
        WorkflowPage.objects.create(page=root, workflow=workflow)


def roles_ensure(apps, spec):
    """Create or complete the groups of `spec`, their rights, and the page workflow."""
    _groups_ensure(apps, spec)
    _workflow_ensure(apps, spec)
