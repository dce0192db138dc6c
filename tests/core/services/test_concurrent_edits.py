"""Two people on one database: a save over a colleague's change is refused and then writes
only the user's own fields; two saves at the same moment end in exactly one; two imports
at once both complete, each row once."""

from __future__ import annotations

import csv
import json
import sqlite3
import threading
import time

import pytest
from sqlalchemy import func, select

from isa_desk.core.db import engine
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Contact, ImportBatch, Organisation, Tag
from isa_desk.core.errors import ConflictError
from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.read import open_source
from isa_desk.core.services import audit_log, contacts
from isa_desk.core.services.editing import changed_fields
from tests.core.exchange.files import workbook


@pytest.fixture
def colleague(db):
    """The same database, opened a second time: a colleague's computer."""
    other = Database.open(db.target)
    yield other
    other.close()


def form_values(contact) -> dict:
    """What an editor holds of a contact."""
    keys = ("position", "email", "phone", "town", "department")
    return {key: getattr(contact, key) for key in keys}


def test_a_save_over_a_colleagues_change_is_refused(db, colleague, mueller):
    mine = contacts.get(db, mueller.id)
    theirs = contacts.get(colleague, mueller.id)
    contacts.update(colleague, mueller.id, {"position": "Landrat a. D."}, theirs.version)

    with pytest.raises(ConflictError, match="changed by someone else"):
        contacts.update(db, mueller.id, {"department": "Kreistag"}, mine.version)
    stored = contacts.get(db, mueller.id)
    assert (stored.position, stored.department) == ("Landrat a. D.", "")


def test_my_changes_over_the_newer_version_keep_the_colleagues(db, colleague, mueller):
    opened = form_values(contacts.get(db, mueller.id))
    theirs = contacts.get(colleague, mueller.id)
    contacts.update(colleague, mueller.id, {"position": "Landrat a. D."}, theirs.version)
    typed = {**opened, "department": "Kreistag", "phone": "02421 22-0"}

    newer = contacts.get(db, mueller.id)
    changes = changed_fields(opened, typed)
    assert changes == {"department": "Kreistag", "phone": "02421 22-0"}
    saved = contacts.update(db, mueller.id, changes, newer.version)

    assert saved.position == "Landrat a. D."  # the colleague's change stays
    assert (saved.department, saved.phone) == ("Kreistag", "02421 22-0")
    assert saved.version == mueller.version + 2
    [last, *_] = audit_log.trail(db, "contact", mueller.id)
    assert set(json.loads(last.changes)) == {"department", "phone"}  # nothing written back


def test_a_merge_against_a_version_already_gone_is_refused_again(db, colleague, mueller):
    newer = contacts.update(colleague, mueller.id, {"position": "Erster"}, mueller.version)
    contacts.update(colleague, mueller.id, {"position": "Zweiter"}, newer.version)  # a third
    with pytest.raises(ConflictError):
        contacts.update(db, mueller.id, {"department": "Kreistag"}, newer.version)
    assert contacts.get(db, mueller.id).department == ""


