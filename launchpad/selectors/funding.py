"""Reads of funding schemes: the public list with its filters, one scheme, and the schemes that
fit a project, ranked with the reasons. Each reads the schemes in one query and filters the
list fields (stages, forms, needs, territories) in Python: the same on SQLite and PostgreSQL,
and a constant number of queries (a few hundred schemes at most)."""

from dataclasses import dataclass

from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _

from ..choices import NeedCategory, Stage
from ..legal_forms import legal_form_keys, legal_form_name
from ..models import FundingScheme
from ..territories import commune_get, departement_get, region_get

# Weights of the ranking (docs/launchpad.md, "Funding"): a need the scheme addresses counts
# most; a scheme meant for this stage, form or territory beats one open to all.
NEED_WEIGHT = 3
STAGE_WEIGHT = 2
LEGAL_FORM_WEIGHT = 2
REGION_WEIGHT = 2
DEPARTEMENT_WEIGHT = 3


@dataclass(frozen=True)
class Place:
    """Where a project is: its département and region (either may be None)."""

    departement: str | None
    region: str | None


def place_of(territory):
    """The Place of a territory given as a commune INSEE code, a département code or
    "region:<code>" / "departement:<code>"; ValueError for an unknown code."""
    if territory in (None, ""):
        return None
    text = str(territory).strip()
    kind, _sep, code = text.partition(":")
    if not _sep:
        kind, code = ("commune" if len(text) == 5 else "departement"), text
    if kind == "region" and region_get(code):
        return Place(None, region_get(code).code)
    if kind == "departement" and departement_get(code):
        item = departement_get(code)
        return Place(item.code, item.region_code)
    if kind == "commune" and commune_get(code):
        item = commune_get(code)
        return Place(item.departement_code, item.region_code)
    raise ValueError(_("Territoire inconnu : « %(code)s ».") % {"code": territory})


def _covers(scheme, place):
    """True if `scheme` is open to a project in `place` (national schemes are open to all)."""
    if scheme.is_national:
        return True
    if place is None:
        return False
    if place.region and place.region in scheme.regions:
        return True
    if place.departement:
        return place.departement in scheme.departements
    # a whole region: the schemes of its départements concern part of it
    return any(
        (departement_get(code) and departement_get(code).region_code == place.region)
        for code in scheme.departements
    )


def funding_scheme_list(*, kind=None, stage=None, legal_form=None, territory=None):
    """The open schemes (deadline not passed) matching the filters, by name. A filter left
    None keeps every scheme; `territory` keeps the national schemes and those of that place."""
    place = place_of(territory)
    today = timezone.localdate()
    schemes = FundingScheme.objects.order_by(Lower("name_fr"), "pk")
    if kind:
        schemes = schemes.filter(kind=kind)
    return [
        scheme
        for scheme in schemes
        if not scheme.is_closed(today)
        and (not stage or not scheme.stages or stage in scheme.stages)
        and (not legal_form or not scheme.legal_forms or legal_form in scheme.legal_forms)
        and (territory in (None, "") or _covers(scheme, place))
    ]


def funding_scheme_get(*, slug):
    """The scheme `slug`, or None."""
    return FundingScheme.objects.filter(slug=slug).first()


@dataclass(frozen=True)
class FundingMatch:
    scheme: FundingScheme
    score: int
    reasons: tuple  # translated sentences, "because ..."


def _check(values, known, what):
    unknown = [value for value in values if value not in known]
    if unknown:
        raise ValueError(f"unknown {what}: {', '.join(map(str, unknown))}")


def funding_schemes_for(*, stage=None, legal_form=None, territory=None, needs=()):
    """The open schemes a project can apply to, best first, each with why.

    `stage` (a Stage key), `legal_form` (a legal-form key, None when not chosen yet),
    `territory` (a commune INSEE code or a département code; None: national schemes only) and
    `needs` (NeedCategory keys). A scheme is kept when its stages, forms and territory accept
    the project; it ranks higher for each need it addresses, and when it is meant for this
    stage, form or territory rather than open to all. Ties by name. One query."""
    needs = list(dict.fromkeys(needs or ()))
    _check([stage] if stage else [], Stage.values, "stage")
    _check([legal_form] if legal_form else [], legal_form_keys(), "legal form")
    _check(needs, NeedCategory.values, "need")
    place = place_of(territory)
    need_labels = dict(NeedCategory.choices)
    today = timezone.localdate()
    matches = []
    for scheme in FundingScheme.objects.order_by(Lower("name_fr"), "pk"):
        if scheme.is_closed(today):
            continue
        if stage and scheme.stages and stage not in scheme.stages:
            continue
        if legal_form and scheme.legal_forms and legal_form not in scheme.legal_forms:
            continue
        if not _covers(scheme, place):
            continue
        score, reasons = 0, []
        shared = [need for need in needs if need in scheme.needs]
        if shared:
            score += NEED_WEIGHT * len(shared)
            reasons.append(
                _("parce qu'il répond à vos besoins : %(needs)s.")
                % {"needs": ", ".join(str(need_labels[need]) for need in shared)}
            )
        if stage and scheme.stages:
            score += STAGE_WEIGHT
            reasons.append(
                _("parce qu'il est fait pour les projets à l'étape « %(stage)s ».")
                % {"stage": Stage(stage).label}
            )
        if legal_form and scheme.legal_forms:
            score += LEGAL_FORM_WEIGHT
            reasons.append(
                _("parce qu'il est ouvert à la forme « %(form)s ».")
                % {"form": legal_form_name(legal_form)}
            )
        if place and place.departement in scheme.departements:
            score += DEPARTEMENT_WEIGHT
            reasons.append(
                _("parce qu'il finance les projets de votre département (%(name)s).")
                % {"name": departement_get(place.departement).name}
            )
        elif place and place.region in scheme.regions:
            score += REGION_WEIGHT
            reasons.append(
                _("parce qu'il finance les projets de votre région (%(name)s).")
                % {"name": region_get(place.region).name}
            )
        elif scheme.is_national:
            reasons.append(_("parce qu'il est ouvert partout en France."))
        matches.append(FundingMatch(scheme=scheme, score=score, reasons=tuple(reasons)))
    matches.sort(key=lambda match: -match.score)  # stable: ties stay by name
    return matches
