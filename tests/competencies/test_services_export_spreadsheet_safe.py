"""The framework CSV export never hands a spreadsheet a formula (issue 17, item 7): texts that
start like one get an apostrophe (common.spreadsheets), the rest of the file is unchanged."""

import csv
import io

from competencies.formats.moodle_csv import HEADERS
from competencies.services import framework_export

PAYLOADS = ["=cmd|' /C calc'!A0", '=HYPERLINK("https://evil.example","x")', "+SUM(1,2)", "@SUM(1)"]


def test_formula_like_texts_are_neutralised_in_the_csv_export(framework):
    framework.name_fr = "-2+3"
    framework.save()
    items = list(framework.items.order_by("sort_order", "pk"))[: len(PAYLOADS)]
    for item, payload in zip(items, PAYLOADS, strict=True):
        item.title_fr = payload
        item.description_fr = "\t" + payload
        item.save()
    rows = list(csv.reader(io.StringIO(framework_export(framework=framework, format="csv"))))
    assert rows[0] == HEADERS
    assert rows[1][HEADERS.index("Shortname")] == "'-2+3"
    titles = {row[HEADERS.index("Shortname")] for row in rows[2:]}
    descriptions = {row[HEADERS.index("Description")] for row in rows[2:]}
    for payload in PAYLOADS:
        assert "'" + payload in titles and payload not in titles
        assert "'\t" + payload in descriptions
    formula = tuple("=+-@")
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.startswith(formula)]
