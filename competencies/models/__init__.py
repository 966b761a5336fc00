"""Competency frameworks, proficiency scales, job profiles, the glossary and the learner's
evidence, one module per area (as courses does)."""

from .evidence import CompetencyEvidence
from .frameworks import Competency, CompetencyQuerySet, Framework, ProficiencyLevel
from .glossary import GlossaryTerm
from .job_profiles import JobProfile, JobProfileRequirement
from .translation import LANGUAGES, SOURCE_LANGUAGE, TranslatedTextMixin, active_language, letter_of
from .validators import level_framework_clean, level_framework_validate

__all__ = [
    "LANGUAGES",
    "SOURCE_LANGUAGE",
    "Competency",
    "CompetencyEvidence",
    "CompetencyQuerySet",
    "Framework",
    "GlossaryTerm",
    "JobProfile",
    "JobProfileRequirement",
    "ProficiencyLevel",
    "TranslatedTextMixin",
    "active_language",
    "letter_of",
    "level_framework_clean",
    "level_framework_validate",
]
