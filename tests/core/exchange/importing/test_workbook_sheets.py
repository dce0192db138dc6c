"""The sheets of a workbook found without openpyxl are those openpyxl finds; a workbook
laid out otherwise is left to openpyxl."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import Workbook

from isa_desk.core.exchange.importing import workbook_sheets
from isa_desk.core.exchange.importing.workbook_sheets import sheet_parts
from tests.core.exchange.files import workbook


def _both(path):
    return workbook_sheets._plain_sheet_parts(path), workbook_sheets._openpyxl_sheet_parts(path)


def _rewritten(source, target, part: str, old: bytes, new: bytes):
    """A copy of the workbook `source` with `old` replaced in the parts named `part`."""
    with zipfile.ZipFile(source) as book, zipfile.ZipFile(target, "w") as copy:
        for item in book.infolist():
            data = book.read(item.filename)
            copy.writestr(item, data.replace(old, new) if item.filename.endswith(part) else data)
    return target


def test_the_sheets_are_those_openpyxl_finds(tmp_path):
    book = Workbook()
    book.active.title = "Kontakte & <Städte>"
    book.create_sheet("第二")
    book.create_sheet("Versteckt").sheet_state = "hidden"
    book.create_chartsheet("Diagramm")
    book.save(tmp_path / "several.xlsx")
    one = workbook(tmp_path / "one.xlsx", [["Vorname"], ["Anna"]])
    absolute = _rewritten(
        one, tmp_path / "absolute.xlsm", ".rels", b'Target="worksheets/', b'Target="/xl/worksheets/'
    )
    for path in (tmp_path / "several.xlsx", one, absolute):
        plain, reference = _both(path)
        assert plain == reference and list(plain) == list(reference)
    assert list(sheet_parts(tmp_path / "several.xlsx")) == [
        "Kontakte & <Städte>",
        "第二",
        "Versteckt",
    ]
    assert sheet_parts(absolute) == {"Tabelle1": "xl/worksheets/sheet1.xml"}


def test_a_workbook_laid_out_otherwise_is_left_to_openpyxl(tmp_path):
    one = workbook(tmp_path / "one.xlsx", [["Vorname"], ["Anna"]])
    odd = _rewritten(
        one, tmp_path / "odd.xlsx", "[Content_Types].xml", b"sheet.main+xml", b"other+xml"
    )
    for path in (odd, one.rename(tmp_path / "one.zip")):
        with pytest.raises(workbook_sheets._NotPlain):
            workbook_sheets._plain_sheet_parts(path)
