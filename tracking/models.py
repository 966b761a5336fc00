"""The local statement store (also the outbox towards an external LRS), the learners'
pseudonymous xAPI accounts and the activities the site has described.

The store is laid out as the storage of a full LRS (statement id, stored time, actor, verb,
object, registration, voided flag are columns, the statement itself is kept whole in JSON) so
that the xAPI Statements resource can later be served from it.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class LearnerActor(models.Model):
    """The opaque UUID that stands for a learner in every statement (account name).

    Deleting the row pseudonymises every statement already sent: nothing left in Tremplin
    links that UUID to a person, and the learner gets a new one if they come back.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="xapi_actor",
        verbose_name=_("apprenant·e"),
    )
    name = models.UUIDField(_("identifiant xAPI"), default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("créé le"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("compte xAPI d'apprenant·e")
        verbose_name_plural = _("comptes xAPI d'apprenant·es")

    def __str__(self):
        return str(self.name)


class KnownActivity(models.Model):
    """An activity the site has used in a statement, with its latest definition: what its IRI
    answers (GET /xapi/activities/<type>/<key>)."""

    iri = models.URLField(_("IRI"), max_length=500)
    kind = models.CharField(_("type"), max_length=20)
    key = models.CharField(_("clé"), max_length=100)
    definition = models.JSONField(_("définition xAPI"), default=dict)
    updated_at = models.DateTimeField(_("mise à jour le"), auto_now=True)

    class Meta:
        verbose_name = _("activité xAPI")
        verbose_name_plural = _("activités xAPI")
        constraints = [
            models.UniqueConstraint(fields=["kind", "key"], name="tracking_activity_kind_key")
        ]

    def __str__(self):
        return self.iri


class StatementQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(forward_state=Statement.ForwardState.PENDING)

    def due(self, *, now):
        """Pending, past their back-off delay and not claimed by a live worker."""
        return self.pending().filter(
            Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now),
            Q(claimed_until__isnull=True) | Q(claimed_until__lt=now),
        )


class Statement(models.Model):
    class ForwardState(models.TextChoices):
        LOCAL = "local", _("conservée localement")
        PENDING = "pending", _("en attente d'envoi")
        SENT = "sent", _("envoyée")
        REJECTED = "rejected", _("refusée par le LRS")

    statement_id = models.UUIDField(_("identifiant"), unique=True, editable=False)
    data = models.JSONField(_("déclaration"))
    stored = models.DateTimeField(_("enregistrée le"), default=timezone.now, db_index=True)
    timestamp = models.DateTimeField(_("horodatage"))
    actor_name = models.CharField(_("acteur"), max_length=100, db_index=True)
    verb = models.CharField(_("verbe"), max_length=200)
    object_iri = models.CharField(_("objet"), max_length=500, db_index=True)
    registration = models.UUIDField(_("inscription"), null=True, blank=True, db_index=True)
    voided = models.BooleanField(_("annulée"), default=False)

    forward_state = models.CharField(_("état d'envoi"), max_length=10, choices=ForwardState.choices)
    attempts = models.PositiveIntegerField(_("tentatives"), default=0)
    next_attempt_at = models.DateTimeField(_("prochaine tentative"), null=True, blank=True)
    last_attempt_at = models.DateTimeField(_("dernière tentative"), null=True, blank=True)
    last_error_code = models.CharField(_("code de la dernière erreur"), max_length=30, blank=True)
    last_error = models.TextField(_("dernière erreur"), blank=True)
    sent_at = models.DateTimeField(_("envoyée le"), null=True, blank=True)
    claimed_until = models.DateTimeField(_("réservée jusqu'au"), null=True, blank=True)
    claim_token = models.UUIDField(_("réservation"), null=True, blank=True)

    objects = StatementQuerySet.as_manager()

    class Meta:
        verbose_name = _("déclaration xAPI")
        verbose_name_plural = _("déclarations xAPI")
        ordering = ["stored", "pk"]
        indexes = [
            models.Index(
                fields=["stored", "id"],
                condition=Q(forward_state="pending"),
                name="tracking_statement_pending",
            ),
            models.Index(fields=["verb", "stored"], name="tracking_statement_verb"),
        ]

    def __str__(self):
        return str(self.statement_id)

    # What a list of statements shows: read from the indexed columns, never from `data` (a
    # statement can carry megabytes of extensions).
    SUMMARY_LENGTH = 120

    @property
    def summary(self):
        verb = self.verb.rstrip("/").rsplit("/", 1)[-1]
        text = f"{verb} {self.object_iri} ({self.actor_name})"
        if len(text) <= self.SUMMARY_LENGTH:
            return text
        return text[: self.SUMMARY_LENGTH - 1] + "…"
