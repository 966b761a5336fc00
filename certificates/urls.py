"""The learner's certificates, under /<lang>/certificates/."""

from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("", views.certificate_list, name="certificate_list"),
    path("<uuid:pk>/pdf/", views.certificate_pdf, name="certificate_pdf"),
    path("shared/<str:token>/", views.certificate_pdf_shared, name="certificate_pdf_shared"),
    path("<uuid:pk>/credential.json", views.certificate_credential, name="certificate_credential"),
]
