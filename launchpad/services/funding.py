"""Writes of funding schemes: create, update, the idempotent save the demo uses, and the CSV
import (atomic: every bad line named, nothing written on error) and export (formula-safe,
common.spreadsheets). docs/launchpad.md, "Funding", describes the CSV columns."""

import csv
import datetime
import io
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from common.spreadsheets import csv_stream, formula_like

from .. import conf
from ..models import FundingScheme

# The CSV columns, in order: a list cell holds keys separated by "|" ("idea|study").
CSV_COLUMNS = [
    "slug",
    "name_fr",
    "name_en",
    "funder",
    "kind",
    "description_fr",
    "description_en",
    "stages",
    "legal_forms",
    "needs",
    "regions",
    "departements",
    "amount_min",
    "amount_max",
    "deadline",
    "rolling",
    "url",
    "checked_on",
]
REQUIRED_COLUMNS = {"slug", "name_fr", "funder", "kind", "description_fr", "url", "checked_on"}
LIST_FIELDS = ("stages", "legal_forms", "needs", "regions", "departements")
LIST_SEPARATOR = "|"
TRUE_WORDS = {"yes", "oui", "true", "vrai", "1"}
FALSE_WORDS = {"no", "non", "false", "faux", "0", ""}
FIELDS = [column for column in CSV_COLUMNS if column != "slug"]


class FundingImportError(Exception):
    """A file refused as a whole; `errors` lists each problem (translated, with its line)."""

    def __init__(self, errors):
        self.errors = list(errors)
        super().__init__("\n".join(str(error) for error in self.errors))


@dataclass(frozen=True)
class FundingImportResult:
    created: int
    updated: int


def _saved(scheme, *, actor, created):
    scheme.full_clean()
    scheme.save()
    log(instance=scheme, action="wagtail.create" if created else "wagtail.edit", user=actor)
    return scheme


@transaction.atomic
def funding_scheme_create(*, actor=None, **fields):
    """A new scheme from `fields` (model field names); ValidationError if any is wrong."""
    return _saved(FundingScheme(**fields), actor=actor, created=True)


@transaction.atomic
def funding_scheme_update(*, scheme, actor=None, **fields):
    """`scheme` with `fields` changed; ValidationError (nothing saved) if any is wrong."""
    for name, value in fields.items():
        setattr(scheme, name, value)
    return _saved(scheme, actor=actor, created=False)


@transaction.atomic
def funding_scheme_save(*, slug, actor=None, **fields):
    """Create the scheme `slug` or update it in place (the demo loader: idempotent)."""
    scheme = FundingScheme.objects.filter(slug=slug).first()
    if scheme is None:
        return funding_scheme_create(actor=actor, slug=slug, **fields)
    return funding_scheme_update(scheme=scheme, actor=actor, **fields)


# CSV export ----------------------------------------------------------------------------------


def _cell(scheme, column):
    value = getattr(scheme, column)
    if column in LIST_FIELDS:
        return LIST_SEPARATOR.join(value)
    if column == "rolling":
        return "yes" if value else "no"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return "" if value is None else value


def funding_schemes_rows(schemes=None):
    """The header and one row per scheme (every scheme by slug when `schemes` is None)."""
    schemes = FundingScheme.objects.order_by("slug") if schemes is None else schemes
    yield list(CSV_COLUMNS)
    for scheme in schemes:
        yield [_cell(scheme, column) for column in CSV_COLUMNS]


def funding_schemes_export(schemes=None):
    """The CSV file of the schemes, as bytes (UTF-8 with a byte order mark, every cell that a
    spreadsheet could run as a formula neutralised by common.spreadsheets)."""
    return b"".join(csv_stream(funding_schemes_rows(schemes)))


# CSV import ----------------------------------------------------------------------------------


def _text(value):
    """A cell as typed; the apostrophe our export puts before a formula-like text is removed
    so that an exported file imports back unchanged."""
    value = value.strip()
    if value.startswith("'") and formula_like(value[1:]):
        return value[1:]
    return value


def _parse(column, value, problems):
    if column in LIST_FIELDS:
        return [item.strip() for item in value.split(LIST_SEPARATOR) if item.strip()]
    if column in ("amount_min", "amount_max"):
        if not value:
            return None
        cleaned = value.replace(" ", "").replace("\u202f", "").replace("\xa0", "")
        if not cleaned.isdigit():
            problems.append(
                _("« %(column)s » : « %(value)s » n'est pas un montant entier positif en euros.")
                % {"column": column, "value": value}
            )
            return None
        return int(cleaned)
    if column in ("deadline", "checked_on"):
        if not value:
            return None
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            problems.append(
                _("« %(column)s » : « %(value)s » n'est pas une date AAAA-MM-JJ.")
                % {"column": column, "value": value}
            )
            return None
    if column == "rolling":
        word = value.lower()
        if word in TRUE_WORDS | FALSE_WORDS:
            return word in TRUE_WORDS
        problems.append(_("« rolling » : « %(value)s » n'est ni yes ni no.") % {"value": value})
        return False
    return value


