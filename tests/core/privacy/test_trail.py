"""The audit trail in words: changes made through the services, read back as the window
and the exported files show them."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from isa_desk.core.db.models import AuditEntry
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.privacy import trail
from isa_desk.core.privacy.marker import ERASED
from isa_desk.core.privacy.trail import TrailQuery
from isa_desk.core.services import contacts, members, organisations


@pytest.fixture
def aachen(db):
    db.user = "anna"
    return members.create(db, {"name": "Aachen", "kind": "city", "country": "DE"})


@pytest.fixture
def berg(db, aachen):
    db.user = "anna"
    city_hall = organisations.create(
        db, {"name": "Stadt Aachen", "member_id": aachen.id, "country": "DE"}
    )
    contact = contacts.create(
        db,
        {
            "given_name": "Anna",
            "family_name": "Berg",
            "gender": "female",
            "organisation_id": city_hall.id,
            "country": "DE",
        },
    )
    db.user = "ben"
    return contacts.update(
        db,
        contact.id,
        {"given_name": "Annabell", "gender": "diverse", "member_id": aachen.id},
        contact.version,
    )


def changes_of(row) -> dict:
    return {c.field_label: (c.old, c.new) for c in row.changes}


def test_a_change_reads_as_words_from_before_to_after(db, berg, aachen):
    rows = trail.entries(db, TrailQuery("contact", berg.id), 0, 50)
    assert [r.action_label for r in rows] == ["Changed", "Created"]
    changed = rows[0]
    assert changed.user == "ben"
    assert changed.kind_label == "Contact"
    assert changed.record == "Annabell Berg"
    assert changes_of(changed) == {
        "Given name": ("Anna", "Annabell"),
        "Gender": ("Female", "Diverse"),
        "Member": ("", "Aachen"),  # the linked member by its name
    }
    created = changes_of(rows[1])
    assert created["Organisation"] == ("", "Stadt Aachen")
    assert created["Country"][1] == "Deutschland"
    assert rows[1].at.date() == dt.date.today()
    assert trail.count(db, TrailQuery("contact", berg.id)) == 2


def test_filter_by_user_and_date(db, berg):
    query = TrailQuery("contact", berg.id, user="ben")
    assert [r.action for r in trail.entries(db, query)] == ["update"]
    assert trail.users(db) == ["anna", "ben"]
    today = dt.date.today()
    assert trail.count(db, TrailQuery(date_from=today, date_to=today)) == 4
    assert trail.count(db, TrailQuery(date_to=today - dt.timedelta(days=1))) == 0
    with db.transaction() as session:  # the creation a week ago
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.entity == "contact", AuditEntry.action == "create")
            .values(at=dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=7))
        )
    week_ago = today - dt.timedelta(days=7)
    found = trail.entries(db, TrailQuery("contact", berg.id, date_to=week_ago))
    assert [r.action for r in found] == ["create"]
    found = trail.entries(db, TrailQuery("contact", berg.id, date_from=week_ago + dt.timedelta(1)))
    assert [r.action for r in found] == ["update"]


def test_whole_trail_by_kind_and_text_newest_first_in_pages(db, berg):
    every = trail.entries(db, TrailQuery(), 0, 10)
    assert [r.kind_label for r in every] == ["Contact", "Contact", "Organisation", "Member"]
    assert [r.record for r in trail.entries(db, TrailQuery(), 1, 2)] == [
        "Anna Berg",
        "Stadt Aachen",
    ]
    assert trail.count(db, TrailQuery("organisation")) == 1
    assert [r.record for r in trail.entries(db, TrailQuery(text="aachen"))] == [
        "Stadt Aachen",
        "Aachen",
    ]
    assert trail.count(db, TrailQuery(text="annabell")) == 1  # in the values
    assert trail.count(db, TrailQuery(text="100%_\x00")) == 0


def test_a_contacts_changes_include_its_consents(db, berg):
    contacts.update(
        db,
        berg.id,
        {"consents": {"newsletter": {"given_on": dt.date(2027, 3, 18), "source": "form"}}},
        berg.version,
    )
    rows = trail.entries(db, TrailQuery("contact", berg.id))
    consent = next(r for r in rows if r.entity == "consent")
    assert consent.kind_label == "Consent"
    assert consent.record == "Newsletter"
    assert changes_of(consent)["Given on"] == ("", "18.03.2027")


def test_erased_values_read_as_erased(db, berg):
    with db.transaction() as session:
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.entity == "contact", AuditEntry.action == "update")
            .values(changes=f'{{"given_name": ["{ERASED}", "{ERASED}"]}}')
        )
    changed = trail.entries(db, TrailQuery("contact", berg.id))[0]
    assert changes_of(changed) == {"Given name": ("(erased)", "(erased)")}


def test_deleted_record_shows_its_last_values_as_before(db, berg):
    contacts.delete(db, [berg.id])
    deleted = trail.entries(db, TrailQuery("contact", berg.id))[0]
    assert deleted.action_label == "Deleted"
    assert changes_of(deleted)["Family name"] == ("Berg", "")


def test_export_as_workbook_one_row_per_field(db, berg, tmp_path):
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "trail.xlsx"
    written = trail.export(db, TrailQuery("contact", berg.id, user="ben"), path)
    assert written == 3
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Date", "User", "Action", "Kind", "Record", "Field", "Before", "After")
    assert {r[5]: (r[6], r[7]) for r in rows[1:]}["Given name"] == ("Anna", "Annabell")
    assert isinstance(rows[1][0], dt.datetime)
    assert rows[1][1:5] == ("ben", "Changed", "Contact", "Annabell Berg")
    assert [p.name for p in path.parent.iterdir()] == ["trail.xlsx"]  # no buffer left


def test_export_as_csv_with_byte_order_mark(db, berg, tmp_path):
    contacts.update(db, berg.id, {"phone": "+49 241 4320"}, berg.version)
    path = tmp_path / "trail.csv"
    assert trail.export(db, TrailQuery("contact", berg.id), path) > 3
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][5:] == ["Field", "Before", "After"]
    by_field = {(r[2], r[5]): r for r in rows[1:]}
    assert by_field[("Changed", "Gender")][6:] == ["Female", "Diverse"]
    assert by_field[("Changed", "Phone")][7] == "'+49 241 4320"  # never a formula
    assert dt.datetime.strptime(rows[1][0], "%d.%m.%Y %H:%M").date() == dt.date.today()


def test_export_never_over_the_database_nor_into_a_missing_folder(db, berg, tmp_path):
    with pytest.raises(IsaDeskError, match="folder does not exist"):
        trail.export(db, TrailQuery(), tmp_path / "missing" / "trail.csv")
    if db.engine.dialect.name == "sqlite":
        with pytest.raises(IsaDeskError, match="open database"):
            trail.export(db, TrailQuery(), db.engine.url.database)
