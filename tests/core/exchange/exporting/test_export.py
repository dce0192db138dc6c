"""Exported workbooks, written and read back: headers, styles, types, formula safety,
streaming in pages, filters and selections, the second sheet of the member list, and
the round trip export -> edit -> import."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from isa_desk.core import i18n
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Contact
from isa_desk.core.errors import Cancelled
from isa_desk.core.exchange.exporting import rows as export_rows
from isa_desk.core.exchange.exporting.export import export
from isa_desk.core.exchange.exporting.rows import Selection
from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.plan import UPDATE
from isa_desk.core.exchange.importing.read import open_source
from isa_desk.core.privacy import consent
from isa_desk.core.privacy.consent import ConsentState
from isa_desk.core.progress import Progress
from isa_desk.core.services import contacts, events, members, organisations
from isa_desk.core.services.common import ListQuery
from tests import copy_database


@pytest.fixture
def demo(current_demo_file, tmp_path):
    database = Database.open(str(copy_database(current_demo_file, tmp_path / "copy.sqlite")))
    yield database
    database.close()


def rows_of(path, sheet=0) -> list[tuple]:
    book = load_workbook(path)
    return list(book.worksheets[sheet].iter_rows(values_only=True))


def test_the_contact_workbook(demo, tmp_path):
    path = tmp_path / "kontakte.xlsx"
    written = export(demo, "contacts", path)
    total = contacts.count(demo, ListQuery())
    assert written == total
    book = load_workbook(path)
    sheet = book.active
    header = [cell.value for cell in sheet[1]]
    assert header[:6] == ["ID", "Gender", "Title", "Position", "Given name", "Family name"]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:AM{total + 1}"  # 12 of them the consents
    assert sheet.max_row == total + 1
    widths = [sheet.column_dimensions[letter].width for letter in ("A", "D", "L")]
    assert widths[0] < widths[1] <= 50 and widths[2] > 20  # fitted to the data, capped
    assert book.properties.title == "ISA Desk: Contacts" and book.properties.creator
    postcode, phone = header.index("Postcode") + 1, header.index("Phone") + 1
    for row in range(2, sheet.max_row + 1):
        for column in (postcode, phone):
            cell = sheet.cell(row, column)
            if cell.value is not None:
                assert cell.data_type == "s" and cell.number_format == "@"
    # the rows are those of the contacts list, in its order, ids first
    first_page = contacts.page(demo, ListQuery(), 0, 5)
    assert [sheet.cell(r, 1).value for r in range(2, 7)] == [row.id for row in first_page]


def test_chinese_text_dates_and_the_labels_of_codes(demo, tmp_path):
    with demo.transaction() as session:
        wang = session.scalars(select(Contact).where(Contact.name_zh != "")).first()
        consent.apply(wang, {"press": ConsentState(dt.date(2021, 9, 30), "Pressekonferenz")})
        wang_id, name_zh = wang.id, wang.name_zh
    path = tmp_path / "k.xlsx"
    export(demo, "contacts", path, Selection(ids=(wang_id,)))
    book = load_workbook(path)
    header = [c.value for c in book.active[1]]
    row = dict(zip(header, book.active[2], strict=False))
    assert row["Chinese name"].value == name_zh
    given = row["Press list consent given on"]
    assert given.is_date and given.value.date() == dt.date(2021, 9, 30)
    assert given.number_format == "mm-dd-yy"  # the reader's own date format
    assert row["Press list consent source"].value == "Pressekonferenz"
    assert row["Press list consent withdrawn on"].value is None
    assert row["Country"].value == "China"
    assert row["Active"].value == "Yes"


def test_text_beginning_like_a_formula_is_written_as_text(demo, tmp_path, mueller_like=None):
    values = {
        '=HYPERLINK("http://evil.example")': "notes",
        "+49 30 1234567": "phone",
        "-Leitung-": "position",
        "@team": "department",
    }
    with demo.transaction() as session:
        contact = session.scalars(select(Contact)).first()
        for text, field in values.items():
            setattr(contact, field, text)
        contact_id = contact.id
    path = tmp_path / "f.xlsx"
    export(demo, "contacts", path, Selection(ids=(contact_id,)))
    sheet = load_workbook(path).active  # formulas as written, not computed values
    header = [c.value for c in sheet[1]]
    for text, field in values.items():
        cell = sheet.cell(
            2,
            header.index(
                {
                    "notes": "Notes",
                    "phone": "Phone",
                    "position": "Position",
                    "department": "Department",
                }[field]
            )
            + 1,
        )
        assert cell.value == text and cell.data_type == "s"
    with zipfile.ZipFile(path) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


def test_the_member_list_has_a_sheet_of_counts_per_country_and_region(demo, tmp_path):
    path = tmp_path / "m.xlsx"
    export(demo, "members", path, Selection(ListQuery(status="member")))
    book = load_workbook(path)
    assert len(book.worksheets) == 2
    members = rows_of(path)[1:]
    counts = rows_of(path, 1)
    assert counts[0] == ("Country", "State/province", "Members")
    totals = [row for row in counts if row[0] and row[0].endswith("in total")]
    assert [t[0] for t in totals] == ["Deutschland in total", "China in total"]
    assert sum(t[2] for t in totals) == len(members) == 46
    assert {t[0]: t[2] for t in totals} == {"Deutschland in total": 21, "China in total": 25}
    regions = {(row[0], row[1]): row[2] for row in counts[1:] if row not in totals}
    assert sum(regions.values()) == 46
    assert ("Deutschland", "Nordrhein-Westfalen") in regions


def test_filters_by_country_status_and_tag(demo, tmp_path):
    path = tmp_path / "x.xlsx"
    written = export(demo, "contacts", path, Selection(ListQuery(country="CN")))
    assert written == contacts.count(demo, ListQuery(country="CN")) > 0
    countries = {row[19] for row in rows_of(path)[1:]}
    assert countries == {"China"}
    tagged = export(demo, "contacts", path, Selection(ListQuery(tag="Presse")))
    assert tagged == contacts.count(demo, ListQuery(tag="Presse"))
    assert all("Presse" in (row[22] or "") for row in rows_of(path)[1:])


def test_organisations_and_inquiries(demo, tmp_path):
    assert export(demo, "organisations", tmp_path / "o.xlsx") > 5
    header = rows_of(tmp_path / "o.xlsx")[0]
    assert header[:5] == ("ID", "Name", "Chinese name", "Kind", "Member")
    written = export(demo, "inquiries", tmp_path / "i.xlsx")
    assert written >= 8
    rows = rows_of(tmp_path / "i.xlsx")
    assert rows[0][:3] == ("ID", "Interested city", "Country")
    assert all(isinstance(row[6], dt.datetime) for row in rows[1:])  # received on: a date


def test_participants_of_an_event(demo, tmp_path):
    event = events.find(demo, "10. Plenarversammlung der ISA")
    assert events.find(demo, str(event.id)).id == event.id
    assert events.find(demo, "plenarversammlung").id == event.id
    path = tmp_path / "p.xlsx"
    written = export(demo, "participants", path, Selection(event_id=event.id))
    rows = rows_of(path)
    assert written == len(rows) - 1 > 5
    assert rows[0][12] == "Participation"
    registered = export(
        demo, "participants", path, Selection(ListQuery(status="registered"), event_id=event.id)
    )
    assert 0 < registered < written
    assert {row[12] for row in rows_of(path)[1:]} == {"Registered"}


def test_an_unknown_event(demo):
    with pytest.raises(Exception, match="no event “Sommerfest”"):
        events.find(demo, "Sommerfest")


def test_pages_are_streamed_and_selected_ids_keep_their_order(demo, tmp_path, monkeypatch):
    monkeypatch.setattr(export_rows, "PAGE_SIZE", 7)
    seen = []
    path = tmp_path / "p.xlsx"
    written = export(
        demo, "contacts", path, progress=Progress(lambda done, total, _message: seen.append(done))
    )
    assert written == len(rows_of(path)) - 1
    assert seen[:3] == [7, 14, 21] and seen[-1] == written  # one page at a time
    ids = (12, 3, 40)
    export(demo, "contacts", path, Selection(ids=ids))
    assert tuple(row[0] for row in rows_of(path)[1:]) == ids


def test_a_cancelled_export_leaves_no_file(demo, tmp_path, monkeypatch):
    monkeypatch.setattr(export_rows, "PAGE_SIZE", 10)
    path = tmp_path / "c.xlsx"
    path.write_bytes(b"the old file")
    progress = Progress(lambda done, total, _message: done >= 20 and progress.cancel())
    with pytest.raises(Cancelled):
        export(demo, "contacts", path, progress=progress)
    assert path.read_bytes() == b"the old file"
    assert [p.name for p in tmp_path.iterdir() if ".xlsx" in p.name] == ["c.xlsx"]


def test_headers_follow_the_loaded_language(demo, tmp_path):
    german = {"Family name": "Nachname", "Given name": "Vorname", "Country": "Land"}
    i18n.set_translator(lambda context, text: german.get(text, text))
    try:
        export(demo, "contacts", tmp_path / "de.xlsx")
    finally:
        i18n.set_translator(None)
    header = rows_of(tmp_path / "de.xlsx")[0]
    assert "Nachname" in header and "Vorname" in header and "Land" in header


def test_round_trip_export_edit_import_updates_and_never_doubles(demo, tmp_path):
    path = tmp_path / "kontakte.xlsx"
    total = export(demo, "contacts", path)
    book = load_workbook(path)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    record_id = sheet.cell(5, 1).value
    sheet.cell(5, header.index("Position") + 1).value = "Neue Funktion"
    book.save(path)

    plan = importer.analyse(demo, open_source(path), "contacts")
    assert plan.errors() == []
    assert len(plan.duplicates()) == total  # every row is a known contact, by its ID
    result = importer.run(demo, plan, UPDATE)
    assert (result.created, result.updated, result.skipped) == (0, 1, total - 1)
    assert contacts.count(demo, ListQuery()) == total
    assert contacts.get(demo, record_id).position == "Neue Funktion"


def test_a_member_list_round_trip(demo, tmp_path):
    path = tmp_path / "mitglieder.xlsx"
    total = export(demo, "members", path)
    result = importer.run(demo, importer.analyse(demo, open_source(path), "members"), UPDATE)
    assert (result.created, result.updated, result.skipped) == (0, 0, total)


@pytest.mark.parametrize(
    "list_name, service, query",
    [
        ("contacts", contacts, ListQuery(sort="organisation", descending=True)),
        ("contacts", contacts, ListQuery(text="bauer", sort="town")),
        ("members", members, ListQuery(country="CN", sort="region")),
        ("organisations", organisations, ListQuery(sort="member")),
    ],
)
def test_the_rows_are_those_of_the_list_in_its_order(demo, tmp_path, list_name, service, query):
    path = tmp_path / "x.xlsx"
    written = export(demo, list_name, path, Selection(query))
    shown = [row.id for row in service.page(demo, query, 0, 1000)]
    assert written == len(shown) > 0
    assert [row[0] for row in rows_of(path)[1:]] == shown
