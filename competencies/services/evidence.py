"""The learner's evidence, handed down by courses inside the transaction of a progress change,
and the `competency_proficient` signal when the level reached on a competency rises."""

import uuid
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from .. import selectors
from ..models import (
    LANGUAGES,
    Competency,
    CompetencyEvidence,
    ProficiencyLevel,
    level_framework_validate,
)
from ..signals import competency_proficient


@dataclass(frozen=True)
class EvidenceRecord:
    """A learning event mapped to a competency at a level, as a higher app describes it.

    kind: CompetencyEvidence.Kind ("evidenced" or "proficient"); source_type: "lesson", "quiz"
    or "course"; source_key: the page's translation_key (one source for all its languages)."""

    competency_id: int
    level_id: int
    kind: str
    source_type: str
    source_key: object
    source_title: str
    occurred_at: object
    source_page_id: int | None = None


def _identity(row):
    return (row.competency_id, row.level_id, row.kind, row.source_type, row.source_key)


@transaction.atomic
def evidence_record(*, user, records):
    """Store the learner's evidence rows (idempotent: a row already stored is skipped) and,
    when the level reached on a competency rises, send `competency_proficient` once, after
    commit. Returns the CompetencyEvidence rows created.

    Call it inside the transaction of the progress change. Constant queries: lock, levels,
    level reached before, insert, level reached after."""
    records = list(records)
    if not records:
        return []
    # One learner's evidence is written one transaction after the other, so "the level reached
    # rose" is decided once (SQLite serialises writers anyway).
    list(get_user_model().objects.select_for_update().filter(pk=user.pk).values_list("pk"))
    rows = _evidence_rows(user=user, records=records)
    competency_ids = {row.competency_id for row in rows}
    before = selectors.levels_reached(user=user, competency_ids=competency_ids)
    existing = set(
        CompetencyEvidence.objects.filter(
            user=user, competency_id__in=competency_ids, source_key__in={r.source_key for r in rows}
        ).values_list("competency_id", "level_id", "kind", "source_type", "source_key")
    )
    new_rows = [row for row in rows if _identity(row) not in existing]
    if not new_rows:
        return []
    CompetencyEvidence.objects.bulk_create(new_rows)
    after = selectors.levels_reached(user=user, competency_ids=competency_ids)
    risen = [
        (competency_id, level)
        for competency_id, (position, level) in after.items()
        if position > before.get(competency_id, (0, None))[0]
    ]
    if risen:
        _proficiency_announce(user=user, risen=risen, rows=new_rows)
    return new_rows


def _evidence_rows(*, user, records):
    """Checked, deduplicated CompetencyEvidence rows (unsaved) of the records: two queries."""
    frameworks = dict(
        Competency.objects.filter(pk__in={r.competency_id for r in records}).values_list(
            "pk", "framework_id"
        )
    )
    levels = dict(
        ProficiencyLevel.objects.filter(pk__in={r.level_id for r in records}).values_list(
            "pk", "framework_id"
        )
    )
    rows, seen = [], set()
    for record in records:
        if frameworks.get(record.competency_id) is None or levels.get(record.level_id) is None:
            raise ValidationError(_("Compétence ou niveau inconnu."), code="unknown")
        level_framework_validate(
            competency_framework_id=frameworks[record.competency_id],
            level_framework_id=levels[record.level_id],
        )
        if record.kind not in CompetencyEvidence.Kind.values:
            raise ValidationError(_("Nature de preuve inconnue."), code="kind")
        if record.source_type not in CompetencyEvidence.Source.values:
            raise ValidationError(_("Source de preuve inconnue."), code="source_type")
        row = CompetencyEvidence(
            user=user,
            competency_id=record.competency_id,
            level_id=record.level_id,
            kind=record.kind,
            source_type=record.source_type,
            source_key=uuid.UUID(str(record.source_key)),
            source_page_id=record.source_page_id,
            source_title=record.source_title[:255],
            occurred_at=_aware(record.occurred_at),
        )
        if _identity(row) not in seen:
            seen.add(_identity(row))
            rows.append(row)
    return rows


def _aware(value):
    if isinstance(value, str):
        value = parse_datetime(value)
    if value is None:
        raise ValidationError(_("Date de preuve invalide."), code="date")
    return timezone.make_aware(value) if timezone.is_naive(value) else value


def _proficiency_announce(*, user, risen, rows):
    competencies = Competency.objects.in_bulk([competency_id for competency_id, _level in risen])
    for competency_id, level in risen:
        competency = competencies[competency_id]
        evidence = next(
            row
            for row in rows
            if row.competency_id == competency_id
            and row.level_id == level.pk
            and row.kind == row.Kind.PROFICIENT
        )
        _mastered_statement_record(user=user, competency=competency, level=level, evidence=evidence)
        transaction.on_commit(
            lambda competency=competency, level=level, evidence=evidence: (
                competency_proficient.send(
                    sender=Competency,
                    user=user,
                    competency=competency,
                    level=level,
                    evidence=evidence,
                )
            )
        )


def _mastered_statement_record(*, user, competency, level, evidence):
    """The xAPI `mastered` statement of a level reached, in the evidence's transaction (so it
    exists if and only if the evidence was committed). The activity is the (competency, level)
    pair, keyed by uuid5(competency uuid, level uuid): stable across imports and languages."""
    from tracking import api as tracking

    def texts(language):
        return f"{competency.localized('title', language)} : {level.localized('name', language)}"

    tracking.statement_record(
        user=user,
        verb=tracking.Verb.MASTERED,
        activity=tracking.Activity(
            type=tracking.ActivityType.COMPETENCY,
            key=uuid.uuid5(competency.uuid, str(level.uuid)),
            names={language: texts(language) for language in LANGUAGES},
        ),
        timestamp=evidence.occurred_at,
    )
