from django.urls import path

from . import views

app_name = "launchpad"

urlpatterns = [
    path("", views.pack, name="pack"),
    path("projects/", views.project_list, name="project_list"),
    path("projects/<uuid:public_id>/", views.project_detail, name="project_detail"),
    path(
        "projects/<uuid:public_id>/steps/<uuid:step_key>/",
        views.project_step_edit,
        name="project_step_edit",
    ),
    path(
        "projects/<uuid:public_id>/invitations/",
        views.invitation_create,
        name="invitation_create",
    ),
    path(
        "projects/<uuid:public_id>/invitations/<int:invitation_id>/revoke/",
        views.invitation_revoke,
        name="invitation_revoke",
    ),
    path(
        "projects/<uuid:public_id>/diagnostic/",
        views.project_diagnostic,
        name="project_diagnostic",
    ),
    path("projects/<uuid:public_id>/plan/", views.project_plan, name="project_plan"),
    path("projects/<uuid:public_id>/plan/pdf/", views.plan_pdf, name="plan_pdf"),
    path(
        "projects/<uuid:public_id>/specifications/",
        views.specification_list,
        name="specification_list",
    ),
    path(
        "projects/<uuid:public_id>/specifications/new/",
        views.specification_create,
        name="specification_create",
    ),
    path(
        "projects/<uuid:public_id>/specifications/<uuid:specification_id>/",
        views.specification_edit,
        name="specification_edit",
    ),
    path(
        "projects/<uuid:public_id>/specifications/<uuid:specification_id>/delete/",
        views.specification_delete,
        name="specification_delete",
    ),
    path(
        "projects/<uuid:public_id>/specifications/<uuid:specification_id>/pdf/",
        views.specification_pdf,
        name="specification_pdf",
    ),
    path(
        "projects/<uuid:public_id>/specifications/<uuid:specification_id>/odt/",
        views.specification_odt,
        name="specification_odt",
    ),
    path("projects/<uuid:public_id>/history/", views.project_history, name="project_history"),
    path("projects/<uuid:public_id>/leave/", views.project_leave, name="project_leave"),
    path("join/<str:token>/", views.invitation_join, name="invitation_join"),
    path("funding/", views.FundingSchemeListView.as_view(), name="funding_list"),
    path("funding/<slug:slug>/", views.FundingSchemeDetailView.as_view(), name="funding_detail"),
    path("legal-form/", views.LegalFormOrientationView.as_view(), name="legal_form"),
    path("esus/", views.EsusPrecheckView.as_view(), name="esus"),
]
