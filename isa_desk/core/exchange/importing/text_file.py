"""Reading a received CSV file, a row at a time and within the limits of bounds.py.

A CSV file may be UTF-8 with or without a byte order mark, UTF-16 (Excel's "Unicode
text") or Windows-1252 (German Excel, Outlook), separated by commas, semicolons or tabs.
The encoding is found in one pass over the bytes; the rows are then read from the file
as they are needed, never the whole text at once.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Generator
from pathlib import Path

from isa_desk.core.exchange.importing import bounds
from isa_desk.core.exchange.importing.source import Source, SourceRow, fail
from isa_desk.core.i18n import translate

_CHUNK = 1 << 20


class CsvSource(Source):
    def __init__(self, path: Path):
        self.path = path
        self.sheet = path.stem
        self.sheets = [self.sheet]
        bounds.check_file_size(path)
        self._encoding = _encoding(path)
        self._delimiter = self._first_delimiter()

    def _open(self):
        # "replace": a byte Windows-1252 leaves unassigned, or a broken UTF-8 sequence
        # after a byte order mark, is shown as such rather than refusing the file
        return self.path.open(encoding=self._encoding, errors="replace", newline="")

    def _first_delimiter(self) -> str:
        with self._open() as stream:
            for line in bounds.bounded_lines(self.path, stream):
                if line.strip():
                    return _delimiter(line)
        return ","

    def rows(self) -> Generator[SourceRow, None, None]:
        with self._open() as stream:
            reader = csv.reader(bounds.bounded_lines(self.path, stream), delimiter=self._delimiter)
            number = 0
            try:
                for number, values in enumerate(reader, start=1):
                    bounds.check_row(self.path, number, values)
                    yield SourceRow(number, [v if v.strip() else None for v in values])
            except csv.Error as error:
                if "field larger than field limit" in str(error):
                    raise bounds.cell_too_long(
                        self.path,
                        translate("Exchange", "row {row}").format(row=number + 1),
                    ) from error
                raise fail(self.path, str(error)) from error


def _encoding(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(4096)
        if head.startswith(b"\xef\xbb\xbf"):
            return "utf-8-sig"
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return "utf-16"
        if b"\x00" in head:
            raise fail(path, translate("Exchange", "it is neither a workbook nor a text file."))
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            # German Excel and Outlook write Windows-1252; five of its bytes are unassigned
            return "cp1252"
    return "utf-8"


def _delimiter(line: str) -> str:
    """The separator of the first non-empty line: semicolon (German Excel), comma or tab."""
    unquoted = re.sub(r'"[^"]*"', "", line)
    counts = {d: unquoted.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","
