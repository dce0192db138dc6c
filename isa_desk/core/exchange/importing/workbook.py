"""Reading a received workbook (.xlsx, old Excel .xls, OpenDocument .ods), a row at a
time and within the limits of bounds.py.

A sheet is read with calamine (a reader in Rust, many times openpyxl's speed) with the
values Excel computed and saved for formulas; a formula is never evaluated here. Its
values come as openpyxl gives them, so that every later step reads them alike: whole
numbers as int, dates as datetime, an empty cell as None, text exactly as written ("007"
stays text). An .xlsx sheet is looked into first (workbook_parts.py): over a limit it is
refused before it is read, and a sheet with a formula without a saved value is read by
openpyxl (workbook_openpyxl.py), which keeps the formula's text with a note. calamine
reads every sheet of an .xls or .ods workbook when it opens it: their cells are looked
into first too (workbook_xls.py, workbook_parts.ods_scan). Merged cells give their value
to every cell they cover, so a merged header or a merged organisation cell reads like a
filled one.

calamine holds the chosen sheet while its rows are read (some tens of bytes a cell) and
lets it go once they have all been read.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Generator
from pathlib import Path

from python_calamine import CalamineSheet, CalamineWorkbook, SheetTypeEnum

from isa_desk.core.exchange.importing import bounds
from isa_desk.core.exchange.importing.source import ReadError, Source, SourceRow, fail
from isa_desk.core.exchange.importing.workbook_parts import (
    Merge,
    MergeFill,
    check_strings,
    damaged,
    ods_scan,
    scan,
)
from isa_desk.core.exchange.importing.workbook_sheets import sheet_parts
from isa_desk.core.exchange.importing.workbook_xls import xls_scan
from isa_desk.core.i18n import translate

XLSX, XLS, ODS = "xlsx", "xls", "ods"


def kind_of(path: Path) -> str:
    """XLS for an OLE file (old Excel), ODS for an OpenDocument spreadsheet, else XLSX."""
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return XLS
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return XLSX  # told as not a valid workbook when it is opened
    return ODS if "content.xml" in names and "[Content_Types].xml" not in names else XLSX


class WorkbookSource(Source):
    def __init__(self, path: Path, sheet: str | None):
        self.path = path
        bounds.check_file_size(path)
        self.kind = kind_of(path)
        self._merges: list[Merge] | None = None  # known once the sheet is looked into
        self._openpyxl = False  # the sheet is read by openpyxl
        self._loaded: CalamineSheet | None = None  # the sheet while its rows are read
        self._book: CalamineWorkbook | None = None
        self._ods_merges: dict[str, list[Merge]] = {}  # of each sheet of an .ods
        parts = self._open()
        try:
            self.sheets = list(parts) if parts is not None else self._sheet_names()
            if not self.sheets:
                raise fail(path, translate("Exchange", "the workbook has no worksheet."))
            self.sheet = self._choose(sheet)
            if parts is not None:
                self._look_into(parts[self.sheet])
        except ReadError:
            self.close()
            raise

    def _open(self) -> dict[str, str] | None:
        """Open the workbook once its parts are within the limits; the sheets' parts of
        an .xlsx workbook by name."""
        parts = None
        try:
            if self.kind != XLS:
                with zipfile.ZipFile(self.path) as archive:
                    bounds.check_archive(self.path, archive)
                    if self.kind == XLSX:
                        check_strings(self.path, archive)
            if self.kind == XLSX:  # calamine opens it when its rows are read (if it reads them)
                parts = sheet_parts(self.path)
            else:  # calamine reads every sheet whole: within the limits?
                if self.kind == ODS:
                    self._ods_merges = ods_scan(self.path)
                else:
                    xls_scan(self.path)
                self._book = CalamineWorkbook.from_path(str(self.path))
        except ReadError:
            raise
        except BaseException as error:  # a damaged file raises many kinds
            if not _damage(error):
                raise
            raise self._not_valid(error) from error
        return parts

    def _not_valid(self, error: BaseException) -> ReadError:
        if self.kind == ODS or self.path.suffix.lower() == ".ods":
            message = translate("Exchange", "it is not a valid OpenDocument spreadsheet ({error}).")
        else:
            message = translate("Exchange", "it is not a valid Excel workbook ({error}).")
        return fail(self.path, message.format(error=type(error).__name__))

    def _sheet_names(self) -> list[str]:
        assert self._book is not None
        return [
            sheet.name
            for sheet in self._book.sheets_metadata
            if sheet.typ == SheetTypeEnum.WorkSheet
        ]

    def _look_into(self, part: str) -> None:
        try:
            with zipfile.ZipFile(self.path) as archive:
                found = scan(self.path, archive, part)
        except (zipfile.BadZipFile, KeyError, OSError) as error:
            raise damaged(self.path, error) from error
        self._merges = found.merges
        self._openpyxl = found.needs_openpyxl

    def close(self) -> None:
        self._loaded = None
        if self._book is not None:
            self._book.close()
            self._book = None

    @property
    def merges(self) -> list[Merge]:
        """The merged ranges of the sheet: (first row, first column, last row, last column)."""
        if self._merges is None:
            self._sheet()
        return list(self._merges or [])

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

    def _sheet(self) -> CalamineSheet:
        """The chosen sheet as calamine reads it (whole), kept until its rows are read."""
        if self._loaded is None:
            try:
                if self.kind == ODS:
                    self._merges = self._ods_merges.get(self.sheet, [])
                if self._book is None:
                    self._book = CalamineWorkbook.from_path(str(self.path))
                sheet = self._book.get_sheet_by_name(self.sheet)
            except ReadError:
                raise
            except BaseException as error:  # calamine's own errors for a damaged sheet
                if not _damage(error):
                    raise
                raise damaged(self.path, error) from error
            end = sheet.end  # (.xlsx: known from the look into it)
            if end is not None and end[0] >= bounds.MAX_ROWS:
                raise bounds.too_many_rows(self.path)
            if self._merges is None:  # .xls: the ranges calamine found
                ranges = sheet.merged_cell_ranges or []
                if len(ranges) > bounds.MAX_MERGED_RANGES:
                    raise bounds.too_many_merges(self.path)
                self._merges = sorted(
                    (first[0] + 1, first[1] + 1, last[0] + 1, last[1] + 1) for first, last in ranges
                )
            self._loaded = sheet
        return self._loaded

    def rows(self) -> Generator[SourceRow, None, None]:
        if self._openpyxl:
            from isa_desk.core.exchange.importing.workbook_openpyxl import openpyxl_rows

            yield from openpyxl_rows(self.path, self.sheet, self._merges or [])
            return
        sheet = self._sheet()
        merges = MergeFill(self._merges or [])
        fill = merges.fill if merges else None
        start = sheet.start
        lead = [None] * start[1] if start else []  # calamine starts at the first column used
        path, check_row = self.path, bounds.check_row
        # calamine's rows begin at the first row of the sheet
        for number, values in enumerate(sheet.iter_rows(), start=1):
            cells = _cells(values, lead)
            check_row(path, number, cells)
            row = SourceRow(number, cells)
            if fill is not None:
                fill(row)
            yield row
        self._loaded = None  # read whole: let go of it (another pass reads it again)


def _damage(error: BaseException) -> bool:
    """Whether `error` tells of a damaged file: any Exception, or a panic of calamine on
    one (pyo3 raises it as PanicException, which is no Exception)."""
    return isinstance(error, Exception) or type(error).__name__ == "PanicException"


def _cells(values: list, lead: list) -> list:
    """calamine's values of a row as openpyxl gives them (see above), without empty cells
    at its end."""
    cells = [(value or None) if type(value) is str else _value(value) for value in values]
    if lead:
        cells[:0] = lead
    while cells and cells[-1] is None:
        cells.pop()
    return cells


def _value(value):
    kind = type(value)
    if kind is float:
        return int(value) if value.is_integer() else value
    if kind is dt.date:  # a date cell: openpyxl gives a datetime at midnight
        return dt.datetime(value.year, value.month, value.day)
    return value
