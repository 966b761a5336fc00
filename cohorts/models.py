"""Support structures, their staff, cohorts, learners' memberships, invitations, coaches' notes
and reminders (docs/cohorts.md).

A row here guards its own invariants (clean()); every workflow that touches several rows, sends
e-mail or enrols a learner lives in cohorts/services/. Who may see what is cohorts/permissions.py
only.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from stdnum.fr import siret as siret_number


def siret_validate(value):
    if value and not siret_number.is_valid(value):
        raise ValidationError(
            _("Ce numéro SIRET n'est pas valide (14 chiffres, clé de contrôle)."), code="siret"
        )


nda_validator = RegexValidator(
    r"^\d{11}$",
    _("Le numéro de déclaration d'activité compte 11 chiffres."),
    code="nda",
)


class SupportStructure(models.Model):
    class Kind(models.TextChoices):
        INCUBATOR = "incubator", _("incubateur")
        TRAINING_BODY = "training_body", _("organisme de formation")
        ESS_NETWORK = "ess_network", _("réseau de l'ESS")
        LOCAL_AUTHORITY = "local_authority", _("collectivité")
        OTHER = "other", _("autre")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("nom"), max_length=150)
    kind = models.CharField(_("type de structure"), max_length=20, choices=Kind.choices)
    siret = models.CharField(_("SIRET"), max_length=14, blank=True, validators=[siret_validate])
    departement = models.CharField(
        _("département"), max_length=3, blank=True, help_text=_("Code INSEE, par exemple 44.")
    )
    nda = models.CharField(
        _("numéro de déclaration d'activité (NDA)"),
        max_length=11,
        blank=True,
        validators=[nda_validator],
        help_text=_("Pour un organisme de formation."),
    )
    qualiopi = models.BooleanField(_("certifié Qualiopi"), default=False)
    contact_name = models.CharField(_("contact"), max_length=150, blank=True)
    contact_email = models.EmailField(_("e-mail de contact"), blank=True)
    contact_phone = models.CharField(_("téléphone de contact"), max_length=20, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("structure d'accompagnement")
        verbose_name_plural = _("structures d'accompagnement")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name

    def clean(self):
        if self.kind != self.Kind.TRAINING_BODY and (self.nda or self.qualiopi):
            raise ValidationError(
                {
                    "nda": _(
                        "Le NDA et la certification Qualiopi concernent les organismes de "
                        "formation."
                    )
                }
            )


class StructureMembership(models.Model):
    """A member of a structure's staff. A coordinator manages the staff and every cohort of the
    structure; a coach sees only the cohorts they are a coach of."""

    class Role(models.TextChoices):
        COORDINATOR = "coordinator", _("coordinateur·rice")
        COACH = "coach", _("accompagnateur·rice")

    structure = models.ForeignKey(SupportStructure, on_delete=models.CASCADE, related_name="staff")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="structure_memberships"
    )
    role = models.CharField(_("rôle"), max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("membre de l'équipe")
        verbose_name_plural = _("membres de l'équipe")
        ordering = ["structure", "role", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["structure", "user"], name="cohorts_staff_unique")
        ]

    def __str__(self):
        return f"{self.user} — {self.structure} ({self.get_role_display()})"


class Cohort(models.Model):
    class Status(models.TextChoices):
        UPCOMING = "upcoming", _("à venir")
        RUNNING = "running", _("en cours")
        CLOSED = "closed", _("terminée")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    structure = models.ForeignKey(
        SupportStructure, on_delete=models.CASCADE, related_name="cohorts"
    )
    name = models.CharField(_("nom"), max_length=150)
    description = models.TextField(_("présentation"), blank=True)
    starts_on = models.DateField(_("début"))
    ends_on = models.DateField(_("fin"))
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Vide : sans limite.")
    )
    coaches = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="coached_cohorts",
        blank=True,
        verbose_name=_("accompagnateur·rices"),
    )
    # What the cohort follows: joining enrols the learner in each path and course.
    paths = models.ManyToManyField(
        "courses.LearningPathPage", blank=True, related_name="+", verbose_name=_("parcours")
    )
    courses = models.ManyToManyField(
        "courses.CoursePage", blank=True, related_name="+", verbose_name=_("cours")
    )
    follows_launchpad = models.BooleanField(
        _("suit le parcours « Lancer mon projet ESS »"), default=False
    )
    inactivity_days = models.PositiveSmallIntegerField(
        _("alerte d'inactivité après (jours)"), default=14
    )
    closed_at = models.DateTimeField(_("clôturée le"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("cohorte")
        verbose_name_plural = _("cohortes")
        ordering = ["-starts_on", "name", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")),
                name="cohorts_cohort_dates_ordered",
                violation_error_message=_("La fin ne peut pas précéder le début."),
            ),
            models.CheckConstraint(
                condition=Q(inactivity_days__gte=1),
                name="cohorts_cohort_inactivity_positive",
                violation_error_message=_("Le seuil d'inactivité est d'au moins un jour."),
            ),
        ]

    def __str__(self):
        return self.name

    def status_on(self, day):
        if self.closed_at is not None or self.ends_on < day:
            return self.Status.CLOSED
        if day < self.starts_on:
            return self.Status.UPCOMING
        return self.Status.RUNNING

    @property
    def status(self):
        return self.status_on(timezone.localdate())

    def get_status_display(self):
        return self.Status(self.status).label


class CohortMembershipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(left_at__isnull=True)


class CohortMembership(models.Model):
    """A learner in a cohort. Leaving keeps the row (left_at) so that the structure's records
    say who followed what and when; the learner's erasure deletes it."""

    class Via(models.TextChoices):
        LINK = "link", _("lien ou code d'invitation")
        EMAIL = "email", _("invitation par e-mail")
        CSV = "csv", _("import CSV")
        STAFF = "staff", _("ajout par l'équipe")

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cohort_memberships"
    )
    via = models.CharField(_("arrivée par"), max_length=10, choices=Via.choices)
    joined_at = models.DateTimeField(_("entré·e le"), default=timezone.now)
    left_at = models.DateTimeField(_("parti·e le"), null=True, blank=True)
    # The learner's choice: the project the cohort's staff may read (launchpad).
    shared_project = models.ForeignKey(
        "launchpad.Project",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("projet partagé"),
    )

    objects = CohortMembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("apprenant·e de la cohorte")
        verbose_name_plural = _("apprenant·es de la cohorte")
        ordering = ["cohort", "joined_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "user"],
                condition=Q(left_at__isnull=True),
                name="cohorts_membership_one_active",
                violation_error_message=_("Cette personne fait déjà partie de la cohorte."),
            )
        ]

    def __str__(self):
        return f"{self.user} — {self.cohort}"


