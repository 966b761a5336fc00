"""Reads of the competencies app that take more than one line."""

import re
from collections import OrderedDict
from dataclasses import dataclass, field

from django.db.models import Prefetch
from wagtail.models import Page

from common import charts

from .models import (
    Competency,
    CompetencyEvidence,
    Framework,
    GlossaryTerm,
    JobProfile,
    JobProfileRequirement,
    ProficiencyLevel,
    active_language,
    letter_of,
)


def framework_list():
    return Framework.objects.order_by("name_fr")


def framework_get(*, identifier):
    """A framework by its identifier (URI or Moodle Id number), or its CASE uuid."""
    framework = Framework.objects.filter(identifier=identifier).first()
    if framework is None:
        try:
            framework = Framework.objects.filter(case_uuid=identifier).first()
        except Exception:  # noqa: BLE001 - not a UUID: there is no such framework
            framework = None
    if framework is None:
        raise Framework.DoesNotExist(identifier)
    return framework


def competency_tree(*, framework):
    """The framework's items as nested (item, children) pairs, in order, in one query."""
    items = list(Competency.objects.filter(framework=framework).order_by("sort_order", "pk"))
    children = {}
    for item in items:
        children.setdefault(item.parent_id, []).append(item)

    def build(parent_id):
        return [(item, build(item.pk)) for item in children.get(parent_id, [])]

    return build(None)


def job_profile_list():
    return JobProfile.objects.prefetch_related(
        "requirements__competency", "requirements__level"
    ).order_by("title_fr")


def glossary_index(*, language=None):
    """Terms grouped by initial letter in the active language: [(letter, [terms])], sorted.

    One query whatever the number of terms: the index lists names only, each term's page
    shows the rest."""
    language = language or active_language()
    terms = list(GlossaryTerm.objects.only("slug", "term_fr", "term_en"))
    terms.sort(key=lambda term: _sort_key(term.localized("term", language)))
    groups = OrderedDict()
    for term in terms:
        groups.setdefault(letter_of(term.localized("term", language)), []).append(term)
    return list(groups.items())


def glossary_term_detail(*, slug):
    """A term with its related terms and competencies (three queries), or None."""
    return (
        GlossaryTerm.objects.prefetch_related(
            Prefetch("related_terms", queryset=GlossaryTerm.objects.order_by("term_fr")),
            Prefetch("related_competencies", queryset=Competency.objects.order_by("code")),
        )
        .filter(slug=slug)
        .first()
    )


def _words(text):
    return re.findall(r"\w+", _sort_key(text))


def glossary_search(*, query, language=None, limit=50):
    """Terms whose text in `language` (default: the active one) holds every word of the query
    (accents and case ignored, a word may be the start of a longer one), best first: the term
    itself, then a synonym, then the definition. The other language's texts are never searched.

    One query: the glossary is read whole (hundreds of short rows at most), which keeps the
    language rule exact on every database; pages are searched through Wagtail (config/search.py).
    """
    language = language or active_language()
    wanted = _words(query)
    if not wanted:
        return []

    def matches(text):
        words = _words(text)
        return all(any(word.startswith(w) for word in words) for w in wanted)

    ranked = []
    for term in GlossaryTerm.objects.all():
        fields = (
            term.localized("term", language),
            getattr(term, f"synonyms_{language}", ""),
            term.localized("definition", language),
        )
        for rank, text in enumerate(fields):
            if matches(text):
                ranked.append((rank, _sort_key(fields[0]), term))
                break
    ranked.sort(key=lambda entry: entry[:2])
    return [term for _rank, _key, term in ranked[:limit]]


def glossary_link_targets(*, language, url_for):
    """Every term as a link target in `language` (its term and synonyms), in one query."""
    from .linking import LinkTarget

    targets = []
    for term in GlossaryTerm.objects.only(
        "slug", "term_fr", "term_en", "synonyms_fr", "synonyms_en"
    ):
        # Synonyms of this language only: a French synonym never links English text.
        synonyms = getattr(term, f"synonyms_{language}", "").splitlines()
        phrases = (term.localized("term", language), *(s.strip() for s in synonyms if s.strip()))
        targets.append(LinkTarget(slug=term.slug, url=url_for(term.slug), phrases=phrases))
    return targets


def _sort_key(text):
    import unicodedata

    stripped = "".join(
        char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char)
    )
    return stripped.casefold()


def glossary_term_get(*, slug):
    return GlossaryTerm.objects.filter(slug=slug).first()


# Learner competency profile (docs/competencies.md, "Learner competency profile"). Every
# function below runs a number of queries that does not grow with the evidence, the
# competencies or the job profile's requirements.


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


def level_positions(*, framework_ids):
    """{level pk: (1-based position, level)} and {framework pk: [levels in order]}: one query."""
    positions, scales = {}, {}
    levels = ProficiencyLevel.objects.filter(framework_id__in=set(framework_ids)).order_by(
        "framework_id", "sort_order", "pk"
    )
    for level in levels:
        scale = scales.setdefault(level.framework_id, [])
        scale.append(level)
        positions[level.pk] = (len(scale), level)
    return positions, scales


def _threshold_positions(scales):
    thresholds = {}
    for framework_id, scale in scales.items():
        flagged = [i for i, level in enumerate(scale, start=1) if level.is_proficient_threshold]
        # A scale without a threshold: only its top level counts as mastered.
        thresholds[framework_id] = flagged[0] if flagged else len(scale)
    return thresholds


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
    thresholds = _threshold_positions(scales)
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


