"""Rows written as XML text (sheet_xml): the markup openpyxl writes for the same values,
text always as text, and characters a worksheet cannot hold refused as openpyxl does."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils.exceptions import IllegalCharacterError

from isa_desk.core.exchange.exporting import sheet_xml
from isa_desk.core.exchange.sheet_buffers import buffered_workbook

TEXTS = ["Müller & Söhne <GmbH>", "  Leerzeichen ", "刘毅", "x" * 40_000, "\tTab", " "]


def _openpyxl_book(path):
    book = Workbook(write_only=True)
    sheet = book.create_sheet("S")
    bold = Font(bold=True)
    header = []
    for text in ("ID", "Name", "Datum", "PLZ"):
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for number, text in enumerate(TEXTS, start=1):
        date = WriteOnlyCell(sheet, value=dt.date(2021, 9, number))
        date.number_format = "mm-dd-yy"
        code = WriteOnlyCell(sheet, value=f"0{number}067")
        code.number_format = "@"
        sheet.append([number, text, date, code])
    sheet.append([None, None, None, None])
    book.save(path)


def _our_book(path):
    book = Workbook(write_only=True)
    sheet = book.create_sheet("S")
    rows = sheet_xml.SheetRows(sheet)
    bold = sheet_xml.style_id(sheet, font=Font(bold=True))
    date = sheet_xml.style_id(sheet, "mm-dd-yy")
    code = sheet_xml.style_id(sheet, "@")
    rows.append(
        ("ID", "Name", "Datum", "PLZ"), [sheet_xml.text_cell(n, bold) for n in (1, 2, 3, 4)]
    )
    cells = [
        sheet_xml.number_cell(1),
        sheet_xml.text_cell(2),
        sheet_xml.date_cell(3, date, book.epoch),
        sheet_xml.text_cell(4, code),
    ]
    for number, text in enumerate(TEXTS, start=1):
        rows.append((number, text, dt.date(2021, 9, number), f"0{number}067"), cells)
    rows.append((None, "", None, None), cells)
    book.save(path)


def _sheet(path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml")


def test_the_rows_are_the_markup_openpyxl_writes(tmp_path):
    _openpyxl_book(tmp_path / "openpyxl.xlsx")
    _our_book(tmp_path / "ours.xlsx")
    assert _sheet(tmp_path / "ours.xlsx") == _sheet(tmp_path / "openpyxl.xlsx")
    sheet = load_workbook(tmp_path / "ours.xlsx").active
    assert sheet["B5"].value == "x" * sheet_xml.MAX_TEXT  # cut where Excel's cells end
    assert sheet["C2"].value == dt.datetime(2021, 9, 1) and sheet["D2"].number_format == "@"


@pytest.mark.parametrize("fallback", [False, True])
def test_text_stays_text(tmp_path, monkeypatch, fallback):
    if fallback:  # openpyxl with lxml: rows written as elements
        monkeypatch.setattr(sheet_xml, "_raw_writer", lambda xf: None)
    book = Workbook(write_only=True)
    rows = sheet_xml.SheetRows(book.create_sheet("S"))
    rows.append(
        ("=SUM(A1:A3)", "#N/A", "+49 30 1", 7), [sheet_xml.text_cell(n) for n in range(1, 5)]
    )
    book.save(tmp_path / "t.xlsx")
    cells = next(load_workbook(tmp_path / "t.xlsx").active.iter_rows())
    assert [(c.value, c.data_type) for c in cells] == [
        ("=SUM(A1:A3)", "s"),
        ("#N/A", "s"),
        ("+49 30 1", "s"),
        ("7", "s"),
    ]


def test_characters_a_worksheet_cannot_hold_are_refused(tmp_path):
    with buffered_workbook(tmp_path) as book:  # the export's, closing the sheet's files
        rows = sheet_xml.SheetRows(book.create_sheet("S"))
        with pytest.raises(IllegalCharacterError):
            rows.append(("Bell\x07",), [sheet_xml.text_cell(1)])
