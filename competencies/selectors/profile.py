"""The learner's competency profile (docs/competencies.md, "Learner competency profile"): their
state on each competency, computed from their evidence rows. Every function here runs a number of
queries that does not grow with the evidence or the competencies."""

from dataclasses import dataclass, field

from wagtail.models import Page

from ..models import CompetencyEvidence, ProficiencyLevel, active_language
from .scales import level_positions, threshold_positions


@dataclass(frozen=True)
class EvidenceItem:
    """One row of evidence as the profile shows it, in the active language."""

    kind: str
    source_type: str
    source_type_label: str
    title: str
    url: str | None
    occurred_at: object
    level: object


@dataclass
class CompetencyState:
    """A learner's state on one competency, computed from their evidence rows."""

    competency: object
    framework: object
    reached: object = None  # highest proficient level (a ProficiencyLevel) or None
    evidenced: object = None  # highest evidenced level, proficient ones included, or None
    reached_position: int = 0  # 1-based position of `reached` in the scale, 0 for none
    evidenced_position: int = 0
    reached_at: object = None  # when `reached` was first proficient
    threshold_met: bool = False  # `reached` is at or above the framework's threshold
    evidence: list = field(default_factory=list)


def _source_pages(keys, language, request=None):
    """{translation key: (url, title)} of the live pages in the active language (else any): one
    query (plus Wagtail's cached site roots). The title is the page's in that language, so that
    evidence recorded on the French lesson reads in English on /en/."""
    if not keys:
        return {}
    pages = {}
    rows = Page.objects.live().filter(translation_key__in=keys).select_related("locale")
    for page in rows.only("pk", "title", "url_path", "translation_key", "locale__language_code"):
        if page.translation_key not in pages or page.locale.language_code == language:
            pages[page.translation_key] = page
    return {key: (page.get_url(request), page.title) for key, page in pages.items()}


def learner_competency_states(
    *, user, competency_ids=None, with_evidence=True, request=None, language=None
):
    """{competency pk: CompetencyState} for every competency the learner has evidence on
    (restricted to `competency_ids` when given), in framework order.

    Three queries with evidence (evidence rows with their competency, level and framework; the
    scales; the source pages' URLs), two without."""
    language = language or active_language()
    rows = CompetencyEvidence.objects.filter(user=user).select_related(
        "competency__framework", "level"
    )
    if competency_ids is not None:
        rows = rows.filter(competency_id__in=list(competency_ids))
    rows = list(rows.order_by("occurred_at", "pk"))
    if not rows:
        return {}
    positions, scales = level_positions(framework_ids={row.competency.framework_id for row in rows})
    thresholds = threshold_positions(scales)
    urls = (
        _source_pages({row.source_key for row in rows}, language, request) if with_evidence else {}
    )
    source_labels = dict(CompetencyEvidence.Source.choices)
    states = {}
    for row in rows:
        state = states.get(row.competency_id)
        if state is None:
            state = states[row.competency_id] = CompetencyState(
                competency=row.competency, framework=row.competency.framework
            )
        position, level = positions.get(row.level_id, (0, row.level))
        if position > state.evidenced_position:
            state.evidenced, state.evidenced_position = level, position
        if row.kind == CompetencyEvidence.Kind.PROFICIENT and position > state.reached_position:
            # Rows come in date order: the first row at a higher level is when it was reached.
            state.reached, state.reached_position, state.reached_at = (
                level,
                position,
                row.occurred_at,
            )
        if with_evidence:
            state.evidence.append(
                EvidenceItem(
                    kind=row.kind,
                    source_type=row.source_type,
                    source_type_label=str(source_labels.get(row.source_type, row.source_type)),
                    title=urls.get(row.source_key, (None, row.source_title))[1],
                    url=urls.get(row.source_key, (None, None))[0],
                    occurred_at=row.occurred_at,
                    level=level,
                )
            )
    for state in states.values():
        state.threshold_met = bool(state.reached_position) and (
            state.reached_position >= thresholds[state.framework.pk]
        )
        state.evidence.reverse()  # most recent first
    return dict(
        sorted(
            states.items(),
            key=lambda pair: (pair[1].framework.name_fr, pair[1].competency.sort_order, pair[0]),
        )
    )


def levels_reached(*, user, competency_ids):
    """{competency pk: 1-based position of the level reached} from the rows: one query."""
    reached = {}
    rows = CompetencyEvidence.objects.filter(
        user=user, competency_id__in=list(competency_ids), kind=CompetencyEvidence.Kind.PROFICIENT
    ).values_list("competency_id", "level_id")
    rows = list(rows)
    if not rows:
        return {}
    levels = dict(
        ProficiencyLevel.objects.filter(pk__in={level_id for _c, level_id in rows}).values_list(
            "pk", "framework_id"
        )
    )
    positions, _scales = level_positions(framework_ids=set(levels.values()))
    for competency_id, level_id in rows:
        position = positions[level_id][0]
        if position > reached.get(competency_id, (0, None))[0]:
            reached[competency_id] = (position, positions[level_id][1])
    return reached
