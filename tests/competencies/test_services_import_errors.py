"""Bad input: refused with messages naming the line or item, and nothing changes."""

import json

import pytest

from competencies.models import Competency, JobProfileRequirement
from competencies.services import (
    FrameworkImportError,
    framework_export,
    framework_import,
    job_profile_save,
)

from .conftest import row_counts


@pytest.fixture
def case_package(framework):
    return json.loads(framework_export(framework=framework, format="case"))


def refused(data, **kwargs):
    before = row_counts()
    with pytest.raises(FrameworkImportError) as info:
        framework_import(data=data if isinstance(data, bytes) else data.encode(), **kwargs)
    assert row_counts() == before
    return "\n".join(str(error) for error in info.value.errors)


def dump(package):
    return json.dumps(package).encode()


def test_malformed_json_names_line_and_column(db):
    message = refused(b'{"CFDocument": {\n  "title": "x",\n}', format="case")
    assert "JSON invalide, ligne 3, colonne 1" in message


def test_not_a_cf_package(db):
    assert "CFDocument" in refused(b"[1, 2]", format="case")


def test_missing_required_case_fields_are_all_listed(case_package):
    del case_package["CFDocument"]["creator"]
    del case_package["CFItems"][0]["fullStatement"]
    identifier = case_package["CFItems"][1]["identifier"]
    del case_package["CFItems"][1]["uri"]
    message = refused(dump(case_package))
    assert "CFDocument : champ obligatoire « creator » manquant." in message
    assert "« fullStatement » manquant" in message
    assert f"CFItem {identifier} : champ obligatoire « uri » manquant." in message


def test_identifier_not_a_uuid(case_package):
    case_package["CFItems"][0]["identifier"] = "pas-un-uuid"
    assert "« pas-un-uuid » n'est pas un UUID" in refused(dump(case_package))


def test_unknown_parent(case_package):
    association = case_package["CFAssociations"][1]
    association["destinationNodeURI"]["identifier"] = "99999999-9999-9999-9999-999999999999"
    item = association["originNodeURI"]["identifier"]
    message = refused(dump(case_package))
    assert f"CFItem {item} : parent « 99999999-9999-9999-9999-999999999999 » inconnu." in message


def test_unknown_origin(case_package):
    case_package["CFAssociations"][0]["originNodeURI"]["identifier"] = "nobody"
    assert "élément « nobody » inconnu" in refused(dump(case_package))


def test_cycle(case_package):
    items = case_package["CFItems"]
    a, b = items[0]["identifier"], items[1]["identifier"]
    for association in case_package["CFAssociations"]:
        origin = association["originNodeURI"]["identifier"]
        if origin == a:
            association["destinationNodeURI"]["identifier"] = b
        if origin == b:
            association["destinationNodeURI"]["identifier"] = a
    assert "cycle dans l'arborescence" in refused(dump(case_package))


def test_self_parent_is_a_cycle(case_package):
    association = case_package["CFAssociations"][0]
    association["destinationNodeURI"] = dict(association["originNodeURI"])
    assert "cycle" in refused(dump(case_package))


def test_duplicate_item_identifiers(case_package):
    case_package["CFItems"].append(dict(case_package["CFItems"][0], humanCodingScheme="Z9"))
    assert "en double" in refused(dump(case_package))


def test_duplicate_codes(case_package):
    case_package["CFItems"][1]["humanCodingScheme"] = case_package["CFItems"][0][
        "humanCodingScheme"
    ]
    assert "déjà utilisé par" in refused(dump(case_package))


def test_wrong_csv_headers(db, example_csv):
    data = example_csv.replace(b'"Id number"', b'"Identifiant"', 1)
    message = refused(data, format="csv")
    assert "Ligne 1 : colonne inconnue « Identifiant »" in message
    assert "colonnes obligatoires manquantes : Id number" in message


def test_csv_without_framework_row(db, example_csv):
    lines = example_csv.decode().splitlines()
    data = "\n".join([lines[0], *lines[2:]]).encode()
    assert "Is framework" in refused(data, format="csv")


def test_csv_unknown_parent_names_the_line(db, example_csv):
    data = example_csv.replace(b"SOB-2,SOB-2-a", b"NOPE,SOB-2-a")
    assert "Ligne 7 : parent « NOPE » inconnu." in refused(data, format="csv")


def test_csv_empty_id_number_names_the_line(db, example_csv):
    data = example_csv.replace(b"\nACC,ACC-1", b"\nACC,")
    assert "Ligne 8 : « Id number » vide." in refused(data, format="csv")


def test_csv_duplicate_id_numbers(db, example_csv):
    data = example_csv.replace(b"SOB,SOB-1,", b"SOB,SOB-2,")
    assert "Ligne 6 : identifiant « SOB-2 » en double." in refused(data, format="csv")


def test_file_over_the_size_limit(db, settings, example_csv):
    settings.TREMPLIN_FRAMEWORK_IMPORT_MAX_BYTES = 100
    assert "dépasse la taille maximale" in refused(example_csv)


def test_fifty_megabytes_are_refused_by_default(db):
    data = b" " * (50 * 1024 * 1024 + 1)
    assert "limite 52428800" in refused(data)


def test_not_utf8(db):
    assert "UTF-8" in refused(b"\xff\xfe\x00", format="csv")


def test_removing_an_item_a_job_profile_needs_is_refused(case_package, framework):
    competency = Competency.objects.get(code="A1.1")
    job_profile_save(
        slug="referent", title={"fr": "Référent·e"},
        requirements=[(competency, framework.levels.first())],
    )  # fmt: skip
    case_package["CFItems"] = [
        item for item in case_package["CFItems"] if item["identifier"] != str(competency.uuid)
    ]
    case_package["CFAssociations"] = [
        a
        for a in case_package["CFAssociations"]
        if a["originNodeURI"]["identifier"] != str(competency.uuid)
    ]
    assert "encore utilisés" in refused(dump(case_package))
    assert JobProfileRequirement.objects.count() == 1