def job_profile_get(*, pk):
    """A job profile with its requirements (competency, level, framework), or None: two
    queries."""
    return (
        JobProfile.objects.filter(pk=pk)
        .prefetch_related(
            Prefetch(
                "requirements",
                queryset=JobProfileRequirement.objects.select_related(
                    "competency__framework", "competency__parent", "level"
                ).order_by("sort_order", "pk"),
            )
        )
        .first()
    )


def job_profile_choices():
    """(pk, title) of every job profile, in the active language, sorted: one query."""
    profiles = list(JobProfile.objects.only("pk", "title_fr", "title_en"))
    return sorted(
        ((profile.pk, profile.title) for profile in profiles),
        key=lambda choice: _sort_key(choice[1]),
    )


@dataclass
class GapRow:
    """One requirement of a job profile against the learner's state."""

    competency: object
    area: object
    required: object
    required_position: int
    reached: object
    reached_position: int
    evidenced: object
    evidenced_position: int
    scale_size: int

    @property
    def missing_steps(self):
        return max(self.required_position - self.reached_position, 0)

    @property
    def met(self):
        return self.missing_steps == 0

    @property
    def status(self):
        if self.met:
            return "met"
        return "partial" if self.reached_position or self.evidenced_position else "missing"


@dataclass
class JobProfileGap:
    job_profile: object
    rows: list
    scales: dict

    @property
    def total_steps(self):
        return sum(row.required_position for row in self.rows)

    @property
    def missing_steps(self):
        return sum(row.missing_steps for row in self.rows)

    @property
    def met_count(self):
        return sum(1 for row in self.rows if row.met)

    @property
    def percent(self):
        total = self.total_steps
        return round(100 * (total - self.missing_steps) / total) if total else 100

    @property
    def missing_rows(self):
        return [row for row in self.rows if not row.met]

    @property
    def max_scale(self):
        return max((row.scale_size for row in self.rows), default=0)


def job_profile_gap(*, job_profile, states):
    """The learner's `states` (learner_competency_states) against the requirements of a job
    profile loaded by job_profile_get: one query (the scales)."""
    requirements = list(job_profile.requirements.all())
    positions, scales = level_positions(
        framework_ids={req.competency.framework_id for req in requirements}
    )
    rows = []
    for requirement in requirements:
        state = states.get(requirement.competency_id)
        rows.append(
            GapRow(
                competency=requirement.competency,
                area=requirement.competency.parent,
                required=requirement.level,
                required_position=positions.get(requirement.level_id, (0,))[0],
                reached=state.reached if state else None,
                reached_position=state.reached_position if state else 0,
                evidenced=state.evidenced if state else None,
                evidenced_position=state.evidenced_position if state else 0,
                scale_size=len(scales.get(requirement.competency.framework_id, [])),
            )
        )
    return JobProfileGap(job_profile=job_profile, rows=rows, scales=scales)


@dataclass(frozen=True)
class ContentCoverage:
    """What a higher app says one of its contents (a course, a path) would bring: the level
    (1-based position in the scale) it takes each competency to."""

    kind: str  # "course" or "path"
    kind_label: str
    title: str
    url: str | None
    levels: dict  # {competency pk: position}


@dataclass(frozen=True)
class RankedContent:
    content: ContentCoverage
    steps: int  # how many missing level steps it covers
    percent: int  # share of the missing steps
    closes: tuple  # competencies whose gap it closes entirely
    improves: tuple  # competencies it raises without closing the gap


def gap_content_rank(*, gap, candidates, limit=10):
    """The candidates that would close part of the gap, best first: ranked by the number of
    missing level steps they cover (a step is one level of one required competency), then by
    the competencies they close entirely, then by title. No query."""
    missing = {row.competency.pk: row for row in gap.missing_rows}
    total = sum(row.missing_steps for row in missing.values())
    ranked = []
    for content in candidates:
        steps, closes, improves = 0, [], []
        for competency_id, position in content.levels.items():
            row = missing.get(competency_id)
            if row is None or position <= row.reached_position:
                continue
            steps += min(position, row.required_position) - row.reached_position
            (closes if position >= row.required_position else improves).append(row.competency)
        if steps:
            ranked.append(
                RankedContent(
                    content=content,
                    steps=steps,
                    percent=round(100 * steps / total) if total else 0,
                    closes=tuple(closes),
                    improves=tuple(improves),
                )
            )
    ranked.sort(key=lambda r: (-r.steps, -len(r.closes), _sort_key(r.content.title)))
    return ranked[:limit]


# The SVG summary: one row per requirement, a bar from 0 to the level reached over a lighter bar
# to the highest evidenced level, and a mark at the required level. Geometry only
# (common.charts), the include draws it; the same data is in the table next to it.


def gap_chart(*, gap):
    """The gap as a common.charts.BarChart (one unit per level step). No query."""
    steps = gap.max_scale or 1
    scale = next(iter(gap.scales.values()), []) if len(gap.scales) == 1 else []
    axis_labels = [
        scale[position - 1].name if scale else str(position) for position in range(1, steps + 1)
    ]
    rows = [
        charts.Row(
            label=str(row.competency),
            bars=(
                charts.Bar(row.evidenced_position, tone="secondary"),
                charts.Bar(row.reached_position, tone="primary"),
            ),
            mark=row.required_position,
        )
        for row in gap.rows
    ]
    return charts.bar_chart(rows=rows, axis_labels=axis_labels)
