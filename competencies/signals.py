"""Signals the competencies app sends, always from services.py, after the transaction commits.

- competency_proficient: user, competency, level, evidence (a CompetencyEvidence row). Sent by
  services.evidence_record when the level reached on a competency rises (its highest
  proficient level, docs/competencies.md), once per level; the tracking app turns it into an
  xAPI statement.
"""

from django.dispatch import Signal

competency_proficient = Signal()
