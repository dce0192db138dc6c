"""Opening databases: settings of each connection, bad targets refused without a change,
the audit trail of every change and the version counter against concurrent edits."""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import time

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from isa_desk.core.db import audit
from isa_desk.core.db import engine as db_module
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import AuditEntry, Contact, Member, MemberPlace
from isa_desk.core.errors import DatabaseError


@pytest.fixture
def db(tmp_path):
    database = Database.open(str(tmp_path / "t.sqlite"))
    yield database
    database.close()


def other_program_database(path) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
        connection.execute("INSERT INTO recipes (title) VALUES ('Königsberger Klopse')")
    connection.close()


def audit_entries(db: Database, entity: str) -> list[AuditEntry]:
    with db.session() as session:
        query = select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
        return list(session.scalars(query))


def test_each_connection_has_foreign_keys_wal_and_a_busy_timeout(db):
    with db.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("busy_timeout") == db_module.BUSY_TIMEOUT_MS > 0


def test_a_url_works_as_well_as_a_path(tmp_path):
    path = tmp_path / "by-url.sqlite"
    database = Database.open(f"sqlite:///{path}")
    try:
        assert database.name == "by-url.sqlite"
        assert database.location == str(path.resolve())
    finally:
        database.close()
    assert path.exists()


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseError, match="folder") as raised:
        Database.open(str(tmp_path))
    assert str(tmp_path) in str(raised.value)


def test_a_missing_folder_is_not_created(tmp_path):
    path = tmp_path / "missing" / "office.sqlite"
    with pytest.raises(DatabaseError) as raised:
        Database.open(str(path))
    assert str(path.parent) in str(raised.value)
    assert not path.parent.exists()


def test_a_text_file_named_sqlite_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("Termine: 15.10. Plenarversammlung\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not an ISA Desk database") as raised:
        Database.open(str(path))
    assert str(path) in str(raised.value)
    assert path.read_bytes() == before


def test_the_database_of_another_program_is_refused(tmp_path):
    path = tmp_path / "recipes.sqlite"
    other_program_database(path)
    with pytest.raises(DatabaseError, match="another program") as raised:
        Database.open(str(path))
    assert str(path) in str(raised.value)
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall() == [
        ("recipes",)
    ]
    connection.close()


def test_the_database_of_another_program_is_left_byte_for_byte(tmp_path):
    path = tmp_path / "recipes.sqlite"
    other_program_database(path)
    before = path.read_bytes()
    with pytest.raises(DatabaseError):
        Database.open(str(path))
    assert path.read_bytes() == before


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0,
    reason="needs a POSIX user without the right to write everywhere",
)
def test_a_folder_without_write_permission_is_reported(tmp_path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DatabaseError) as raised:
            Database.open(str(folder / "office.sqlite"))
        assert "office.sqlite" in str(raised.value)
    finally:
        folder.chmod(0o700)


def test_a_locked_database_is_reported_quickly(tmp_path, monkeypatch):
    path = tmp_path / "locked.sqlite"
    Database.open(str(path)).close()
    setup = sqlite3.connect(path)
    setup.execute("PRAGMA journal_mode=DELETE")  # a lock in rollback mode blocks every reader
    setup.close()
    before = path.read_bytes()
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    started = time.monotonic()
    try:
        with pytest.raises(DatabaseError, match="locked") as raised:
            Database.open(str(path))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert time.monotonic() - started < 3
    assert str(path) in str(raised.value)
    assert path.read_bytes() == before


def test_every_change_is_in_the_audit_trail_with_the_os_user(db):
    with db.transaction() as session:
        member = Member(name="Kreis Düren", country="DE", places=[MemberPlace(name="Düren")])
        contact = Contact(given_name="Anna", family_name="Müller", member=member)
        session.add(contact)
    with db.transaction() as session:
        session.get(Contact, contact.id).position = "Landrätin"
    with db.transaction() as session:
        session.delete(session.get(Contact, contact.id))

    entries = audit_entries(db, "contact")
    assert [entry.action for entry in entries] == ["create", "update", "delete"]
    assert {entry.user for entry in entries} == {audit.current_user()}
    assert {entry.entity_id for entry in entries} == {contact.id}
    assert entries[0].summary == "Anna Müller"
    assert json.loads(entries[0].changes)["family_name"] == "Müller"
    assert json.loads(entries[1].changes) == {"position": ["", "Landrätin"]}
    assert [e.action for e in audit_entries(db, "member")] == ["create"]
    assert [e.action for e in audit_entries(db, "member_place")] == ["create"]


def test_a_failed_transaction_writes_nothing(db):
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.add(Member(name="Talbrück", country="DE"))
        session.flush()
        raise RuntimeError("stop")
    with db.session() as session:
        assert session.scalars(select(Member)).all() == []
        assert session.scalars(select(AuditEntry)).all() == []


def test_each_update_counts_the_version_up(db):
    with db.transaction() as session:
        contact = Contact(given_name="Wei", family_name="Wang", name_order="chinese")
        session.add(contact)
    assert contact.version == 1
    for number, town in enumerate(("Foshan", "Berlin"), start=2):
        with db.transaction() as session:
            session.get(Contact, contact.id).town = town
        with db.session() as session:
            assert session.get(Contact, contact.id).version == number


def test_a_concurrent_edit_is_detected_not_overwritten(db):
    with db.transaction() as session:
        contact = Contact(given_name="Anna", family_name="Müller")
        session.add(contact)
    first, second = db.session(), db.session()
    try:
        mine, theirs = first.get(Contact, contact.id), second.get(Contact, contact.id)
        mine.town = "Aachen"
        first.commit()
        theirs.town = "Köln"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()
    with db.session() as session:
        stored = session.get(Contact, contact.id)
        assert (stored.town, stored.version) == ("Aachen", 2)


def test_every_new_session_factory_is_audited(db):
    """A factory made after another was collected may get its id(): it is audited still."""
    for number in range(80):
        factory = sessionmaker(db.engine)
        audit.install(factory)
        with factory() as session:
            session.add(Member(name=f"Probe {number}", country="DE"))
            session.flush()
            entries = session.scalar(select(func.count()).select_from(AuditEntry))
            session.rollback()
        assert entries == 1, f"factory {number} wrote no audit entry"
        del factory, session
        gc.collect()