def save_at_once(databases, contact_id: int, version: int, values: list[dict]) -> list:
    """Each database saves its values in a thread of its own, released together."""
    barrier = threading.Barrier(len(databases))
    outcomes: list = [None] * len(databases)

    def save(number: int) -> None:
        try:
            barrier.wait(timeout=30)
            outcomes[number] = contacts.update(
                databases[number], contact_id, values[number], version
            )
        except Exception as error:  # ConflictError expected for all but one
            outcomes[number] = error

    threads = [threading.Thread(target=save, args=(n,)) for n in range(len(databases))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


def test_two_saves_past_the_version_check_at_once_end_in_one(db, colleague, mueller, monkeypatch):
    """Both read the record and pass the check of its version before either writes:
    the UPDATE's own condition on the version lets one of them through."""
    both_read = threading.Barrier(2)
    checked = contacts.for_update

    def check_then_wait(*args, **kwargs):
        record = checked(*args, **kwargs)
        both_read.wait(timeout=30)
        return record

    monkeypatch.setattr(contacts, "for_update", check_then_wait)
    values = [{"position": "Landrat (A)"}, {"position": "Landrat (B)"}]
    outcomes = save_at_once([db, colleague], mueller.id, mueller.version, values)

    saved = [o for o in outcomes if isinstance(o, Contact)]
    refused = [o for o in outcomes if isinstance(o, ConflictError)]
    assert len(saved) == 1 and len(refused) == 1, outcomes
    stored = contacts.get(db, mueller.id)
    assert stored.position == saved[0].position and stored.version == mueller.version + 1
    updates = [e for e in audit_log.trail(db, "contact", mueller.id) if e.action == "update"]
    assert len(updates) == 1


def test_saves_at_the_same_moment_never_both_succeed(db, colleague, mueller):
    version = mueller.version
    for round_ in range(5):
        values = [{"position": f"A{round_}"}, {"position": f"B{round_}"}]
        outcomes = save_at_once([db, colleague], mueller.id, version, values)
        saved = [o for o in outcomes if isinstance(o, Contact)]
        assert len(saved) == 1, outcomes
        assert all(isinstance(o, ConflictError) for o in outcomes if o is not saved[0])
        version += 1
        stored = contacts.get(db, mueller.id)
        assert (stored.position, stored.version) == (saved[0].position, version)


HEADERS = ["Vorname", "Nachname", "Organisation", "Ort", "Land", "E-Mail", "Schlagwörter"]
GIVEN = ["Anna", "Bernd", "Clara", "Dieter", "Eva", "Frank", "Gisela", "Hans", "Ines", "Jörg"]
FAMILY = ["Albrecht", "Brandt", "Conrad", "Dietrich", "Ebert", "Fuchs", "Graf", "Hahn"]


def people(town: str, count: int) -> list[list]:
    """Contacts of one town, all at the same organisation and with the same new tag as the
    other list's: what both imports make or find."""
    rows = []
    for number in range(count):
        given, family = GIVEN[number % len(GIVEN)], f"{FAMILY[number // len(GIVEN)]}-{town}"
        email = f"{given}.{family}.{number}@example.org".lower().replace("ö", "oe")
        rows.append([given, family, "Städtenetz Sachsen", town, "Deutschland", email, "Netzwerk"])
    return rows


def test_two_imports_at_once_write_every_row_once(db, colleague, tmp_path):
    count = 80
    xlsx = workbook(tmp_path / "chemnitz.xlsx", [HEADERS, *people("Chemnitz", count)])
    csv_path = tmp_path / "dresden.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=";").writerows([HEADERS, *people("Dresden", count)])
    plans = [
        importer.analyse(database, open_source(path), "contacts")
        for database, path in ((db, xlsx), (colleague, csv_path))
    ]
    barrier = threading.Barrier(2)
    outcomes: list = [None, None]

    def run(number: int, database: Database) -> None:
        try:
            barrier.wait(timeout=30)
            outcomes[number] = importer.run(database, plans[number])
        except Exception as error:  # reported below, not lost in the thread
            outcomes[number] = error

    threads = [threading.Thread(target=run, args=(n, d)) for n, d in enumerate((db, colleague))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for plan in plans:
        plan.close()

    assert all(o.written and o.created == count and not o.errors for o in outcomes), outcomes
    with db.session() as session:
        assert session.scalar(select(func.count(Contact.id))) == 2 * count
        emails = session.scalars(select(Contact.email)).all()
        assert len(set(emails)) == 2 * count
        # made by the first import, found by the second: not made twice
        assert session.scalars(select(Organisation.name)).all() == ["Städtenetz Sachsen"]
        assert session.scalars(select(Tag.name)).all() == ["Netzwerk"]
        batches = session.scalars(select(ImportBatch.created)).all()
        assert sorted(batches) == [count, count]


@pytest.mark.sqlite_only
def test_an_import_waits_for_another_programs_write_past_the_busy_timeout(tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 50)
    database = Database.open(str(tmp_path / "busy.sqlite"))
    try:
        path = workbook(tmp_path / "chemnitz.xlsx", [HEADERS, *people("Chemnitz", 5)])
        plan = importer.analyse(database, open_source(path), "contacts")
        other = sqlite3.connect(database.target, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")  # another program writing, for longer than 50 ms
        timer = threading.Timer(0.6, other.rollback)
        started = time.monotonic()
        timer.start()
        try:
            result = importer.run(database, plan)
        finally:
            timer.join()
            other.close()
            plan.close()
        assert time.monotonic() - started >= 0.5
        assert result.written and result.created == 5
    finally:
        database.close()


def test_two_saves_making_the_same_new_tag_at_once_both_succeed(db, colleague):
    """A colleague's save made the tag while this one waited: it is taken, not refused."""
    from isa_desk.core.services import tags

    first = contacts.create(db, {"family_name": "Roth", "given_name": "Anna"})
    second = contacts.create(db, {"family_name": "Wang", "given_name": "Lei"})
    finished: list[object] = []

    def mine() -> None:
        try:
            finished.append(
                contacts.update(
                    colleague, second.id, {"tags": ["Jahrestagung 2027"]}, second.version
                )
            )
        except Exception as error:  # the outcome is checked below, in the test's thread
            finished.append(error)

    with db.transaction() as session:  # the colleague's save holds the new tag, uncommitted
        made = tags.get_or_create(session, ["Jahrestagung 2027"])
        session.get(Contact, first.id).tags = made
        waiting = threading.Thread(target=mine)
        waiting.start()
        time.sleep(0.5)  # the other save reaches the tag and waits for this transaction
    waiting.join(timeout=30)

    assert not isinstance(finished[0], Exception), finished[0]
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Tag)) == 1
    assert [tag.name for tag in contacts.get(db, first.id).tags] == ["Jahrestagung 2027"]
    assert [tag.name for tag in contacts.get(db, second.id).tags] == ["Jahrestagung 2027"]
