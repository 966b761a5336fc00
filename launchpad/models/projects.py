"""A team's project workspace: the project, its members and invitations, the state of each step
of the pack, and the history of who changed what (docs/launchpad.md, "Projects").

Steps and checklist items are referred to by their keys (a step's `translation_key`, a
checklist item's key), never by page: a project is the same in every language, and a step
edited or translated later keeps what the team recorded.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import Stage


class Project(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("nom du projet"), max_length=120)
    purpose = models.CharField(_("raison d'être, en une phrase"), max_length=240, blank=True)
    departement = models.CharField(_("département"), max_length=3, blank=True)
    commune = models.CharField(_("commune (code INSEE)"), max_length=5, blank=True)
    stage = models.CharField(_("étape"), max_length=20, choices=Stage.choices, default=Stage.IDEA)
    legal_form_considered = models.CharField(
        _("forme juridique envisagée"), max_length=40, blank=True
    )
    legal_form_chosen = models.CharField(_("forme juridique choisie"), max_length=40, blank=True)
    # The pack the project follows (its LaunchpadPage's translation_key).
    pack_key = models.UUIDField(_("parcours de lancement"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("projet")
        verbose_name_plural = _("projets")
        ordering = ["-updated_at", "pk"]

    def __str__(self):
        return self.name


class ProjectMember(models.Model):
    class Role(models.TextChoices):
        FOUNDER = "founder", _("fondateur·rice")
        MEMBER = "member", _("membre")

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="launchpad_memberships"
    )
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.MEMBER)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("membre du projet")
        verbose_name_plural = _("membres du projet")
        constraints = [
            models.UniqueConstraint(fields=["project", "user"], name="launchpad_member_unique")
        ]

    def __str__(self):
        return f"{self.user} — {self.project}"


class ProjectInvitation(models.Model):
    """A single-use link for a co-founder. Only the token's SHA-256 is stored: the link is
    shown once, to the member who creates it."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="invitations")
    token_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    used_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at", "pk"]

    def __str__(self):
        return f"{self.project} ({self.created_at:%Y-%m-%d})"


class ProjectStep(models.Model):
    """What the team recorded for one step. `version` grows with every save: a form carries the
    version it was read at, so that a concurrent save is detected, never overwritten."""

    class Status(models.TextChoices):
        TODO = "todo", _("À faire")
        IN_PROGRESS = "in_progress", _("En cours")
        DONE = "done", _("Fait")
        NOT_CONCERNED = "not_concerned", _("Non concerné")

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="steps")
    step_key = models.UUIDField()
    status = models.CharField(
        _("statut"), max_length=20, choices=Status.choices, default=Status.TODO
    )
    ticks = models.JSONField(_("tâches faites"), default=list, blank=True)  # item keys, sorted
    notes = models.TextField(_("notes"), blank=True, max_length=20_000)
    decisions = models.TextField(_("décisions"), blank=True, max_length=20_000)
    version = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("étape du projet")
        verbose_name_plural = _("étapes du projet")
        constraints = [
            models.UniqueConstraint(fields=["project", "step_key"], name="launchpad_step_unique")
        ]

    def __str__(self):
        return f"{self.project} — {self.step_key}"


class ProjectEvent(models.Model):
    """One line of the project's history: who did what, when, and the fields it changed
    (`changes`: {field: [before, after]})."""

    class Kind(models.TextChoices):
        CREATED = "created", _("projet créé")
        EDITED = "edited", _("projet modifié")
        STEP_SAVED = "step_saved", _("étape mise à jour")
        INVITED = "invited", _("invitation créée")
        INVITATION_REVOKED = "invitation_revoked", _("invitation révoquée")
        JOINED = "joined", _("membre arrivé")
        LEFT = "left", _("membre parti")
        DIAGNOSED = "diagnosed", _("diagnostic fait")
        SPECIFICATION_CREATED = "specification_created", _("cahier des charges créé")
        SPECIFICATION_EDITED = "specification_edited", _("cahier des charges modifié")
        SPECIFICATION_DELETED = "specification_deleted", _("cahier des charges supprimé")

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    kind = models.CharField(max_length=30, choices=Kind.choices)
    step_key = models.UUIDField(null=True, blank=True)
    # The version saved, of the step or of the specification the event is about.
    step_version = models.PositiveIntegerField(null=True, blank=True)
    specification = models.ForeignKey(
        "launchpad.Specification",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    changes = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("événement du projet")
        verbose_name_plural = _("historique du projet")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.project} — {self.kind}"

    @property
    def field_labels(self):
        """The changed fields as the interface names them."""
        from .specifications import Specification

        model = {
            self.Kind.STEP_SAVED: ProjectStep,
            self.Kind.SPECIFICATION_CREATED: Specification,
            self.Kind.SPECIFICATION_EDITED: Specification,
            self.Kind.SPECIFICATION_DELETED: Specification,
        }.get(self.kind, Project)
        names = {field.name: field.verbose_name for field in model._meta.fields}
        return [str(names.get(name, name)) for name in self.changes]
