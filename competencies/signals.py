"""Signals the competencies app sends, always from services.py, after the transaction commits.

- competency_proficient: user, competency, level, evidence (sent when a learner's level on a
  competency first reaches the framework's proficient threshold; the learner profile, a later
  step, sends it; the tracking app turns it into an xAPI statement).
"""

from django.dispatch import Signal

competency_proficient = Signal()
