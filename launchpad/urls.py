from django.urls import path

from . import views

app_name = "launchpad"

urlpatterns = [
    path("", views.pack, name="pack"),
]
