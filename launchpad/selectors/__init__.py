"""Non-trivial reads of the launchpad app (STYLE.md), one module per area."""

from .funding import (
    FundingMatch,
    Place,
    funding_scheme_get,
    funding_scheme_list,
    funding_schemes_for,
    place_of,
)

__all__ = [
    "FundingMatch",
    "Place",
    "funding_scheme_get",
    "funding_scheme_list",
    "funding_schemes_for",
    "place_of",
]
