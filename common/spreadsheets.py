"""Exports that are safe to open in a spreadsheet, for every export the project writes
(competencies' framework CSV now, cohorts' reports later).

A spreadsheet program runs a cell whose text starts with `=`, `+`, `-` or `@` as a formula
(`=HYPERLINK(...)` to leak data, `=cmd|' /C calc'!A0` to run a program through DDE), and some
also after a leading tab or carriage return, or with the full-width forms of those signs that an
East Asian input method types (OWASP, "CSV Injection"). Text written by learners, trainers or
imported frameworks ends up in exports, so:

- CSV: `cell_safe` puts an apostrophe before such a text (what OWASP recommends and what every
  spreadsheet program shows as "this is text"); `csv_writer` and `csv_stream` (the
  launchpad's funding-scheme export) apply it to every cell. The
  apostrophe stays in the file: a program that reads the CSV back as data sees it
  (competencies' importer, for one, keeps it as typed).
- XLSX (none yet): write such a text unchanged but typed as a string with the "quote prefix"
  style (openpyxl: `data_type = "s"`, `quotePrefix = True`); a streaming XLSX writer was here,
  unused, until issue 18's clean-up (`git log -S xlsx_write`).

Only text is changed: numbers, dates and None go through as they are (a negative number stays
a number). Use these writers rather than `csv.writer` directly for anything that leaves the
site.
"""

import csv

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
    """Yield the lines of a CSV of `rows`, made safe, as UTF-8 bytes (for a streaming response
    or a join): a large export is never held in memory. The byte order mark (on by default)
    makes Excel read UTF-8 accents right."""
    writer = csv.writer(_Line())
    if bom:
        yield "\ufeff".encode()
    for row in rows:
        yield writer.writerow([cell_safe(value) for value in row]).encode()
