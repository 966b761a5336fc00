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


class SignUpRequest(models.Model):
    """A sign-up waiting for its e-mail address to be confirmed: the account is created only
    when the link sent to that address is opened (docs/accounts.md, "Sign-up"). One per
    address: a new request replaces the previous one. The link's token is kept hashed."""

    email = models.EmailField(_("adresse e-mail"))
    username = models.CharField(_("identifiant"), max_length=150)
    display_name = models.CharField(_("nom affiché"), max_length=150, blank=True)
    password = models.CharField(_("mot de passe"), max_length=128)  # already hashed
    token_hash = models.CharField(max_length=64, unique=True)
    # Held in the session of the browser that signed up: only that browser is logged in by
    # the confirmation; another one (a mail client's) is sent to the login page.
    claim = models.CharField(max_length=64)
    next_url = models.CharField(max_length=2000, blank=True)
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("inscription en attente")
        verbose_name_plural = _("inscriptions en attente")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_signuprequest_email_unique_ci")
        ]

    def __str__(self):
        return self.username
