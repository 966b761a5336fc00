"""Receivers of the courses and competencies apps' signals: a completion, or a competency level
reached after it, may earn a certificate."""

from django.dispatch import receiver

from competencies.api import competency_proficient
from courses.signals import course_completed, path_completed

from . import services


@receiver(course_completed, dispatch_uid="certificates_course_completed")
def on_course_completed(sender, *, user, course, **kwargs):
    services.completion_certificates_enqueue(user=user, page=course)


@receiver(path_completed, dispatch_uid="certificates_path_completed")
def on_path_completed(sender, *, user, path, **kwargs):
    services.completion_certificates_enqueue(user=user, page=path)


@receiver(competency_proficient, dispatch_uid="certificates_competency_proficient")
def on_competency_proficient(sender, *, user, competency, **kwargs):
    services.competency_certificates_enqueue(user=user, competency=competency)
