"""The trainers' and pedagogical leads' groups, their rights, and Wagtail's default workflow
renamed and handed over to the leads (config/roles.py, docs/accounts.md "Rôles / Roles").

The spec is frozen here: config.roles.SPEC may change later, with a migration of its own."""

from django.db import migrations

from config.roles import roles_ensure

TRAINER_MODELS = [
    "wagtailadmin.access_admin",
    "competencies.view_framework",
    "competencies.view_competency",
    "competencies.view_jobprofile",
    "competencies.view_glossaryterm",
    "certificates.view_certificaterule",
    "certificates.add_certificaterule",
    "certificates.change_certificaterule",
    "tracking.view_statement",
]
MEDIA = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
SPEC = {
    "groups": {
        "Formateurs": {
            "permissions": TRAINER_MODELS,
            "catalogue": ["add_page", "change_page"],
            "collections": MEDIA,
        },
        "Responsables pédagogiques": {
            "permissions": [
                *TRAINER_MODELS,
                "competencies.add_framework",
                "competencies.change_framework",
                "competencies.add_competency",
                "competencies.change_competency",
                "competencies.add_jobprofile",
                "competencies.change_jobprofile",
                "competencies.add_glossaryterm",
                "competencies.change_glossaryterm",
                "certificates.delete_certificaterule",
                "certificates.view_certificate",
                "certificates.add_certificate",
                "certificates.change_certificate",
            ],
            "catalogue": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
            "collections": [*MEDIA, "wagtailimages.delete_image", "wagtaildocs.delete_document"],
        },
    },
    "workflow": {
        "name": "Validation pédagogique",
        "task": "Relecture par un·e responsable pédagogique",
        "groups": ["Responsables pédagogiques"],
        "replaces": "Moderators approval",
    },
}


def forwards(apps, schema_editor):
    roles_ensure(apps, SPEC)


class Migration(migrations.Migration):
    dependencies = [
        ("config", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("competencies", "0003_competency_evidence"),
        ("certificates", "0003_pdf_private_storage"),
        ("courses", "0004_lesson_body_rich_text_preview"),
        ("tracking", "0001_initial"),
    ]

    # Reversing keeps the groups (users may be in them) and the workflow's new name.
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
