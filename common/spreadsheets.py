"""Exports that are safe to open in a spreadsheet (CSV and XLSX), for every export the project
writes (competencies' framework CSV now, cohorts' reports later).

A spreadsheet program runs a cell whose text starts with `=`, `+`, `-` or `@` as a formula
(`=HYPERLINK(...)` to leak data, `=cmd|' /C calc'!A0` to run a program through DDE), and some
also after a leading tab or carriage return, or with the full-width forms of those signs that an
East Asian input method types (OWASP, "CSV Injection"). Text written by learners, trainers or
imported frameworks ends up in exports, so:

- CSV: `cell_safe` puts an apostrophe before such a text (what OWASP recommends and what every
  spreadsheet program shows as "this is text"); `csv_writer` and `csv_stream` apply it to
  every cell. The apostrophe stays in the file: a program that reads the CSV back as data sees
  it (competencies' importer, for one, keeps it as typed).
- XLSX: `xlsx_write` writes such a text unchanged but typed as a string, with Excel's own
  "quote prefix" style, so the cell shows what was typed and is never a formula.

Only text is changed: numbers, dates and None go through as they are (a negative number stays
a number). Use these writers rather than `csv.writer` or openpyxl directly for anything that
leaves the site.
"""

import csv
import io

# OWASP's leading characters, and the full-width forms of the four signs (U+FF1D, U+FF0B,
# U+FF0D, U+FF20), which some spreadsheet programs convert to formulas too.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def formula_like(value):
    """True for a text a spreadsheet program could take for a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_PREFIXES)


def cell_safe(value):
    """The value to write in a CSV cell: formula-like text gets a leading apostrophe."""
    return "'" + value if formula_like(value) else value


class _SafeWriter:
    """The csv module quotes a field only for the characters of its own line terminator: with
    lineterminator="\n", a cell holding "\r" would go out unquoted and split the row for
    most readers. Such a row is written with every field quoted instead (still one valid CSV)."""

    def __init__(self, file, **kwargs):
        self._writer = csv.writer(file, **kwargs)
        self._quoted = csv.writer(file, **{**kwargs, "quoting": csv.QUOTE_ALL})
        self._breaks = {"\r", "\n"} - set(self._writer.dialect.lineterminator)

    def writerow(self, row):
        row = [cell_safe(value) for value in row]
        unsafe = self._breaks and any(
            isinstance(value, str) and not self._breaks.isdisjoint(value) for value in row
        )
        return (self._quoted if unsafe else self._writer).writerow(row)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def csv_writer(file, **kwargs):
    """`csv.writer(file, **kwargs)` whose writerow/writerows make every cell safe."""
    return _SafeWriter(file, **kwargs)


class _Line:
    """A file-like object that hands back what the csv module writes into it."""

    def write(self, text):
        return text


def csv_stream(rows, *, bom=True):
    """Yield the lines of a CSV of `rows`, made safe, as UTF-8 bytes, for a
    StreamingHttpResponse: a large export is never held in memory. The byte order mark (on by
    default) makes Excel read UTF-8 accents right."""
    writer = csv.writer(_Line())
    if bom:
        yield "\ufeff".encode()
    for row in rows:
        yield writer.writerow([cell_safe(value) for value in row]).encode()


def csv_response(rows, *, filename, bom=True):
    """A streaming download of `rows` as a CSV file named `filename`."""
    from django.http import StreamingHttpResponse

    response = StreamingHttpResponse(
        csv_stream(rows, bom=bom), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def xlsx_write(rows, *, file=None, title="Export"):
    """Write `rows` to an XLSX workbook with openpyxl's write-only mode (constant memory, rows
    streamed to a temporary file), formula-like text stored as plain text. Writes into `file`
    (a path or a binary file object) if given, else returns the bytes."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])

    def cell(value):
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters XML cannot hold
        if not formula_like(value):
            return value
        written = WriteOnlyCell(sheet, value=value)
        written.data_type = "s"  # openpyxl took it for a formula
        written.quotePrefix = True
        return written

    for row in rows:
        sheet.append([cell(value) for value in row])
    if file is not None:
        workbook.save(file)
        return None
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
