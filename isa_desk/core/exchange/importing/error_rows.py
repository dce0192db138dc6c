"""The rows of an import that have errors, saved as a workbook with one more column
holding the messages: the sender corrects them there and sends the file again."""

from __future__ import annotations

from pathlib import Path

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from isa_desk.core.exchange.exporting.export import display_width
from isa_desk.core.exchange.importing.plan import Plan
from isa_desk.core.exchange.sheet_buffers import buffered_workbook
from isa_desk.core.exchange.values import text_value
from isa_desk.core.files import PathLike, atomic_write, check_target
from isa_desk.core.i18n import translate


def _safe(sheet, value):
    """A cell as received; text stays text (a formula's text never becomes a formula)."""
    if isinstance(value, str) and value.startswith("="):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


def write_error_rows(plan: Plan, path: str | Path, protect: tuple[PathLike, ...] = ()) -> int:
    """Write the header and every row with errors, plus a column "Problems"; returns the
    number of rows written. Never over the file read, nor over the files in `protect`."""
    protect = (plan.path, *protect)
    check_target(path, protect)  # refused before a workbook is begun
    # the sheet is buffered next to the file, never in the system's temporary folder
    with buffered_workbook(Path(path).parent) as book:
        return _fill(book, plan, path, protect)


def _fill(book, plan: Plan, path: str | Path, protect: tuple) -> int:
    sheet = book.create_sheet(translate("Exchange", "Rows with errors")[:31])
    message_header = translate("Exchange", "Problems")
    headers = list(plan.headers) + [message_header]
    rows = plan.invalid_rows()
    widths = [display_width(text_value(h)) + 2 for h in headers]
    widths[-1] = 60
    for number, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = min(40, max(8, width))
    sheet.column_dimensions[get_column_letter(len(headers))].width = 80
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text_value(text))
        cell.data_type = "s"
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    width = len(plan.headers)
    for row in rows:
        cells = [_safe(sheet, v) for v in (list(row.values) + [None] * width)[:width]]
        messages = "\n".join(p.text() for p in row.errors)
        cells.append(_safe(sheet, messages))
        sheet.append(cells)
    with atomic_write(path, protect=protect) as temp:
        book.save(str(temp))
    return len(rows)
