"""Reading received lists: .xlsx workbooks and .csv files as Excel and Outlook write them.

Rows come one at a time with their row number as Excel shows it. A workbook is read in
openpyxl's read-only mode with the values Excel computed and saved for formulas
(data_only); a formula is never evaluated here. A formula without a saved value (a file
written by a program that does not compute) is kept as its text, with a note. Merged
cells give their value to every cell they cover, so a merged header or a merged
organisation cell reads like a filled one.

A CSV file may be UTF-8 with or without a byte order mark, UTF-16 (Excel's "Unicode
text") or Windows-1252 (German Excel, Outlook), separated by commas, semicolons or tabs.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
import zlib
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries

from isa_desk.core.errors import IsaDeskError
from isa_desk.core.i18n import translate

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
ERROR_VALUES = frozenset(
    {"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#GETTING_DATA"}
)
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
_MERGE_REF = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]+\d+:[A-Z]+\d+)\"")


class ReadError(IsaDeskError):
    """The file cannot be read as a list (exit code 2 on the command line)."""


@dataclass
class SourceRow:
    number: int  # the row number Excel shows
    values: list
    notes: dict[int, str] = field(default_factory=dict)  # column index -> a note on the cell

    def is_blank(self) -> bool:
        return all(v is None or (isinstance(v, str) and not v.strip()) for v in self.values)


def _fail(path: Path, reason: str) -> ReadError:
    return ReadError(
        translate(
            "Exchange",
            "{file} cannot be read: {reason} Expected an Excel workbook (.xlsx) or "
            "a CSV file (.csv).",
        ).format(file=path.name, reason=reason)
    )


def open_source(path: str | Path, sheet: str | None = None) -> Source:
    """The list in `path` (the named sheet, else the first); ReadError when unreadable."""
    path = Path(path)
    if not path.is_file():
        raise _fail(path, translate("Exchange", "the file does not exist."))
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise _fail(
            path,
            translate(
                "Exchange", "it is in the old Excel format (.xls); save it as .xlsx in Excel."
            ),
        )
    if head.startswith(b"PK"):
        return WorkbookSource(path, sheet)
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        raise _fail(path, translate("Exchange", "it is not an Excel workbook."))
    return CsvSource(path)


class Source:
    path: Path
    sheet: str
    sheets: list[str]

    def rows(self) -> Generator[SourceRow, None, None]:
        raise NotImplementedError

    def head(self, count: int = 30) -> list[SourceRow]:
        """The first rows (for finding the header row and for the column mapping)."""
        cached = getattr(self, "_head", None)  # (rows asked for, rows found)
        if cached is not None and cached[0] >= count:
            return cached[1][:count]
        found = []
        rows = self.rows()
        for row in rows:
            found.append(row)
            if len(found) >= count:
                break
        rows.close()
        self._head = (count, found)
        return found

    def close(self) -> None:
        """Let go of the file (a workbook stays open while it is being read)."""

    def description(self) -> str:
        return self.path.name if len(self.sheets) <= 1 else f"{self.path.name} [{self.sheet}]"


class WorkbookSource(Source):
    def __init__(self, path: Path, sheet: str | None):
        self.path = path
        try:
            # opened once: openpyxl reads a whole sheet to find its size when the file does
            # not state it (as files written in write-only mode do not)
            self._book = load_workbook(path, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds for a damaged file
            raise _fail(
                path,
                translate("Exchange", "it is not a valid Excel workbook ({error}).").format(
                    error=type(error).__name__
                ),
            ) from error
        self.sheets = [ws.title for ws in self._book.worksheets]
        if not self.sheets:
            self._book.close()
            raise _fail(path, translate("Exchange", "the workbook has no worksheet."))
        try:
            self.sheet = self._choose(sheet)
        except ReadError:
            self._book.close()
            raise
        self._part = self._book[self.sheet]._worksheet_path
        self._formulas_present, self._merges = self._scan()
        self._formulas: dict[tuple[int, int], str] | None = None

    def close(self) -> None:
        self._book.close()

    @property
    def merges(self) -> list[tuple[int, int, int, int]]:
        """The merged ranges of the sheet: (first row, first column, last row, last column)."""
        return list(self._merges)

    def _choose(self, wanted: str | None) -> str:
        if not wanted:
            return self.sheets[0]
        for name in self.sheets:
            if name == wanted:
                return name
        for name in self.sheets:
            if name.casefold() == wanted.strip().casefold():
                return name
        raise _fail(
            self.path,
            translate("Exchange", "it has no sheet “{sheet}” (sheets: {sheets}).").format(
                sheet=wanted, sheets=", ".join(self.sheets)
            ),
        )

    def _scan(self) -> tuple[bool, list[tuple[int, int, int, int]]]:
        """Does the sheet hold formulas, and which cells are merged? One pass over the
        compressed sheet, far quicker than parsing it."""
        formulas = False
        merges: list[tuple[int, int, int, int]] = []
        tail = b""
        with zipfile.ZipFile(self.path) as archive, archive.open(self._part) as part:
            while chunk := part.read(1 << 20):
                text = tail + chunk
                formulas = formulas or bool(_FORMULA_TAG.search(text))
                merges += [range_boundaries(m.decode()) for m in _MERGE_REF.findall(text)]
                cut = text.rfind(b"<")  # an element cut in two is searched with the next
                tail = text[cut:] if cut >= 0 else b""
        # (min_col, min_row, max_col, max_row) -> (min_row, min_col, max_row, max_col)
        unique = {(b[1], b[0], b[3], b[2]) for b in merges}
        return formulas, sorted(unique)

    def _formula_texts(self) -> dict[tuple[int, int], str]:
        """The formulas of the sheet by (row, column), read once when needed."""
        if self._formulas is None:
            self._formulas = {}
            book = load_workbook(self.path, read_only=True, data_only=False)
            try:
                sheet = book[self.sheet]
                sheet.reset_dimensions()
                for row in sheet.iter_rows():
                    for cell in row:
                        if getattr(cell, "data_type", None) == "f":
                            self._formulas[(cell.row, cell.column)] = str(cell.value)
            finally:
                book.close()
        return self._formulas

    def rows(self) -> Generator[SourceRow, None, None]:
        merges = _MergeFill(self._merges)
        sheet = self._book[self.sheet]
        sheet.reset_dimensions()  # the stored size is often wrong (or missing)
        try:
            formulas = self._formula_texts() if self._formulas_present else {}
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                row = SourceRow(number, list(values))
                if formulas:
                    _formulas_as_text(row, formulas)
                if merges:
                    merges.fill(row)
                yield row
        except (zipfile.BadZipFile, zlib.error, KeyError, ValueError, ParseError) as error:
            raise _fail(
                self.path,
                translate("Exchange", "the sheet is damaged ({error}).").format(error=error),
            ) from error


def _formulas_as_text(row: SourceRow, formulas: dict[tuple[int, int], str]) -> None:
    for index, value in enumerate(row.values):
        formula = formulas.get((row.number, index + 1))
        if formula is not None and value is None:
            row.values[index] = formula if formula.startswith("=") else f"={formula}"
            row.notes[index] = translate(
                "Exchange",
                "The cell holds the formula {formula} without a computed value; "
                "its text was taken as it is.",
            ).format(formula=formula)


class _MergeFill:
    """Gives the value of a merged range's top-left cell to every cell of the range."""

    def __init__(self, merges: list[tuple[int, int, int, int]]):
        self._by_row: dict[int, list[tuple[int, int, int, int]]] = {}
        for merge in merges:
            min_row, _min_col, max_row, _max_col = merge
            if max_row - min_row > 10_000:  # a whole column merged: nothing to fill
                continue
            for number in range(min_row, max_row + 1):
                self._by_row.setdefault(number, []).append(merge)
        self._values: dict[tuple[int, int, int, int], object] = {}

    def __bool__(self) -> bool:
        return bool(self._by_row)

    def fill(self, row: SourceRow) -> None:
        for merge in self._by_row.get(row.number, ()):
            min_row, min_col, _max_row, max_col = merge
            if row.number == min_row:
                self._values[merge] = (
                    row.values[min_col - 1] if len(row.values) >= min_col else None
                )
            value = self._values.get(merge)
            if value is None:
                continue
            if len(row.values) < max_col:
                row.values.extend([None] * (max_col - len(row.values)))
            for index in range(min_col - 1, max_col):
                if row.values[index] is None:
                    row.values[index] = value


class CsvSource(Source):
    def __init__(self, path: Path):
        self.path = path
        self.sheet = path.stem
        self.sheets = [self.sheet]
        data = path.read_bytes()
        self._text = _decode(path, data)
        self._delimiter = _delimiter(self._text)

    def rows(self) -> Generator[SourceRow, None, None]:
        reader = csv.reader(io.StringIO(self._text, newline=""), delimiter=self._delimiter)
        try:
            for number, values in enumerate(reader, start=1):
                yield SourceRow(number, [v if v.strip() else None for v in values])
        except csv.Error as error:
            raise _fail(self.path, str(error)) from error


def _decode(path: Path, data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise _fail(path, translate("Exchange", "it is neither a workbook nor a text file."))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # German Excel and Outlook write Windows-1252; five of its bytes are unassigned
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    """The separator of the first non-empty line: semicolon (German Excel), comma or tab."""
    for line in text.splitlines():
        if line.strip():
            unquoted = re.sub(r'"[^"]*"', "", line)
            counts = {d: unquoted.count(d) for d in (";", ",", "\t")}
            best = max(counts, key=lambda d: counts[d])
            return best if counts[best] else ","
    return ","
