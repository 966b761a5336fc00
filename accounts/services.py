import hashlib
import json
import secrets
from datetime import timedelta
from importlib import import_module

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.mail import send_mail
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from . import privacy
from .conf import ADMIN_ROLES, DEMO_PASSWORD, ROLE_GROUPS, demo_accounts, sign_up_confirm_hours
from .models import SignUpRequest
from .selectors import demo_account_usernames_present


@transaction.atomic
def user_create(*, username, email, password, display_name=""):
    user = get_user_model()(username=username, email=email, display_name=display_name)
    user.set_password(password)
    user.full_clean()
    user.save()
    return user


# Sign-up by e-mail confirmation (docs/accounts.md, "Sign-up"): whether or not an address
# already has an account, the visitor gets the same answer and the address gets an e-mail.


class SignUpError(ValidationError):
    pass


def _token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def sign_up_request(*, username, email, password, display_name="", next_url="", origin):
    """Start a sign-up. A free address gets a confirmation link (the account is created when it
    is opened: sign_up_confirm); an address that has an account gets an e-mail telling its
    owner, with links to log in and to reset the password, and nothing else changes. The caller
    cannot tell which happened: it gets a claim to keep in the visitor's session either way
    (random for a taken address). `origin` is the site's scheme and host, for the links."""
    User = get_user_model()
    # Hashed in both cases, so that the answer takes as long whether the address is taken.
    password_hash = make_password(password)
    claim = secrets.token_hex(32)
    owner = User.objects.filter(email__iexact=email).first()
    if owner is not None:
        _mail(
            "accounts/email/sign_up_taken",
            owner.email,
            user=owner,
            login_url=origin + reverse("accounts:login"),
            reset_url=origin + reverse("accounts:password_reset"),
        )
        return claim
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        SignUpRequest.objects.filter(created_at__lt=_sign_up_oldest()).delete()
        SignUpRequest.objects.filter(email__iexact=email).delete()
        pending = SignUpRequest(
            email=email,
            username=username,
            display_name=display_name,
            password=password_hash,
            token_hash=_token_hash(token),
            claim=claim,
            next_url=next_url,
        )
        pending.full_clean()
        pending.save()
    _mail(
        "accounts/email/sign_up_confirm",
        email,
        username=username,
        confirm_url=origin + reverse("accounts:sign_up_confirm", args=[token]),
        hours=sign_up_confirm_hours(),
    )
    return claim


def _sign_up_oldest():
    return timezone.now() - timedelta(hours=sign_up_confirm_hours())


def _mail(template, to, **context):
    subject = render_to_string(f"{template}_subject.txt", context).strip()
    body = render_to_string(f"{template}.txt", context)
    send_mail(subject, body, None, [to])


def sign_up_request_get(*, token):
    """The pending sign-up of a confirmation link, or None when the link is unknown, used or
    expired."""
    return SignUpRequest.objects.filter(
        token_hash=_token_hash(token), created_at__gte=_sign_up_oldest()
    ).first()


@transaction.atomic
def sign_up_confirm(*, token):
    """Create the account of a confirmation link, once: the link then stops working. Refused
    (SignUpError) when the link is unknown, used or expired, or when its username was taken
    since (the visitor signs up again with another one)."""
    pending = sign_up_request_get(token=token)
    if pending is None:
        raise SignUpError(_("Ce lien n'est pas ou plus valable."), code="invalid")
    User = get_user_model()
    pending.delete()
    if User.objects.filter(email__iexact=pending.email).exists():
        raise SignUpError(_("Ce lien n'est pas ou plus valable."), code="invalid")
    if User.objects.filter(username__iexact=pending.username).exists():
        raise SignUpError(
            _(
                "L'identifiant choisi n'est plus disponible : inscrivez-vous à nouveau avec un "
                "autre identifiant."
            ),
            code="username",
        )
    user = User(username=pending.username, email=pending.email, display_name=pending.display_name)
    user.password = pending.password
    user.full_clean()
    user.save()
    return user, pending


