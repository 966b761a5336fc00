"""Every write of the competencies app: frameworks (authored, imported), job profiles, glossary."""

import json
import uuid
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .conf import framework_import_max_bytes
from .formats.case import case_read, case_write
from .formats.moodle_csv import csv_read, csv_write
from .formats.spec import FrameworkImportError, FrameworkSpec, LevelSpec, spec_validate
from .models import (
    LANGUAGES,
    Competency,
    Framework,
    GlossaryTerm,
    JobProfile,
    JobProfileRequirement,
    ProficiencyLevel,
)

FORMAT_CASE, FORMAT_CSV = "case", "csv"
FORMATS = (FORMAT_CASE, FORMAT_CSV)

__all__ = [
    "FORMATS",
    "FrameworkImportError",
    "FrameworkImportResult",
    "framework_apply",
    "framework_export",
    "framework_import",
    "glossary_term_save",
    "job_profile_save",
]


@dataclass
class FrameworkImportResult:
    framework: Framework
    created: bool
    items_created: int
    items_updated: int
    items_deleted: int


def _set_texts(obj, name, texts):
    for language, value in texts.items():
        if language in LANGUAGES and value is not None:
            setattr(obj, f"{name}_{language}", value)
    if not getattr(obj, f"{name}_fr", "") and texts:
        # A file in English creating a new row: the French source field starts as a copy.
        setattr(obj, f"{name}_fr", next((v for v in texts.values() if v), ""))


def _validation_messages(exc, where):
    if hasattr(exc, "message_dict"):
        return [
            f"{where} : {field} : {message}"
            for field, messages in exc.message_dict.items()
            for message in messages
        ]
    return [f"{where} : {message}" for message in exc.messages]


def framework_detect_format(data):
    return FORMAT_CASE if data.lstrip()[:1] in (b"{", b"[", "{", "[") else FORMAT_CSV


def framework_read(*, data, format=None, language=None, progress=None):  # noqa: A002
    """Parse a framework file's bytes into a FrameworkSpec (no database access)."""
    limit = framework_import_max_bytes()
    if len(data) > limit:
        raise FrameworkImportError(
            [
                _("Le fichier dépasse la taille maximale (%(size)d octets, limite %(limit)d).")
                % {"size": len(data), "limit": limit}
            ]
        )
    format = format or framework_detect_format(data)  # noqa: A001
    if format == FORMAT_CASE:
        return case_read(data, language=language)
    if format == FORMAT_CSV:
        return csv_read(data, language=language or "fr", progress=progress)
    raise FrameworkImportError([_("Format inconnu : %(format)s.") % {"format": format}])


def framework_import(
    *,
    file=None,
    data=None,
    format=None,
    language=None,
    actor=None,  # noqa: A002
    progress=None,
):
    """Import a CASE JSON or Moodle CSV framework file, all or nothing.

    `file` is a binary file object (read up to the size limit), or `data` its bytes. Raises
    FrameworkImportError with every problem found; the database is then unchanged.
    """
    if data is None:
        data = file.read(framework_import_max_bytes() + 1)
    spec = framework_read(data=data, format=format, language=language)
    return framework_apply(spec=spec, actor=actor, progress=progress)


def _framework_find(spec):
    by_identifier = Framework.objects.filter(identifier=spec.identifier).first()
    by_uuid = Framework.objects.filter(case_uuid=spec.case_uuid).first() if spec.case_uuid else None
    if by_identifier and by_uuid and by_identifier.pk != by_uuid.pk:
        raise FrameworkImportError(
            [
                _(
                    "Référentiel : l'identifiant « %(identifier)s » et l'identifiant CASE "
                    "« %(uuid)s » désignent deux référentiels différents."
                )
                % {"identifier": spec.identifier, "uuid": spec.case_uuid}
            ]
        )
    return by_identifier or by_uuid


def framework_apply(*, spec: FrameworkSpec, actor=None, progress=None):
    """Create or update a framework (matched by identifier, then CASE uuid) from a spec, with
    its levels and items, in one transaction. Items missing from the spec are deleted."""
    ordered = spec_validate(spec)
    try:
        with transaction.atomic():
            return _framework_apply(spec, ordered, progress)
    except IntegrityError as exc:
        raise FrameworkImportError(
            [_("Référentiel : refusé par la base de données (%(error)s).") % {"error": exc}]
        ) from None


