"""Opening a workbook read-only within the limits: its shared strings (the texts its
cells point to) read as a stream and kept compactly, its sheets not read at opening.

openpyxl reads every shared string into a list of Python strings when it opens a
workbook, about 60 bytes more than the text each, and would read one text of a gigabyte
whole. Here the part is parsed as a stream (expat, text handed over in pieces), each text
and their number checked against the limits as they come, and the texts are kept as one
block of UTF-8 with their end offsets: a list of 100,000 rows keeps its texts in a few
megabytes.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import IO, overload
from xml.parsers import expat

from openpyxl.reader.excel import ExcelReader
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.xml.constants import SHARED_STRINGS

from isa_desk.core.exchange.importing import bounds
from isa_desk.core.i18n import translate

_CHUNK = 1 << 16


class SharedStrings(Sequence[str]):
    """The texts in order, decoded when a cell asks for one."""

    def __init__(self) -> None:
        self._data = bytearray()
        self._ends = array("Q")

    def append(self, text: str) -> None:
        self._data += text.encode("utf-8", "surrogatepass")
        self._ends.append(len(self._data))

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        end = self._ends[index]  # IndexError for a cell pointing past the table
        if index < 0:
            index += len(self._ends)
        start = self._ends[index - 1] if index else 0
        return self._data[start:end].decode("utf-8", "surrogatepass")


class _Parser:
    """Collects the text of each <si>: its <t>, or the <t> of its runs (<r>), never the
    phonetic guide (<rPh>), as openpyxl does."""

    def __init__(self, path: Path, strings: SharedStrings):
        self.path = path
        self.strings = strings
        self.names: list[str] = []
        self.parts: list[str] | None = None  # the pieces of the <t> being read
        self.held = ""  # the text of the <si> so far
        self.length = 0

    def start(self, name: str, attributes: dict) -> None:
        name = name.rpartition(" ")[2]
        if name == "sst":
            declared = attributes.get("uniqueCount") or attributes.get("count") or "0"
            if declared.isdigit() and int(declared) > bounds.MAX_SHARED_STRINGS:
                raise bounds.too_many_strings(self.path)
        elif name == "t" and self.names[-1:] in (["si"], ["r"]) and "rPh" not in self.names:
            self.parts = []
        self.names.append(name)

    def text(self, data: str) -> None:
        if self.parts is not None:
            self.length += len(data)
            if self.length > bounds.MAX_CELL_CHARS:
                where = translate("Exchange", "a text of the workbook")
                raise bounds.cell_too_long(self.path, where)
            self.parts.append(data)

    def end(self, name: str) -> None:
        self.names.pop()
        name = name.rpartition(" ")[2]
        if name == "t":
            if self.parts is not None:
                self.held += "".join(self.parts)
            self.parts = None
        elif name == "si":
            if len(self.strings) >= bounds.MAX_SHARED_STRINGS:
                raise bounds.too_many_strings(self.path)
            self.strings.append(self.held.replace("x005F_", ""))
            self.held = ""
            self.length = 0


def _no_document_type(*_args) -> None:
    # Excel never writes one; a declared entity could expand to any size
    raise expat.ExpatError("document type declaration")


def read_shared_strings(path: Path, part: IO[bytes]) -> SharedStrings:
    strings = SharedStrings()
    handler = _Parser(path, strings)
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.buffer_size = _CHUNK
    parser.StartElementHandler = handler.start
    parser.EndElementHandler = handler.end
    parser.CharacterDataHandler = handler.text
    parser.StartDoctypeDeclHandler = _no_document_type
    while chunk := part.read(_CHUNK):
        parser.Parse(chunk, False)
    parser.Parse(b"", True)
    return strings


class _Sheet(ReadOnlyWorksheet):
    """A read-only sheet that does not read itself whole when opened to learn its size
    (as openpyxl does for a sheet that does not state it): it is read without one."""

    def _get_size(self) -> None:
        pass


class BoundedReader(ExcelReader):
    """openpyxl's reader with the shared strings read as above, in read-only mode."""

    def __init__(self, path: Path, data_only: bool):
        super().__init__(path, read_only=True, data_only=data_only)

    def read_worksheets(self) -> None:
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files or "chartsheet" in rel.Type:
                continue
            found = _Sheet(self.wb, sheet.name, rel.target, self.shared_strings)
            found.sheet_state = sheet.state
            self.wb._sheets.append(found)

    def read_strings(self) -> None:
        found = self.package.find(SHARED_STRINGS)
        if found is not None:
            with self.archive.open(found.PartName[1:]) as part:
                self.shared_strings = read_shared_strings(Path(self.archive.filename or ""), part)
