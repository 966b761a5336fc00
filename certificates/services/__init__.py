"""Every write of the certificates app: issuance (automatic, manual, and in bulk for cohorts
through the same function), the PDF rendered once, revocation, signing keys.

One module per concern, the names below being what the app's views, tasks, handlers, commands
and privacy hooks call:

- `record`: what a certificate freezes (issuer, criteria, competencies reached) and the
  minimum levels a holder still lacks;
- `issuance`: the record signed and stored with its xAPI statement;
- `rules`: rules set on pages, and the issuance they trigger on completion or a level reached;
- `rendering`: the PDF, rendered once;
- `revocation`: revocation, and the holder's part of an erasure;
- `signing`: the issuer's signing keys.
"""

from .errors import CertificateError
from .issuance import certificate_issue, certificate_issue_manual
from .record import add_months, minimum_levels_missing
from .rendering import certificate_pdf_render
from .revocation import ERASURE_REVOCATION_REASON, certificate_revoke, certificates_holder_erase
from .rules import (
    certificate_rule_ensure,
    certificates_issue_for_completion,
    competency_certificates_enqueue,
    completion_certificates_enqueue,
    rules_for_page,
)
from .signing import KEY_GENERATED_ACTION, signing_key_generate

__all__ = [
    "ERASURE_REVOCATION_REASON",
    "KEY_GENERATED_ACTION",
    "CertificateError",
    "add_months",
    "certificate_issue",
    "certificate_issue_manual",
    "certificate_pdf_render",
    "certificate_revoke",
    "certificate_rule_ensure",
    "certificates_holder_erase",
    "certificates_issue_for_completion",
    "competency_certificates_enqueue",
    "completion_certificates_enqueue",
    "minimum_levels_missing",
    "rules_for_page",
    "signing_key_generate",
]
