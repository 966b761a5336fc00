"""Paths, courses, modules, lessons, quizzes, enrolment and progress."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    label = "courses"
    verbose_name = _("Parcours et cours")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts.api import privacy_register
        from competencies.api import glossary_usage_register

        from . import glossary, handlers, privacy

        handlers.connect()

        glossary_usage_register(glossary.lessons_using)
        privacy_register("courses", export=privacy.user_export, erase=privacy.user_erase, order=40)
