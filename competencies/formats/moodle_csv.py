"""CSV compatible with Moodle's competency framework import and export (tool_lpimportcsv).

One header row with Moodle's 14 column names, one row with "Is framework" = 1 for the
framework, one row per competency with its parent's "Id number". See docs/competencies.md.
"""

import csv
import html
import io
import json

from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from common import spreadsheets

from .spec import FrameworkImportError, FrameworkSpec, ItemSpec, LevelSpec

PARENT = "Parent id number"
IDNUMBER = "Id number"
SHORTNAME = "Shortname"
DESCRIPTION = "Description"
DESCRIPTION_FORMAT = "Description format"
SCALE_VALUES = "Scale values"
SCALE_CONFIGURATION = "Scale configuration"
RULE_TYPE = "Rule type (optional)"
RULE_OUTCOME = "Rule outcome (optional)"
RULE_CONFIG = "Rule config (optional)"
RELATED = "Cross referenced competency id numbers"
EXPORT_ID = "Exported id (optional)"
IS_FRAMEWORK = "Is framework"
TAXONOMY = "Taxonomy"
HEADERS = [
    PARENT, IDNUMBER, SHORTNAME, DESCRIPTION, DESCRIPTION_FORMAT, SCALE_VALUES,
    SCALE_CONFIGURATION, RULE_TYPE, RULE_OUTCOME, RULE_CONFIG, RELATED, EXPORT_ID,
    IS_FRAMEWORK, TAXONOMY,
]  # fmt: skip
REQUIRED = [PARENT, IDNUMBER, SHORTNAME, IS_FRAMEWORK]
FORMAT_HTML, FORMAT_PLAIN = "1", "2"
# Moodle's taxonomy terms; "domain" is Tremplin's area, every other term a competency.
AREA_TAXONOMIES = {"domain"}
TAXONOMY_AREA, TAXONOMY_COMPETENCY = "domain", "competency"


def _normalise(header):
    return " ".join(header.split()).casefold()


def _description(text, description_format):
    if description_format.strip() == FORMAT_HTML:
        return html.unescape(strip_tags(text.replace("<br>", "\n").replace("</p><p>", "\n\n")))
    return text


def csv_read(data, *, language="fr", progress=None):
    """Parse CSV bytes (UTF-8, comma-separated). Raises FrameworkImportError naming lines."""
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    except UnicodeDecodeError as exc:
        raise FrameworkImportError(
            [_("Le fichier n'est pas encodé en UTF-8 (octet %(pos)d).") % {"pos": exc.start}]
        ) from None
    language = (language or "fr")[:2]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise FrameworkImportError([_("Le fichier CSV est vide.")]) from None
    except csv.Error as exc:
        raise FrameworkImportError(
            [_("Ligne 1 : CSV illisible (%(msg)s).") % {"msg": exc}]
        ) from None
    known = {_normalise(name): name for name in HEADERS}
    columns, errors = {}, []
    for position, name in enumerate(header):
        canonical = known.get(_normalise(name))
        if canonical is None:
            errors.append(
                _("Ligne 1 : colonne inconnue « %(name)s ». Colonnes attendues : %(expected)s.")
                % {"name": name, "expected": ", ".join(HEADERS)}
            )
        elif canonical in columns:
            errors.append(_("Ligne 1 : colonne « %(name)s » en double.") % {"name": name})
        else:
            columns[canonical] = position
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        errors.append(
            _("Ligne 1 : colonnes obligatoires manquantes : %(names)s.")
            % {"names": ", ".join(missing)}
        )
    if errors:
        raise FrameworkImportError(errors)

    def cell(row, name):
        position = columns.get(name)
        if position is None or position >= len(row):
            return ""
        return row[position]

    framework_row, framework_line, items = None, 0, []
    try:
        for row in reader:
            line = reader.line_num
            if not any(value.strip() for value in row):
                continue
            where = _("Ligne %(line)d") % {"line": line}
            if len(row) > len(header):
                errors.append(
                    _("%(where)s : %(count)d valeurs pour %(expected)d colonnes.")
                    % {"where": where, "count": len(row), "expected": len(header)}
                )
                continue
            if cell(row, IS_FRAMEWORK).strip() not in ("", "0"):
                if framework_row is not None:
                    errors.append(
                        _(
                            "%(where)s : un seul référentiel par fichier (déjà défini ligne "
                            "%(first)d)."
                        )
                        % {"where": where, "first": framework_line}
                    )
                framework_row, framework_line = row, line
                continue
            idnumber = cell(row, IDNUMBER).strip()
            title = cell(row, SHORTNAME).strip()
            if not idnumber:
                errors.append(_("%(where)s : « Id number » vide.") % {"where": where})
                continue
            description = _description(cell(row, DESCRIPTION), cell(row, DESCRIPTION_FORMAT))
            items.append(
                ItemSpec(
                    key=idnumber,
                    code=idnumber,
                    title={language: title},
                    description={language: description.strip()} if description.strip() else {},
                    parent_key=cell(row, PARENT).strip() or None,
                    order=len(items),
                    where=where,
                )
            )
            if progress:
                progress(len(items), None)
    except csv.Error as exc:
        errors.append(
            _("Ligne %(line)d : CSV illisible (%(msg)s).") % {"line": reader.line_num, "msg": exc}
        )
    if framework_row is None:
        errors.append(
            _("Aucune ligne de référentiel (colonne « Is framework » à 1) dans le fichier.")
        )
    if errors:
        raise FrameworkImportError(errors)

    where = _("Ligne %(line)d") % {"line": framework_line}
    identifier = cell(framework_row, IDNUMBER).strip()
    if not identifier:
        errors.append(_("%(where)s : « Id number » vide.") % {"where": where})
    levels = _read_scale(
        errors,
        where,
        cell(framework_row, SCALE_VALUES),
        cell(framework_row, SCALE_CONFIGURATION),
        language,
    )
    _apply_taxonomy(items, cell(framework_row, TAXONOMY))
    if errors:
        raise FrameworkImportError(errors)
    description = _description(
        cell(framework_row, DESCRIPTION), cell(framework_row, DESCRIPTION_FORMAT)
    ).strip()
    return FrameworkSpec(
        identifier=identifier,
        name={language: cell(framework_row, SHORTNAME).strip()},
        description={language: description},
        language=language,
        levels=levels,
        items=items,
        match_items_by="code",
    )


