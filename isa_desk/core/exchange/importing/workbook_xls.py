"""Looking into an old Excel workbook (.xls) before calamine opens it: whether its sheets
are within the limits of bounds.py.

calamine reads every sheet of an .xls workbook whole when it opens the file, into a grid
from its first filled row and column to its last, empty cells too (32 bytes each, and as
much again while a sheet is handed over): one cell at row 60,000, column 200, some bytes
in the file, takes 750 MB; one in column 65,536 stops the program. So the places of the
cells are looked up first, in one pass over the workbook's records (a tenth of a second
for 300,000 cells), as calamine takes them: the row and column of each record that gives
it a cell, and the room a sheet's DIMENSIONS record makes it reserve, never what the file
says of its size elsewhere (that may lie).

The records are in the workbook stream of an OLE compound file (compound_file.py).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

from isa_desk.core.exchange.importing import bounds
from isa_desk.core.exchange.importing.compound_file import BadXlsFile, CompoundFile
from isa_desk.core.exchange.importing.workbook_parts import CALAMINE_CELLS

__all__ = ["BadXlsFile", "xls_scan"]

_NAMES = ("workbook", "book")  # of the workbook stream: calamine reads the first found
_PAIR = struct.Struct("<HH")
_FOUR = struct.Struct("<HHHH")
_PADDING = bytes(8)  # after a stream: each record's first 8 bytes are read at once
# the records from which calamine takes a cell, its row and column first: FORMULA,
# RSTRING, LABELSST, NUMBER, LABEL, BOOLERR, RK (each kind tried with calamine 0.37)
_CELLS = frozenset({0x0006, 0x00D6, 0x00FD, 0x0203, 0x0204, 0x0205, 0x027E})
_FORMULA, _STRING, _MULRK = 0x0006, 0x0207, 0x00BD  # STRING: the last formula's value
_DIMENSIONS, _MERGED, _SHEET, _EOF = 0x0200, 0x00E5, 0x0085, 0x000A


def xls_scan(path: Path) -> None:
    """Refuses a workbook whose sheets calamine would hold in more than CALAMINE_CELLS
    cells together (or reserve room for more), or a sheet of more than MAX_MERGED_RANGES
    merged ranges; BadXlsFile when the workbook is damaged."""
    for stream in _workbook_streams(path):
        end = len(stream)
        stream += _PADDING
        _check_sheets(path, stream, end)


def _workbook_streams(path: Path) -> Iterator[bytearray]:
    """The workbook stream: each one calamine might take for it (a damaged or hostile file
    may name several alike)."""
    with path.open("rb") as handle:
        container = CompoundFile(handle, path.stat().st_size)
        for name in _NAMES:
            found = [entry for entry in container.entries() if name in entry[0]]
            for _name, start, size in found:
                yield container.stream(start, size)
            if found:
                return
    raise BadXlsFile("no workbook stream")


def _check_sheets(path: Path, stream: bytearray, end: int) -> None:
    cells, last_formula = 0, None
    for start in _sheet_starts(stream, end):
        sheet = _Sheet(last_formula)
        sheet.read(stream, start, end)
        if sheet.reserved > CALAMINE_CELLS:
            if sheet.reserved_rows > bounds.MAX_ROWS:
                raise bounds.too_many_rows(path)
            raise bounds.too_many_cells(path, CALAMINE_CELLS)
        if sheet.merges > bounds.MAX_MERGED_RANGES:
            raise bounds.too_many_merges(path)
        cells += sheet.values.cells() + sheet.formulas.cells()  # calamine keeps every sheet
        if cells > CALAMINE_CELLS:
            raise bounds.too_many_cells(path, CALAMINE_CELLS)
        last_formula = sheet.last_formula


def _sheet_starts(stream: bytearray, end: int) -> list[int]:
    """Where the records of each sheet begin (BOUNDSHEET records, before the first EOF)."""
    starts, position = [], 0
    while position + 4 <= end:
        kind, size = _PAIR.unpack_from(stream, position)
        position += 4 + size
        if kind == _EOF or position > end:  # (cut off: calamine refuses the file)
            break
        if kind == _SHEET:
            start = struct.unpack_from("<I", stream, position - size)[0]
            if start >= end:
                raise BadXlsFile("a sheet begins after the end of the workbook")
            starts.append(start)
    return starts


class _Span:
    """The rows and columns from the first filled cell to the last: calamine's grid."""

    def __init__(self):
        self.top = self.left = 1 << 32
        self.bottom = self.right = -1

    def add(self, row: int, column: int) -> None:
        self.top, self.bottom = min(self.top, row), max(self.bottom, row)
        self.left, self.right = min(self.left, column), max(self.right, column)

    def cells(self) -> int:
        if self.bottom < 0:
            return 0
        return (self.bottom - self.top + 1) * (self.right - self.left + 1)


