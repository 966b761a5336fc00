"""Demo funding schemes (config/demo/content/launchpad/funding.toml), read and checked like the
rest of the demo content (docs/content.md), built through launchpad's services. Idempotent:
each scheme is found by its slug and updated in place."""

import datetime

from django.core.exceptions import ValidationError

from launchpad.models import FundingScheme
from launchpad.services.funding import funding_scheme_save

from .content import DEFAULT_ROOT, ContentError
from .reader import Reader
from .schema import TEXT

FUNDING = {
    "schemes": [
        {
            "slug": str,
            "name": TEXT,
            "funder": str,
            "kind": str,
            "description": TEXT,
            "stages?": [str],
            "legal_forms?": [str],
            "needs?": [str],
            "regions?": [str],
            "departements?": [str],
            "amount_min?": int,
            "amount_max?": int,
            "deadline?": datetime.date,
            "rolling?": bool,
            "url": str,
            "checked_on": datetime.date,
        }
    ]
}
FILE = "launchpad/funding.toml"


def _fields(entry):
    return {
        "name_fr": entry["name"]["fr"],
        "name_en": entry["name"]["en"],
        "funder": entry["funder"],
        "kind": entry["kind"],
        "description_fr": entry["description"]["fr"].strip(),
        "description_en": entry["description"]["en"].strip(),
        "stages": entry.get("stages", []),
        "legal_forms": entry.get("legal_forms", []),
        "needs": entry.get("needs", []),
        "regions": entry.get("regions", []),
        "departements": entry.get("departements", []),
        "amount_min": entry.get("amount_min"),
        "amount_max": entry.get("amount_max"),
        "deadline": entry.get("deadline"),
        "rolling": entry.get("rolling", False),
        "url": entry["url"],
        "checked_on": entry["checked_on"],
    }


def funding_read(root=DEFAULT_ROOT):
    """The schemes of `root`/launchpad/funding.toml, checked against the file's schema and the
    model's rules (known stages, forms, needs, territories; no database needed); ContentError
    naming each problem with its line. A content folder without the file has no schemes."""
    file = root / FILE
    if not file.exists():
        return []
    reader = Reader(root)
    data, locator = reader.toml(file, FUNDING) or ({}, None)
    if not reader.problems:
        slugs = set()
        for index, entry in enumerate(data["schemes"]):
            line = locator.line(f"schemes[{index}]")
            if entry["slug"] in slugs:
                reader.problem(file, line, f"the slug {entry['slug']!r} is used twice")
            slugs.add(entry["slug"])
            try:
                FundingScheme(slug=entry["slug"], **_fields(entry)).full_clean(
                    validate_unique=False, validate_constraints=False
                )
            except ValidationError as error:
                for field, messages in error.message_dict.items():
                    for message in messages:
                        reader.problem(file, line, f"{field}: {message}")
    if reader.problems:
        raise ContentError(reader.problems)
    return data["schemes"]


def load_funding(*, schemes, log=print):
    """Create or update the demo's funding schemes (as funding_read returns them). Idempotent."""
    for entry in schemes:
        funding_scheme_save(slug=entry["slug"], **_fields(entry))
    log(f"Funding schemes: {len(schemes)}")
    return schemes
