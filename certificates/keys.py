"""The site's Ed25519 signing key and the public keys it has published.

The private key comes from the TREMPLIN_CERTIFICATES_SIGNING_KEY setting (PEM, from the
environment) or else from the file TREMPLIN_CERTIFICATES_SIGNING_KEY_FILE
(`manage.py certificates_keygen` writes it). Its public half is recorded in SigningKey under a
key id (the RFC 7638 JWK thumbprint) the first time it signs; a newer key retires the older
ones, which stay published so their certificates remain verifiable.
"""

import base64
import hashlib
import json
import logging
import os

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import conf
from .models import SigningKey
from .multibase import ed25519_multikey

logger = logging.getLogger(__name__)


class SigningKeyMissingError(ImproperlyConfigured):
    pass


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def public_bytes(public_key):
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(public_raw):
    """RFC 7638 thumbprint of the public JWK: stable, derived from the key alone."""
    canonical = json.dumps(
        {"crv": "Ed25519", "kty": "OKP", "x": b64url(public_raw)}, separators=(",", ":")
    )
    return b64url(hashlib.sha256(canonical.encode()).digest())


def public_jwk(public_raw, kid=None):
    return {
        "kty": "OKP",
        "crv": "Ed25519",
        "x": b64url(public_raw),
        "kid": kid or key_id(public_raw),
        "use": "sig",
        "alg": "EdDSA",
    }


def private_key_generate_pem():
    key = Ed25519PrivateKey.generate()
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")


def private_key_from_pem(pem):
    key = serialization.load_pem_private_key(pem.encode("ascii"), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyMissingError("The certificate signing key must be an Ed25519 key.")
    return key


def key_file_write(path, pem):
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(pem)


def private_key_load():
    pem = conf.signing_key_pem()
    if pem:
        return private_key_from_pem(pem)
    path = conf.signing_key_file()
    if path is not None and path.exists():
        return private_key_from_pem(path.read_text(encoding="ascii"))
    if path is not None and conf.signing_key_autocreate():
        logger.warning("Creating a development certificate signing key in %s", path)
        key_file_write(path, private_key_generate_pem())
        return private_key_from_pem(path.read_text(encoding="ascii"))
    raise SigningKeyMissingError(
        "No certificate signing key: set TREMPLIN_CERTIFICATES_SIGNING_KEY or run "
        "`python manage.py certificates_keygen`."
    )


def signing_key_register(public_raw):
    """Record (once) the public key, retiring every other one. Returns its SigningKey row."""
    kid = key_id(public_raw)
    row = SigningKey.objects.filter(kid=kid).first()
    if row is not None and row.retired_at is None:
        return row
    with transaction.atomic():
        if row is None:
            try:
                with transaction.atomic():
                    row = SigningKey.objects.create(
                        kid=kid, public_key_multibase=ed25519_multikey(public_raw)
                    )
            except IntegrityError:
                row = SigningKey.objects.get(kid=kid)
        elif row.retired_at is not None:
            # The operator went back to an older key: it signs again.
            SigningKey.objects.filter(pk=row.pk).update(retired_at=None)
            row.retired_at = None
        SigningKey.objects.filter(retired_at__isnull=True).exclude(pk=row.pk).update(
            retired_at=timezone.now()
        )
    return row


def signing_key_current():
    """(private key, SigningKey row) of the key that signs now."""
    private_key = private_key_load()
    return private_key, signing_key_register(public_bytes(private_key.public_key()))


def public_key_for_kid(kid):
    """The Ed25519 public key published under `kid` (current or retired), or None."""
    from .multibase import ed25519_from_multikey

    row = SigningKey.objects.filter(kid=kid).first()
    if row is None:
        return None
    return Ed25519PublicKey.from_public_bytes(ed25519_from_multikey(row.public_key_multibase))


def jwk_set():
    rows = SigningKey.objects.order_by("created_at")
    keys = []
    from .multibase import ed25519_from_multikey

    for row in rows:
        jwk = public_jwk(ed25519_from_multikey(row.public_key_multibase), row.kid)
        if row.retired_at is not None:
            jwk["retired_at"] = row.retired_at.isoformat()
        keys.append(jwk)
    return {"keys": keys}
