import json

import pytest
from django.core.management import CommandError, call_command

from competencies.models import Competency, Framework

from .conftest import DATA, row_counts


def test_import_then_export_case_round_trip(db, tmp_path, capsys):
    call_command("import_framework", str(DATA / "numerique-responsable.csv"), "--format", "csv")
    assert "Created framework 'NR-ESS': 6 items created" in capsys.readouterr().out
    out = tmp_path / "nr.json"
    call_command("export_framework", "NR-ESS", "--format", "case", "-o", str(out))
    package = json.loads(out.read_text())
    assert package["CFDocument"]["uri"] == "NR-ESS"
    assert len(package["CFItems"]) == 6
    call_command("import_framework", str(out))
    assert "Updated framework 'NR-ESS': 0 items created, 6 updated, 0 deleted." in (
        capsys.readouterr().out
    )
    assert Framework.objects.count() == 1 and Competency.objects.count() == 6


def test_export_csv_to_stdout_by_case_uuid(framework, capsys):
    call_command("export_framework", str(framework.case_uuid), "--format", "csv")
    assert capsys.readouterr().out.startswith("Parent id number,Id number,")


def test_bad_file_exits_non_zero_with_messages_and_changes_nothing(framework, tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"CFDocument": {"identifier": "x"}}')
    before = row_counts()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_framework", str(bad))
    err = capsys.readouterr().err
    assert "champ obligatoire « uri » manquant" in err
    assert "n'est pas un UUID" in err
    assert row_counts() == before


def test_file_over_limit_and_missing_file(db, tmp_path, settings):
    settings.TREMPLIN_FRAMEWORK_IMPORT_MAX_BYTES = 10
    with pytest.raises(CommandError, match="over the 10-byte limit"):
        call_command("import_framework", str(DATA / "numerique-responsable.csv"))
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_framework", str(tmp_path / "absent.json"))


def test_export_unknown_identifier(db):
    with pytest.raises(CommandError, match="No framework"):
        call_command("export_framework", "nope", "--format", "case")


def test_commands_exit_code_through_manage(db, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "import_framework", str(bad), "--format", "csv"],
        cwd=root, capture_output=True, text=True, check=False,
        env={"DJANGO_SETTINGS_MODULE": "config.settings.test", "PATH": "/usr/bin:/bin",
             "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3"},
    )  # fmt: skip
    assert done.returncode == 1
    assert "colonne inconnue « a »" in done.stderr