def _read_scale(errors, where, values, configuration, language):
    names = [name.strip() for name in values.split(",") if name.strip()]
    if not names:
        return None
    proficient_ids = set()
    if configuration.strip():
        try:
            config = json.loads(configuration)
            for entry in config[1:]:
                if int(entry.get("proficient") or 0):
                    proficient_ids.add(int(entry["id"]))
        except (ValueError, TypeError, KeyError, AttributeError, IndexError):
            errors.append(
                _("%(where)s : « Scale configuration » n'est pas un JSON de barème Moodle.")
                % {"where": where}
            )
    # Moodle scales carry no codes: levels are matched by position, new ones get a code.
    levels = [LevelSpec(name={language: name}) for name in names]
    if proficient_ids:
        levels[
            min(proficient_ids) - 1 if min(proficient_ids) <= len(levels) else -1
        ].proficient = True
    return levels


def _apply_taxonomy(items, taxonomy):
    terms = [term.strip().lower() for term in taxonomy.split(",")]
    if not any(terms):
        return  # no taxonomy: spec_validate decides from the tree
    by_key = {item.key: item for item in items}
    for item in items:
        depth, parent, seen = 0, item.parent_key, set()
        while parent in by_key and parent not in seen:
            seen.add(parent)
            depth += 1
            parent = by_key[parent].parent_key
        term = terms[depth] if depth < len(terms) else terms[-1]
        item.kind = "area" if term in AREA_TAXONOMIES else "competency"


def csv_write(framework, *, language="fr", items=None, levels=None):
    """The framework as Moodle CSV text."""
    items = list(framework.items.all()) if items is None else items
    levels = list(framework.levels.all()) if levels is None else levels
    by_pk = {item.pk: item for item in items}

    def idnumber(item):
        return item.code or str(item.uuid)

    depth_cache = {}

    def depth(item):
        if item.pk not in depth_cache:
            parent = by_pk.get(item.parent_id)
            depth_cache[item.pk] = 0 if parent is None else depth(parent) + 1
        return depth_cache[item.pk]

    kinds_by_depth = {}
    for item in items:
        kinds_by_depth.setdefault(depth(item), set()).add(item.kind)
    taxonomy = [
        TAXONOMY_AREA if kinds_by_depth[d] == {"area"} else TAXONOMY_COMPETENCY
        for d in range(len(kinds_by_depth))
    ]
    scale_values = ",".join(level.localized("name", language).replace(",", " ") for level in levels)
    config, proficient = [], False
    if levels:
        config.append({"scaleid": "0"})
        for position, level in enumerate(levels, start=1):
            proficient = proficient or level.is_proficient_threshold
            config.append(
                {
                    "id": position,
                    "scaledefault": 1 if level.is_proficient_threshold else 0,
                    "proficient": 1 if proficient else 0,
                }
            )
    out = io.StringIO()
    writer = spreadsheets.csv_writer(out, lineterminator="\n")
    writer.writerow(HEADERS)
    writer.writerow(
        [
            "", framework.identifier, framework.localized("name", language),
            framework.localized("description", language), FORMAT_PLAIN, scale_values,
            json.dumps(config, separators=(",", ":")) if config else "", "", "", "", "", "",
            "1", ",".join(taxonomy),
        ]
    )  # fmt: skip
    ordered = sorted(items, key=lambda item: (depth(item), item.sort_order, item.pk))
    for export_id, item in enumerate(ordered, start=1):
        parent = by_pk.get(item.parent_id)
        writer.writerow(
            [
                idnumber(parent) if parent else "", idnumber(item),
                item.localized("title", language), item.localized("description", language),
                FORMAT_PLAIN, "", "", "", "0", "null", "", str(export_id), "", "",
            ]
        )  # fmt: skip
    return out.getvalue()
