"""The import bounds (competencies/conf.py) and the cells that used to crash the import: each
refused before any write with a message naming the line and the setting."""

import json

import pytest
from django.core.management import CommandError, call_command

from competencies.formats.spec import json_load, tree_cycles, tree_depths
from competencies.services import FrameworkImportError

from .test_services_import_errors import dump, refused

HEADER = "Parent id number,Id number,Shortname,Scale values,Scale configuration,Is framework"


def framework_csv(scale_configuration='[{"scaleid":"1"},{"id":2,"proficient":1}]', rows=1):
    cell = '"' + scale_configuration.replace('"', '""') + '"'
    lines = [HEADER, f',urn:nr,Référentiel,"Découvrir,Pratiquer,Maîtriser",{cell},1']
    lines += [f",C{n},Compétence {n},,,0" for n in range(rows)]
    return ("\n".join(lines) + "\n").encode()


def test_a_valid_file_imports(db):
    from competencies.services import framework_import

    framework = framework_import(data=framework_csv(), format="csv").framework
    assert [level.is_proficient_threshold for level in framework.levels.all()] == [
        False, True, False,
    ]  # fmt: skip


@pytest.mark.parametrize("value", [-100, 0, 4, 10**30])
def test_a_scale_configuration_outside_the_scale_is_refused(db, value):
    data = framework_csv(json.dumps([{"scaleid": "1"}, {"id": value, "proficient": 1}]))
    message = refused(data, format="csv")
    assert f"Ligne 2 : « Scale configuration » désigne la valeur {value}, hors du barème" in message


def test_a_json_cell_nested_ten_thousand_deep_is_refused(db):
    message = refused(framework_csv("[" * 10_000 + "]" * 10_000), format="csv")
    assert "Ligne 2 : JSON imbriqué sur plus de 32 niveaux" in message


def test_a_case_file_nested_too_deep_is_refused(db, settings):
    settings.TREMPLIN_FRAMEWORK_IMPORT_MAX_JSON_DEPTH = 5
    nested = {"CFDocument": {"a": [[[[[1]]]]]}}
    assert "JSON imbriqué sur plus de 5 niveaux" in refused(dump(nested), format="case")
    assert "JSON imbriqué" in refused(b"[" * 100_000 + b"]" * 100_000, format="case")


@pytest.mark.parametrize("cell", ["Id number", "Shortname", "Scale values", "Parent id number"])
def test_a_nul_character_in_a_csv_cell_is_refused(db, cell):
    lines = framework_csv().decode().splitlines()
    columns = HEADER.split(",")
    row = [f"x{n}" for n in range(len(columns))]
    row[columns.index("Is framework")] = "0"
    row[columns.index(cell)] = "a\x00b"
    data = "\n".join([*lines, ",".join(row)]).encode()
    assert f"Ligne 4, colonne {columns.index(cell) + 1} : caractère nul (NUL) refusé" in refused(
        data, format="csv"
    )


def test_a_nul_character_in_a_case_text_is_refused(framework):
    from competencies.services import framework_export

    package = json.loads(framework_export(framework=framework, format="case"))
    package["CFItems"][0]["fullStatement"] = "a\x00b"
    assert "« title » contient un caractère nul (NUL)" in refused(dump(package))


def test_too_many_rows_stop_the_reading(db, settings):
    settings.TREMPLIN_FRAMEWORK_IMPORT_MAX_ITEMS = 3
    message = refused(framework_csv(rows=4), format="csv")
    assert "plus de 3 éléments (réglage TREMPLIN_FRAMEWORK_IMPORT_MAX_ITEMS)" in message
    from competencies.services import framework_import

    assert framework_import(data=framework_csv(rows=3), format="csv").items_created == 3


def test_too_many_case_items(framework, settings):
    from competencies.services import framework_export

    settings.TREMPLIN_FRAMEWORK_IMPORT_MAX_ITEMS = 3
    message = refused(framework_export(framework=framework, format="case"))
    assert "plus de 3 éléments" in message


def test_a_text_over_the_length_bound(db, settings):
    settings.TREMPLIN_FRAMEWORK_IMPORT_MAX_TEXT_LENGTH = 20
    data = framework_csv().replace(b"Comp\xc3\xa9tence 0", b"x" * 21)
    assert "Ligne 3 : « title » dépasse 20 caractères." in refused(data, format="csv")


def test_bounds_are_checked_by_the_system_check(settings):
    from competencies.checks import import_bounds_check

    settings.TREMPLIN_FRAMEWORK_IMPORT_MAX_DEPTH = 0
    settings.TREMPLIN_FRAMEWORK_IMPORT_MAX_ITEMS = "many"
    errors = import_bounds_check(None)
    assert [error.id for error in errors] == ["competencies.E001", "competencies.E001"]
    assert "TREMPLIN_FRAMEWORK_IMPORT_MAX_ITEMS" in errors[0].msg
    assert "TREMPLIN_FRAMEWORK_IMPORT_MAX_DEPTH" in errors[1].msg


def test_the_command_prints_the_bound(db, tmp_path, settings, capsys):
    settings.TREMPLIN_FRAMEWORK_IMPORT_MAX_ITEMS = 1
    path = tmp_path / "big.csv"
    path.write_bytes(framework_csv(rows=2))
    with pytest.raises(CommandError):
        call_command("import_framework", str(path))
    assert "plus de 1 éléments" in capsys.readouterr().err


def test_tree_helpers_are_linear_and_need_no_recursion():
    chain = {n: (n - 1 if n else None) for n in range(100_000)}
    assert tree_depths(chain)[99_999] == 99_999
    assert (
        tree_cycles({n: [parent] if parent is not None else [] for n, parent in chain.items()})
        == []
    )
    assert tree_cycles({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}) == [["a", "b", "c", "a"]]
    assert tree_depths({"a": "b", "b": "a", "c": "zz"}) == {"a": 1, "b": 0, "c": 0}


def test_json_load_keeps_what_is_within_the_bound():
    assert json_load('{"a": [1, {"b": []}]}') == {"a": [1, {"b": []}]}
    with pytest.raises(FrameworkImportError):
        json_load("[" * 40 + "]" * 40)
