"""The competencies app's section of a learner's data export and erasure (accounts.privacy)."""

from accounts.api import privacy_iso as iso

from .models import CompetencyEvidence
from .selectors import learner_competency_states


def user_export(user):
    """The evidence rows behind the learner's profile and the level reached per competency:
    three queries."""
    evidence = CompetencyEvidence.objects.filter(user=user).select_related(
        "competency__framework", "level"
    )
    states = learner_competency_states(user=user, with_evidence=False)
    return {
        "evidence": [
            {
                "framework": row.competency.framework.identifier,
                "competency_code": row.competency.code,
                "competency_uuid": str(row.competency.uuid),
                "competency": {"fr": row.competency.title_fr, "en": row.competency.title_en},
                "level_code": row.level.code,
                "level": {"fr": row.level.name_fr, "en": row.level.name_en},
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
                "framework": state.framework.identifier,
                "competency_code": state.competency.code,
                "competency_uuid": str(state.competency.uuid),
                "competency": {"fr": state.competency.title_fr, "en": state.competency.title_en},
                "level_code": state.reached.code,
                "level": {"fr": state.reached.name_fr, "en": state.reached.name_en},
                "proficient": state.threshold_met,
                "reached_at": iso(state.reached_at),
            }
            for state in states.values()
            if state.reached is not None
        ],
    }


def user_erase(user):
    CompetencyEvidence.objects.filter(user=user).delete()
