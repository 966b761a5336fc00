"""Framework files: read (CASE JSON, Moodle CSV), imported all or nothing, exported.

A file is parsed into a FrameworkSpec without touching the database, validated, then applied in
one transaction (docs/competencies.md, "Import semantics")."""

import json
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from ..conf import framework_import_max_bytes
from ..formats.case import case_read, case_write
from ..formats.moodle_csv import csv_read, csv_write
from ..formats.spec import FrameworkImportError, FrameworkSpec, ItemSpec, LevelSpec, spec_validate
from ..models import Competency, Framework, ProficiencyLevel
from .texts import texts_set, validation_messages

FORMAT_CASE, FORMAT_CSV = "case", "csv"
FORMATS = (FORMAT_CASE, FORMAT_CSV)
# The admin history's entry for an import (registered in wagtail_hooks).
LOG_ACTION_IMPORT = "competencies.import"
ITEM_FIELDS = ("code", "kind", "title_fr", "title_en", "description_fr", "description_en",
               "sort_order", "parent_id")  # fmt: skip
BATCH_SIZE = 500


@dataclass
class FrameworkImportResult:
    framework: Framework
    created: bool
    items_created: int
    items_updated: int
    items_deleted: int


def framework_detect_format(data):
    return FORMAT_CASE if data.lstrip()[:1] in (b"{", b"[", "{", "[") else FORMAT_CSV


def framework_read(*, data, format=None, language=None, progress=None):
    """Parse a framework file's bytes into a FrameworkSpec (no database access)."""
    limit = framework_import_max_bytes()
    if len(data) > limit:
        raise FrameworkImportError(
            [
                _("Le fichier dépasse la taille maximale (%(size)d octets, limite %(limit)d).")
                % {"size": len(data), "limit": limit}
            ]
        )
    format = format or framework_detect_format(data)
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
    actor=None,
    progress=None,
):
    """Import a CASE JSON or Moodle CSV framework file, all or nothing.

    `file` is a binary file object (read up to the size limit), or `data` its bytes. Raises
    FrameworkImportError with every problem found; the database is then unchanged. `actor`
    (the user who imported) is recorded in the framework's admin history.
    """
    if data is None:
        data = file.read(framework_import_max_bytes() + 1)
    spec = framework_read(data=data, format=format, language=language)
    return framework_apply(spec=spec, actor=actor, progress=progress)


def framework_apply(*, spec: FrameworkSpec, actor=None, progress=None):
    """Create or update a framework (matched by identifier, then CASE uuid) from a spec, with
    its levels and items, in one transaction. Items missing from the spec are deleted. The
    import is logged in the framework's admin history (by `actor` when given)."""
    ordered = spec_validate(spec)
    try:
        with transaction.atomic():
            framework, created = _framework_row_apply(spec)
            if spec.levels is not None:
                _levels_apply(framework, spec.levels)
            result = _items_apply(framework, created, spec, ordered, progress)
            log(
                instance=framework,
                action=LOG_ACTION_IMPORT,
                user=actor,
                data={
                    "created": result.items_created,
                    "updated": result.items_updated,
                    "deleted": result.items_deleted,
                },
            )
            return result
    except IntegrityError as exc:
        raise FrameworkImportError(
            [_("Référentiel : refusé par la base de données (%(error)s).") % {"error": exc}]
        ) from None


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


def _framework_row_apply(spec):
    """The Framework row created or updated from the spec, saved: (framework, created)."""
    framework = _framework_find(spec)
    created = framework is None
    if created:
        framework = Framework(identifier=spec.identifier)
        if spec.case_uuid:
            framework.case_uuid = spec.case_uuid
    framework.identifier = spec.identifier
    texts_set(framework, "name", spec.name)
    texts_set(framework, "description", spec.description)
    texts_set(framework, "source", spec.source)
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
        raise FrameworkImportError(validation_messages(exc, _("Référentiel"))) from None
    framework.save()
    return framework, created


def _levels_match(framework, specs):
    """The ProficiencyLevel of each LevelSpec (existing ones matched by uuid, code, then
    position; new ones unsaved), texts set, in order."""
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
        texts_set(level, "name", spec.name)
        texts_set(level, "descriptor", spec.descriptor)
        level.sort_order = position
        keep.append(level)
    return keep


