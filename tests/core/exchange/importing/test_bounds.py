"""Files over a limit of an import: refused while reading, before memory grows, with a
message that names the limit, and nothing written. The limits are lowered here so that
small files reach them; each check reads the limit when it runs."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from isa_desk.core.db.models import Contact, ImportBatch
from isa_desk.core.exchange.importing import bounds, importer
from isa_desk.core.exchange.importing.read import ReadError, open_source
from tests.core.exchange.files import GERMAN_HEADERS, SCHMIDT, workbook

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def with_part(path: Path, name: str, pieces: Iterable[bytes]) -> Path:
    """The workbook with its part `name` replaced by `pieces`, written as a stream."""
    copy = path.with_suffix(".new")
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename != name:
                new.writestr(info, old.read(info))
        with new.open(name, "w", force_zip64=True) as part:
            for piece in pieces:
                part.write(piece)
    copy.replace(path)
    return path


def shared_workbook(path: Path, rows: list[list[str]]) -> Path:
    """A workbook as Excel writes it: every text in the shared strings table (openpyxl
    writes texts into the cells)."""
    texts = list(dict.fromkeys(text for row in rows for text in row))
    book = Workbook()
    book.active.append(["-"])
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        types = archive.read("[Content_Types].xml").decode()
        links = archive.read("xl/_rels/workbook.xml.rels").decode()
    strings_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    types = types.replace(
        "</Types>",
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{strings_type}"/></Types>',
    )
    link_type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
    links = links.replace(
        "</Relationships>",
        f'<Relationship Id="rIdS" Type="{link_type}" Target="sharedStrings.xml"/></Relationships>',
    )
    cells = [
        f'<row r="{y}">'
        + "".join(
            f'<c r="{chr(65 + x)}{y}" t="s"><v>{texts.index(text)}</v></c>'
            for x, text in enumerate(row)
        )
        + "</row>"
        for y, row in enumerate(rows, start=1)
    ]
    table = "".join(f"<si><t>{text}</t></si>" for text in texts)
    with_part(path, "[Content_Types].xml", [types.encode()])
    with_part(path, "xl/_rels/workbook.xml.rels", [links.encode()])
    with_part(path, "xl/worksheets/sheet1.xml", sheet_xml(cells))
    strings = f'<sst xmlns="{MAIN}" uniqueCount="{len(texts)}">{table}</sst>'
    return with_part(path, "xl/sharedStrings.xml", [strings.encode()])


def sheet_xml(rows: Iterable[str], dimension: str = "A1:B2") -> Iterable[bytes]:
    yield f'<worksheet xmlns="{MAIN}"><dimension ref="{dimension}"/><sheetData>'.encode()
    for row in rows:
        yield row.encode()
    yield b"</sheetData></worksheet>"


def inline_row(number: int, *texts: str) -> str:
    cells = "".join(
        f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{text}</t></is></c>'
        for i, text in enumerate(texts)
    )
    return f'<row r="{number}">{cells}</row>'


def contacts(tmp_path: Path, count: int, name: str = "liste.xlsx") -> Path:
    return workbook(tmp_path / name, [GERMAN_HEADERS] + [SCHMIDT] * count)


def refused(path: Path, *words: str) -> str:
    with pytest.raises(ReadError) as caught:
        open_source(path)
    message = str(caught.value)
    assert message.startswith(f"{path.name} cannot be read: ")
    assert "\n" not in message
    for word in words:
        assert word in message
    return message


def counts(db) -> tuple[int, int]:
    with db.session() as session:
        return (
            session.scalar(select(func.count(Contact.id))),
            session.scalar(select(func.count(ImportBatch.id))),
        )


def test_a_sheet_of_too_many_rows_is_refused_before_a_row_is_parsed(tmp_path, monkeypatch):
    monkeypatch.setattr(bounds, "MAX_ROWS", 5)
    path = contacts(tmp_path, 5)  # with its header: six rows
    assert refused(path, "more than 5 rows", "the limit for one import", "Split the list")
    assert len(list(open_source(contacts(tmp_path, 4, "kurz.xlsx")).rows())) == 5


def test_rows_are_counted_while_streaming_whatever_the_sheet_states(db, tmp_path, monkeypatch):
    monkeypatch.setattr(bounds, "MAX_ROWS", 40)
    before = counts(db)
    # three rows written, the last one numbered 41; the stated size says two
    rows = [inline_row(1, "Vorname", "Nachname"), inline_row(2, "Anna", "Schmidt")]
    path = with_part(
        contacts(tmp_path, 1),
        "xl/worksheets/sheet1.xml",
        sheet_xml([*rows, inline_row(41, "Jan", "Jansen")]),
    )
    source = open_source(path)
    with pytest.raises(ReadError, match="more than 40 rows"):
        importer.analyse(db, source, "contacts")
    assert counts(db) == before


def test_a_row_of_too_many_columns_is_refused_naming_the_row(tmp_path, monkeypatch):
    monkeypatch.setattr(bounds, "MAX_COLUMNS", 13)
    path = workbook(tmp_path / "breit.xlsx", [GERMAN_HEADERS, SCHMIDT, [*SCHMIDT, "zu viel"]])
    refused(path, "row 3 has more than 13 columns")


def test_shared_texts_are_read_as_openpyxl_reads_them(tmp_path):
    rows = [["Vorname", "Nachname"], ["Anna", "Schmidt & Söhne <GmbH>"], ["Jan", "Anna"]]
    path = shared_workbook(tmp_path / "geteilt.xlsx", [[escape(t) for t in r] for r in rows])
    assert [row.values for row in open_source(path).rows()] == rows


def test_a_shared_text_longer_than_any_cell_is_refused_unread(tmp_path):
    path = shared_workbook(tmp_path / "lang.xlsx", [["Vorname", "Notizen"], ["Anna", "x" * 40_000]])
    refused(path, "a text of the workbook holds more than 32,767 characters")


def test_an_inline_text_longer_than_any_cell_is_refused_naming_the_cell(tmp_path):
    rows = [inline_row(1, "Vorname", "Notizen"), inline_row(2, "Anna", "x" * 40_000)]
    path = with_part(contacts(tmp_path, 1), "xl/worksheets/sheet1.xml", sheet_xml(rows))
    refused(path, "row 2, column B holds more than 32,767 characters")


def test_too_many_shared_texts_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(bounds, "MAX_SHARED_STRINGS", 20)
    rows = [["Vorname", "Nachname"]] + [[f"Anna {n}", f"Schmidt {n}"] for n in range(10)]
    path = shared_workbook(tmp_path / "viele.xlsx", rows)
    refused(path, "more than 20 different texts")
    # as the table states it, before a text is read
    pieces = [f'<sst xmlns="{MAIN}" uniqueCount="21">'.encode(), b"</sst>"]
    path = with_part(
        shared_workbook(tmp_path / "gezaehlt.xlsx", rows[:2]), "xl/sharedStrings.xml", pieces
    )
    refused(path, "more than 20 different texts")


def test_a_shared_strings_part_too_large_is_refused_before_it_is_unpacked(tmp_path, monkeypatch):
    monkeypatch.setattr(bounds, "MAX_SHARED_STRINGS_BYTES", bounds.MB)
    text = [f'<sst xmlns="{MAIN}"><si><t>'.encode(), b"A" * (2 * bounds.MB), b"</t></si></sst>"]
    path = with_part(contacts(tmp_path, 1), "xl/sharedStrings.xml", text)
    refused(path, "its part xl/sharedStrings.xml unpacks to more than 1 MB")


def test_a_zip_bomb_is_refused_by_its_packing(tmp_path, monkeypatch):
    monkeypatch.setattr(bounds, "PACKING_CHECKED_FROM", bounds.MB)
    padding = [" " * bounds.MB] * 4  # packs to a few kilobytes
    path = with_part(contacts(tmp_path, 1), "xl/worksheets/sheet1.xml", sheet_xml(padding))
    refused(path, "xl/worksheets/sheet1.xml is packed more than 100 to 1")
    monkeypatch.setattr(bounds, "MAX_PART_BYTES", 2 * bounds.MB)
    refused(path, "xl/worksheets/sheet1.xml unpacks to more than 2 MB")


def test_too_many_merged_ranges_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(bounds, "MAX_MERGED_RANGES", 2)
    path = workbook(
        tmp_path / "verbunden.xlsx",
        [GERMAN_HEADERS, SCHMIDT, SCHMIDT],
        merges=["A2:A3", "B2:B3", "C2:C3"],
    )
    refused(path, "more than 2 merged cell ranges")


def test_a_csv_file_too_large_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(bounds, "MAX_FILE_BYTES", bounds.MB)
    path = tmp_path / "gross.csv"
    path.write_text("Vorname;Nachname\n" + "Anna;Schmidt\n" * 100_000, encoding="utf-8")
    refused(path, "the file is larger than 1 MB")


def test_csv_rows_columns_cells_and_lines_over_their_limits(tmp_path, monkeypatch):
    monkeypatch.setattr(bounds, "MAX_ROWS", 3)
    monkeypatch.setattr(bounds, "MAX_COLUMNS", 3)
    monkeypatch.setattr(bounds, "MAX_LINE_CHARS", 100_000)
    path = tmp_path / "liste.csv"
    path.write_text("Vorname;Nachname\n" + "Anna;Schmidt\n" * 3, encoding="utf-8")
    with pytest.raises(ReadError, match="more than 3 rows"):
        list(open_source(path).rows())
    path.write_text("Vorname;Nachname\nAnna;Schmidt;x;y\n", encoding="utf-8")
    refused(path, "row 2 has more than 3 columns")
    path.write_text(f"Vorname;Notizen\nAnna;{'x' * 40_000}\n", encoding="utf-8")
    refused(path, "row 2, column B holds more than 32,767 characters")
    path.write_text(f'Vorname;Notizen\nAnna;"{"x" * 99_000}\n{"x" * 99_000}"\n', "utf-8")
    refused(path, "row 2 holds more than 32,767 characters")  # the csv module's own limit
    path.write_text("Vorname;Notizen\n" + "x" * 200_000, encoding="utf-8")
    refused(path, "line 2 is longer than 100,000 characters (the limit for one line)")


def test_over_a_limit_in_the_analysis_nothing_is_written(db, tmp_path, monkeypatch):
    monkeypatch.setattr(bounds, "MAX_COLUMNS", 13)
    before = counts(db)
    rows = [GERMAN_HEADERS] + [SCHMIDT] * 40 + [[*SCHMIDT, "zu viel"]]
    source = open_source(workbook(tmp_path / "spaet.xlsx", rows))  # beyond the first rows
    with pytest.raises(ReadError, match="row 42 has more than 13 columns"):
        importer.run(db, importer.analyse(db, source, "contacts"))
    assert counts(db) == before
