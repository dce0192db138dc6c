"""A new database appears under its name only when complete; an interrupted creation's
leftover is rebuilt, not refused as another program's file."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from sqlalchemy import create_engine

from isa_desk.core import files
from isa_desk.core.db import creation, schema, search_index
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Base
from isa_desk.core.errors import DatabaseError
from tests import ROOT


def revision_of(path) -> str | None:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def folder(tmp_path):
    """A folder of its own (the user data folder lies in tmp_path too)."""
    made = tmp_path / "data"
    made.mkdir()
    return made


def half_built(path, rows: bool = False) -> None:
    """What an older version left when killed during creation: the tables, no version."""
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    engine.dispose()
    if rows:
        connection = sqlite3.connect(path)
        with connection:
            connection.execute("INSERT INTO tag (name) VALUES ('Presse')")
        connection.close()


def test_a_new_database_is_complete_and_leaves_no_temporary_file(folder):
    path = folder / "office.sqlite"
    Database.open(str(path)).close()
    assert revision_of(path) == schema.head_revision()
    assert sorted(p.name for p in folder.iterdir()) == ["office.sqlite"]


def test_a_failure_while_building_leaves_no_database_and_no_temporary_file(folder, monkeypatch):
    def broken(_engine):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(search_index, "install", broken)
    with pytest.raises(DatabaseError, match="disk I/O error"):
        Database.open(str(folder / "office.sqlite"))
    assert list(folder.iterdir()) == []


def test_a_folder_without_permission_gets_one_clear_message(folder):
    if os.geteuid() == 0:
        pytest.skip("the superuser may write anywhere")
    folder = folder / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DatabaseError, match="cannot be created"):
            Database.open(str(folder / "office.sqlite"))
    finally:
        folder.chmod(0o700)


def test_an_interrupted_creation_is_rebuilt_not_called_foreign(folder, caplog):
    path = folder / "office.sqlite"
    half_built(path)
    db = Database.open(str(path))
    try:
        assert db.engine.url.database == str(path)
    finally:
        db.close()
    assert revision_of(path) == schema.head_revision()
    assert "creation had been interrupted" in caplog.text
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "office.sqlite"
    ]


def test_an_empty_file_becomes_a_whole_database(folder):
    path = folder / "office.sqlite"
    path.touch()
    Database.open(str(path)).close()
    assert revision_of(path) == schema.head_revision()


def test_our_tables_with_data_but_no_version_are_refused_and_left_alone(folder):
    path = folder / "office.sqlite"
    half_built(path, rows=True)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="no schema version") as raised:
        Database.open(str(path))
    assert str(path) in str(raised.value)
    assert path.read_bytes() == before


def test_a_database_made_meanwhile_by_another_process_is_kept(folder):
    path = folder / "office.sqlite"
    Database.open(str(path)).close()
    theirs = path.read_bytes()
    mine = folder / ".~office-00000000.sqlite"
    mine.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    creation._publish(mine, path)
    assert path.read_bytes() == theirs


def test_stale_temporary_databases_are_removed_fresh_ones_kept(folder):
    stale = folder / ".~office-1a2b3c4d.sqlite"
    journal = folder / ".~office-1a2b3c4d.sqlite-journal"
    fresh = folder / ".~office-5e6f7a8b.sqlite"
    other = folder / ".~office-notes.sqlite"  # not our pattern
    for leftover in (stale, journal, fresh, other):
        leftover.write_bytes(b"half")
    hours_ago = time.time() - 2 * files.STALE_SECONDS
    os.utime(stale, (hours_ago, hours_ago))
    os.utime(journal, (hours_ago, hours_ago))
    os.utime(other, (hours_ago, hours_ago))
    Database.open(str(folder / "office.sqlite")).close()
    assert not stale.exists() and not journal.exists()
    assert fresh.exists() and other.exists()


CREATE = "from isa_desk.core.db.engine import Database; Database.open({path!r}).close()"


@pytest.mark.slow
def test_killed_at_random_moments_the_creation_leaves_nothing_or_a_whole_database(folder):
    """kill -9 during creation, 12 times: afterwards the file is absent or whole, and the
    next start opens it."""
    rng = random.Random(12)

    for trial in range(12):
        path = folder / f"office-{trial}.sqlite"
        child = subprocess.Popen(
            [sys.executable, "-c", CREATE.format(path=str(path))],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.3, 1.5))
        child.send_signal(signal.SIGKILL)
        child.wait()
        if path.exists():
            assert revision_of(path) == schema.head_revision()
        Database.open(str(path)).close()
        assert revision_of(path) == schema.head_revision()
