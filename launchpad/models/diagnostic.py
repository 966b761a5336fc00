"""A project's answers to its pack's diagnostic, and the needs they recorded. Each submission
is kept (the plan shows what changed since the previous one)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import NeedCategory, Stage
from .projects import Project


class DiagnosticAttempt(models.Model):
    """`answers`: {question block id: [option block id, ...]} (ids shared by the pack's
    translations); `plan`: the plan computed from them (services/diagnostic.py), as plain data
    kept with the attempt so that a later edit of the questions does not rewrite history."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="diagnostics")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    answers = models.JSONField()
    plan = models.JSONField()
    submitted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("diagnostic")
        verbose_name_plural = _("diagnostics")
        ordering = ["-submitted_at", "-pk"]

    def __str__(self):
        return f"{self.project} ({self.submitted_at:%Y-%m-%d})"


class ProjectNeed(models.Model):
    """One need of a project, as its latest diagnostic recorded it, with the project's territory
    and stage at that time: rows that cohorts and the public map add up (launchpad.api)."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="needs")
    attempt = models.ForeignKey(DiagnosticAttempt, on_delete=models.CASCADE, related_name="needs")
    category = models.CharField(max_length=20, choices=NeedCategory.choices)
    departement = models.CharField(max_length=3, blank=True)
    stage = models.CharField(max_length=20, choices=Stage.choices)

    class Meta:
        verbose_name = _("besoin")
        verbose_name_plural = _("besoins")
        constraints = [
            models.UniqueConstraint(fields=["project", "category"], name="launchpad_need_unique")
        ]

    def __str__(self):
        return f"{self.project} — {self.category}"
