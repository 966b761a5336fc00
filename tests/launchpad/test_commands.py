import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from launchpad import territories


def test_territories_build_command(tmp_path):
    package = tmp_path / "package"
    (package / "data").mkdir(parents=True)
    (package / "package.json").write_text(
        json.dumps({"name": "@etalab/decoupage-administratif", "version": "6.0.0"})
    )
    (package / "data" / "regions.json").write_text(json.dumps([{"code": "53", "nom": "Bretagne"}]))
    (package / "data" / "departements.json").write_text(
        json.dumps([{"code": "35", "nom": "Ille-et-Vilaine", "region": "53"}])
    )
    (package / "data" / "communes.json").write_text(
        json.dumps(
            [{"code": "35238", "nom": "Rennes", "departement": "35", "region": "53",
              "type": "commune-actuelle"}]
        )
    )  # fmt: skip
    out = StringIO()
    try:
        call_command("territories_build", str(package), target=str(tmp_path / "out"), stdout=out)
    finally:
        for reader in (territories.regions, territories.departements, territories.communes):
            reader.cache_clear()
    assert "1 regions, 1 départements, 1 communes from version 6.0.0" in out.getvalue()
    assert (tmp_path / "out" / "departements.csv").read_text() == (
        "code,name,region\n35,Ille-et-Vilaine,53\n"
    )
    # the shipped data is untouched
    assert territories.departement_get("69").name == "Rhône"


def test_territories_build_command_reports_a_bad_source(tmp_path):
    with pytest.raises(CommandError, match="package.json"):
        call_command("territories_build", str(tmp_path), target=str(tmp_path / "out"))