class _Sheet:
    """What calamine makes of one sheet's records: the span of its values and that of its
    formulas (a grid each), the cells its DIMENSIONS record reserves room for, its merged
    ranges, and its last formula's place (a STRING record after it holds its value)."""

    def __init__(self, last_formula: tuple[int, int] | None):
        self.values, self.formulas = _Span(), _Span()
        self.reserved = self.reserved_rows = self.merges = 0
        self.carried = last_formula  # of a sheet before (were calamine to keep it)
        self.last_formula: tuple[int, int] | None = None

    def read(self, stream: bytearray, start: int, end: int) -> None:
        """The records from `start` to the sheet's EOF: one loop over tens of thousands
        of records, reading each one's kind, size, and row and column if it is a cell."""
        four, position, cells = _FOUR.unpack_from, start, _CELLS
        top = left = 1 << 32
        bottom = right = -1
        while position + 4 <= end:
            kind, size, row, column = four(stream, position)
            position += 4 + size
            if kind in cells:
                if kind == _FORMULA:
                    self.formulas.add(row, column)
                    self.last_formula = (row, column)
            elif kind == _MULRK and position <= end:  # a cell in each column to the last
                last = _PAIR.unpack_from(stream, position - 4)[1]
                left, right = min(left, last), max(right, last)
            elif kind == _EOF or position > end:  # (cut off: calamine refuses the file)
                break
            else:
                self._other(stream, kind, position - size, size)
                continue
            if row < top:
                top = row
            if row > bottom:
                bottom = row
            if column < left:
                left = column
            if column > right:
                right = column
        if bottom >= 0:
            self.values.add(top, left)
            self.values.add(bottom, right)

    def _other(self, stream: bytearray, kind: int, data: int, size: int) -> None:
        if kind == _STRING:
            for row, column in self._string_places():
                self.values.add(row, column)
        elif kind == _DIMENSIONS:
            rows, columns = _reserved(stream, data, size)
            if rows * columns > self.reserved:
                self.reserved, self.reserved_rows = rows * columns, rows
        elif kind == _MERGED and size >= 2:
            count = _PAIR.unpack_from(stream, data)[0]
            self.merges += min(count, (size - 2) // 8)  # (more: calamine refuses the file)

    def _string_places(self) -> list[tuple[int, int]]:
        if self.last_formula is not None:
            return [self.last_formula]
        return [(0, 0)] if self.carried is None else [(0, 0), self.carried]


def _reserved(stream: bytearray, data: int, size: int) -> tuple[int, int]:
    """The rows and columns a DIMENSIONS record makes calamine reserve room for: its last
    row and column (+1) less its first, counted as calamine counts them, in 32 bits (a
    last row before the first makes some four thousand million)."""
    if size == 14:
        first_row, end_row, first_column, end_column = struct.unpack_from("<IIHH", stream, data)
    elif size == 10:
        first_row, end_row, first_column, end_column = struct.unpack_from("<HHHH", stream, data)
    else:
        return 0, 0  # calamine refuses the file
    if end_row < 1 or end_column < 1:
        return 1, 1
    return (end_row - first_row) % (1 << 32), (end_column - first_column) % (1 << 32)