def _framework_apply(spec, ordered, progress):
    errors = []
    framework = _framework_find(spec)
    created = framework is None
    if created:
        framework = Framework(identifier=spec.identifier)
        if spec.case_uuid:
            framework.case_uuid = spec.case_uuid
    framework.identifier = spec.identifier
    _set_texts(framework, "name", spec.name)
    _set_texts(framework, "description", spec.description)
    _set_texts(framework, "source", spec.source)
    if spec.version or created:
        framework.version = spec.version
    if spec.licence or created:
        framework.licence = spec.licence
    languages = framework.language_list if not created else []
    for language in spec.name:
        if language not in languages:
            languages.append(language)
    framework.languages = ",".join(languages)
    try:
        framework.full_clean()
    except ValidationError as exc:
        raise FrameworkImportError(_validation_messages(exc, _("Référentiel"))) from None
    framework.save()

    if spec.levels is not None:
        _levels_apply(framework, spec.levels, errors)

    existing = {
        (str(item.uuid) if spec.match_items_by == "uuid" else item.code): item
        for item in Competency.objects.filter(framework=framework)
    }
    fields = ["code", "kind", "title_fr", "title_en", "description_fr", "description_en",
              "sort_order", "parent_id"]  # fmt: skip
    by_key, new_by_depth, seen, before = {}, {}, set(), {}
    sibling_count, depth = {}, {}
    total = len(ordered)
    for done, spec_item in enumerate(ordered, start=1):
        lookup = str(spec_item.uuid) if spec.match_items_by == "uuid" else spec_item.code
        item = existing.get(lookup)
        depth[spec_item.key] = (
            0 if spec_item.parent_key is None else depth[spec_item.parent_key] + 1
        )
        if item is None:
            item = Competency(framework=framework)
            if spec_item.uuid:
                item.uuid = spec_item.uuid
            new_by_depth.setdefault(depth[spec_item.key], []).append(item)
        else:
            seen.add(item.pk)
            before[item.pk] = tuple(getattr(item, name) for name in fields)
        item.code = spec_item.code
        item.kind = spec_item.kind
        _set_texts(item, "title", spec_item.title)
        _set_texts(item, "description", spec_item.description)
        sibling_count[spec_item.parent_key] = sibling_count.get(spec_item.parent_key, 0) + 1
        item.sort_order = sibling_count[spec_item.parent_key]
        try:
            item.clean_fields(exclude=["framework", "parent"])
        except ValidationError as exc:
            errors.extend(_validation_messages(exc, spec_item.where))
        by_key[spec_item.key] = (spec_item, item)
        if progress and done % 200 == 0:
            progress(done, total)
    if errors:
        raise FrameworkImportError(errors)

    stale = [item.pk for item in existing.values() if item.pk not in seen]
    if stale:
        # Children of a removed item may move elsewhere in the file: detach before deleting.
        Competency.objects.filter(pk__in=stale).update(parent=None)
        try:
            Competency.objects.filter(pk__in=stale).delete()
        except ProtectedError as exc:
            used = sorted({str(obj) for obj in exc.protected_objects})
            raise FrameworkImportError(
                [
                    _("Des éléments absents du fichier sont encore utilisés : %(used)s.")
                    % {"used": "; ".join(used[:20])}
                ]
            ) from None
    # Codes may move between items: clear the changing ones so no transient duplicate is refused.
    recoded = [
        item.pk
        for _spec, item in by_key.values()
        if item.pk and before[item.pk][0] != item.code and before[item.pk][0]
    ]
    if recoded:
        Competency.objects.filter(pk__in=recoded).update(code="")
    # Parents before children: new items are inserted depth by depth (bulk_update is slow on
    # thousands of rows; unchanged rows are not written at all).
    items_created = 0
    for level in sorted(new_by_depth):
        new_items = new_by_depth[level]
        for spec_item, item in by_key.values():
            if item.pk is None and depth[spec_item.key] == level and spec_item.parent_key:
                item.parent = by_key[spec_item.parent_key][1]
        Competency.objects.bulk_create(new_items, batch_size=500)
        items_created += len(new_items)
    updated = 0
    for spec_item, item in by_key.values():
        if item.pk not in before:
            continue
        item.parent = by_key[spec_item.parent_key][1] if spec_item.parent_key else None
        values = tuple(getattr(item, name) for name in fields)
        if values != before[item.pk] or item.pk in recoded:
            Competency.objects.filter(pk=item.pk).update(**dict(zip(fields, values, strict=True)))
        updated += 1
    if progress:
        progress(total, total)
    return FrameworkImportResult(
        framework=framework,
        created=created,
        items_created=items_created,
        items_updated=updated,
        items_deleted=len(stale),
    )


