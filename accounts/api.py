"""What other apps may import from the accounts app.

- `privacy_register(name, export=, erase=, order=)`: an app's section of a learner's data
  export and erasure, registered from its AppConfig.ready() (accounts/privacy.py).
- `privacy_iso(moment)`: the date format of the export (ISO 8601, UTC).
- `TRAINER_GROUP`, `LEAD_GROUP`: the names of the roles' groups (config/roles.py grants their
  rights; docs/accounts.md, "Rôles / Roles").
"""

from .conf import LEAD_GROUP, TRAINER_GROUP
from .privacy import iso as privacy_iso
from .privacy import register as privacy_register

__all__ = ["LEAD_GROUP", "TRAINER_GROUP", "privacy_iso", "privacy_register"]
