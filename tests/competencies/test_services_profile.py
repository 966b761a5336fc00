"""The aggregation rule of the learner competency profile (docs/competencies.md), fed by the
courses services: evidence sources, levels, idempotency, the competency_proficient signal."""

import pytest
from django.core.exceptions import ValidationError

from competencies import api
from competencies.models import CompetencyEvidence
from competencies.selectors import learner_competency_states
from competencies.services import EvidenceRecord, evidence_record
from competencies.signals import competency_proficient
from courses import services as course_services
from tests.courses.factories import lessons_of, quiz_of, right_answers, wrong_answers

from .conftest import framework_spec

pytestmark = pytest.mark.django_db


@pytest.fixture
def received():
    calls = []

    def receiver(sender, **kwargs):
        calls.append(kwargs)

    competency_proficient.connect(receiver)
    yield calls
    competency_proficient.disconnect(receiver)


@pytest.fixture
def enrolled(mapped_course, learner):
    course_services.enrolment_create(user=learner, page=mapped_course)
    return mapped_course


def _codes(states):
    return {
        state.competency.code: (
            state.reached.code if state.reached else None,
            state.evidenced.code if state.evidenced else None,
        )
        for state in states.values()
    }


def test_nothing_done_means_an_empty_profile(enrolled, learner):
    assert learner_competency_states(user=learner) == {}
    assert api.learner_competency_levels(learner) == []


def test_a_lesson_done_evidences_its_level_without_proficiency(enrolled, learner, received):
    course_services.lesson_complete(user=learner, lesson=lessons_of(enrolled)[0])
    states = learner_competency_states(user=learner)
    assert _codes(states) == {"A1.2": (None, "decouvrir")}
    (item,) = states[next(iter(states))].evidence
    assert (item.kind, item.source_type, item.title) == ("evidenced", "lesson", "Leçon 1")
    assert received == []


def test_an_unmapped_lesson_leaves_no_evidence(enrolled, learner):
    course_services.lesson_complete(user=learner, lesson=lessons_of(enrolled)[1])
    assert CompetencyEvidence.objects.count() == 0


def test_a_failed_quiz_is_no_evidence(enrolled, learner):
    quiz = quiz_of(enrolled)
    course_services.quiz_attempt_submit(user=learner, quiz=quiz, answers=wrong_answers(quiz))
    assert CompetencyEvidence.objects.count() == 0


def test_a_passed_quiz_evidences_what_it_develops_and_proves_what_it_assesses(
    enrolled, learner, received, django_capture_on_commit_callbacks
):
    quiz = quiz_of(enrolled)
    with django_capture_on_commit_callbacks(execute=True):
        course_services.quiz_attempt_submit(user=learner, quiz=quiz, answers=right_answers(quiz))
    assert _codes(learner_competency_states(user=learner)) == {
        "A1.2": ("pratiquer", "pratiquer"),
        "A1.3": (None, "decouvrir"),
    }
    assert [(r["competency"].code, r["level"].code) for r in received] == [("A1.2", "pratiquer")]
    assert received[0]["evidence"].source_type == "quiz"
    assert received[0]["user"] == learner


def test_the_whole_course_complete_makes_its_levels_proficient(
    enrolled, learner, received, django_capture_on_commit_callbacks
):
    lessons = lessons_of(enrolled)
    quiz = quiz_of(enrolled)
    with django_capture_on_commit_callbacks(execute=True):
        course_services.lesson_complete(user=learner, lesson=lessons[0])
        # Not complete yet: the course mapping gives nothing.
        assert not CompetencyEvidence.objects.filter(source_type="course").exists()
        course_services.lesson_complete(user=learner, lesson=lessons[1])
        course_services.quiz_attempt_submit(user=learner, quiz=quiz, answers=right_answers(quiz))
    states = learner_competency_states(user=learner)
    assert _codes(states) == {
        "A1.1": ("maitriser", "maitriser"),
        "A1.2": ("pratiquer", "pratiquer"),
        "A1.3": (None, "decouvrir"),
    }
    a11 = next(s for s in states.values() if s.competency.code == "A1.1")
    assert a11.threshold_met and a11.reached_position == 3
    assert [e.source_type for e in a11.evidence] == ["course"]
    a12 = next(s for s in states.values() if s.competency.code == "A1.2")
    assert not a12.threshold_met  # "pratiquer" is below the "maitriser" threshold
    assert {e.source_type for e in a12.evidence} == {"lesson", "quiz"}
    assert sorted((r["competency"].code, r["level"].code) for r in received) == [
        ("A1.1", "maitriser"),
        ("A1.2", "pratiquer"),
    ]


