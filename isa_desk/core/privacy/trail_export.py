"""The audit trail as a file: an Excel workbook (streamed, write-only) or a CSV file (UTF-8
with a byte order mark, as Excel reads it), one row per changed field.

Written under a temporary name next to the target and put in place only when complete;
never over the database. Text stays text: in the workbook a value beginning with "=" is
marked as a string; in the CSV file a value that a spreadsheet would take for a formula
(beginning with = + - @) gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from isa_desk.core import i18n
from isa_desk.core.db import audit
from isa_desk.core.db.engine import Database
from isa_desk.core.domain import dates
from isa_desk.core.exchange.sheet_buffers import buffered_workbook
from isa_desk.core.files import atomic_write, database_files, remove_stale, write_error
from isa_desk.core.i18n import translate
from isa_desk.core.privacy.trail import TrailQuery, TrailRow, count, pages
from isa_desk.core.progress import Progress, or_silent

DATE_TIME_FORMAT = "m/d/yy h:mm"  # Excel's built-in format 22: in the reader's own form
WIDTHS = (17, 14, 14, 16, 30, 22, 36, 36)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def headers() -> list[str]:
    return [
        translate("Trail", "Date"),
        translate("Trail", "User"),
        translate("Trail", "Action"),
        translate("Trail", "Kind"),
        translate("Trail", "Record"),
        translate("Trail", "Field"),
        translate("Trail", "Before"),
        translate("Trail", "After"),
    ]


def lines(row: TrailRow) -> list[list]:
    """The file's rows of one entry: one per changed field (one for an entry without)."""
    head = [row.at, row.user, row.action_label, row.kind_label, row.record]
    if not row.changes:
        return [[*head, "", "", ""]]
    return [[*head, c.field_label, c.old, c.new] for c in row.changes]


def export(
    db: Database,
    query: TrailQuery,
    path: str | Path,
    progress: Progress | None = None,
    language: str | None = None,
) -> int:
    """Write the entries `query` finds to `path` (.xlsx, else CSV); the number of rows
    written. Raises Cancelled, leaving no file, when the progress is cancelled."""
    path = Path(path)
    language = language or i18n.language()
    progress = or_silent(progress)
    total = count(db, query)
    if not path.parent.is_dir():
        raise write_error(FileNotFoundError(2, "No such file or directory"), path)
    remove_stale(path.parent)  # what a killed export left there
    write = _xlsx if path.suffix.lower() == ".xlsx" else _csv
    try:
        with atomic_write(path, protect=database_files(db)) as temp:
            return write(db, query, temp, language, total, progress)
    except OSError as error:
        raise write_error(error, path) from error


def _entries(db: Database, query: TrailQuery, language: str, total: int, progress: Progress):
    done = 0
    progress.step(0, total)
    for page in pages(db, query, language=language):
        for row in page:
            yield from lines(row)
        done += len(page)
        progress.step(done, total)


def _csv(db, query, temp: Path, language: str, total: int, progress: Progress) -> int:
    written = 0
    with temp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(headers())
        for line in _entries(db, query, language, total, progress):
            line[0] = dates.format_datetime(line[0], language)
            writer.writerow([_csv_text(value) for value in line])
            written += 1
    return written


def _csv_text(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _xlsx(db, query, temp: Path, language: str, total: int, progress: Progress) -> int:
    written = 0
    with buffered_workbook(temp.parent) as book:
        book.properties.title = translate("Trail", "ISA Desk: audit trail")
        book.properties.creator = audit.current_user()
        sheet = book.create_sheet(translate("Trail", "Audit trail")[:31])
        for number, width in enumerate(WIDTHS, start=1):
            sheet.column_dimensions[get_column_letter(number)].width = width
        sheet.freeze_panes = "A2"
        bold = Font(bold=True)
        sheet.append([_cell(sheet, text, font=bold) for text in headers()])
        for line in _entries(db, query, language, total, progress):
            sheet.append([_cell(sheet, line[0])] + [_cell(sheet, v) for v in line[1:]])
            written += 1
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(WIDTHS))}{written + 1}"
        book.save(str(temp))
    return written


def _cell(sheet, value, font: Font | None = None):
    """A cell's value: a plain one where openpyxl writes it as it is, else a cell."""
    if value is None or value == "":
        return None
    plain = isinstance(value, str) and not value.startswith("=") and font is None
    if plain:
        return value
    cell = WriteOnlyCell(sheet, value=None)
    if isinstance(value, dt.datetime):
        cell.value = value
        cell.number_format = DATE_TIME_FORMAT
    else:
        cell.value = str(value)
        cell.data_type = "s"  # openpyxl takes "=..." for a formula: this is text
    if font is not None:
        cell.font = font
    return cell
