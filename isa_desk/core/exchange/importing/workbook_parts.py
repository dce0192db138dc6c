"""Looking into an .xlsx workbook's parts before it is read: its sheets and where they
are, and whether its texts and the chosen sheet are within the limits of bounds.py.

calamine (workbook.py) reads a sheet and the shared strings whole, so a sheet of too
many rows, too many merged ranges or too long a text is refused here first, by passes
over the compressed parts that are far quicker than parsing them. The same pass tells
whether the sheet needs openpyxl: a formula without a computed value (whose text is then
taken) or a cell beyond column ZZ (a row of too many columns, told by its number).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from isa_desk.core.exchange.importing import bounds
from isa_desk.core.exchange.importing.source import SourceRow, fail
from isa_desk.core.i18n import translate

_CHUNK = 1 << 20
_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")
_MERGE_REF = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]+\d+:[A-Z]+\d+)\"")
# a formula whose cell holds no value after it (none, or an empty one)
_VALUELESS_END = rb"\s*(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>"
_FORMULA_WITHOUT_VALUE = re.compile(rb"(?:</(?:\w+:)?f>|<(?:\w+:)?f\b[^>]*/>)" + _VALUELESS_END)
_ROW_NUMBER = re.compile(rb"<(?:\w+:)?row\s[^>]*?\br=\"(\d{1,9})\"")
_WIDE_CELL = re.compile(rb"<(?:\w+:)?c\s+r=\"[A-Z]{3}")  # column AAA (703) or beyond
_TWO_LETTERS = re.compile(rb"<(?:\w+:)?c\s+r=\"([A-Z])[A-Z]\d")  # the first letter of AA to ZZ
_END = re.compile(rb"</(?:\w+:)?worksheet\s*>")
_STRING = re.compile(rb"<(?:\w+:)?si[\s>/]")
# The patterns above start with "<", which opens every tag: each takes some 30 ms a
# megabyte. Patterns with a longer literal start take a few: where those below show that
# every tag the ones above could find is written the plain way (<row r="7" ...>,
# <c r="B7" ...>, <si>, without a namespace prefix; or cut off at the end of the piece
# read), as every program writes them, plain patterns find the same; else those above.
_PREFIXED = re.compile(rb":(?:c\s|row[\s>/])")
_TWO_LETTER_REF = re.compile(rb'r="[A-Z][A-Z]')  # in each match of _WIDE_CELL, _TWO_LETTERS
_ODD_ROW = re.compile(rb'<row(?! r="\d{1,9}"| r="\d{0,9}\Z| r=?\Z| ?\Z)[\s>/]')
_ODD_CELL = re.compile(rb'<c(?! r="| r=?\Z| ?\Z)\s')
_PLAIN_ROW_NUMBER = re.compile(rb'<row r="(\d{1,9})"')
# a cell of column AA or beyond: (its first letter, the character after the second)
_PLAIN_WIDE_CELL = re.compile(rb'<c r="([A-Z])[A-Z]([A-Z\d])')
# the end of every match of _FORMULA_WITHOUT_VALUE, from the last two bytes of its formula
_FORMULA_ENDS = (re.compile(rb"f>" + _VALUELESS_END), re.compile(rb"/>" + _VALUELESS_END))
_ODD_STRINGS = (re.compile(rb"<si[\s/]"), re.compile(rb":si[\s>/]"))
_DECLARED = re.compile(rb"(?:uniqueCount|count)=\"(\d+)\"")
# calamine holds a sheet as rows x columns cells of some 32 bytes each, empty ones too: a
# sheet that could be larger (a few far-off cells) is read by openpyxl, a row at a time
CALAMINE_CELLS = 4_000_000
Merge = tuple[int, int, int, int]  # first row, first column, last row, last column (from 1)


@dataclass
class SheetScan:
    needs_openpyxl: bool = False
    merges: list[Merge] = field(default_factory=list)


def check_strings(path: Path, archive: zipfile.ZipFile) -> None:
    """The shared strings within their limits. A quick pass over the part: no text can
    hold more characters than its bytes, so only a part with a long stretch between two
    texts, or with too many texts, is parsed to tell which limit it is over."""
    name = next((n for n in archive.namelist() if n.lower().endswith("sharedstrings.xml")), None)
    if name is None:
        return
    count, tail, doubtful = 0, b"", False
    with archive.open(name) as part:
        while not doubtful and (chunk := part.read(_CHUNK)):
            if not count and not tail:
                declared = _DECLARED.search(chunk[:4096])
                doubtful = bool(declared and int(declared[1]) > bounds.MAX_SHARED_STRINGS)
            pieces = _split_texts(tail + chunk)
            tail = pieces.pop()
            count += len(pieces)
            doubtful = doubtful or count > bounds.MAX_SHARED_STRINGS
            doubtful = doubtful or max(map(len, pieces), default=0) > bounds.MAX_CELL_CHARS
            doubtful = doubtful or len(tail) > bounds.MAX_CELL_CHARS + _CHUNK
    if doubtful or len(tail) > bounds.MAX_CELL_CHARS:
        from isa_desk.core.exchange.importing.strings import read_shared_strings  # openpyxl

        with archive.open(name) as part:
            read_shared_strings(path, part)  # raises naming the limit


def scan(path: Path, archive: zipfile.ZipFile, part_name: str) -> SheetScan:
    """The sheet's merged ranges, and whether it needs openpyxl; a sheet of too many rows
    or merged ranges is refused here, before any row is parsed."""
    found = SheetScan()
    rows = last_row = 0
    merges: set[Merge] = set()
    letters: set[bytes] = set()  # the first letters of two-letter columns
    tail = b""
    with archive.open(part_name) as part:
        while chunk := part.read(_CHUNK):
            text = tail + chunk
            plain = not _PREFIXED.search(text)
            wide, two_letters = _columns(text, plain)
            found.needs_openpyxl = found.needs_openpyxl or wide or _formula_without_value(text)
            tags, highest = _rows(text, chunk, plain)
            rows += tags
            if rows > bounds.MAX_ROWS:
                raise bounds.too_many_rows(path)
            last_row = max(last_row, highest)
            letters.update(two_letters)
            for ref in _MERGE_REF.findall(text) if b"mergeCell" in text else ():
                from openpyxl.utils.cell import range_boundaries  # 0.15 s: only with merges

                # (min_col, min_row, max_col, max_row) -> (min_row, min_col, max_row, max_col)
                first_col, first_row, last_col, last_row_ = range_boundaries(ref.decode())
                merges.add((first_row, first_col, last_row_, last_col))
            if len(merges) > bounds.MAX_MERGED_RANGES:
                raise bounds.too_many_merges(path)
            # an element cut in two is searched with the next chunk (a formula's cell whole)
            cell = text.rfind(b"<c ")
            cut = cell if cell >= 0 and len(text) - cell < 4096 else text.rfind(b"<")
            tail = text[cut:] if cut >= 0 else b""
    width = 26 * (1 + (max(letters)[0] - 64 if letters else 0))
    # a row numbered past the limit is refused when the rows reach it (openpyxl streams)
    if last_row > bounds.MAX_ROWS or max(last_row, rows) * width > CALAMINE_CELLS:
        found.needs_openpyxl = True
    if not _END.search(tail):
        raise damaged(path, translate("Exchange", "it ends before its last row"))
    found.merges = sorted(merges)
    return found


def _split_texts(text: bytes) -> list[bytes]:
    """`text` split at the start of each shared string (_STRING)."""
    if any(odd.search(text) for odd in _ODD_STRINGS):
        return _STRING.split(text)
    return text.split(b"<si>")


def _columns(text: bytes, plain: bool) -> tuple[bool, set[bytes]]:
    """Whether a cell of `text` lies beyond column ZZ (_WIDE_CELL), and the first letters
    of its cells in columns AA to ZZ (_TWO_LETTERS)."""
    if not _TWO_LETTER_REF.search(text):
        return False, set()
    if plain and not _ODD_CELL.search(text):
        found = _PLAIN_WIDE_CELL.findall(text)
        return (
            any(not after.isdigit() for _first, after in found),
            {first for first, after in found if after.isdigit()},
        )
    return bool(_WIDE_CELL.search(text)), set(_TWO_LETTERS.findall(text))


def _rows(text: bytes, chunk: bytes, plain: bool) -> tuple[int, int]:
    """The row tags in `chunk` (_ROW_TAG; a tag cut in two: not counted), and the highest
    row number in `text` (of which `chunk` is the end)."""
    if plain and not _ODD_ROW.search(text):
        numbers = _PLAIN_ROW_NUMBER.findall(text)
        return chunk.count(b"<row "), max(map(int, numbers), default=0)
    return len(_ROW_TAG.findall(chunk)), max(map(int, _ROW_NUMBER.findall(text)), default=0)


def _formula_without_value(text: bytes) -> bool:
    return any(end.search(text) for end in _FORMULA_ENDS) and bool(
        _FORMULA_WITHOUT_VALUE.search(text)
    )


_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0 "
_VALUE_TYPE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0 value-type"


def ods_scan(path: Path) -> dict[str, list[Merge]]:
    """The merged ranges of each sheet of an OpenDocument spreadsheet (which calamine
    does not tell), found in one streamed pass before calamine opens the file (it reads
    every sheet whole): a sheet whose filled cells reach beyond the limits is refused
    first (a cell or row "repeated" a million times takes a few bytes in the file and
    gigabytes in calamine's grid)."""
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as part:
        found = _OdsScan()
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.StartElementHandler = found.start
        parser.EndElementHandler = found.end
        parser.StartDoctypeDeclHandler = _no_document_type
        while chunk := part.read(_CHUNK):
            parser.Parse(chunk, False)
            found.check(path)
        parser.Parse(b"", True)
        found.check(path)
    return {sheet: sorted(merges) for sheet, merges in found.sheets.items()}


class _OdsScan:
    """Follows the row and column of each cell of each table (rows and cells may stand
    for several, "repeated"), notes those that span more than one, and how far the
    filled cells of the table reach (calamine's grid spans them all)."""

    def __init__(self):
        self.sheets: dict[str, list[Merge]] = {}
        self.merges: list[Merge] = []  # of the table being read
        self.inside = False
        self.row = self.column = 0  # of the next row and cell, from 1
        self.repeated = 1
        self.last_row = self.last_column = 0  # of a filled cell of the table
        self.earlier = 0  # cells of the grids of the tables before

    def check(self, path: Path) -> None:
        if len(self.merges) > bounds.MAX_MERGED_RANGES:
            raise bounds.too_many_merges(path)
        if self.last_row > bounds.MAX_ROWS:
            raise bounds.too_many_rows(path)
        if self.last_column > bounds.MAX_COLUMNS:
            raise bounds.too_many_columns(path, self.row)
        if self.earlier + self.last_row * self.last_column > CALAMINE_CELLS:
            raise bounds.too_many_cells(path, CALAMINE_CELLS)

    def start(self, name: str, attributes: dict) -> None:
        if name == _TABLE + "table":
            self.inside = True
            self.merges = self.sheets.setdefault(attributes.get(_TABLE + "name", ""), [])
            self.row = 1
            self.last_row = self.last_column = 0
        elif not self.inside:
            return
        elif name == _TABLE + "table-row":
            self.column = 1
            self.repeated = _count(attributes, "number-rows-repeated")
        elif name in (_TABLE + "table-cell", _TABLE + "covered-table-cell"):
            rows = _count(attributes, "number-rows-spanned")
            columns = _count(attributes, "number-columns-spanned")
            if rows > 1 or columns > 1:
                self.merges.append(
                    (self.row, self.column, self.row + rows - 1, self.column + columns - 1)
                )
            repeated = _count(attributes, "number-columns-repeated")
            if _VALUE_TYPE in attributes:
                self.last_row = max(self.last_row, self.row + self.repeated - 1)
                self.last_column = max(self.last_column, self.column + repeated - 1)
            self.column += repeated

    def end(self, name: str) -> None:
        if name == _TABLE + "table":
            self.inside = False
            self.earlier += self.last_row * self.last_column
            self.last_row = self.last_column = 0
        elif self.inside and name == _TABLE + "table-row":
            self.row += self.repeated


def _count(attributes: dict, name: str) -> int:
    text = attributes.get(_TABLE + name, "1")
    return int(text) if text.isdigit() else 1


def _no_document_type(*_args) -> None:
    raise expat.ExpatError("document type declaration")


def damaged(path: Path, error: object):
    return fail(path, translate("Exchange", "the sheet is damaged ({error}).").format(error=error))


class MergeFill:
    """Gives the value of a merged range's top-left cell to every cell of the range.
    The ranges are taken up as the rows reach them and let go after their last row."""

    def __init__(self, merges: list[Merge]):
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
