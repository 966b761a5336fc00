"""The competency evidence of the project workspace, handed down to competencies.api the way
courses/evidence.py does for lessons: a step marked done evidences, for the member who marks
it, the levels it develops (read across the step's translations)."""

from competencies import api as competencies

from .models import LaunchStepCompetency


def step_done(*, user, step, occurred_at):
    rows = set(
        LaunchStepCompetency.objects.filter(page__translation_key=step.translation_key).values_list(
            "competency_id", "level_id"
        )
    )
    if not rows:
        return []
    return competencies.evidence_record(
        user=user,
        records=[
            competencies.EvidenceRecord(
                competency_id=competency_id,
                level_id=level_id,
                kind=competencies.EVIDENCED,
                source_type=competencies.EvidenceSource.LAUNCH_STEP,
                source_key=step.translation_key,
                source_page_id=step.pk,
                source_title=step.title,
                occurred_at=occurred_at,
            )
            for competency_id, level_id in sorted(rows)
        ],
    )