@transaction.atomic
def user_update_profile(*, user, display_name, email, first_name="", last_name=""):
    user.display_name = display_name
    user.email = email
    user.first_name = first_name
    user.last_name = last_name
    user.full_clean()
    user.save(update_fields=["display_name", "email", "first_name", "last_name"])
    return user


@transaction.atomic
def demo_accounts_ensure():
    """Create (or reset) the demo accounts, each in its role's group. Idempotent. Callers check
    DEBUG first, and create the roles' groups with their rights before (config.roles)."""
    User = get_user_model()
    users = []
    for username, role, display_name in demo_accounts():
        user, _created = User.objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@demo.tremplin.invalid"},
        )
        user.display_name = display_name
        user.is_staff = role in ADMIN_ROLES
        user.is_superuser = role == "admin"
        user.set_password(DEMO_PASSWORD)
        user.save()
        if role in ROLE_GROUPS:
            user.groups.add(Group.objects.get_or_create(name=ROLE_GROUPS[role])[0])
        users.append((user, role))
    return users


def demo_accounts_refuse():
    """Refuse to serve when demo accounts exist outside DEBUG (their password is public)."""
    try:
        present = demo_account_usernames_present()
    except DatabaseError:  # not migrated yet: no accounts at all
        return
    if present:
        raise ImproperlyConfigured(
            "Demo accounts with a public password exist in this database: "
            f"{', '.join(present)}. Delete them before running in production."
        )


# A learner's data: export and erasure (docs/accounts.md, "Your data: export and erasure").

EXPORT_FORMAT = "tremplin-user-data"
EXPORT_VERSION = 1


class AccountError(ValidationError):
    pass


def _account_export(user):
    return {
        "username": user.username,
        "email": user.email,
        "display_name": user.display_name,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": privacy.iso(user.date_joined),
        "last_login": privacy.iso(user.last_login),
    }


@transaction.atomic
def user_data_export(*, user, now=None):
    """Everything Tremplin keeps about the user, as JSON-ready data: the account, then one
    key per app section (accounts.privacy), read in one transaction so that it is consistent."""
    data = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": privacy.iso(now or timezone.now()),
        "account": _account_export(user),
    }
    for section in privacy.sections():
        if section.export is not None:
            data[section.name] = section.export(user)
    # Whatever a section returned, the file holds only JSON types.
    return json.loads(json.dumps(data, cls=DjangoJSONEncoder))


def user_data_export_filename(*, user, now=None):
    day = timezone.localdate(now or timezone.now())
    return f"tremplin-mes-donnees-{user.username}-{day.isoformat()}.json"


def user_erase_refusal(*, user):
    """Why this account cannot be erased through the learner's erasure, or None."""
    if user.is_staff or user.is_superuser:
        return _(
            "Un compte d'administration ou d'équipe ne peut pas être supprimé ainsi, pour ne "
            "pas priver le site de ses administrateur·rices : demandez à une autre personne "
            "administratrice de retirer ses droits ou de supprimer le compte."
        )
    return None


@transaction.atomic
def user_erase(*, user):
    """Erase the user (GDPR article 17), in one transaction: each app's section in order
    (certificates revoked and anonymised, the xAPI actor forgotten, progress and evidence
    deleted), then their sessions and the user row. Staff accounts are refused (AccountError)."""
    refusal = user_erase_refusal(user=user)
    if refusal:
        raise AccountError(refusal, code="staff")
    for section in privacy.sections():
        if section.erase is not None:
            section.erase(user)
    _sessions_delete(user)
    user.delete()


def _sessions_delete(user):
    """Sessions do not index their user: every stored session is read (cost in the number of
    sessions, paid only on an erasure)."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    user_id = str(user.pk)
    for session in Session.objects.iterator():
        if str(session.get_decoded().get("_auth_user_id")) == user_id:
            store(session_key=session.session_key).delete()
