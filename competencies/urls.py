from django.urls import path

from . import views

app_name = "competencies"

urlpatterns = [
    path("", views.GlossaryView.as_view(), name="glossary"),
]
