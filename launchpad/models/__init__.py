"""The launchpad's models, one module per area (as courses and competencies do)."""

from .funding import FundingScheme

__all__ = ["FundingScheme"]
