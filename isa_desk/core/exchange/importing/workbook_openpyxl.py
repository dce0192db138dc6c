"""Reading an .xlsx sheet with openpyxl in read-only mode, for the sheets calamine
(workbook.py) does not read as an import needs: a formula without a saved value (a file
written by a program that does not compute) is kept as its text, with a note, and a row
of too many columns is told by its number. The values are those Excel computed and saved
for formulas (data_only); a formula is never evaluated here.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Generator
from pathlib import Path
from xml.etree.ElementTree import ParseError
from xml.parsers.expat import ExpatError

from isa_desk.core.exchange.importing import bounds
from isa_desk.core.exchange.importing.source import ReadError, SourceRow, fail
from isa_desk.core.exchange.importing.strings import BoundedReader
from isa_desk.core.exchange.importing.workbook_parts import Merge, MergeFill, damaged
from isa_desk.core.i18n import translate

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


def _formula_rows(path: Path, sheet_name: str) -> Generator[dict[int, str], None, None]:
    """The formulas of each row by column index, read beside the values (a second
    reader of the same sheet), so that they are never all held at once."""
    book = open_book(path, data_only=False)
    try:
        sheet = book[sheet_name]
        sheet.reset_dimensions()
        for row in sheet.iter_rows():
            yield {
                index: str(cell.value)
                for index, cell in enumerate(row)
                if getattr(cell, "data_type", None) == "f"
            }
    finally:
        book.close()


def openpyxl_rows(
    path: Path, sheet_name: str, merges: list[Merge]
) -> Generator[SourceRow, None, None]:
    """The rows of the sheet, formulas without a value as their text."""
    book = open_book(path)
    fill = MergeFill(merges)
    formulas = _formula_rows(path, sheet_name)
    try:
        sheet = book[sheet_name]
        sheet.reset_dimensions()  # the stored size is often wrong (or missing)
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            row = SourceRow(number, list(values))
            bounds.check_row(path, number, row.values)
            _formulas_as_text(row, next(formulas, {}))
            if fill:
                fill.fill(row)
            yield row
    except _DAMAGED as error:
        raise damaged(path, error) from error
    finally:
        formulas.close()
        book.close()


def _formulas_as_text(row: SourceRow, formulas: dict[int, str]) -> None:
    for index, formula in formulas.items():
        if index < len(row.values) and row.values[index] is None:
            row.values[index] = formula if formula.startswith("=") else f"={formula}"
            row.notes[index] = translate(
                "Exchange",
                "The cell holds the formula {formula} without a computed value; "
                "its text was taken as it is.",
            ).format(formula=formula)