def test_the_signal_waits_for_the_commit(
    enrolled, learner, received, django_capture_on_commit_callbacks
):
    quiz = quiz_of(enrolled)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        course_services.quiz_attempt_submit(user=learner, quiz=quiz, answers=right_answers(quiz))
    assert received == []
    for callback in callbacks:
        callback()
    assert len(received) == 1


def test_evidence_and_signal_are_recorded_once(
    enrolled, learner, received, django_capture_on_commit_callbacks
):
    quiz = quiz_of(enrolled)
    with django_capture_on_commit_callbacks(execute=True):
        course_services.quiz_attempt_submit(user=learner, quiz=quiz, answers=right_answers(quiz))
        course_services.quiz_attempt_submit(user=learner, quiz=quiz, answers=right_answers(quiz))
    assert CompetencyEvidence.objects.filter(user=learner).count() == 2
    assert len(received) == 1


def _record(
    framework_items, scale, learner, code, level, kind, source_type="lesson", key=None, when=None
):
    import uuid

    from django.utils import timezone

    return evidence_record(
        user=learner,
        records=[
            EvidenceRecord(
                competency_id=framework_items[code].pk,
                level_id=scale[level].pk,
                kind=kind,
                source_type=source_type,
                source_key=key or uuid.uuid4(),
                source_title="Source",
                occurred_at=when or timezone.now(),
            )
        ],
    )


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([], None),
        ([("decouvrir", "evidenced")], (None, "decouvrir")),
        ([("transmettre", "evidenced")], (None, "transmettre")),
        ([("decouvrir", "proficient")], ("decouvrir", "decouvrir")),
        ([("pratiquer", "proficient"), ("transmettre", "evidenced")], ("pratiquer", "transmettre")),
        ([("maitriser", "proficient"), ("pratiquer", "proficient")], ("maitriser", "maitriser")),
        ([("pratiquer", "proficient"), ("maitriser", "proficient")], ("maitriser", "maitriser")),
        ([("decouvrir", "evidenced"), ("decouvrir", "proficient")], ("decouvrir", "decouvrir")),
    ],
)
def test_levels_are_ordered_reached_is_the_highest_proficient_evidenced_the_highest_of_all(
    framework_items, scale, learner, rows, expected
):
    for level, kind in rows:
        _record(framework_items, scale, learner, "A2.1", level, kind)
    states = learner_competency_states(user=learner)
    assert _codes(states).get("A2.1") == expected


def test_the_signal_is_sent_when_the_level_reached_rises_only(
    framework_items, scale, learner, received, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _record(framework_items, scale, learner, "A2.1", "decouvrir", "evidenced")
        _record(framework_items, scale, learner, "A2.1", "maitriser", "proficient")
        _record(
            framework_items, scale, learner, "A2.1", "pratiquer", "proficient"
        )  # lower: no signal
        _record(
            framework_items, scale, learner, "A2.1", "maitriser", "proficient"
        )  # same: no signal
        _record(framework_items, scale, learner, "A2.1", "transmettre", "proficient")
    assert [r["level"].code for r in received] == ["maitriser", "transmettre"]


def test_reached_at_is_the_first_date_of_the_level(framework_items, scale, learner):
    from datetime import UTC, datetime

    first, later = datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 6, 1, tzinfo=UTC)
    _record(framework_items, scale, learner, "A2.1", "maitriser", "proficient", when=first)
    _record(
        framework_items,
        scale,
        learner,
        "A2.1",
        "maitriser",
        "proficient",
        source_type="quiz",
        when=later,
    )
    (level,) = api.learner_competency_levels(learner)
    assert level.reached_at == first


