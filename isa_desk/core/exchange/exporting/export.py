"""Exporting a list as an Excel workbook, streamed (openpyxl write-only): memory does not
grow with the number of rows.

Headers in the loaded language, bold, frozen and with an autofilter; column widths from
the first page of data; dates as real Excel dates in the reader's own date format;
postcodes and phone numbers as text ("@"); an ID column, so that a re-import updates the
same records. Text is always written as text, never as a formula. The rows are written as
XML text by sheet_xml (openpyxl's per-cell objects would cost twenty times the rest of
the export); the workbook around them is openpyxl's.

The file is written next to the target under a temporary name and put in place only when
complete, so a cancelled or failed export leaves no half file and no damaged old one; the
sheets are buffered there too (`sheet_buffers`), never in the system's temporary folder.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from isa_desk.core.db import audit
from isa_desk.core.db.engine import Database
from isa_desk.core.domain.countries import CountryNames
from isa_desk.core.domain.sorting import text_sort_key
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.exchange import columns, values
from isa_desk.core.exchange.columns import BOOL, CODE, COUNTRY, DATE, ENUM, Field
from isa_desk.core.exchange.exporting import sheet_xml
from isa_desk.core.exchange.exporting.rows import PAGES, Selection, count
from isa_desk.core.exchange.sheet_buffers import buffered_workbook
from isa_desk.core.files import atomic_write, database_files, remove_stale
from isa_desk.core.i18n import translate
from isa_desk.core.progress import Progress, or_silent
from isa_desk.core.services import country_names

DATE_FORMAT = "mm-dd-yy"  # Excel's built-in format 14: shown in the reader's own date format
TEXT_FORMAT = "@"
MAX_WIDTH = 50
MIN_WIDTH = 6

# which labels (values.FIELD_KINDS) an enumeration column of each list uses
_ENUM_LABELS = {
    ("members", "status"): "status",
    ("members", "kind"): "kind",
    ("organisations", "kind"): "organisation_kind",
    ("inquiries", "status"): "inquiry_status",
    ("inquiries", "channel"): "channel",
    ("participants", "participation"): "participation",
}


class ExportError(IsaDeskError):
    """The workbook cannot be written (a folder that does not exist, no permission)."""


def list_title(list_name: str) -> str:
    return {
        "contacts": translate("Exchange", "Contacts"),
        "members": translate("Exchange", "Members"),
        "organisations": translate("Exchange", "Organisations"),
        "inquiries": translate("Exchange", "Membership inquiries"),
        "participants": translate("Exchange", "Participants"),
    }[list_name]


def _sheet_title(text: str) -> str:
    for bad in "[]:*?/\\":
        text = text.replace(bad, " ")
    return text[:31] or "Sheet"


def display_width(text: str) -> int:
    """Characters as wide as they show: Chinese characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class _Columns:
    """How the field values of one list are shown (`values`, for the widths) and written
    (`cells`, one function per column made once: see sheet_xml)."""

    def __init__(
        self, sheet, list_name: str, fields: list[Field], language: str, names: CountryNames
    ):
        self.language = language
        self.names = names  # the office's names of countries, as the window shows them
        self.yes = values.yes()
        self.keys = [field.key for field in fields]
        self.date_style = sheet_xml.style_id(sheet, DATE_FORMAT)
        self.text_style = sheet_xml.style_id(sheet, TEXT_FORMAT)
        self.epoch = sheet.parent.epoch
        self.values = [self._value(list_name, field) for field in fields]
        self.cells = [
            self._cell(number, field, shown)
            for number, (field, shown) in enumerate(zip(fields, self.values, strict=True), 1)
        ]

    def _value(self, list_name: str, field: Field) -> Callable:
        if field.kind == DATE:
            return lambda v: v if isinstance(v, dt.date) else None
        if field.kind == CODE:
            return lambda v: str(v) if v else None
        if field.kind == ENUM:
            group = _ENUM_LABELS.get((list_name, field.key), field.key)
            texts = values.labels(group)
            return _remembered(
                lambda v: texts.get(str(getattr(v, "value", v)), str(v)) if v else None
            )
        if field.kind == COUNTRY:
            return _remembered(lambda v: self.names.name(v, self.language) if v else None)
        if field.kind == BOOL and field.key == "active":
            no = values.no()  # a new record is active: "not active" must be written
            return lambda v: self.yes if v else no
        if field.kind == BOOL:
            return lambda v: self.yes if v else None
        if field.kind == columns.INT:
            return lambda v: v
        return lambda v: None if v is None or v == "" else str(v)  # TEXT, LIST

    def _cell(self, number: int, field: Field, shown: Callable) -> sheet_xml.Cell:
        if field.kind == DATE:
            return sheet_xml.date_cell(number, self.date_style, self.epoch)
        if field.kind == columns.INT:
            return sheet_xml.number_cell(number)
        if field.kind == CODE:
            return sheet_xml.text_cell(number, self.text_style)
        text = sheet_xml.text_cell(number)
        if field.kind in (ENUM, COUNTRY, BOOL):
            return lambda v, row: text(shown(v), row)
        return text  # TEXT, LIST: written as they are, never as a formula

    def row(self, record: dict) -> list:
        """The values as shown (for measuring the columns)."""
        return [shown(record.get(key)) for shown, key in zip(self.values, self.keys, strict=True)]


def _remembered(shown: Callable) -> Callable:
    """`shown` looked up once per value: a list has few codes and many rows."""
    known: dict = {}

    def remembered(value):
        try:
            return known[value]
        except KeyError:
            result = known[value] = shown(value)
            return result

    return remembered


