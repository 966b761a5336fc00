from django.urls import path

from . import views

app_name = "launchpad"

urlpatterns = [
    path("funding/", views.FundingSchemeListView.as_view(), name="funding_list"),
    path("funding/<slug:slug>/", views.FundingSchemeDetailView.as_view(), name="funding_detail"),
    path("legal-form/", views.LegalFormOrientationView.as_view(), name="legal_form"),
    path("esus/", views.EsusPrecheckView.as_view(), name="esus"),
]
