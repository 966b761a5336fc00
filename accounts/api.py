"""What other apps may import from the accounts app.

- `privacy_register(name, export=, erase=, order=)`: an app's section of a learner's data
  export and erasure, registered from its AppConfig.ready() (accounts/privacy.py).
- `privacy_iso(moment)`: the date format of the export (ISO 8601, UTC).
"""

from .privacy import iso as privacy_iso
from .privacy import register as privacy_register

__all__ = ["privacy_iso", "privacy_register"]