def _levels_apply(framework, specs, errors):
    current = list(framework.levels.all())
    by_uuid = {level.uuid: level for level in current}
    by_code = {level.code: level for level in current}
    keep = []
    for position, spec in enumerate(specs):
        level = (
            by_uuid.get(spec.uuid)
            or by_code.get(spec.code)
            or (current[position] if position < len(current) and not spec.uuid else None)
        )
        if level is None or level in keep:
            level = ProficiencyLevel(framework=framework)
            if spec.uuid:
                level.uuid = spec.uuid
        if spec.code:
            level.code = spec.code
        if not level.code:
            base = slugify(next((v for v in spec.name.values() if v), ""))[:40]
            level.code = base or f"n{position + 1}"
            if any(other.code == level.code for other in keep):
                level.code = f"{base[:40]}-{position + 1}"
        _set_texts(level, "name", spec.name)
        _set_texts(level, "descriptor", spec.descriptor)
        level.sort_order = position
        keep.append(level)
    threshold = next((i for i, spec in enumerate(specs) if spec.proficient), None)
    try:
        # Clear codes and threshold first so that reordering never trips a constraint.
        framework.levels.exclude(pk__in=[lv.pk for lv in keep if lv.pk]).delete()
        ProficiencyLevel.objects.filter(framework=framework).update(is_proficient_threshold=False)
        for level in keep:
            if level.pk:
                ProficiencyLevel.objects.filter(pk=level.pk).update(code=f"~{level.pk}")
        for index, level in enumerate(keep):
            level.is_proficient_threshold = index == threshold
            level.full_clean(exclude=["framework"], validate_constraints=False)
            level.save()
    except ProtectedError:
        errors.append(_("Des niveaux absents du fichier sont encore utilisés par des métiers."))
    except ValidationError as exc:
        errors.extend(_validation_messages(exc, _("Niveaux")))
    if errors:
        raise FrameworkImportError(errors)


def framework_export(*, framework, format, language="fr"):  # noqa: A002
    """The framework as text, CASE JSON or Moodle CSV, in one language."""
    items = list(framework.items.order_by("sort_order", "pk"))
    levels = list(framework.levels.all())
    if format == FORMAT_CASE:
        package = case_write(framework, language=language, items=items, levels=levels)
        return json.dumps(package, ensure_ascii=False, indent=2)
    if format == FORMAT_CSV:
        return csv_write(framework, language=language, items=items, levels=levels)
    raise ValueError(f"Unknown format: {format}")


def framework_spec_from_data(*, data):
    """Build a FrameworkSpec from the demo data format (texts as {fr, en} dicts)."""
    from .formats.spec import ItemSpec

    items = []
    for area_position, area in enumerate(data["areas"]):
        items.append(
            ItemSpec(
                key=area["code"], code=area["code"], title=area["title"],
                description=area.get("description", {}), kind="area",
                order=area_position, where=area["code"],
            )
        )  # fmt: skip
        for position, competency in enumerate(area.get("competencies", [])):
            items.append(
                ItemSpec(
                    key=competency["code"], code=competency["code"], title=competency["title"],
                    description=competency.get("description", {}), kind="competency",
                    parent_key=area["code"], order=position, where=competency["code"],
                )
            )  # fmt: skip
    levels = [
        LevelSpec(
            code=level["code"],
            name=level["name"],
            descriptor=level.get("descriptor", {}),
            proficient=bool(level.get("proficient")),
        )
        for level in data.get("levels", [])
    ]
    first = next((i for i, level in enumerate(levels) if level.proficient), None)
    for index, level in enumerate(levels):
        level.proficient = index == first
    return FrameworkSpec(
        identifier=data["identifier"],
        name=data["name"],
        version=data.get("version", ""),
        source=data.get("source", {}),
        licence=data.get("licence", ""),
        description=data.get("description", {}),
        levels=levels,
        items=items,
        match_items_by="code",
    )


@transaction.atomic
def job_profile_save(*, slug, title, summary=None, employers=None, requirements=(), actor=None):
    """Create or update a job profile by slug. `requirements`: (competency, level) pairs, in
    order; they replace the current ones."""
    profile = JobProfile.objects.filter(slug=slug).first() or JobProfile(slug=slug)
    _set_texts(profile, "title", title)
    _set_texts(profile, "summary", summary or {})
    _set_texts(profile, "employers", employers or {})
    profile.full_clean()
    profile.save()
    JobProfileRequirement.objects.filter(job_profile=profile).delete()
    for position, (competency, level) in enumerate(requirements):
        requirement = JobProfileRequirement(
            job_profile=profile, competency=competency, level=level, sort_order=position
        )
        requirement.full_clean(exclude=["job_profile"])
        requirement.save()
    return profile


