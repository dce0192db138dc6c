"""Old Excel workbooks (.xls) and OpenDocument spreadsheets (.ods, as LibreOffice saves
them) are read as .xlsx workbooks are: merged cells filled, numbers, text and dates as
they were written, and imported."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from isa_desk.core.db.models import Contact
from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.bounds import LimitError
from isa_desk.core.exchange.importing.read import ReadError, open_source

# written with xlwt (as Excel 97-2003 saves): a merged title row, headers in row 2, a
# number, a date, text that looks like a number and a merged organisation cell (C3:C4)
XLS = Path(__file__).parent / "fixtures" / "kontakte.xls"
HEADERS = ["Vorname", "Nachname", "Organisation", "PLZ", "Telefon", "E-Mail"]
ANNA = ["Anna", "Schmidt", "Stadt Chemnitz", 9111, "0371 4880", "anna.schmidt@example.org"]
WEI = ["Wei", "Wang", "Stadt Chemnitz", "01067", "+86 757 8338 1234", "wang.wei@example.cn"]
_OFFICE = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"'
)


def _cell(value, attributes: str = "") -> str:
    if isinstance(value, dt.date):
        kind = f'office:value-type="date" office:date-value="{value.isoformat()}"'
    elif isinstance(value, int):
        kind = f'office:value-type="float" office:value="{value}"'
    else:
        kind = 'office:value-type="string"'
    return f"<table:table-cell {kind}{attributes}><text:p>{value}</text:p></table:table-cell>"


def ods_file(path: Path, more_rows: str = "") -> Path:
    """The same list as XLS, as an OpenDocument spreadsheet; `more_rows` (markup) after it."""
    covered = "<table:covered-table-cell/>"
    rows = [
        _cell("Kontakte aus Foshan", ' table:number-columns-spanned="7"') + covered * 6,
        "".join(_cell(h) for h in [*HEADERS, "Einwilligung Newsletter erteilt am"]),
        "".join(
            _cell(v, ' table:number-rows-spanned="2"' if i == 2 else "")
            for i, v in enumerate([*ANNA, dt.date(2021, 6, 5)])
        ),
        "".join(covered if i == 2 else _cell(v) for i, v in enumerate(WEI)),
    ]
    table = "".join(f"<table:table-row>{row}</table:table-row>" for row in rows) + more_rows
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_OFFICE}>'
        '<office:body><office:spreadsheet><table:table table:name="Kontakte">'
        f"{table}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
        'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)
    return path


def _read_and_import(db, path: Path) -> None:
    source = open_source(path)
    assert source.sheets == ["Kontakte"]
    rows = list(source.rows())
    assert rows[0].values == ["Kontakte aus Foshan"] * 7  # merged across the title row
    assert rows[1].values[:6] == HEADERS
    assert rows[2].values == [*ANNA, dt.datetime(2021, 6, 5)]
    assert rows[3].values == WEI  # the organisation merged down; "01067" stays text
    plan = importer.analyse(db, source, "contacts")
    assert plan.header_row == 2 and not plan.errors()
    assert importer.run(db, plan).created == 2
    with db.session() as session:
        found = {c.family_name: c for c in session.scalars(select(Contact))}
    assert found["Schmidt"].postcode == "09111" and found["Wang"].postcode == "01067"
    assert found["Wang"].phone == "+86 757 8338 1234"
    assert (found["Wang"].phone_key, found["Schmidt"].phone_key) == ("+8675783381234", "+493714880")
    assert found["Schmidt"].email_key == "anna.schmidt@example.org"
    assert found["Wang"].organisation_id == found["Schmidt"].organisation_id is not None


def test_an_old_excel_workbook_is_read_and_imported(db):
    _read_and_import(db, XLS)


def test_an_opendocument_spreadsheet_is_read_and_imported(db, tmp_path):
    _read_and_import(db, ods_file(tmp_path / "kontakte.ods"))


def test_rows_libreoffice_repeats_empty_to_the_sheets_end_are_no_rows(tmp_path):
    # LibreOffice ends a sheet with one empty row standing for the million rows below
    empty = (
        '<table:table-row table:number-rows-repeated="1048572">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
    )
    source = open_source(ods_file(tmp_path / "kontakte.ods", empty))
    assert len(list(source.rows())) == 4


def test_a_filled_cell_repeated_past_the_limits_is_refused_before_it_is_loaded(tmp_path):
    # 1 KB in the file, 30 million cells (gigabytes) in calamine's grid
    repeated = (
        '<table:table-row table:number-rows-repeated="150000">'
        '<table:table-cell table:number-columns-repeated="200" office:value-type="string">'
        "<text:p>Anna</text:p></table:table-cell></table:table-row>"
    )
    with pytest.raises(LimitError, match="filled cells span more than 4,000,000 cells"):
        open_source(ods_file(tmp_path / "bomb.ods", repeated))


ODS_PARTS = {
    "mimetype": "application/vnd.oasis.opendocument.spreadsheet",
    "content.xml": "<office:document-content><office:body>",  # cut off
}
XLSX_PARTS = {"[Content_Types].xml": "<Types>", "xl/workbook.xml": "<workbook><sheets>"}


@pytest.mark.parametrize(
    "name, parts, kind",
    [
        ("kaputt.ods", ODS_PARTS, "not a valid OpenDocument spreadsheet (ExpatError)"),
        ("kaputt.xlsx", XLSX_PARTS, "not a valid Excel workbook"),
    ],
)
def test_a_damaged_workbook_is_told_by_its_kind(tmp_path, name, parts, kind):
    with zipfile.ZipFile(tmp_path / name, "w") as archive:
        for part, text in parts.items():
            archive.writestr(part, text)
    with pytest.raises(ReadError, match=re.escape(kind)):
        open_source(tmp_path / name)


def test_a_damaged_zip_named_ods_is_told_as_an_opendocument_spreadsheet(tmp_path):
    (tmp_path / "kaputt.ods").write_bytes(b"PK\x03\x04 broken zip")
    with pytest.raises(ReadError, match="not a valid OpenDocument spreadsheet"):
        open_source(tmp_path / "kaputt.ods")
