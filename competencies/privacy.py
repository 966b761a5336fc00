"""The competencies app's section of a learner's data export and erasure (accounts.privacy)."""

from accounts.api import privacy_iso as iso

from .models import CompetencyEvidence
from .selectors import learner_competency_states


def _competency_level(framework, competency, level):
    return {
        "framework": framework.identifier,
        "competency_code": competency.code,
        "competency_uuid": str(competency.uuid),
        "competency": {"fr": competency.title_fr, "en": competency.title_en},
        "level_code": level.code,
        "level": {"fr": level.name_fr, "en": level.name_en},
    }


def user_export(user):
    """The evidence rows behind the learner's profile and the level reached per competency:
    four queries."""
    evidence = CompetencyEvidence.objects.filter(user=user).select_related(
        "competency__framework", "level"
    )
    states = learner_competency_states(user=user, with_evidence=False)
    return {
        "evidence": [
            {
                **_competency_level(row.competency.framework, row.competency, row.level),
                "kind": row.kind,
                "source_type": row.source_type,
                "source_key": str(row.source_key),
                "source_title": row.source_title,
                "occurred_at": iso(row.occurred_at),
            }
            for row in evidence
        ],
        "levels": [
            {
                **_competency_level(state.framework, state.competency, state.reached),
                "proficient": state.threshold_met,
                "reached_at": iso(state.reached_at),
            }
            for state in states.values()
            if state.reached is not None
        ],
    }


def user_erase(user):
    CompetencyEvidence.objects.filter(user=user).delete()
