"""`restore`: a checked backup takes the database's place; the data it replaces is kept;
anything refused leaves the database as it was."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from isa_desk.core.backups import copying, listing
from isa_desk.core.backups.restore import inspect_source, restore
from isa_desk.core.db.engine import Database
from isa_desk.core.errors import Cancelled, DatabaseError
from isa_desk.core.progress import Progress
from tests import DATA, copy_database
from tests.core.backups import count, damage, delete_contacts

NOW = dt.datetime(2024, 3, 7, 9, 5, 1)


@pytest.fixture
def office(tmp_path, demo_file):
    return copy_database(demo_file, tmp_path / "office" / "office.sqlite")


@pytest.fixture
def backup(office):
    return copying.make_backup(office, now=NOW - dt.timedelta(days=1))


def test_the_backup_replaces_the_data_and_what_it_replaced_is_kept(office, backup):
    contacts = count(office)
    delete_contacts(office)

    done = restore(office, backup, now=NOW)

    assert count(office) == contacts
    assert done.kept == office.parent / "backups" / "office-before-restore-2024-03-07_090501.sqlite"
    assert count(done.kept) == 0  # the data as it was before the restore
    assert count(backup) == contacts  # the backup itself is untouched
    assert sorted(p.name for p in office.parent.iterdir()) == ["backups", "office.sqlite"]
    Database.open(str(office)).close()  # and the program opens it


def test_a_database_open_in_write_ahead_mode_gets_its_log_folded_in_first(office, backup):
    writer = sqlite3.connect(office)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    with writer:
        writer.execute("UPDATE contact SET given_name = 'Logged' WHERE id = 1")
    writer.close()  # the last connection: the log is folded in by SQLite already
    done = restore(office, backup, now=NOW)
    kept = sqlite3.connect(done.kept)
    assert kept.execute("SELECT given_name FROM contact WHERE id = 1").fetchone() == ("Logged",)
    kept.close()


def test_a_database_another_program_has_open_is_not_replaced(office, backup):
    before = office.read_bytes()
    other = sqlite3.connect(office)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("SELECT count(*) FROM contact").fetchone()
    try:
        with pytest.raises(DatabaseError, match="open in another program"):
            restore(office, backup, now=NOW)
    finally:
        other.close()
    assert office.read_bytes() == before
    assert [p for p in office.parent.iterdir() if p.name.startswith(".~")] == []


def test_a_damaged_database_is_replaced_and_kept_as_it_was(office, backup):
    damage(office)
    damaged = office.read_bytes()

    done = restore(office, backup, now=NOW)

    assert done.kept.name == "office-damaged-2024-03-07_090501.sqlite"
    assert done.kept.read_bytes() == damaged
    assert count(office) == count(backup)
    assert [b.kind for b in listing.backups(office)] == [listing.DAMAGED, listing.DATED]


def test_a_missing_database_is_simply_made_from_the_backup(tmp_path, backup):
    target = tmp_path / "new" / "office.sqlite"
    target.parent.mkdir()
    assert restore(target, backup).kept is None
    assert count(target) == count(backup)


def make_plain(path, revision=None):
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE notes (text)")
        if revision:
            connection.execute("CREATE TABLE alembic_version (version_num)")
            connection.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    connection.close()
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("shopping list") or p, "not an SQLite file"),
        (make_plain, "not an ISA Desk database"),
        (lambda p: make_plain(p, "9999"), "newer version of ISA Desk"),
        (lambda p: None, "There is no file"),
    ],
    ids=["text", "other program", "newer schema", "missing"],
)
def test_a_source_that_is_no_isa_desk_database_is_refused(office, tmp_path, make, message):
    source = tmp_path / "source.sqlite"
    make(source)
    before = office.read_bytes()
    with pytest.raises(DatabaseError, match=message):
        inspect_source(office, source)
    with pytest.raises(DatabaseError, match=message):
        restore(office, source, now=NOW)
    assert office.read_bytes() == before
    assert sorted(p.name for p in office.parent.iterdir()) == ["office.sqlite"]  # no backup


def test_a_damaged_backup_is_refused(office, backup):
    damage(backup)
    before = office.read_bytes()
    with pytest.raises(DatabaseError, match="integrity check"):
        inspect_source(office, backup)
    with pytest.raises(DatabaseError, match="was not restored .*SQLite's check.*was not changed"):
        restore(office, backup, now=NOW)
    assert office.read_bytes() == before
    assert [b.kind for b in listing.backups(office)] == [listing.DATED]


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_the_database_itself_is_no_source(office, suffix):
    with pytest.raises(DatabaseError, match="is the database itself"):
        restore(office, office.parent / f"{office.name}{suffix}")


def test_a_cancelled_restore_changes_nothing(office, backup, monkeypatch):
    monkeypatch.setattr(copying, "PAGES_PER_STEP", 8)
    delete_contacts(office)
    progress = Progress(lambda done, _total, _m: done > 16 and progress.cancel())
    with pytest.raises(Cancelled):
        restore(office, backup, progress, now=NOW)
    assert count(office) == 0
    assert sorted(p.name for p in office.parent.iterdir()) == ["backups", "office.sqlite"]


def test_a_backup_of_an_older_schema_is_restored_and_upgraded_at_the_next_open(office):
    old = copy_database(DATA / "schema-0001.sqlite", office.parent / "old.sqlite")
    restore(office, old, now=NOW)
    Database.open(str(office)).close()
    assert count(office) == count(old)
    assert list(office.parent.glob("office.backup-0001-*.sqlite"))  # the upgrade's own
