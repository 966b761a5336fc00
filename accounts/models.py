from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person using Tremplin. The display name is the one certificates print."""

    display_name = models.CharField(
        _("nom affiché"),
        max_length=150,
        blank=True,
        help_text=_("Le nom tel qu'il apparaîtra sur vos certificats."),
    )

    class Meta(AbstractUser.Meta):
        verbose_name = _("utilisateur·rice")
        verbose_name_plural = _("utilisateur·rices")
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                condition=~models.Q(email=""),
                name="accounts_user_email_unique_ci",
                violation_error_message=_("Un compte existe déjà avec cette adresse e-mail."),
            )
        ]

    def __str__(self):
        return self.get_display_name()

    def get_display_name(self):
        return self.display_name or self.get_full_name() or self.username
