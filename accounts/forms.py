from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class EmailUniqueMixin:
    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        others = get_user_model().objects.filter(email__iexact=email)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        if others.exists():
            raise forms.ValidationError(_("Un compte existe déjà avec cette adresse e-mail."))
        return email


class SignUpForm(UserCreationForm):
    """Never says whether an e-mail address has an account (the service answers the same
    either way, docs/accounts.md, "Sign-up"). A username is a public login name that two
    accounts cannot share, so a taken one is refused, in words that do not speak of an account."""

    email = forms.EmailField(
        label=_("Adresse e-mail"),
        help_text=_("Elle sert uniquement à réinitialiser votre mot de passe."),
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ["username", "email", "display_name"]
        labels = {"username": _("Identifiant")}
        help_texts = {
            "username": _("Lettres, chiffres et @ . + - _ uniquement ; 150 caractères au plus."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].widget.attrs.update(autocomplete="username")
        self.fields["email"].widget.attrs.update(autocomplete="email")
        self.fields["display_name"].widget.attrs.update(autocomplete="name")
        for name in ("password1", "password2"):
            self.fields[name].widget.attrs.update(autocomplete="new-password")

    def clean_username(self):
        username = self.cleaned_data.get("username")
        if username and self._meta.model.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(
                _("Cet identifiant n'est pas disponible : choisissez-en un autre."),
                code="username_unavailable",
            )
        return username

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    def _get_validation_exclusions(self):
        # The model's checks of these two would say "existe déjà": clean_username speaks for
        # the username, and the e-mail's uniqueness is the service's business.
        return super()._get_validation_exclusions() | {"email", "username"}


class ProfileForm(EmailUniqueMixin, forms.ModelForm):
    class Meta:
        model = get_user_model()
        fields = ["display_name", "first_name", "last_name", "email"]
        labels = {
            "first_name": _("Prénom"),
            "last_name": _("Nom"),
            "email": _("Adresse e-mail"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True
        self.fields["display_name"].widget.attrs.update(autocomplete="name")
        self.fields["first_name"].widget.attrs.update(autocomplete="given-name")
        self.fields["last_name"].widget.attrs.update(autocomplete="family-name")
        self.fields["email"].widget.attrs.update(autocomplete="email")


class AccountEraseForm(forms.Form):
    """The learner confirms, with their password, that they want their account erased."""

    password = forms.CharField(
        label=_("Mot de passe"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_(
            "Je comprends que mon compte et mes données seront supprimés définitivement et que "
            "mes certificats seront révoqués."
        ),
        error_messages={"required": _("Cochez cette case pour confirmer la suppression.")},
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("Ce mot de passe n'est pas le bon. Saisissez celui de votre compte."),
                code="password_incorrect",
            )
        return password


class AdminLoginForm(WagtailLoginForm):
    """Wagtail's admin login form, whose password field has no label of its own: Django then
    shows the field's name, "Password", in every language (WAGTAILADMIN_USER_LOGIN_FORM)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Mot de passe")