def _widths(headers: list[str], converter: _Columns, records: list[dict]) -> list[float]:
    """Column widths from the headers and the first rows."""
    widths = [display_width(h) + 3 for h in headers]  # room for the autofilter button
    for record in records[:500]:
        for i, value in enumerate(converter.row(record)):
            if value is not None:
                shown = 10 if isinstance(value, dt.date) else display_width(str(value))
                widths[i] = max(widths[i], shown + 1)
    return [min(MAX_WIDTH, max(MIN_WIDTH, w)) for w in widths]


def export(
    db: Database,
    list_name: str,
    path: str | Path,
    selection: Selection | None = None,
    language: str = "de",
    progress: Progress | None = None,
) -> int:
    """Write the list to `path` (.xlsx); returns the number of rows written. Raises
    Cancelled, leaving no file, when the progress is cancelled."""
    selection = selection or Selection()
    path = Path(path)
    total = count(db, list_name, selection)
    if not path.parent.is_dir():
        raise ExportError(
            translate("Exchange", "Cannot write {path}: the folder does not exist.").format(
                path=path
            )
        )
    remove_stale(path.parent)  # what a killed export left there
    try:
        with atomic_write(path, protect=database_files(db)) as temp:
            return _write(db, list_name, str(temp), selection, language, total, or_silent(progress))
    except PermissionError as error:
        raise ExportError(
            translate("Exchange", "Cannot write {path}: {reason}. Is it open in Excel?").format(
                path=path, reason=error.strerror
            )
        ) from error


def _write(
    db: Database,
    list_name: str,
    target: str,
    selection: Selection,
    language: str,
    total: int,
    progress: Progress,
) -> int:
    # the sheets are buffered next to the file, never in the system's temporary folder
    with buffered_workbook(Path(target).parent) as book:
        return _fill(book, db, list_name, target, selection, language, total, progress)


def _fill(
    book: Workbook,
    db: Database,
    list_name: str,
    target: str,
    selection: Selection,
    language: str,
    total: int,
    progress: Progress,
) -> int:
    title = list_title(list_name)
    book.properties.title = translate("Exchange", "ISA Desk: {list}").format(list=title)
    book.properties.creator = audit.current_user()
    book.properties.lastModifiedBy = audit.current_user()
    book.properties.description = translate("Exchange", "Exported by ISA Desk on {date}.").format(
        date=dt.date.today().isoformat()
    )
    sheet = book.create_sheet(_sheet_title(title))
    fields = columns.fields(list_name)
    headers = [field.title() for field in fields]
    names = country_names.read(db)
    converter = _Columns(sheet, list_name, fields, language, names)
    regions: Counter = Counter()
    written = 0
    pages = PAGES[list_name](db, selection)
    first = next(pages, [])
    for number, width in enumerate(_widths(headers, converter, first), start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "A2"
    rows = sheet_xml.SheetRows(sheet)  # after the widths and panes: written before the rows
    rows.append(headers, _header_cells(sheet, len(headers)))
    keys, cells = converter.keys, converter.cells
    for page in _chain(first, pages):
        for record in page:
            rows.append(tuple(map(record.get, keys)), cells)
        if list_name == "members":
            for record in page:
                regions[(record.get("country") or "", record.get("region") or "")] += 1
        written += len(page)
        progress.step(written, total)
    last = get_column_letter(len(fields))
    sheet.auto_filter.ref = f"A1:{last}{written + 1}"
    if list_name == "members":
        _count_sheet(book, regions, language, names)
    book.save(target)
    return written


def _chain(first, rest):
    yield first
    yield from rest


def _header_cells(sheet, count: int) -> list[sheet_xml.Cell]:
    bold = sheet_xml.style_id(sheet, font=Font(bold=True))
    return [sheet_xml.text_cell(number, bold) for number in range(1, count + 1)]


def _count_sheet(book: Workbook, regions: Counter, language: str, names: CountryNames) -> None:
    """The members per country and state/province, as the annual report needs them."""
    sheet = book.create_sheet(_sheet_title(translate("Exchange", "By country and region")))
    headers = [
        translate("Columns", "Country"),
        translate("Columns", "State/province"),
        translate("Exchange", "Members"),
    ]
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 28
    sheet.column_dimensions["C"].width = 12
    sheet.freeze_panes = "A2"
    rows = sheet_xml.SheetRows(sheet)
    rows.append(headers, _header_cells(sheet, len(headers)))
    bold = sheet_xml.style_id(sheet, font=Font(bold=True))
    plain = [sheet_xml.text_cell(1), sheet_xml.text_cell(2), sheet_xml.number_cell(3)]
    totals = [sheet_xml.text_cell(1, bold), sheet_xml.text_cell(2), sheet_xml.number_cell(3, bold)]
    by_country: Counter = Counter()
    for (country, _region), number in regions.items():
        by_country[country] += number
    # Germany first, then the countries and the regions as Excel sorts them (DIN 5007, pinyin)
    countries = sorted(
        by_country, key=lambda c: (c != "DE", text_sort_key(names.name(c, language)))
    )
    in_order = sorted(regions.items(), key=lambda item: text_sort_key(item[0][1] or ""))
    for country in countries:
        name = names.name(country, language) if country else ""
        for (their_country, region), number in in_order:
            if their_country == country:
                rows.append((name, region or translate("Labels", "(not stated)"), number), plain)
        label = translate("Exchange", "{country} in total").format(country=name)
        rows.append((label, None, by_country[country]), totals)
    sheet.auto_filter.ref = f"A1:C{rows.number}"
