from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("", views.catalogue, name="catalogue"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("competencies/", views.competency_profile, name="competency_profile"),
    path("enrol/<int:page_id>/", views.enrolment_create, name="enrolment_create"),
    path("unenrol/<int:page_id>/", views.enrolment_end, name="enrolment_end"),
    path("resume/<int:page_id>/", views.resume, name="resume"),
    path("lessons/<int:page_id>/done/", views.lesson_complete, name="lesson_complete"),
    path("quizzes/<int:page_id>/submit/", views.quiz_submit, name="quiz_submit"),
    path(
        "quizzes/<int:page_id>/attempts/<int:number>/",
        views.quiz_result,
        name="quiz_result",
    ),
]
