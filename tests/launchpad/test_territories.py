import csv
import gzip
import json

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from launchpad import territories
from launchpad.territories import (
    commune_get,
    commune_in_departement_validate,
    commune_search,
    commune_validate,
    departement_get,
    departement_validate,
    region_get,
    region_validate,
    territories_build,
    territory_label,
)


def test_the_shipped_data_has_every_departement_and_the_current_communes():
    assert len(territories.departements()) == 109
    assert len(territories.regions()) == 26
    assert 34_000 < len(territories.communes()) < 36_000
    assert departement_get("2A").name == "Corse-du-Sud"
    assert departement_get("974").name == "La Réunion"
    assert departement_get(" 69 ").region_code == "84"
    assert region_get("84").name == "Auvergne-Rhône-Alpes"


def test_every_commune_points_at_a_known_departement_and_region():
    departements, regions = territories.departements(), territories.regions()
    for commune in territories.communes().values():
        assert commune.departement_code in departements
        assert commune.region_code in regions
        assert departements[commune.departement_code].region_code == commune.region_code


def test_commune_by_insee_code_not_postal_code():
    assert commune_get("69123").name == "Lyon"
    assert commune_get("75056").name == "Paris"
    assert commune_get("2a004").name == "Ajaccio"
    assert commune_get("75001") is None  # a postal code and a municipal arrondissement
    assert commune_get("") is None and commune_get(None) is None


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("lyon", "Lyon"),
        ("saint-etienne", "Saint-Étienne"),
        ("ST ETIENNE", None),  # no abbreviation magic: names as INSEE writes them
        ("Saint Étienne", "Saint-Étienne"),
    ],
)
def test_commune_search_ignores_case_accents_and_hyphens(prefix, expected):
    names = [commune.name for commune in commune_search(prefix, limit=50)]
    if expected is None:
        assert names == []
    else:
        assert expected in names
        assert names == sorted(names, key=territories._fold)


def test_commune_search_by_departement_and_limit():
    found = commune_search("saint", departement="69", limit=5)
    assert len(found) == 5
    assert {commune.departement_code for commune in found} == {"69"}
    assert commune_search("   ") == []


def test_validators_raise_clear_translated_errors():
    region_validate("84")
    departement_validate("2B")
    commune_validate("69123")
    with pytest.raises(ValidationError) as error:
        departement_validate("99")
    assert "« 99 » n'est pas un code de département connu" in error.value.messages[0]
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            commune_validate("69000")
        assert "is not the INSEE code of a current commune" in error.value.messages[0]
    with pytest.raises(ValidationError, match="région"):
        region_validate("99")
    with pytest.raises(ValidationError) as error:
        commune_in_departement_validate("69123", "01")
    assert error.value.code == "commune_departement_mismatch"
    commune_in_departement_validate("69123", "69")


def test_territory_label():
    assert territory_label("region:53") == "Bretagne"
    assert territory_label("departement:35") == "Ille-et-Vilaine (35)"
    assert territory_label("departement:00") == "departement:00"


def test_build_writes_the_compact_files_reproducibly(tmp_path):
    package = tmp_path / "package"
    (package / "data").mkdir(parents=True)
    (package / "package.json").write_text(
        json.dumps({"name": "@etalab/decoupage-administratif", "version": "9.9.9"})
    )
    (package / "data" / "regions.json").write_text(json.dumps([{"code": "84", "nom": "ARA"}]))
    (package / "data" / "departements.json").write_text(
        json.dumps([{"code": "69", "nom": "Rhône", "region": "84"}])
    )
    (package / "data" / "communes.json").write_text(
        json.dumps(
            [
                {"code": "69123", "nom": "Lyon", "departement": "69", "region": "84",
                 "type": "commune-actuelle"},
                {"code": "69381", "nom": "Lyon 1er", "departement": "69", "region": "84",
                 "type": "arrondissement-municipal"},
            ]
        )
    )  # fmt: skip
    try:
        result = territories_build(source=package, target=tmp_path / "out")
        first = (tmp_path / "out" / "communes.csv.gz").read_bytes()
        territories_build(source=package, target=tmp_path / "out")
        assert (tmp_path / "out" / "communes.csv.gz").read_bytes() == first
    finally:
        for reader in (territories.regions, territories.departements, territories.communes):
            reader.cache_clear()
    assert result == {"version": "9.9.9", "regions": 1, "departements": 1, "communes": 1}
    with gzip.open(tmp_path / "out" / "communes.csv.gz", "rt", encoding="utf-8") as file:
        assert list(csv.reader(file)) == [
            ["code", "name", "departement", "region"],
            ["69123", "Lyon", "69", "84"],
        ]


def test_build_refuses_another_package(tmp_path):
    (tmp_path / "package.json").write_text(json.dumps({"name": "left-pad"}))
    with pytest.raises(ValueError, match="decoupage-administratif"):
        territories_build(source=tmp_path, target=tmp_path / "out")