@transaction.atomic
def glossary_term_save(
    *, slug, term, definition, synonyms=None, source=None, competencies=(), actor=None
):
    """Create or update a glossary term by slug. `synonyms`: {language: [words]}."""
    entry = GlossaryTerm.objects.filter(slug=slug).first() or GlossaryTerm(slug=slug)
    _set_texts(entry, "term", term)
    _set_texts(entry, "definition", definition)
    _set_texts(entry, "source", source or {})
    for language, words in (synonyms or {}).items():
        if language in LANGUAGES:
            setattr(entry, f"synonyms_{language}", "\n".join(words))
    entry.full_clean()
    entry.save()
    entry.related_competencies.set(competencies)
    entry.save()
    return entry


@transaction.atomic
def glossary_terms_relate(*, term, related_slugs, actor=None):
    """Set a term's related terms from their slugs (unknown slugs are an error)."""
    related = list(GlossaryTerm.objects.filter(slug__in=related_slugs))
    missing = set(related_slugs) - {entry.slug for entry in related}
    if missing:
        raise ValidationError(
            _("Termes liés inconnus : %(slugs)s.") % {"slugs": ", ".join(sorted(missing))}
        )
    term.related_terms.set(related)
    term.save()
    return term


# Learner competency profile: evidence handed down by the courses app.


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


@transaction.atomic
def evidence_record(*, user, records, actor=None):
    """Store the learner's evidence rows (idempotent: a row already stored is skipped) and,
    when the level reached on a competency rises, send `competency_proficient` once, after
    commit. Returns the CompetencyEvidence rows created.

    Call it inside the transaction of the progress change. Constant queries: lock, levels,
    level reached before, insert, level reached after."""
    from django.contrib.auth import get_user_model

    from . import selectors
    from .models import CompetencyEvidence

    records = list(records)
    if not records:
        return []
    # One learner's evidence is written one transaction after the other, so "the level reached
    # rose" is decided once (SQLite serialises writers anyway).
    list(get_user_model().objects.select_for_update().filter(pk=user.pk).values_list("pk"))
    competency_ids = {record.competency_id for record in records}
    frameworks = dict(
        Competency.objects.filter(pk__in=competency_ids).values_list("pk", "framework_id")
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
        if frameworks[record.competency_id] != levels[record.level_id]:
            raise ValidationError(
                _("Le niveau doit appartenir au référentiel de la compétence."),
                code="level_framework",
            )
        if record.kind not in CompetencyEvidence.Kind.values:
            raise ValidationError(_("Nature de preuve inconnue."), code="kind")
        if record.source_type not in CompetencyEvidence.Source.values:
            raise ValidationError(_("Source de preuve inconnue."), code="source_type")
        source_key = uuid.UUID(str(record.source_key))
        identity = (
            record.competency_id,
            record.level_id,
            record.kind,
            record.source_type,
            source_key,
        )
        if identity in seen:
            continue
        seen.add(identity)
        rows.append(
            CompetencyEvidence(
                user=user,
                competency_id=record.competency_id,
                level_id=record.level_id,
                kind=record.kind,
                source_type=record.source_type,
                source_key=source_key,
                source_page_id=record.source_page_id,
                source_title=record.source_title[:255],
                occurred_at=_aware(record.occurred_at),
            )
        )
    before = selectors.levels_reached(user=user, competency_ids=competency_ids)
    existing = set(
        CompetencyEvidence.objects.filter(
            user=user, competency_id__in=competency_ids, source_key__in={r.source_key for r in rows}
        ).values_list("competency_id", "level_id", "kind", "source_type", "source_key")
    )
    new_rows = [
        row
        for row in rows
        if (row.competency_id, row.level_id, row.kind, row.source_type, row.source_key)
        not in existing
    ]
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


def _aware(value):
    from django.utils import timezone
    from django.utils.dateparse import parse_datetime

    if isinstance(value, str):
        value = parse_datetime(value)
    if value is None:
        raise ValidationError(_("Date de preuve invalide."), code="date")
    return timezone.make_aware(value) if timezone.is_naive(value) else value


def _proficiency_announce(*, user, risen, rows):
    from .signals import competency_proficient

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
