"""Reading a received .xlsx workbook, a row at a time and within the limits of bounds.py.

A workbook is read in openpyxl's read-only mode with the values Excel computed and saved
for formulas (data_only); a formula is never evaluated here. A formula without a saved
value (a file written by a program that does not compute) is kept as its text, with a
note. Merged cells give their value to every cell they cover, so a merged header or a
merged organisation cell reads like a filled one.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Generator
from pathlib import Path
from xml.etree.ElementTree import ParseError
from xml.parsers.expat import ExpatError

from openpyxl.utils.cell import range_boundaries

from isa_desk.core.exchange.importing import bounds
from isa_desk.core.exchange.importing.source import ReadError, Source, SourceRow, fail
from isa_desk.core.exchange.importing.strings import BoundedReader
from isa_desk.core.i18n import translate

_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")
_MERGE_REF = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]+\d+:[A-Z]+\d+)\"")
_DAMAGED = (zipfile.BadZipFile, zlib.error, KeyError, ValueError, ParseError, ExpatError)


def open_book(path: Path, data_only: bool = True):
    """The workbook in openpyxl's read-only mode, once its parts are within the limits."""
    try:
        with zipfile.ZipFile(path) as archive:
            bounds.check_archive(path, archive)
        reader = BoundedReader(path, data_only)
        reader.read()
        return reader.wb
    except ReadError:
        raise
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise fail(
            path,
            translate("Exchange", "it is not a valid Excel workbook ({error}).").format(
                error=type(error).__name__
            ),
        ) from error


class WorkbookSource(Source):
    def __init__(self, path: Path, sheet: str | None):
        self.path = path
        bounds.check_file_size(path)
        # opened once: openpyxl reads a whole sheet to find its size when the file does
        # not state it (as files written in write-only mode do not)
        self._book = open_book(path)
        self.sheets = [ws.title for ws in self._book.worksheets]
        if not self.sheets:
            self._book.close()
            raise fail(path, translate("Exchange", "the workbook has no worksheet."))
        try:
            self.sheet = self._choose(sheet)
            self._part = self._book[self.sheet]._worksheet_path
            self._formulas_present, self._merges = self._scan()
        except ReadError:
            self._book.close()
            raise

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
        raise fail(
            self.path,
            translate("Exchange", "it has no sheet “{sheet}” (sheets: {sheets}).").format(
                sheet=wanted, sheets=", ".join(self.sheets)
            ),
        )

    def _scan(self) -> tuple[bool, list[tuple[int, int, int, int]]]:
        """Does the sheet hold formulas, and which cells are merged? One pass over the
        compressed sheet, far quicker than parsing it; a sheet of too many rows is
        refused here, before any is parsed."""
        formulas = False
        rows = 0
        merges: set[tuple[int, int, int, int]] = set()
        tail = b""
        with zipfile.ZipFile(self.path) as archive, archive.open(self._part) as part:
            while chunk := part.read(1 << 20):
                text = tail + chunk
                formulas = formulas or bool(_FORMULA_TAG.search(text))
                rows += len(_ROW_TAG.findall(chunk))  # (a tag cut in two: not counted)
                if rows > bounds.MAX_ROWS:
                    raise bounds.too_many_rows(self.path)
                for ref in _MERGE_REF.findall(text):
                    # (min_col, min_row, max_col, max_row) -> (min_row, min_col, max_row, max_col)
                    first_col, first_row, last_col, last_row = range_boundaries(ref.decode())
                    merges.add((first_row, first_col, last_row, last_col))
                if len(merges) > bounds.MAX_MERGED_RANGES:
                    raise bounds.too_many_merges(self.path)
                cut = text.rfind(b"<")  # an element cut in two is searched with the next
                tail = text[cut:] if cut >= 0 else b""
        return formulas, sorted(merges)

    def _formula_rows(self) -> Generator[dict[int, str], None, None]:
        """The formulas of each row by column index, read beside the values (a second
        reader of the same sheet), so that they are never all held at once."""
        book = open_book(self.path, data_only=False)
        try:
            sheet = book[self.sheet]
            sheet.reset_dimensions()
            for row in sheet.iter_rows():
                yield {
                    index: str(cell.value)
                    for index, cell in enumerate(row)
                    if getattr(cell, "data_type", None) == "f"
                }
        finally:
            book.close()

    def rows(self) -> Generator[SourceRow, None, None]:
        merges = _MergeFill(self._merges)
        sheet = self._book[self.sheet]
        sheet.reset_dimensions()  # the stored size is often wrong (or missing)
        formulas = self._formula_rows() if self._formulas_present else None
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                row = SourceRow(number, list(values))
                bounds.check_row(self.path, number, row.values)
                if formulas is not None:
                    _formulas_as_text(row, next(formulas, {}))
                if merges:
                    merges.fill(row)
                yield row
        except _DAMAGED as error:
            raise fail(
                self.path,
                translate("Exchange", "the sheet is damaged ({error}).").format(error=error),
            ) from error
        finally:
            if formulas is not None:
                formulas.close()


def _formulas_as_text(row: SourceRow, formulas: dict[int, str]) -> None:
    for index, formula in formulas.items():
        if index < len(row.values) and row.values[index] is None:
            row.values[index] = formula if formula.startswith("=") else f"={formula}"
            row.notes[index] = translate(
                "Exchange",
                "The cell holds the formula {formula} without a computed value; "
                "its text was taken as it is.",
            ).format(formula=formula)


class _MergeFill:
    """Gives the value of a merged range's top-left cell to every cell of the range.
    The ranges are taken up as the rows reach them and let go after their last row."""

    def __init__(self, merges: list[tuple[int, int, int, int]]):
        # a whole column merged: nothing to fill
        self._waiting = sorted(m for m in merges if m[2] - m[0] <= 10_000)
        self._next = 0
        self._active: dict[tuple[int, int, int, int], object] = {}

    def __bool__(self) -> bool:
        return bool(self._waiting)

    def fill(self, row: SourceRow) -> None:
        while self._next < len(self._waiting) and self._waiting[self._next][0] <= row.number:
            self._active[self._waiting[self._next]] = None
            self._next += 1
        for merge in [m for m in self._active if m[2] < row.number]:
            del self._active[merge]
        for merge in self._active:
            min_row, min_col, _max_row, max_col = merge
            if row.number == min_row:
                self._active[merge] = (
                    row.values[min_col - 1] if len(row.values) >= min_col else None
                )
            value = self._active[merge]
            if value is None:
                continue
            if len(row.values) < max_col:
                row.values.extend([None] * (max_col - len(row.values)))
            for index in range(min_col - 1, max_col):
                if row.values[index] is None:
                    row.values[index] = value