def _levels_apply(framework, specs):
    keep = _levels_match(framework, specs)
    threshold = next((i for i, spec in enumerate(specs) if spec.proficient), None)
    errors = []
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
        errors.extend(validation_messages(exc, _("Niveaux")))
    if errors:
        raise FrameworkImportError(errors)


@dataclass
class _ItemsPlan:
    """The items of a spec matched to rows: `pairs` (spec item, row) in parents-first order,
    `before` {pk: field values} of the existing rows, `stale` pks of rows absent from the file."""

    pairs: list = field(default_factory=list)
    before: dict = field(default_factory=dict)
    stale: list = field(default_factory=list)


def _items_match(framework, spec, ordered, progress):
    """Match the spec's items to the framework's rows and set their fields (not saved)."""
    existing = {
        (str(item.uuid) if spec.match_items_by == "uuid" else item.code): item
        for item in Competency.objects.filter(framework=framework)
    }
    plan, seen, sibling_count, errors = _ItemsPlan(), set(), {}, []
    total = len(ordered)
    for done, spec_item in enumerate(ordered, start=1):
        lookup = str(spec_item.uuid) if spec.match_items_by == "uuid" else spec_item.code
        item = existing.get(lookup)
        if item is None:
            item = Competency(framework=framework)
            if spec_item.uuid:
                item.uuid = spec_item.uuid
        else:
            seen.add(item.pk)
            plan.before[item.pk] = tuple(getattr(item, name) for name in ITEM_FIELDS)
        item.code = spec_item.code
        item.kind = spec_item.kind
        texts_set(item, "title", spec_item.title)
        texts_set(item, "description", spec_item.description)
        sibling_count[spec_item.parent_key] = sibling_count.get(spec_item.parent_key, 0) + 1
        item.sort_order = sibling_count[spec_item.parent_key]
        try:
            item.clean_fields(exclude=["framework", "parent"])
        except ValidationError as exc:
            errors.extend(validation_messages(exc, spec_item.where))
        plan.pairs.append((spec_item, item))
        if progress and done % 200 == 0:
            progress(done, total)
    if errors:
        raise FrameworkImportError(errors)
    plan.stale = [item.pk for item in existing.values() if item.pk not in seen]
    return plan


def _items_stale_delete(stale):
    if not stale:
        return
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


def _items_apply(framework, created, spec, ordered, progress):
    plan = _items_match(framework, spec, ordered, progress)
    _items_stale_delete(plan.stale)
    by_key = {spec_item.key: item for spec_item, item in plan.pairs}
    # Codes may move between items: clear the changing ones so no transient duplicate is refused.
    recoded = [
        item.pk
        for _spec, item in plan.pairs
        if item.pk and plan.before[item.pk][0] != item.code and plan.before[item.pk][0]
    ]
    if recoded:
        Competency.objects.filter(pk__in=recoded).update(code="")
    # New rows are inserted in batches without their parent, then linked in batches: a number
    # of queries that grows with the rows, never with the depth of the tree. Unchanged rows
    # are not written at all.
    new = [(spec_item, item) for spec_item, item in plan.pairs if item.pk is None]
    unlinked = []
    for spec_item, item in new:
        parent = by_key[spec_item.parent_key] if spec_item.parent_key else None
        if parent is not None and parent.pk is None:
            unlinked.append((item, parent))  # a new parent: linked once it has its key
        else:
            item.parent = parent
    Competency.objects.bulk_create([item for _spec, item in new], batch_size=BATCH_SIZE)
    for item, parent in unlinked:
        item.parent = parent
    Competency.objects.bulk_update(
        [item for item, _parent in unlinked], ["parent"], batch_size=BATCH_SIZE
    )
    updated = 0
    for spec_item, item in plan.pairs:
        if item.pk not in plan.before:
            continue
        item.parent = by_key[spec_item.parent_key] if spec_item.parent_key else None
        values = tuple(getattr(item, name) for name in ITEM_FIELDS)
        if values != plan.before[item.pk] or item.pk in recoded:
            Competency.objects.filter(pk=item.pk).update(
                **dict(zip(ITEM_FIELDS, values, strict=True))
            )
        updated += 1
    if progress:
        progress(len(ordered), len(ordered))
    return FrameworkImportResult(
        framework=framework,
        created=created,
        items_created=len(new),
        items_updated=updated,
        items_deleted=len(plan.stale),
    )


def framework_export(*, framework, format, language="fr"):
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
