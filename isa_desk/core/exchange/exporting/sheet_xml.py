"""The rows of a streamed (write-only) sheet written as the XML text openpyxl writes for
them, without its objects per cell.

openpyxl makes a cell object, an element and an element tree serialisation for every
cell: twenty times the work of everything else in an export (bench/bench_excel.py). Here
a row is one string, formatted column by column by a function made once per column; the
top and the tail of the sheet (widths, panes, filter) and the workbook stay openpyxl's.
The markup is openpyxl's own for the same values (tests compare them), except that every
text is written as text: "#N/A" or "=A1" stay what the person typed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Generator, Sequence

from openpyxl.cell import WriteOnlyCell
from openpyxl.compat import safe_string
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import fromstring

MAX_TEXT = 32767  # Excel's limit of a cell; openpyxl cuts a longer text there too
# the characters XML 1.0 cannot carry; openpyxl refuses them the same way
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")

Cell = Callable[[object, str], str]  # (value, row number) -> the cell's markup, "" for none


def style_id(sheet, number_format: str | None = None, font=None) -> int:
    """The workbook's index of a cell style (registered on first use)."""
    cell = WriteOnlyCell(sheet)
    if number_format:
        cell.number_format = number_format
    if font is not None:
        cell.font = font
    return cell.style_id


def _escaped(text: str) -> str:
    # as ElementTree escapes text (what openpyxl writes with)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_cell(column: int, style: int | None = None) -> Cell:
    """A text cell (an inline string): None and "" write no cell."""
    start = f'<c r="{get_column_letter(column)}'
    attributes = f'"{_style(style)} t="inlineStr"><is><t'

    def cell(value, row: str) -> str:
        if value is None or value == "":
            return ""
        text = value if type(value) is str else str(value)
        if len(text) > MAX_TEXT:
            text = text[:MAX_TEXT]
        if "&" in text or "<" in text or ">" in text:
            text = _escaped(text)
        stripped = text.strip()
        space = ' xml:space="preserve"' if stripped and stripped != text else ""
        return f"{start}{row}{attributes}{space}>{text}</t></is></c>"

    return cell


def number_cell(column: int, style: int | None = None) -> Cell:
    """A number cell: None writes no cell."""
    start = f'<c r="{get_column_letter(column)}'
    attributes = f'"{_style(style)} t="n"><v>'

    def cell(value, row: str) -> str:
        if value is None:
            return ""
        return f"{start}{row}{attributes}{safe_string(value)}</v></c>"

    return cell


def date_cell(column: int, style: int, epoch: dt.datetime) -> Cell:
    """A date as Excel's day number in a date style: anything else writes no cell."""
    number = number_cell(column, style)

    def cell(value, row: str) -> str:
        return number(to_excel(value, epoch), row) if isinstance(value, dt.date) else ""

    return cell


def _style(style: int | None) -> str:
    return f' s="{style}"' if style else ""


class SheetRows:
    """Appends rows to a write-only sheet: `append(values, cells)` with one Cell function
    per column. Made after the sheet's widths and panes are set (they are written before
    the first row); the sheet's own `append` must not be used on it any more."""

    def __init__(self, sheet):
        self.number = 0
        sheet._get_writer()  # the top of the sheet: properties, views, widths
        self._stream = self._sheet_data(sheet._writer)
        next(self._stream)
        sheet._rows = self._stream  # closed by the sheet when it is saved

    def append(self, values: Sequence, cells: Sequence[Cell]) -> None:
        self.number += 1
        row = str(self.number)
        # no call for an empty value: it writes no cell
        markup = "".join(
            [
                cell(value, row)
                for cell, value in zip(cells, values, strict=True)
                if value is not None and value != ""
            ]
        )
        if _ILLEGAL.search(markup):
            raise IllegalCharacterError(f"{values} cannot be used in worksheets.")
        self._stream.send(f'<row r="{row}">{markup}</row>')

    @staticmethod
    def _sheet_data(writer) -> Generator[None, str, None]:
        xf = writer.xf.send(True)
        raw = _raw_writer(xf)
        with xf.element("sheetData"):
            try:
                while True:
                    markup = yield
                    if raw is not None:
                        raw(markup)
                    else:
                        xf.write(_element(markup))
            except GeneratorExit:
                pass
        writer.xf.send(None)


def _raw_writer(xf) -> Callable[[str], object] | None:
    """et_xmlfile's (openpyxl's writer without lxml) function writing text as it is given;
    lxml's writer has none and only takes elements, so there each row is parsed first."""
    return getattr(xf, "_file", None)


def _element(markup: str):
    namespaced = markup.replace("<row ", f'<row xmlns="{SHEET_MAIN_NS}" ', 1)
    return fromstring(namespaced)
