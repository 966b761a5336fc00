"""The learner's competency profile (docs/competencies.md, "Learner competency profile"): their
state on each competency, computed from their evidence rows. Every function here runs a number of
queries that does not grow with the evidence or the competencies."""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.utils import dateformat, timezone
from wagtail.models import Page

from common import cache as versioned

from ..models import Competency, CompetencyEvidence, ProficiencyLevel, active_language
from .scales import level_positions, threshold_positions


@dataclass(frozen=True)
class EvidenceItem:
    """One row of evidence as the profile shows it, in the active language (its texts ready to
    print: a profile lists every row, and each lookup or filter in a template costs)."""

    kind: str
    source_type: str
    source_type_label: str
    title: str
    url: str | None
    occurred_at: object
    level: object
    level_name: str = ""
    occurred_label: str = ""  # the local date, "2 décembre 2026" / "2 December 2026"


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


SOURCES_VERSION_KEY = "competencies:sources:version"
_NO_PAGE = ()  # cached for a key without a live page, so that it is not looked up again


def source_pages_cache_expire():
    """Forget the cached titles and URLs of evidence sources (handlers.py: any change to a page
    or a site)."""
    versioned.versions_expire([SOURCES_VERSION_KEY])


def _source_pages(keys, language, request=None):
    """{translation key: (url, title)} of the live pages in `language` (else in any): the title
    is the page's in that language, so that evidence recorded on the French lesson reads in
    English on /en/ (and a renamed page shows its new title).

    Cached as plain strings per key, language and host under one version that any page change
    expires: two cache reads; on a miss, one query for the keys missing (plus Wagtail's cached
    site roots). Wagtail pages are costly to instantiate, and a profile cites many."""
    if not keys:
        return {}
    host = request.get_host() if request is not None else ""
    version = versioned.version_get(SOURCES_VERSION_KEY)
    cache_keys = {key: f"competencies:source:{version}:{host}:{language}:{key}" for key in keys}
    cached = cache.get_many(list(cache_keys.values()))
    found = {key: cached[cache_key] for key, cache_key in cache_keys.items() if cache_key in cached}
    missing = [key for key in keys if key not in found]
    if missing:
        pages = {}
        rows = Page.objects.live().filter(translation_key__in=missing).select_related("locale")
        for page in rows.only(
            "pk", "title", "url_path", "translation_key", "locale__language_code"
        ):
            if page.translation_key not in pages or page.locale.language_code == language:
                pages[page.translation_key] = page
        fresh = {
            key: (pages[key].get_url(request), pages[key].title) if key in pages else _NO_PAGE
            for key in missing
        }
        cache.set_many({cache_keys[key]: value for key, value in fresh.items()})
        found.update(fresh)
    return {key: tuple(value) for key, value in found.items() if value != _NO_PAGE}


def learner_competency_states(
    *, user, competency_ids=None, with_evidence=True, request=None, language=None
):
    """{competency pk: CompetencyState} for every competency the learner has evidence on
    (restricted to `competency_ids` when given), in framework order.

    Four queries with evidence (the evidence rows as plain values; their competencies; the
    scales with their frameworks; the source pages), three without. A row costs a tuple, not
    model instances: each competency, framework and level is loaded once, whatever the number
    of rows on it."""
    language = language or active_language()
    rows = CompetencyEvidence.objects.filter(user=user)
    if competency_ids is not None:
        rows = rows.filter(competency_id__in=list(competency_ids))
    rows = list(rows.order_by("occurred_at", "pk").values_list(*_ROW_FIELDS, named=True))
    if not rows:
        return {}
    competencies = Competency.objects.in_bulk({row.competency_id for row in rows})
    positions, scales = level_positions(
        framework_ids={competency.framework_id for competency in competencies.values()},
        with_frameworks=True,
    )
    frameworks = {framework_id: scale[0].framework for framework_id, scale in scales.items()}
    thresholds = threshold_positions(scales)
    urls = (
        _source_pages({row.source_key for row in rows}, language, request) if with_evidence else {}
    )
    source_labels = {value: str(label) for value, label in CompetencyEvidence.Source.choices}
    level_names, day_labels = {}, {}
    states = {}
    for row in rows:
        state = states.get(row.competency_id)
        if state is None:
            competency = competencies[row.competency_id]
            if competency.framework_id in frameworks:  # else: read when asked (no level left)
                competency.framework = frameworks[competency.framework_id]
            state = states[row.competency_id] = CompetencyState(
                competency=competency, framework=competency.framework
            )
        position, level = positions.get(row.level_id, (0, None))
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
            url, title = urls.get(row.source_key, (None, row.source_title))
            if level is not None and level.pk not in level_names:
                level_names[level.pk] = level.name
            day = timezone.localtime(row.occurred_at).date()
            if day not in day_labels:
                day_labels[day] = dateformat.format(day, "j F Y")
            state.evidence.append(
                EvidenceItem(
                    kind=row.kind,
                    source_type=row.source_type,
                    source_type_label=source_labels.get(row.source_type, row.source_type),
                    title=title,
                    url=url,
                    occurred_at=row.occurred_at,
                    level=level,
                    level_name=level_names.get(getattr(level, "pk", None), ""),
                    occurred_label=day_labels[day],
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


_ROW_FIELDS = (
    "competency_id",
    "level_id",
    "kind",
    "source_type",
    "source_key",
    "source_title",
    "occurred_at",
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
