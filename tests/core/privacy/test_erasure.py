"""Erasure for good: afterwards the person's values are in no byte of the database's files
(SQLite: the file and its write-ahead log; PostgreSQL: the database's data files), while
everyone else's data and the history of other records stay readable."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from isa_desk.core.backups import listing
from isa_desk.core.backups.copying import copy_database
from isa_desk.core.db.engine import Database, sqlite_file
from isa_desk.core.db.models import (
    Activity,
    AuditEntry,
    Consent,
    Contact,
    ImportBatch,
    Inquiry,
    MailingMessage,
    NotDuplicate,
    Participant,
    contact_tag,
)
from isa_desk.core.errors import Cancelled, NotFoundError
from isa_desk.core.privacy import coverage, erasure, erasure_backups
from isa_desk.core.privacy.marker import ERASED
from isa_desk.core.progress import Progress
from isa_desk.core.services import contacts
from tests.core.privacy import erasure_people
from tests.core.privacy.erasure_people import EMAILS, FAMILY, People


def _pg_files(db: Database) -> list[Path]:
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("CHECKPOINT")
        data = Path(connection.exec_driver_sql("SHOW data_directory").scalar())
        oid = connection.execute(
            text("SELECT oid FROM pg_database WHERE datname = current_database()")
        ).scalar()
    # the database's own files; the server's write-ahead log (pg_wal) is left to the server
    return [path for path in (data / "base" / str(oid)).iterdir() if path.is_file()]


def file_bytes(db: Database) -> bytes:
    """Every byte the database keeps on disk (lower-cased: ASCII letters only)."""
    path = sqlite_file(db.engine)
    files = _pg_files(db) if path is None else [path, Path(f"{path}-wal")]
    return b"".join(f.read_bytes() for f in files if f.exists()).lower()


def found_in(data: bytes) -> list[str]:
    return [needle.decode() for needle in People.needles() if needle.lower() in data]


def test_the_person_is_gone_from_every_byte_of_the_database(db):
    people = erasure_people.make(db)
    colleague_trail = erasure_people.trail(db, "contact", people.colleague)
    assert found_in(file_bytes(db)) == found_in(b"".join(People.needles()).lower())

    report = erasure.erase(db, people.person)

    assert report.warnings == []
    assert found_in(file_bytes(db)) == []
    # everyone else stays, and readable
    assert b"bertha.ottokarsdottir@example.org" in file_bytes(db)
    assert contacts.get(db, people.colleague).family_name == "Ottokarsdottir"
    assert erasure_people.trail(db, "contact", people.colleague) == colleague_trail


def test_every_row_of_the_person_goes_and_what_others_need_stays(db):
    people = erasure_people.make(db)
    db.user = "datenschutz"

    report = erasure.erase(db, people.person)

    assert report.counts["contact"] == 1
    assert report.counts["consent"] == 2
    assert report.counts["activity"] == 2
    assert report.counts["participant"] == 1
    with db.session() as session:
        for model in (Consent, Activity, Participant):
            assert (
                session.scalar(select(func.count()).where(model.contact_id == people.person)) == 0
            )
        assert session.get(Contact, people.person) is None
        assert session.scalar(select(func.count()).select_from(NotDuplicate)) == 0
        assert session.execute(select(contact_tag)).all() == []
        inquiry = session.get(Inquiry, people.inquiry)
        assert (inquiry.contact_id, inquiry.summary) == (None, "Beitritt 2026")
        # the mailing keeps its counts: the person's e-mail stays sent, without a name
        messages = session.scalars(select(MailingMessage).order_by(MailingMessage.id)).all()
        assert [(m.name, m.address, m.status, m.file_name) for m in messages] == [
            (ERASED, ERASED, "sent", ""),
            ("Bertha Ottokarsdottir", "bertha.ottokarsdottir@example.org", "pending", ""),
        ]
        undo_data = json.loads(session.get(ImportBatch, people.batch).undo_data)
        assert undo_data == {"created": [people.colleague], "updated": {}, "versions": {}}
        erase_entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "erase")).one()
    assert (erase_entry.entity, erase_entry.entity_id) == ("contact", people.person)
    assert (erase_entry.summary, erase_entry.changes, erase_entry.user) == ("", "{}", "datenschutz")


def test_the_trail_keeps_its_entries_with_the_values_erased(db):
    people = erasure_people.make(db)
    before = erasure_people.trail(db, "contact", people.person)
    inquiry_before = erasure_people.trail(db, "inquiry", people.inquiry)

    erasure.erase(db, people.person)

    after = erasure_people.trail(db, "contact", people.person)
    assert [action for action, _s, _c in after] == [a for a, _s, _c in before] + ["erase"]
    update = json.loads(after[1][2])
    assert update == {"email": [ERASED, ERASED]}  # the field that changed is still said
    created = json.loads(after[0][2])
    assert created["family_name"] == ERASED and created["member_id"] == people.member
    assert all(summary == "" for _a, summary, _c in after)
    # the inquiry's own history stays as it was: it names the person by number only
    assert erasure_people.trail(db, "inquiry", people.inquiry) == inquiry_before
    activity_entries = erasure_people.trail(db, "activity", 1)
    assert activity_entries and all(FAMILY not in s + c for _a, s, c in activity_entries)


def test_the_preview_tells_what_will_go_and_changes_nothing(db):
    people = erasure_people.make(db)

    shown = erasure.preview(db, people.person)

    assert shown.name == "Wilhelmine Zwiebelhuber"
    assert shown.counts["activity"] == 2 and shown.counts["inquiry"] == 1
    assert shown.counts["audit_entry"] > 5
    assert "Activities (notes, calls, e-mails): 2" in erasure.count_lines(shown.counts)
    assert contacts.get(db, people.person).email == EMAILS[-1]
    assert erasure.erase(db, people.person).counts == shown.counts


def test_an_unknown_contact_is_refused_and_a_cancelled_erasure_changes_nothing(db):
    people = erasure_people.make(db)
    with pytest.raises(NotFoundError, match="999"):
        erasure.erase(db, 999)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        erasure.erase(db, people.person, progress)
    assert contacts.get(db, people.person).family_name == FAMILY


def test_erasure_covers_every_table_that_holds_a_person():
    personal = {entry.table for entry in coverage.personal_tables()}
    assert set(erasure.HANDLED) == personal


def test_a_server_database_names_its_own_backup_rules(db, backend):
    people = erasure_people.make(db)
    report = erasure.erase(db, people.person)
    if backend == "postgresql":
        assert report.backups == [] and "pg_dump" in report.notes[0]
    else:
        assert report.notes == []


@pytest.mark.sqlite_only
def test_backups_holding_the_person_are_listed_with_their_expiry(db):
    database = sqlite_file(db.engine)
    folder = listing.backup_folder(database)
    folder.mkdir()
    early = folder / listing.backup_name(database, dt.datetime(2026, 1, 5, 9, 0))
    copy_database(database, early)  # before the person came
    people = erasure_people.make(db)
    end_of_month = folder / listing.backup_name(database, dt.datetime(2026, 2, 27, 9, 0))
    copy_database(database, end_of_month)
    dated = folder / listing.backup_name(database, dt.datetime(2026, 3, 2, 9, 0))
    copy_database(database, dated)
    restored = folder / listing.backup_name(
        database, dt.datetime(2026, 3, 3, 9, 0), listing.BEFORE_RESTORE
    )
    copy_database(database, restored)

    held = erasure_backups.holding(db, people.person, today=dt.date(2026, 3, 4))

    assert [(b.path, b.expires) for b in held] == [
        (restored, None),
        # one of 7 daily backups, with newer ones in its week and month (daily use)
        (dated, dt.date(2026, 3, 11)),
        # the newest of its month: gone when a 13th month has a backup
        (end_of_month, dt.date(2027, 2, 1)),
    ]
    lines = erasure.backup_lines(held)
    assert lines[0].endswith("kept until removed by hand")
    assert str(dated) in lines[1]


def test_the_rotation_day_of_a_dated_backup():
    made = dt.datetime(2026, 3, 10, 9, 0)
    later_that_week = dt.datetime(2026, 3, 12, 9, 0)
    # with a newer backup in its week and month it lasts its 7 days of daily backups
    assert erasure_backups.expiry(made, [made, later_that_week], dt.date(2026, 3, 13)) == (
        dt.date(2026, 3, 19)
    )
    # today's rotation drops one no longer kept (1 March, a Sunday, ends its week: kept)
    old = [dt.datetime(2026, 3, day, 9, 0) for day in range(1, 10)]
    assert erasure_backups.expiry(old[1], old, dt.date(2026, 3, 9)) == dt.date(2026, 3, 9)


def test_another_records_history_loses_only_the_persons_values(db):
    people = erasure_people.make(db)
    with db.session() as session:
        office = session.scalar(
            select(AuditEntry.entity_id).where(AuditEntry.entity == "organisation")
        )

    erasure.erase(db, people.person)

    (_a1, name, created), (_a2, _n, changed) = erasure_people.trail(db, "organisation", office)
    assert name == "Kreisverwaltung Beispielfeld"
    assert json.loads(created)["email"] == ERASED
    assert json.loads(created)["name"] == "Kreisverwaltung Beispielfeld"
    assert json.loads(changed) == {"email": [ERASED, "info@kreis-example.de"]}


@pytest.mark.sqlite_only
def test_the_search_index_keeps_nothing_of_the_person(db):
    people = erasure_people.make(db)
    contacts.count(db, contacts.ListQuery(text="Zwiebelhuber"))  # the index is in use

    erasure.erase(db, people.person)

    def blocks() -> list:
        with db.engine.connect() as connection:
            return connection.exec_driver_sql(
                "SELECT id, block FROM contact_search_data ORDER BY id"
            ).all()

    left = blocks()
    with db.engine.begin() as connection:  # an index of the remaining contacts only
        connection.exec_driver_sql("INSERT INTO contact_search(contact_search) VALUES ('rebuild')")
    assert left == blocks()
    assert contacts.count(db, contacts.ListQuery(text="Zwiebelhuber")) == 0
    assert contacts.count(db, contacts.ListQuery(text="Ottokarsdottir")) == 1


def test_a_login_that_may_not_compact_gets_a_warning_and_the_erasure_stands(db, backend):
    if backend != "postgresql":
        pytest.skip("a server's rights")
    people = erasure_people.make(db)
    role = f"clerk_{db.engine.url.database}"
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN')
        for kind in ("TABLES", "SEQUENCES"):
            connection.exec_driver_sql(f'GRANT ALL ON ALL {kind} IN SCHEMA public TO "{role}"')
    clerk = Database.open(db.engine.url.set(username=role).render_as_string(False))
    try:
        report = erasure.erase(clerk, people.person)
        assert len(report.warnings) == 1
        assert "may not compact the tables" in report.warnings[0]
        assert "contact" in report.warnings[0]
        with pytest.raises(NotFoundError):
            contacts.get(clerk, people.person)
    finally:
        clerk.close()
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql(f'DROP OWNED BY "{role}"')
            connection.exec_driver_sql(f'DROP ROLE "{role}"')
