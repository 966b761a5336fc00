"""What each app keeps about a learner, for their export and their erasure (GDPR articles 15,
17 and 20).

accounts sits below every other app, so it cannot import them: each app registers, from its
AppConfig.ready(), the functions that export and erase its own rows::

    from accounts.api import privacy_register

    privacy_register("courses", export=user_export, erase=user_erase, order=40)

`export(user)` returns a JSON-ready value (dates as ISO 8601 strings), the section `name` of
the export; `erase(user)` deletes or anonymises the app's rows of the user. Sections run in
`order` (lowest first), inside the transaction of accounts.services.user_data_export /
user_erase, which delete the user row itself last. docs/accounts.md lists the sections.
"""

from dataclasses import dataclass
from datetime import UTC


@dataclass(frozen=True)
class Section:
    name: str
    export: object
    erase: object
    order: int


_sections = {}


def register(name, *, export=None, erase=None, order=100):
    """Register (or replace, so that a reload stays idempotent) the section `name`."""
    _sections[name] = Section(name=name, export=export, erase=erase, order=order)


def sections():
    return sorted(_sections.values(), key=lambda section: (section.order, section.name))


def iso(moment):
    """A datetime as an ISO 8601 string in UTC (None stays None): every date of the export."""
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")
