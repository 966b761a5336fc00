"""The competency evidence of a learner's events, handed down to competencies.api. Called by
services.py inside their transactions, next to the progress change: evidence exists if and only
if that change was committed.

Mappings are read across a page's translations (by translation_key): the French and English
versions of a lesson are one source, whichever one the learner completed."""

from competencies import api as competencies

from .models import CourseCompetency, LessonCompetency, QuizCompetency


def _mappings(model, page, *fields):
    """(competency pk, level pk, *fields) declared on any translation of `page`: one query."""
    return set(
        model.objects.filter(page__translation_key=page.translation_key).values_list(
            "competency_id", "level_id", *fields
        )
    )


def _record(*, user, rows, source_type, page, occurred_at):
    if not rows:
        return []
    return competencies.evidence_record(
        user=user,
        records=[
            competencies.EvidenceRecord(
                competency_id=competency_id,
                level_id=level_id,
                kind=kind,
                source_type=source_type,
                source_key=page.translation_key,
                source_page_id=page.pk,
                source_title=page.title,
                occurred_at=occurred_at,
            )
            for competency_id, level_id, kind in sorted(rows)
        ],
    )


def lesson_completed(*, user, lesson, completion):
    """A lesson done evidences the levels it develops."""
    rows = {(c, level, competencies.EVIDENCED) for c, level in _mappings(LessonCompetency, lesson)}
    return _record(
        user=user,
        rows=rows,
        source_type=competencies.EvidenceSource.LESSON,
        page=lesson,
        occurred_at=completion.completed_at,
    )


def quiz_passed(*, user, quiz, attempt):
    """A quiz passed evidences the levels it develops and makes those it assesses proficient."""
    rows = {
        (
            c,
            level,
            competencies.PROFICIENT
            if kind == QuizCompetency.Kind.ASSESSES
            else competencies.EVIDENCED,
        )
        for c, level, kind in _mappings(QuizCompetency, quiz, "kind")
    }
    return _record(
        user=user,
        rows=rows,
        source_type=competencies.EvidenceSource.QUIZ,
        page=quiz,
        occurred_at=attempt.submitted_at,
    )


def course_completed(*, user, course, enrolment):
    """A whole course complete makes the levels it develops proficient."""
    rows = {(c, level, competencies.PROFICIENT) for c, level in _mappings(CourseCompetency, course)}
    return _record(
        user=user,
        rows=rows,
        source_type=competencies.EvidenceSource.COURSE,
        page=course,
        occurred_at=enrolment.completed_at,
    )
