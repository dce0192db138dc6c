"""The limits of one import, checked while a file is read and before memory grows.

A received list is read a row at a time; these limits keep a damaged or hostile file
(a zip bomb, one text of a gigabyte, a sheet of a million rows) from taking the memory
of the machine. Over a limit the file is refused with a message naming the limit, and
nothing is written.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from isa_desk.core.exchange.importing.source import ReadError
from isa_desk.core.i18n import translate

MB = 2**20

# the limits, in one table
MAX_FILE_BYTES = 512 * MB  # the file as stored, a workbook or a CSV file
MAX_PART_BYTES = 1024 * MB  # one part of a workbook (a sheet) once unpacked
MAX_PACKING_RATIO = 100  # unpacked / packed size of a large part; real sheets: 5 to 30
PACKING_CHECKED_FROM = 10 * MB  # smaller parts may be packed as tightly as they like
MAX_SHARED_STRINGS = 2_000_000  # the different texts of a workbook
MAX_SHARED_STRINGS_BYTES = 256 * MB  # their part once unpacked
MAX_CELL_CHARS = 32_767  # as much as Excel lets a cell hold; the longest field holds 500
MAX_ROWS = 200_000  # rows of one list
MAX_COLUMNS = 1_000  # columns of one row
MAX_MERGED_RANGES = 100_000  # merged cell ranges of one sheet
MAX_LINE_CHARS = 4 * MB  # one line of a CSV file


class LimitError(ReadError):
    """The file is over one of the limits of an import (exit code 2 on the command line)."""


def _number(count: int) -> str:
    """A whole number with its thousands grouped as the chosen language writes them."""
    separator = translate("Exchange", ",", "thousands separator")
    return f"{count:,}".replace(",", separator)


def refuse(path: Path | str, reason: str) -> LimitError:
    """The error for a file over a limit; `reason` names the limit."""
    return LimitError(
        translate("Exchange", "{file} cannot be read: {reason}").format(
            file=Path(path).name, reason=reason
        )
    )


def over(path: Path | str, message: str, limit: int, **values) -> LimitError:
    """The error for a file over `limit`; `message` (translated) names it as {limit}."""
    return refuse(path, message.format(limit=_number(limit), **values))


def too_many_rows(path: Path | str) -> LimitError:
    message = translate(
        "Exchange", "more than {limit} rows (the limit for one import). Split the list."
    )
    return over(path, message, MAX_ROWS)


def too_many_columns(path: Path | str, row: int) -> LimitError:
    message = translate(
        "Exchange", "row {row} has more than {limit} columns (the limit for one import)."
    )
    return over(path, message, MAX_COLUMNS, row=row)


def cell_too_long(path: Path | str, where: str) -> LimitError:
    """`where` names the cell ("row 5, column C") or the text."""
    message = translate(
        "Exchange", "{where} holds more than {limit} characters (the limit for one cell)."
    )
    return over(path, message, MAX_CELL_CHARS, where=where)


def cell_at(row: int, column: int) -> str:
    from openpyxl.utils import get_column_letter

    return translate("Exchange", "row {row}, column {column}").format(
        row=row, column=get_column_letter(min(column, 18_278))
    )


def file_too_large(path: Path) -> LimitError:
    return refuse(
        path,
        translate(
            "Exchange",
            "the file is larger than {limit} MB (the limit for one import). Split the list.",
        ).format(limit=_number(MAX_FILE_BYTES // MB)),
    )


def check_file_size(path: Path) -> None:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise file_too_large(path)


def check_archive(path: Path, archive: zipfile.ZipFile) -> None:
    """The sizes the workbook's parts declare, before any is unpacked: a part may not
    unpack to more than its limit, nor a large one be packed like a zip bomb. (Reading
    never goes past the declared size: zipfile stops there and checks the CRC.)"""
    for info in archive.infolist():
        strings = info.filename.lower().endswith("sharedstrings.xml")
        limit = MAX_SHARED_STRINGS_BYTES if strings else MAX_PART_BYTES
        if info.file_size > limit:
            raise refuse(
                path,
                translate(
                    "Exchange",
                    "its part {part} unpacks to more than {limit} MB (the limit for one import).",
                ).format(part=info.filename, limit=_number(limit // MB)),
            )
        packed = max(info.compress_size, 1)
        if info.file_size > PACKING_CHECKED_FROM and info.file_size / packed > MAX_PACKING_RATIO:
            raise refuse(
                path,
                translate(
                    "Exchange",
                    "its part {part} is packed more than {ratio} to 1, as no real workbook "
                    "is (the limit for one import).",
                ).format(part=info.filename, ratio=MAX_PACKING_RATIO),
            )


def too_many_strings(path: Path | str) -> LimitError:
    message = translate(
        "Exchange", "more than {limit} different texts (the limit for one import). Split the list."
    )
    return over(path, message, MAX_SHARED_STRINGS)


def too_many_cells(path: Path | str, limit: int) -> LimitError:
    message = translate(
        "Exchange",
        "its filled cells span more than {limit} cells (the limit for one import). Split the list.",
    )
    return over(path, message, limit)


def too_many_merges(path: Path | str) -> LimitError:
    message = translate(
        "Exchange", "more than {limit} merged cell ranges (the limit for one sheet)."
    )
    return over(path, message, MAX_MERGED_RANGES)


def check_row(path: Path | str, number: int, values: list) -> None:
    """The row's number, width and the length of its texts."""
    if number > MAX_ROWS:
        raise too_many_rows(path)
    if len(values) > MAX_COLUMNS:
        raise too_many_columns(path, number)
    for value in values:
        if type(value) is str and len(value) > MAX_CELL_CHARS:
            # (an equal text before it would have been found first)
            raise cell_too_long(path, cell_at(number, values.index(value) + 1))


def bounded_lines(path: Path | str, stream: TextIO) -> Iterator[str]:
    """The lines of a text file, none longer than MAX_LINE_CHARS: a file without line
    breaks is refused before it is read whole."""
    number = 0
    while line := stream.readline(MAX_LINE_CHARS + 1):
        number += 1
        if len(line) > MAX_LINE_CHARS:
            raise refuse(
                path,
                translate(
                    "Exchange",
                    "line {line} is longer than {limit} characters (the limit for one line).",
                ).format(line=number, limit=_number(MAX_LINE_CHARS)),
            )
        yield line