def test_learner_competency_levels_carries_the_case_identifiers(
    framework, framework_items, scale, learner
):
    _record(framework_items, scale, learner, "A1.1", "maitriser", "proficient")
    _record(framework_items, scale, learner, "A1.2", "transmettre", "evidenced")
    (level,) = api.learner_competency_levels(learner)
    assert level.competency_uuid == str(framework_items["A1.1"].uuid)
    assert level.framework_identifier == framework.identifier
    assert level.framework_uuid == str(framework.case_uuid)
    assert (level.level_code, level.level_uuid) == ("maitriser", str(scale["maitriser"].uuid))
    assert (level.level_position, level.threshold_met) == (3, True)
    assert api.learner_competency_levels(learner, competency_ids=[framework_items["A1.2"].pk]) == []


def test_a_level_of_another_framework_is_refused(framework_items, learner):
    from competencies.services import framework_apply

    other = framework_apply(spec=framework_spec(identifier="urn:autre")).framework
    with pytest.raises(ValidationError):
        evidence_record(
            user=learner,
            records=[
                EvidenceRecord(
                    competency_id=framework_items["A1.1"].pk,
                    level_id=other.levels.first().pk,
                    kind="proficient",
                    source_type="course",
                    source_key="5f0c7f7e-0000-4000-8000-000000000000",
                    source_title="x",
                    occurred_at="2025-01-01T00:00:00Z",
                )
            ],
        )
    assert CompetencyEvidence.objects.count() == 0


def test_a_mapping_to_a_level_of_another_framework_is_refused(catalogue, framework_items):
    from competencies.services import framework_apply
    from tests.courses.factories import course_create

    other = framework_apply(spec=framework_spec(identifier="urn:autre")).framework
    course = course_create(catalogue, lessons=1, quiz=False)
    with pytest.raises(ValidationError):
        course_services.page_competencies_set(
            page=course, mappings=[(framework_items["A1.1"], other.levels.first())]
        )


def test_mappings_are_read_across_translations(enrolled, learner):
    """The learner completes the English lesson; only the French one declares the mapping."""
    from wagtail.models import Locale

    from courses.models import LessonCompetency

    french = lessons_of(enrolled)[0]
    english_locale, _created = Locale.objects.get_or_create(language_code="en")
    english = french.copy_for_translation(english_locale, copy_parents=True).specific
    LessonCompetency.objects.filter(page=english).delete()
    course_services.lesson_complete(user=learner, lesson=english)
    states = learner_competency_states(user=learner)
    assert _codes(states) == {"A1.2": (None, "decouvrir")}
    (row,) = CompetencyEvidence.objects.all()
    assert row.source_key == french.translation_key


def test_a_level_reached_writes_one_mastered_statement_in_the_same_transaction(enrolled, learner):
    from tracking import api as tracking
    from tracking.models import Statement

    quiz = quiz_of(enrolled)
    course_services.quiz_attempt_submit(user=learner, quiz=quiz, answers=right_answers(quiz))
    course_services.quiz_attempt_submit(user=learner, quiz=quiz, answers=right_answers(quiz))
    mastered = Statement.objects.filter(verb=tracking.Verb.MASTERED.value)
    assert mastered.count() == 1
    data = mastered.get().data
    assert "/xapi/activities/competency/" in data["object"]["id"]
    assert data["object"]["definition"]["name"]["fr"].endswith(": Pratiquer")


def test_no_statement_when_evidence_is_refused(framework_items, learner):
    from tracking.models import Statement

    with pytest.raises(ValidationError):
        _record_bad = evidence_record(
            user=learner,
            records=[
                EvidenceRecord(
                    competency_id=framework_items["A1.1"].pk,
                    level_id=-1,
                    kind="proficient",
                    source_type="course",
                    source_key="5f0c7f7e-0000-4000-8000-000000000000",
                    source_title="x",
                    occurred_at="2025-01-01T00:00:00Z",
                )
            ],
        )
    assert Statement.objects.count() == 0
