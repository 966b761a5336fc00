"""French territories: regions, départements and current communes from INSEE's Code officiel
géographique, shipped as data in data/territories/ (source, version and licence in its
README.md). Read lazily on first use and kept in memory for the life of the process; nothing
here touches the database.

`territories_build(source=, target=)` regenerates the data files from the npm package
`@etalab/decoupage-administratif` (`manage.py territories_build`): only that command needs the
package, never the site."""

import csv
import gzip
import io
import json
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DATA = Path(__file__).resolve().parent / "data" / "territories"
SOURCE_PACKAGE = "@etalab/decoupage-administratif"


@dataclass(frozen=True)
class Region:
    code: str
    name: str


@dataclass(frozen=True)
class Departement:
    code: str
    name: str
    region_code: str


@dataclass(frozen=True)
class Commune:
    code: str  # the INSEE code ("code officiel géographique"), not the postal code
    name: str
    departement_code: str
    region_code: str


def _fold(text):
    """A name folded for prefix search: no accents, no case, hyphens and apostrophes as spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char)).casefold()
    for char in "-'’":
        text = text.replace(char, " ")
    return " ".join(text.split())


def _rows(name):
    path = DATA / name
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


@cache
def regions():
    """Every region by code, in the data's order."""
    return {row["code"]: Region(row["code"], row["name"]) for row in _rows("regions.csv")}


@cache
def departements():
    """Every département by code, in the data's order (01, 02, 2A, 2B, …, 971, …)."""
    return {
        row["code"]: Departement(row["code"], row["name"], row["region"])
        for row in _rows("departements.csv")
    }


@cache
def communes():
    """Every current commune by INSEE code (about 35 000)."""
    return {
        row["code"]: Commune(row["code"], row["name"], row["departement"], row["region"])
        for row in _rows("communes.csv.gz")
    }


@cache
def _commune_index():
    return sorted((_fold(commune.name), code) for code, commune in communes().items())


def region_get(code):
    """The region of `code`, or None."""
    return regions().get(str(code or "").strip())


def departement_get(code):
    """The département of `code` ("69", "2A", "974"), or None."""
    return departements().get(str(code or "").strip().upper())


def commune_get(code):
    """The commune of INSEE code `code` ("69123" is Lyon), or None."""
    return communes().get(str(code or "").strip().upper())


def commune_search(prefix, *, departement=None, limit=20):
    """Communes whose name starts with `prefix` (accents, case and hyphens ignored), by name,
    at most `limit`; only those of `departement` if given."""
    folded = _fold(prefix or "")
    if not folded:
        return []
    index = _commune_index()
    found = []
    for name, code in index[bisect_left(index, (folded, "")) :]:
        if not name.startswith(folded):
            break
        commune = communes()[code]
        if departement is None or commune.departement_code == departement:
            found.append(commune)
            if len(found) >= limit:
                break
    return found


def departement_choices():
    """(code, "code – name") of every département, for a form's select."""
    return [(code, f"{code} – {item.name}") for code, item in departements().items()]


def region_choices():
    return [(code, item.name) for code, item in regions().items()]


# Validators, for model and form fields: an unknown code is a clear, translated error.


def region_validate(code):
    if region_get(code) is None:
        raise ValidationError(
            _("« %(code)s » n'est pas un code de région connu (code officiel géographique)."),
            code="unknown_region",
            params={"code": code},
        )


def departement_validate(code):
    if departement_get(code) is None:
        raise ValidationError(
            _("« %(code)s » n'est pas un code de département connu (par exemple 69, 2A ou 974)."),
            code="unknown_departement",
            params={"code": code},
        )


def commune_validate(code):
    if commune_get(code) is None:
        raise ValidationError(
            _(
                "« %(code)s » n'est pas le code INSEE d'une commune actuelle (5 caractères, "
                "par exemple 69123 pour Lyon ; ce n'est pas le code postal)."
            ),
            code="unknown_commune",
            params={"code": code},
        )


def commune_in_departement_validate(commune_code, departement_code):
    """A commune and the département it is said to be in agree."""
    commune_validate(commune_code)
    departement_validate(departement_code)
    commune = commune_get(commune_code)
    if commune.departement_code != departement_get(departement_code).code:
        raise ValidationError(
            _("La commune %(commune)s n'est pas dans le département %(departement)s."),
            code="commune_departement_mismatch",
            params={"commune": commune.name, "departement": departement_code},
        )


def territory_label(code):
    """A readable name for a region or département code as stored on a funding scheme
    ("region:84", "departement:69"), the code itself when unknown."""
    kind, _sep, value = str(code).partition(":")
    if kind == "region" and region_get(value):
        return region_get(value).name
    if kind == "departement" and departement_get(value):
        item = departement_get(value)
        return f"{item.name} ({item.code})"
    return str(code)


# Building the data files (manage.py territories_build).


def territories_build(*, source, target=DATA):
    """Write regions.csv, departements.csv and communes.csv.gz (current communes only: code,
    name, département, region) into `target` from the unpacked npm package at `source`.
    The gzip file carries no timestamp, so that the same source gives the same bytes.
    Returns {"version": …, "regions": n, "departements": n, "communes": n}."""
    source, target = Path(source), Path(target)
    package = json.loads((source / "package.json").read_text(encoding="utf-8"))
    if package.get("name") != SOURCE_PACKAGE:
        raise ValueError(f"{source} is not the {SOURCE_PACKAGE} package")

    def load(name):
        return json.loads((source / "data" / name).read_text(encoding="utf-8"))

    region_rows = [(item["code"], item["nom"]) for item in load("regions.json")]
    departement_rows = [
        (item["code"], item["nom"], item["region"]) for item in load("departements.json")
    ]
    commune_rows = sorted(
        (item["code"], item["nom"], item["departement"], item["region"])
        for item in load("communes.json")
        if item.get("type") == "commune-actuelle"
    )
    target.mkdir(parents=True, exist_ok=True)

    def write(rows, header):
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        return buffer.getvalue().encode()

    (target / "regions.csv").write_bytes(write(region_rows, ["code", "name"]))
    (target / "departements.csv").write_bytes(write(departement_rows, ["code", "name", "region"]))
    with (
        open(target / "communes.csv.gz", "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as file,
    ):
        file.write(write(commune_rows, ["code", "name", "departement", "region"]))
    for reader in (regions, departements, communes, _commune_index):
        reader.cache_clear()
    return {
        "version": package.get("version", ""),
        "regions": len(region_rows),
        "departements": len(departement_rows),
        "communes": len(commune_rows),
    }
