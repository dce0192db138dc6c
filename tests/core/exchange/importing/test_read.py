"""Reading received lists: workbooks with title rows, merged cells, formulas and blank
rows; CSV files in the encodings and separators Excel and Outlook write."""

from __future__ import annotations

import datetime as dt

import pytest

from isa_desk.core.exchange.importing.read import CsvSource, ReadError, WorkbookSource, open_source
from tests.core.exchange.files import csv_file, with_cached_values, workbook


def test_rows_come_with_the_row_numbers_excel_shows(tmp_path):
    path = workbook(tmp_path / "a.xlsx", [["Vorname", "Nachname"], [], ["Anna", "Schmidt"]])
    rows = list(open_source(path).rows())
    assert [r.number for r in rows] == [1, 2, 3]
    assert rows[1].is_blank() and not rows[2].is_blank()
    assert rows[2].values == ["Anna", "Schmidt"]


def test_dates_and_numbers_keep_their_type(tmp_path):
    path = workbook(tmp_path / "a.xlsx", [["Mitglied seit", "PLZ"], [dt.date(2017, 12, 1), 9111]])
    row = list(open_source(path).rows())[1]
    assert row.values[0].date() == dt.date(2017, 12, 1)
    assert row.values[1] == 9111


def test_merged_cells_give_their_value_to_every_cell_they_cover(tmp_path):
    path = workbook(
        tmp_path / "a.xlsx",
        [
            ["Kontakte"],
            ["Name", None, "E-Mail"],
            ["Anna", "Schmidt", "a@example.org"],
            ["Bernd", "Meier", "b@example.org"],
        ],
        merges=["A1:C1", "A2:B2", "C2:C2", "A3:A4"],
    )
    rows = list(open_source(path).rows())
    assert rows[0].values == ["Kontakte"] * 3
    assert rows[1].values == ["Name", "Name", "E-Mail"]
    assert rows[3].values[0] == "Anna"  # merged down over two rows


def test_a_formula_gives_its_saved_value_never_the_formula(tmp_path):
    path = workbook(tmp_path / "a.xlsx", [["E-Mail"], ['=LOWER("ANNA@EXAMPLE.ORG")']])
    with_cached_values(path, {"A2": "anna@example.org"})
    row = list(open_source(path).rows())[1]
    assert row.values == ["anna@example.org"]
    assert row.notes == {}


def test_a_formula_without_a_saved_value_is_kept_as_text_with_a_note(tmp_path):
    path = workbook(tmp_path / "a.xlsx", [["E-Mail"], ['=B2&"@example.org"']])
    row = list(open_source(path).rows())[1]
    assert row.values == ['=B2&"@example.org"']
    assert "formula" in row.notes[0]


def test_the_sheet_is_chosen_by_name(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Deckblatt"
    book.create_sheet("Kontakte").append(["E-Mail"])
    book.save(tmp_path / "a.xlsx")
    assert open_source(tmp_path / "a.xlsx").sheet == "Deckblatt"
    source = open_source(tmp_path / "a.xlsx", "kontakte")
    assert isinstance(source, WorkbookSource)
    assert source.sheet == "Kontakte" and source.sheets == ["Deckblatt", "Kontakte"]
    with pytest.raises(ReadError, match="Adressen.*Deckblatt, Kontakte"):
        open_source(tmp_path / "a.xlsx", "Adressen")


@pytest.mark.parametrize(
    "content, message",
    [
        (b"just some text, not a workbook", "not an Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, r"\.xls"),
        (b"PK\x03\x04 broken zip", "not a valid Excel workbook"),
    ],
)
def test_a_file_that_is_not_a_workbook_names_the_file_and_what_was_expected(
    tmp_path, content, message
):
    path = tmp_path / "liste.xlsx"
    path.write_bytes(content)
    with pytest.raises(ReadError, match=message) as caught:
        open_source(path)
    assert "liste.xlsx" in str(caught.value) and ".xlsx" in str(caught.value)


def test_a_missing_file_is_a_read_error(tmp_path):
    with pytest.raises(ReadError, match="does not exist"):
        open_source(tmp_path / "nowhere.csv")


def test_windows_1252_csv_with_semicolons(tmp_path):
    path = csv_file(
        tmp_path / "outlook.csv",
        ["Vorname;Nachname;Ort", "Jürgen;Groß;Düsseldorf", "Zoë;Müller;Köln"],
        "cp1252",
    )
    source = open_source(path)
    assert isinstance(source, CsvSource)
    rows = list(source.rows())
    assert rows[1].values == ["Jürgen", "Groß", "Düsseldorf"]
    assert rows[2].values == ["Zoë", "Müller", "Köln"]


def test_utf8_csv_with_byte_order_mark_and_commas(tmp_path):
    path = csv_file(
        tmp_path / "liste.csv",
        ["Vorname,Nachname,Organisation", 'Wei,Wang,"佛山市人民政府, 外事局"'],
        "utf-8",
        bom=True,
    )
    rows = list(open_source(path).rows())
    assert rows[0].values[0] == "Vorname"  # no BOM left in the first header
    assert rows[1].values == ["Wei", "Wang", "佛山市人民政府, 外事局"]


def test_utf8_csv_without_bom_and_text_that_looks_like_a_number(tmp_path):
    path = csv_file(tmp_path / "liste.csv", ["PLZ;Ort", "01067;Dresden", ";"], "utf-8")
    rows = list(open_source(path).rows())
    assert rows[1].values == ["01067", "Dresden"]  # CSV text stays text
    assert rows[2].is_blank()


def test_a_binary_file_named_csv_is_a_read_error(tmp_path):
    path = tmp_path / "bild.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ReadError, match="bild.csv"):
        open_source(path)


def _cut_sheet(path, keep: float):
    """The workbook with its first sheet's XML cut off part way (a damaged download)."""
    import zipfile

    damaged = path.with_name("damaged.xlsx")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: int(len(data) * keep)]
            target.writestr(item, data)
    return damaged


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_a_sheet_cut_off_part_way_is_a_read_error(tmp_path, keep):
    rows = [["Vorname", "Nachname"], *[["Anna", f"Berg {n}"] for n in range(50)]]
    damaged = _cut_sheet(workbook(tmp_path / "liste.xlsx", rows), keep)
    with pytest.raises(ReadError, match="damaged") as raised:
        list(open_source(damaged).rows())
    assert "damaged.xlsx" in str(raised.value)


def test_the_command_line_says_so_in_one_line(tmp_path, capsys):
    from isa_desk.cli import main

    damaged = _cut_sheet(workbook(tmp_path / "liste.xlsx", [["Vorname"], ["Anna"]]), 0.5)
    database = tmp_path / "x.sqlite"
    assert main(["--lang", "en", "--database", str(database), "init"]) == 0
    capsys.readouterr()
    code = main(["--lang", "en", "--database", str(database), "import", "contacts", str(damaged)])
    err = capsys.readouterr().err
    assert code == 2 and "damaged" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
