from django.urls import path

from . import views

app_name = "competencies"

urlpatterns = [
    path("", views.GlossaryIndexView.as_view(), name="glossary"),
    path("<slug:slug>/", views.GlossaryTermView.as_view(), name="glossary_term"),
]
