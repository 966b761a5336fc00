"""What other apps (cohorts, config) may import from the launchpad app. Orientation part
(docs/launchpad.md, "Funding", "Legal form and ESUS", "Territories"); every function takes plain
inputs, so a project, a cohort report or a test calls it the same way:

- `funding_schemes_for(stage=, legal_form=, territory=, needs=)`: the open schemes that fit,
  ranked, each with its reasons (FundingMatch);
- `legal_form_orientation(answers=)` and `esus_precheck(...)`: the calculators (OrientationError
  on bad input); `legal_form_keys()`, `legal_form_name(key)`;
- `Stage`, `NeedCategory`: the shared lists;
- territories: `departement_get`, `commune_get`, `commune_search`, `commune_validate`,
  `departement_validate`, `commune_in_departement_validate`.
"""

from .choices import NeedCategory, Stage
from .legal_forms import legal_form_keys, legal_form_name
from .selectors import FundingMatch, funding_schemes_for
from .services import OrientationError, esus_precheck, legal_form_orientation
from .territories import (
    commune_get,
    commune_in_departement_validate,
    commune_search,
    commune_validate,
    departement_get,
    departement_validate,
)

__all__ = [
    "FundingMatch",
    "NeedCategory",
    "OrientationError",
    "Stage",
    "commune_get",
    "commune_in_departement_validate",
    "commune_search",
    "commune_validate",
    "departement_get",
    "departement_validate",
    "esus_precheck",
    "funding_schemes_for",
    "legal_form_keys",
    "legal_form_name",
    "legal_form_orientation",
]