class CohortInvitation(models.Model):
    """A way into a cohort. A link/code invitation is shared (its code is shown to the staff and
    typed by learners), limited by expiry, uses and revocation; an e-mail invitation is for one
    address, single-use, and only the SHA-256 of its token is kept."""

    class Kind(models.TextChoices):
        LINK = "link", _("lien et code")
        EMAIL = "email", _("e-mail")

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="invitations")
    kind = models.CharField(_("type"), max_length=10, choices=Kind.choices)
    code = models.CharField(_("code"), max_length=16, unique=True, null=True, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    token_hash = models.CharField(max_length=64, unique=True, null=True, blank=True)
    max_uses = models.PositiveIntegerField(
        _("utilisations au plus"), null=True, blank=True, help_text=_("Vide : sans limite.")
    )
    uses = models.PositiveIntegerField(_("utilisations"), default=0)
    expires_at = models.DateTimeField(_("expire le"))
    revoked_at = models.DateTimeField(_("révoquée le"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(kind="link", code__isnull=False, token_hash__isnull=True)
                    | Q(kind="email", token_hash__isnull=False)
                ),
                name="cohorts_invitation_kind_fields",
            )
        ]

    def __str__(self):
        return self.code or self.email

    def usable_at(self, moment):
        return (
            self.revoked_at is None
            and moment < self.expires_at
            and (self.max_uses is None or self.uses < self.max_uses)
        )


class CoachNote(models.Model):
    """A note by the structure's staff on a learner of a cohort: read by the staff who can see
    that learner, never by other learners; in the learner's data export (docs/cohorts.md)."""

    membership = models.ForeignKey(CohortMembership, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("note"), max_length=5000)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("note d'accompagnement")
        verbose_name_plural = _("notes d'accompagnement")
        ordering = ["-created_at", "pk"]

    def __str__(self):
        return self.body[:40]


class CohortReminder(models.Model):
    """A reminder e-mail sent to an inactive learner: who sent it and when, so that a learner
    is not reminded twice the same day."""

    membership = models.ForeignKey(
        CohortMembership, on_delete=models.CASCADE, related_name="reminders"
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("relance")
        verbose_name_plural = _("relances")
        ordering = ["-sent_at", "pk"]

    def __str__(self):
        return f"{self.membership} · {self.sent_at:%Y-%m-%d}"
