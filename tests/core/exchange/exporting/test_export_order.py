"""The exported workbooks list their rows as Excel sorts them (DIN 5007-1, particles
passed over, pinyin), the order of the window's lists, read back with openpyxl."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from isa_desk.core.exchange.exporting.export import export
from isa_desk.core.exchange.exporting.rows import Selection
from isa_desk.core.services import contacts, events, members, organisations, participants
from isa_desk.core.services.common import ListQuery
from tests.core.domain.test_sorting import GERMAN_ORDER as FAMILIES


def column(path, title: str, sheet: int = 0) -> list:
    rows = list(load_workbook(path).worksheets[sheet].iter_rows(values_only=True))
    where = rows[0].index(title)
    return [row[where] for row in rows[1:]]


def people(db) -> list[int]:
    office = organisations.create(db, {"name": "Rathaus"})
    for family in reversed(FAMILIES):
        contacts.create(
            db,
            {"family_name": family, "given_name": "Anna", "organisation_id": office.id},
        )
    contacts.create(db, {"name_zh": "曾静", "organisation_id": office.id})  # Zeng
    contacts.create(db, {"name_zh": "安娜", "organisation_id": office.id})  # An
    return [row.id for row in contacts.page(db, ListQuery(), 0, 100)]


def test_contacts_export_in_din_5007_and_pinyin_order(db, tmp_path):
    people(db)
    path = tmp_path / "kontakte.xlsx"
    export(db, "contacts", path)
    families = column(path, "Family name")
    assert families == [None, *FAMILIES[:-1], None, "Zimmermann"]
    assert column(path, "Chinese name")[0] == "安娜" and column(path, "Chinese name")[-2] == "曾静"
    backwards = tmp_path / "rückwärts.xlsx"
    export(db, "contacts", backwards, Selection(ListQuery(sort="family_name", descending=True)))
    assert column(backwards, "Family name") == list(reversed(families))


def test_participants_export_by_name(db, tmp_path):
    ids = people(db)
    event = events.create(db, {"title": "Plenum", "starts_at": dt.datetime(2030, 5, 1, 10)})
    participants.invite(db, event.id, contact_ids=list(reversed(ids)))
    path = tmp_path / "teilnehmer.xlsx"
    export(db, "participants", path, Selection(event_id=event.id))
    assert column(path, "ID") == ids


def test_organisations_and_members_export_by_name(db, tmp_path):
    names = ["Amt Nord", "Ämterverbund", "Bottrop", "佛山市", "Zollamt"]
    for name in reversed(names):
        organisations.create(db, {"name": name})
        members.create(
            db,
            {
                "name": name,
                "country": "CN" if name == "佛山市" else "DE",
                "region": "Ämterland" if name == "Zollamt" else "Bayern",
                "tags": ["Zoll", "Ärzte", "Beirat"],
            },
        )
    export(db, "organisations", tmp_path / "o.xlsx")
    assert column(tmp_path / "o.xlsx", "Name") == names
    export(db, "members", tmp_path / "m.xlsx")
    assert column(tmp_path / "m.xlsx", "Name") == names
    assert set(column(tmp_path / "m.xlsx", "Tags")) == {"Ärzte, Beirat, Zoll"}
    regions = column(tmp_path / "m.xlsx", "State/province", sheet=1)
    assert regions[:3] == ["Ämterland", "Bayern", None]  # Germany first, then its total
