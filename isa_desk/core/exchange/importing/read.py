"""Reading received lists: .xlsx, .xls and .ods workbooks (workbook.py), .csv files
(text_file.py) as Excel and Outlook write them and .vcf files (exchange/vcard), a row at
a time with the row number Excel shows, within the limits of bounds.py."""

from __future__ import annotations

from pathlib import Path

from isa_desk.core.exchange.importing.source import (
    ERROR_VALUES,
    TEXT_SUFFIXES,
    WORKBOOK_SUFFIXES,
    ReadError,
    Source,
    SourceRow,
    fail,
)
from isa_desk.core.exchange.importing.text_file import CsvSource
from isa_desk.core.exchange.importing.workbook import WorkbookSource
from isa_desk.core.exchange.vcard.source import VcardSource, is_vcard
from isa_desk.core.i18n import translate

__all__ = [
    "ERROR_VALUES",
    "TEXT_SUFFIXES",
    "WORKBOOK_SUFFIXES",
    "CsvSource",
    "ReadError",
    "Source",
    "SourceRow",
    "VcardSource",
    "WorkbookSource",
    "open_source",
]


def open_source(
    path: str | Path,
    sheet: str | None = None,
    encoding: str | None = None,
    separator: str | None = None,
) -> Source:
    """The list in `path` (the named sheet, else the first); ReadError when unreadable or
    over a limit of an import. A CSV or vCard file is read in `encoding` (one of
    encoding.KNOWN) and a CSV file with `separator` when they are given, else in those
    found from the file."""
    path = Path(path)
    if not path.is_file():
        raise fail(path, translate("Exchange", "the file does not exist."))
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith((b"\xd0\xcf\x11\xe0", b"PK")):  # old Excel (OLE), or a zip
        source: Source = WorkbookSource(path, sheet)
    elif path.suffix.lower() in WORKBOOK_SUFFIXES:
        raise fail(path, translate("Exchange", "it is not an Excel workbook."))
    elif is_vcard(path):
        source = VcardSource(path, encoding)
    else:
        source = CsvSource(path, encoding, separator)
    try:
        source.head()  # a first row over a limit, or damaged, is told when the file is chosen
    except ReadError:
        source.close()
        raise
    return source
