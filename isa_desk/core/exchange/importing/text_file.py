"""Reading a received CSV file, a row at a time and within the limits of bounds.py.

The encoding is found from the bytes of the whole file (encoding.py), the separator and
the line the table starts on from its first lines (separators.py); either can be given
instead. The rows are then read from the file as they are needed, never the whole text at
once. What the reading found doubtful (a title above the table, lines in two encodings)
is told in `notices`.
"""

from __future__ import annotations

import csv
from collections.abc import Generator
from pathlib import Path

from isa_desk.core.exchange.importing import bounds, encoding, separators
from isa_desk.core.exchange.importing.source import Source, SourceRow, fail
from isa_desk.core.i18n import translate

NAMED_ROWS = 20  # rows named in a notice; the rest are counted
_TITLE_CHARS = 60


class CsvSource(Source):
    def __init__(self, path: Path, encoding_name: str | None = None, separator: str | None = None):
        """`encoding_name` (one of encoding.KNOWN) and `separator` as given by the user;
        None: found from the file."""
        self.path = path
        self.sheet = path.stem
        self.sheets = [self.sheet]
        bounds.check_file_size(path)
        self.encoding = encoding_name or encoding.detect(path)
        self.layout = separators.detect(self._first_lines(), separator)
        self.separator = self.layout.separator
        # the rows of a mixed file read as UTF-8 and as the other encoding, known once
        # every row has been read
        self._mixed: tuple[_Rows, _Rows] | None = None

    def _first_lines(self) -> list[str]:
        lines = []
        with encoding.open_text(self.path, self.encoding) as stream:
            for line in bounds.bounded_lines(self.path, stream):
                lines.append(line)
                if len(lines) >= separators.FIRST_LINES:
                    break
        return lines

    def rows(self) -> Generator[SourceRow, None, None]:
        utf8_rows, other_rows = _Rows(), _Rows()
        with encoding.open_text(self.path, self.encoding) as stream:
            reader = csv.reader(bounds.bounded_lines(self.path, stream), delimiter=self.separator)
            take = getattr(stream, "take", None)  # a file read line by line in two encodings
            number = 0
            try:
                for number, values in enumerate(reader, start=1):
                    bounds.check_row(self.path, number, values)
                    if take is not None:
                        utf8, others = take()
                        if utf8:
                            utf8_rows.add(number)
                        if others:
                            other_rows.add(number)
                    yield SourceRow(number, [v if v.strip() else None for v in values])
            except csv.Error as error:
                if "field larger than field limit" in str(error):
                    raise bounds.cell_too_long(
                        self.path,
                        translate("Exchange", "row {row}").format(row=number + 1),
                    ) from error
                raise fail(self.path, str(error)) from error
        if take is not None:
            self._mixed = (utf8_rows, other_rows)

    def reading(self) -> str:
        """How the file is read, for people: its encoding and separator."""
        return translate("Exchange", "Encoding: {encoding}; separator: {separator}.").format(
            encoding=encoding.label(self.encoding), separator=separators.label(self.separator)
        )

    def notices(self) -> list[str]:
        found = []
        if self.layout.titles:
            found.append(_titles_notice(self.layout.titles))
        if self._mixed is not None and all(rows.count for rows in self._mixed):
            found.append(_mixed_notice(self.encoding, *self._mixed))
        return found


class _Rows:
    """Rows counted, the first few kept to be named."""

    def __init__(self) -> None:
        self.count = 0
        self.first: list[int] = []

    def add(self, number: int) -> None:
        self.count += 1
        if len(self.first) < NAMED_ROWS:
            self.first.append(number)

    def named(self) -> str:
        named = ", ".join(str(row) for row in self.first)
        rest = self.count - len(self.first)
        if rest <= 0:
            return named
        return translate("Exchange", "{rows} and %n more", None, rest).format(rows=named)


def _titles_notice(titles: list[tuple[int, str]]) -> str:
    count = len(titles)
    shown = ", ".join(
        f"{number} “{text if len(text) <= _TITLE_CHARS else text[:_TITLE_CHARS] + '…'}”"
        for number, text in titles
    )
    return translate(
        "Exchange",
        "%n row(s) above the column headers were taken as a title and not imported: {rows}",
        None,
        count,
    ).format(rows=shown)


def _mixed_notice(name: str, utf8_rows: _Rows, other_rows: _Rows) -> str:
    """Names the rows read in the encoding fewer rows are in."""
    other = encoding.label(name[len(encoding.MIXED) :])
    rows, read_as, rest_as = other_rows, other, encoding.label(encoding.UTF8)
    if utf8_rows.count < other_rows.count:
        rows, read_as, rest_as = utf8_rows, rest_as, other
    count = rows.count
    return translate(
        "Exchange",
        "The file mixes two encodings: %n row(s) were read as {encoding}, the other rows "
        "as {others}. Check the names in these rows: {rows}",
        None,
        count,
    ).format(encoding=read_as, others=rest_as, rows=rows.named())