def _messages(error):
    if hasattr(error, "error_dict"):
        return [
            f"{field}: {message}" if field != "__all__" else message
            for field, errors in error.message_dict.items()
            for message in errors
        ]
    return list(error.messages)


def _decode(file):
    data = file.read() if hasattr(file, "read") else file
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FundingImportError(
            [_("Le fichier n'est pas en UTF-8 (octet %(position)d).") % {"position": error.start}]
        ) from error


def funding_schemes_import(*, file, actor=None):
    """Create or update (by slug) the schemes of a CSV file (bytes, text or a file object).
    All or nothing: on any problem FundingImportError lists every bad line with its number
    and reason, and nothing is written. Bounded: size, data lines and cell length
    (TREMPLIN_FUNDING_IMPORT_MAX_*, launchpad/conf.py)."""
    max_bytes = conf.funding_import_max_bytes()
    if hasattr(file, "size") and file.size is not None and file.size > max_bytes:
        raise FundingImportError([_too_big(max_bytes)])
    data = file.read(max_bytes + 1) if hasattr(file, "read") else file
    if len(data) > max_bytes:
        raise FundingImportError([_too_big(max_bytes)])
    text = _decode(data)
    max_rows, max_length = conf.funding_import_max_rows(), conf.funding_import_max_text_length()
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as error:
        raise FundingImportError([_line(1, str(error))]) from error
    if not header:
        raise FundingImportError([_("Le fichier est vide.")])
    header = [_text(name.lstrip("\ufeff")) for name in header]
    unknown = [name for name in header if name not in CSV_COLUMNS]
    missing = sorted(REQUIRED_COLUMNS - set(header))
    duplicated = sorted({name for name in header if header.count(name) > 1})
    problems = []
    if unknown:
        problems.append(
            _line(1, _("colonnes inconnues : %(names)s") % {"names": ", ".join(unknown)})
        )
    if missing:
        problems.append(
            _line(1, _("colonnes manquantes : %(names)s") % {"names": ", ".join(missing)})
        )
    if duplicated:
        problems.append(
            _line(1, _("colonnes en double : %(names)s") % {"names": ", ".join(duplicated)})
        )
    if problems:
        raise FundingImportError(problems)

    existing = {scheme.slug: scheme for scheme in FundingScheme.objects.all()}
    seen, planned, errors = {}, [], []
    start, count = reader.line_num + 1, 0
    try:
        for row in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            count += 1
            if count > max_rows:
                raise FundingImportError(
                    [
                        _(
                            "Le fichier compte plus de %(max)d dispositifs "
                            "(TREMPLIN_FUNDING_IMPORT_MAX_ROWS) : rien n'a été importé."
                        )
                        % {"max": max_rows}
                    ]
                )
            row_problems = []
            if len(row) != len(header):
                errors.append(
                    _line(
                        line,
                        _("%(found)d colonnes au lieu de %(expected)d")
                        % {"found": len(row), "expected": len(header)},
                    )
                )
                continue
            values = {}
            for column, cell in zip(header, row, strict=True):
                if len(cell) > max_length:
                    row_problems.append(
                        _("« %(column)s » dépasse %(max)d caractères.")
                        % {"column": column, "max": max_length}
                    )
                    continue
                values[column] = _parse(column, _text(cell), row_problems)
            slug = values.get("slug") or ""
            if slug and slug in seen:
                row_problems.append(
                    _("le dispositif « %(slug)s » figure déjà ligne %(line)d")
                    % {"slug": slug, "line": seen[slug]}
                )
            seen.setdefault(slug, line)
            scheme = existing.get(slug) or FundingScheme()
            for column, value in values.items():
                setattr(scheme, column, value)
            if not row_problems:
                try:
                    scheme.full_clean(validate_unique=scheme.pk is not None)
                except ValidationError as error:
                    row_problems.extend(_messages(error))
            if row_problems:
                errors.extend(_line(line, problem) for problem in row_problems)
            else:
                planned.append(scheme)
    except csv.Error as error:
        errors.append(_line(start, str(error)))
    if errors:
        raise FundingImportError(errors)
    if not planned:
        raise FundingImportError([_("Le fichier ne contient aucun dispositif.")])
    created = updated = 0
    with transaction.atomic():
        for scheme in planned:
            is_new = scheme.pk is None
            _saved(scheme, actor=actor, created=is_new)
            created += is_new
            updated += not is_new
    return FundingImportResult(created=created, updated=updated)


def _line(number, message):
    return _("Ligne %(line)d : %(message)s") % {"line": number, "message": message}


def _too_big(max_bytes):
    return _(
        "Le fichier dépasse %(max)d octets (TREMPLIN_FUNDING_IMPORT_MAX_BYTES) : rien n'a été "
        "importé."
    ) % {"max": max_bytes}
