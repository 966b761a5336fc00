"""What a certificate freezes when it is issued: the issuer, the criteria, the competencies
and levels the holder has reached; and the rule's minimum levels the holder still lacks."""

import calendar
import re

from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from competencies import api as competencies
from courses import api as courses

from .. import conf, credentials
from ..models import CertificateRuleCompetency, IssuerSettings


def add_months(moment, months):
    month = moment.month - 1 + months
    year = moment.year + month // 12
    month = month % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def issuer_snapshot():
    site = Site.objects.filter(is_default_site=True).first()
    issuer = IssuerSettings.for_site(site) if site else IssuerSettings()
    return {
        "issuer_name": issuer.organisation_name,
        "issuer_url": issuer.organisation_url or conf.base_url() + "/",
        "signatory_name": issuer.signatory_name,
        "signatory_role": issuer.signatory_role,
    }


def _page_titles(page):
    """The page's title in French and in English (its translation, when there is one)."""
    titles = {}
    for language in ("fr", "en"):
        translated = None
        locale = Locale.objects.filter(language_code=language).first()
        if locale is not None:
            translated = page.get_translation_or_none(locale)
        titles[language] = (translated or page).title
    return titles


def minimum_levels(rule):
    """The rule's minimum levels, with the 1-based position of each in its framework's scale
    (as competencies.api counts them): [(competency, level, position)]. One query, and one per
    framework of the levels."""
    rows = list(
        CertificateRuleCompetency.objects.filter(rule=rule).select_related("competency", "level")
    )
    if not rows:
        return []
    scales = {}
    for row in rows:
        if row.level.framework_id not in scales:
            scales[row.level.framework_id] = list(
                row.level.framework.levels.order_by("sort_order", "pk").values_list("pk", flat=True)
            )
    return [
        (row.competency, row.level, scales[row.level.framework_id].index(row.level_id) + 1)
        for row in rows
    ]


def default_criteria(rule):
    titles = _page_titles(rule.page) if rule.page_id else {"fr": rule.title_fr, "en": rule.title_en}
    minimums = minimum_levels(rule)
    criteria = {}
    for language in ("fr", "en"):
        with translation.override(language):
            criteria[language] = _(
                "Avoir terminé « %(title)s » : toutes les leçons obligatoires suivies et tous "
                "les quiz réussis."
            ) % {"title": titles[language]}
            if minimums:
                levels = ", ".join(
                    f"{competency.code or competency.localized('title', language)} "
                    f"({level.localized('name', language)})"
                    for competency, level, _position in minimums
                )
                criteria[language] += " " + _(
                    "Niveaux de compétence exigés au minimum : %(levels)s."
                ) % {"levels": levels}
    return criteria


# An absolute URI (RFC 3986 scheme): a CASE CFDocument `uri`, as opposed to a Moodle "Id
# number". Such frameworks have CASE items, identified as Tremplin's CASE export does.
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


def _case_item_uri(level):
    if _URI.match(level.framework_identifier):
        return f"urn:uuid:{level.competency_uuid}"
    return ""


def _reading_order(pair):
    """Framework, then code in natural order (A2 before A10), then title."""
    level = pair[1]
    code = [
        int(part) if part.isdigit() else part for part in re.split(r"(\d+)", level.competency_code)
    ]
    return (level.framework_name, [(isinstance(p, str), p) for p in code], level.competency_title)


def _profile_levels(*, holder, competency_ids):
    """{language: {competency pk: CompetencyLevel}}: the holder's levels reached, read from
    competencies.api in French and in English (texts fall back to French)."""
    by_language = {}
    for language in ("fr", "en"):
        with translation.override(language):
            by_language[language] = {
                level.competency_id: level
                for level in competencies.learner_competency_levels(
                    holder, competency_ids=competency_ids
                )
            }
    return by_language


def competencies_snapshot(*, rule, holder):
    """The competencies the certified path or course develops (and those the rule requires)
    with the level the holder has reached on each, as plain data frozen into the record:
    competencies the holder has not reached a level on are left out."""
    if holder is None:
        return []
    competency_ids = set(courses.content_competency_ids(page=rule.page)) if rule.page_id else set()
    competency_ids.update(
        CertificateRuleCompetency.objects.filter(rule=rule).values_list("competency_id", flat=True)
    )
    if not competency_ids:
        return []
    levels = _profile_levels(holder=holder, competency_ids=competency_ids)
    snapshot = []
    for competency_id, fr in sorted(levels["fr"].items(), key=_reading_order):
        en = levels["en"][competency_id]
        snapshot.append(
            {
                "code": fr.competency_code,
                "title_fr": fr.competency_title,
                "title_en": en.competency_title,
                "level_code": fr.level_code,
                "level_position": fr.level_position,
                "level_fr": fr.level_name,
                "level_en": en.level_name,
                "framework_fr": fr.framework_name,
                "framework_en": en.framework_name,
                "framework_identifier": fr.framework_identifier,
                "framework_version": fr.framework_version,
                "case_uri": _case_item_uri(fr),
                "reached_at": credentials.iso(fr.reached_at) if fr.reached_at else None,
            }
        )
    return snapshot


def minimum_levels_missing(*, rule, holder):
    """The rule's minimum levels the holder has not reached: [(competency, level)]."""
    minimums = minimum_levels(rule)
    if not minimums:
        return []
    reached = {
        level.competency_id: level.level_position
        for level in competencies.learner_competency_levels(
            holder, competency_ids=[competency.pk for competency, _level, _p in minimums]
        )
    }
    return [
        (competency, level)
        for competency, level, position in minimums
        if reached.get(competency.pk, 0) < position
    ]
