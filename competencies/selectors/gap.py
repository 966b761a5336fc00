"""A learner's gap to a job profile: one row per requirement, the contents (courses, paths) that
would close it, ranked, and its chart. One query at most (the scales)."""

from dataclasses import dataclass

from common import charts

from .scales import level_positions
from .text import sort_key


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
    ref: object = None  # the higher app's own handle on the content (courses: the page pk)


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
    ranked.sort(key=lambda r: (-r.steps, -len(r.closes), sort_key(r.content.title)))
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
