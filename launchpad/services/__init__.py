"""Every write of the launchpad app, and its calculators (STYLE.md), one module per area."""

from .funding import (
    FundingImportError,
    FundingImportResult,
    funding_scheme_create,
    funding_scheme_update,
    funding_schemes_export,
    funding_schemes_import,
    funding_schemes_rows,
)
from .orientation import (
    ORIENTATION_NOTICE,
    EsusCondition,
    EsusResult,
    LegalFormReason,
    LegalFormResult,
    OrientationError,
    esus_precheck,
    legal_form_answers_validate,
    legal_form_orientation,
)

__all__ = [
    "ORIENTATION_NOTICE",
    "EsusCondition",
    "EsusResult",
    "FundingImportError",
    "FundingImportResult",
    "LegalFormReason",
    "LegalFormResult",
    "OrientationError",
    "esus_precheck",
    "funding_scheme_create",
    "funding_scheme_update",
    "funding_schemes_export",
    "funding_schemes_import",
    "funding_schemes_rows",
    "legal_form_answers_validate",
    "legal_form_orientation",
]
