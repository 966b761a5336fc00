"""The issuer's signing keys: a new key generated, published, and logged in the admin
history."""

from django.db import transaction
from wagtail.log_actions import log as log_action

from .. import keys

# The admin history's entry for a new signing key (wagtail_hooks.py).
KEY_GENERATED_ACTION = "certificates.signing_key_generate"


@transaction.atomic
def signing_key_generate(*, actor=None, path=None):
    """A new Ed25519 private key (PEM). Written to `path` when given; its public key is
    published at once and the previous keys are retired (they stay published). The key's
    entry in the admin history names `actor` (None from the command line)."""
    pem = keys.private_key_generate_pem()
    if path is not None:
        keys.key_file_write(path, pem)
    private_key = keys.private_key_from_pem(pem)
    row = keys.signing_key_register(keys.public_bytes(private_key.public_key()))
    log_action(row, KEY_GENERATED_ACTION, user=actor, data={"kid": row.kid})
    return pem, row
