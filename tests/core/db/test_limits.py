"""Bad input gets the same answer on SQLite and PostgreSQL, whichever way it is written:
a text longer than its column is refused with a ValidationError naming the field and
nothing is written; a NUL (which PostgreSQL cannot hold) is removed, as forms and the
import remove control characters. The ways in: the services, the ORM flush, the import's
bulk insert, undo, settings, and INSERTs past the ORM."""

from __future__ import annotations

import dataclasses
import random

import pytest
from sqlalchemy import func, insert, select

from isa_desk.core.db import limits
from isa_desk.core.db.models import Activity, Contact, Setting
from isa_desk.core.documents.letters import sender
from isa_desk.core.errors import ValidationError
from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.read import open_source
from isa_desk.core.services import activities, contacts, members, undo
from tests.core.exchange.files import csv_file, workbook


def count(db, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def refused(call, field: str, length: int, limit: int) -> None:
    with pytest.raises(ValidationError) as raised:
        call()
    assert raised.value.field == field
    assert f"{length} characters" in str(raised.value) and f"at most {limit}" in str(raised.value)


def test_a_name_of_101_characters_is_refused_by_create_and_update(db):
    refused(lambda: contacts.create(db, {"family_name": "B" * 101}), "family_name", 101, 100)
    assert count(db, Contact) == 0
    person = contacts.create(db, {"family_name": "B" * 100})  # exactly the limit fits
    refused(
        lambda: contacts.update(db, person.id, {"given_name": "A" * 101}, person.version),
        "given_name",
        101,
        100,
    )
    assert contacts.get(db, person.id).given_name == ""


def test_a_long_phone_number_is_refused(db):
    number = "+49 30 " + "1234 " * 12  # 67 characters
    refused(
        lambda: contacts.create(db, {"family_name": "Berg", "phone": number}),
        "phone",
        len(number.strip()),
        60,
    )
    assert count(db, Contact) == 0


def test_nul_and_control_characters_from_a_form_are_removed(db):
    person = contacts.create(
        db, {"given_name": "An\x00na", "family_name": "Be\x07rg", "notes": "a\x00b\tc\nd"}
    )
    stored = contacts.get(db, person.id)
    assert (stored.given_name, stored.family_name, stored.notes) == ("Anna", "Berg", "ab\tc\nd")
    assert contacts.page(db, contacts.ListQuery(text="anna"), 0, 10)[0].id == person.id


def test_a_nul_written_past_the_forms_is_removed_too(db):
    """A service that sets a record's text itself (an activity's text and subject)."""
    person = contacts.create(db, {"family_name": "Berg"})
    logged = activities.add(
        db, "note", "Anruf\x00 um 10", subject="Rück\x00ruf", contact_id=person.id
    )
    assert (logged.text, logged.subject) == ("Anruf um 10", "Rückruf")
    with db.session() as session:
        assert session.scalars(select(Activity.text)).one() == "Anruf um 10"
    refused(
        lambda: activities.add(db, "note", "x", subject="S" * 301, contact_id=person.id),
        "subject",
        301,
        300,
    )
    assert count(db, Activity) == 1


def test_settings_hold_no_nul_and_refuse_an_overlong_key(db):
    sender.save(db, dataclasses.replace(sender.DEFAULT, town="Ber\x00lin"))
    assert sender.load(db).town == "Berlin"
    with pytest.raises(ValidationError) as raised, db.transaction() as session:
        session.add(Setting(key="k" * 101, value="x"))
    assert raised.value.field == "key"


def test_a_bulk_insert_past_the_orm_is_checked_as_it_is_executed(db):
    rows = [
        {"family_name": "Berg", "email_key": None},
        {"family_name": "X" * 101, "email_key": None},
    ]
    with pytest.raises(ValidationError) as raised, db.transaction() as session:
        session.execute(insert(Contact), rows)
    assert raised.value.field == "family_name"
    assert count(db, Contact) == 0  # not the first row either
    with db.transaction() as session:
        session.execute(insert(Contact), [{"family_name": "Be\x00rg", "email_key": None}])
    with db.session() as session:
        assert session.scalars(select(Contact.family_name)).one() == "Berg"


def test_many_rows_past_the_orm_are_each_checked_whatever_their_keys(db):
    """The quick look at rows of the same keys misses neither a NUL nor an overlong text
    in any of their text columns, nor in a row of other keys."""
    rows = [{"family_name": f"Berg {n}", "town": "Köln", "email_key": None} for n in range(6)]
    rows[2]["town"] = "Kö\x00ln"
    rows[4] = {"family_name": "Ro\x00th", "email_key": None}  # other keys
    with db.transaction() as session:
        session.execute(insert(Contact), rows)
    with db.session() as session:
        stored = session.execute(select(Contact.family_name, Contact.town).order_by(Contact.id))
        assert [tuple(row) for row in stored][1:5] == [
            ("Berg 1", "Köln"),
            ("Berg 2", "Köln"),
            ("Berg 3", "Köln"),
            ("Roth", ""),
        ]
    for field, length in (("town", 100), ("family_name", 100)):
        rows = [{"family_name": "Berg", "town": "Köln", "email_key": None} for _ in range(5)]
        rows[3][field] = "x" * (length + 1)
        with pytest.raises(ValidationError) as raised, db.transaction() as session:
            session.execute(insert(Contact), rows)
        assert raised.value.field == field
    assert count(db, Contact) == 6


def test_undo_puts_back_no_more_than_the_columns_hold(db):
    member = members.create(db, {"name": "Kreis Düren", "country": "DE"})
    person = contacts.create(db, {"family_name": "Berg", "member_id": member.id})
    deleted = contacts.delete(db, [person.id])
    deleted.rows["contact"][0]["family_name"] = "B" * 101  # a snapshot gone wrong
    with pytest.raises(ValidationError) as raised:
        undo.restore(db, deleted)
    assert raised.value.field == "family_name"
    assert count(db, Contact) == 0
    deleted.rows["contact"][0]["family_name"] = "Be\x00rg"
    undo.restore(db, deleted)
    assert contacts.get(db, person.id).family_name == "Berg"


def test_an_import_with_an_overlong_cell_names_row_and_column_and_writes_nothing(db, tmp_path):
    for path in (
        csv_file(
            tmp_path / "liste.csv",
            ["Vorname;Nachname;Telefon", "Anna;Berg;030 1", "Jan;Kühn;" + "0" * 61],
            "utf-8",
        ),
        workbook(
            tmp_path / "liste.xlsx",
            [["Vorname", "Nachname", "Telefon"], ["Anna", "Berg", "030 1"], ["Jan", "K" * 101]],
        ),
    ):
        plan = importer.analyse(db, open_source(path), "contacts")
        [problem] = plan.errors()
        assert problem.row == 3 and problem.column in ("Telefon", "Nachname"), path
        assert "at most" in problem.message
        result = importer.run(db, plan)
        assert not result.written and count(db, Contact) == 0


def test_an_import_with_a_nul_in_a_cell_removes_it_and_says_where(db, tmp_path):
    # UTF-16 (Excel's "Unicode text") holds NUL bytes anyway: a NUL character in a cell
    # reaches the reader
    lines = ["Vorname;Nachname;E-Mail", "Anna;Be\x00rg;anna@example.org", ""]
    path = tmp_path / "liste.csv"
    path.write_bytes(("\ufeff" + "\r\n".join(lines)).encode("utf-16-le"))
    plan = importer.analyse(db, open_source(path), "contacts")
    assert plan.errors() == []
    assert [(w.row, w.column) for w in plan.warnings()] == [(2, "Nachname")]
    assert "NUL" in plan.warnings()[0].message
    importer.run(db, plan)
    with db.session() as session:
        assert session.scalars(select(Contact.family_name)).one() == "Berg"


def test_a_search_text_with_a_nul_finds_as_without(db):
    contacts.create(db, {"given_name": "Anna", "family_name": "Müller", "name_zh": "刘"})
    for text in ("mü\x00ller", "\x00", "刘\x00", "an\x07na"):
        query = contacts.ListQuery(text=text)
        assert contacts.count(db, query) == len(contacts.page(db, query, 0, 10)) == 1, text


def test_rows_checked_a_column_at_a_time_as_a_row_at_a_time():
    """checked_rows' quick look at thousands of rows answers as the check of each row."""
    table = Contact.__table__
    columns = limits._text_columns(table)
    pick = random.Random(4)
    values = ["", "Anna", "A" * 100, "B" * 101, "x\x00y", None, 7, "刘" * 60]
    for _ in range(300):
        rows = [
            {"family_name": pick.choice(values[:3]), "given_name": "Yi", "member_id": 1}
            for _ in range(pick.randrange(1, 6))
        ]
        row = pick.choice(rows)
        row[pick.choice(["family_name", "notes", "email_key"])] = pick.choice(values)
        if pick.random() < 0.2:
            row.pop("given_name")
        try:
            expected = [limits._checked_row(columns, each) for each in rows]
        except ValidationError as error:
            with pytest.raises(ValidationError) as raised:
                limits.checked_rows(table, rows)
            assert raised.value.field == error.field
            continue
        assert limits.checked_rows(table, rows) == expected
