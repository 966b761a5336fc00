from django.urls import path

from . import views

app_name = "tracking"

urlpatterns = [
    path(
        "activities/<str:kind>/<str:key>",
        views.ActivityDefinitionView.as_view(),
        name="activity_detail",
    ),
    path(
        "activity-types/<str:kind>",
        views.ActivityTypeDefinitionView.as_view(),
        name="activity_type_detail",
    ),
]
