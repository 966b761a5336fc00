"""Proficiency scales as positions: a level is compared with another by its 1-based position in
its framework's scale."""

from ..models import ProficiencyLevel


def level_positions(*, framework_ids, with_frameworks=False):
    """{level pk: (1-based position, level)} and {framework pk: [levels in order]}: one query.
    `with_frameworks`: each level's `framework` is loaded too, in the same query."""
    positions, scales = {}, {}
    levels = ProficiencyLevel.objects.filter(framework_id__in=set(framework_ids)).order_by(
        "framework_id", "sort_order", "pk"
    )
    if with_frameworks:
        levels = levels.select_related("framework")
    for level in levels:
        scale = scales.setdefault(level.framework_id, [])
        scale.append(level)
        positions[level.pk] = (len(scale), level)
    return positions, scales


def threshold_positions(scales):
    """{framework pk: position of its proficient threshold} for scales of level_positions."""
    thresholds = {}
    for framework_id, scale in scales.items():
        flagged = [i for i, level in enumerate(scale, start=1) if level.is_proficient_threshold]
        # A scale without a threshold: only its top level counts as mastered.
        thresholds[framework_id] = flagged[0] if flagged else len(scale)
    return thresholds
