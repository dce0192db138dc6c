"""`make_backup`: a whole, checked copy under its name, or no file at all."""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3

import pytest

from isa_desk.core import files
from isa_desk.core.backups import copying, listing
from isa_desk.core.errors import Cancelled, DatabaseError
from isa_desk.core.files import ProtectedFileError
from isa_desk.core.progress import Progress
from tests import copy_database
from tests.core.backups import count, damage, journal_mode

NOW = dt.datetime(2024, 3, 7, 9, 5, 1)


@pytest.fixture
def office(tmp_path, demo_file):
    return copy_database(demo_file, tmp_path / "office" / "office.sqlite")


def names(folder):
    return sorted(path.name for path in folder.iterdir())


def test_a_backup_goes_to_the_backups_folder_whole_and_on_its_own(office):
    made = copying.make_backup(office, now=NOW)
    assert made == office.parent / "backups" / "office-2024-03-07_090501.sqlite"
    assert count(made) == count(office) > 100
    assert journal_mode(made) == "delete"  # no write-ahead log to carry along
    assert names(made.parent) == [made.name]  # no temporary file left


def test_a_backup_to_a_chosen_file_or_folder(office, tmp_path):
    chosen = copying.make_backup(office, tmp_path / "before-the-move.sqlite")
    assert count(chosen) == count(office)
    folder = tmp_path / "usb"
    folder.mkdir()
    into_folder = copying.make_backup(office, folder, now=NOW)
    assert into_folder == folder / "office-2024-03-07_090501.sqlite"


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_the_database_and_its_companions_are_never_the_target(office, suffix):
    target = office.parent / f"{office.name}{suffix}"
    before = office.read_bytes()
    with pytest.raises(ProtectedFileError, match="cannot be overwritten"):
        copying.make_backup(office, target)
    assert office.read_bytes() == before
    assert names(office.parent) == ["office.sqlite"]


def test_a_backup_while_another_connection_holds_a_write_transaction(office):
    writer = sqlite3.connect(office, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("UPDATE contact SET given_name = 'Committed' WHERE id = 1")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE contact SET given_name = 'Uncommitted' WHERE id = 2")
    try:
        made = copying.make_backup(office, now=NOW)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    copy = sqlite3.connect(made)
    try:
        first, second = copy.execute(
            "SELECT given_name FROM contact WHERE id IN (1, 2) ORDER BY id"
        ).fetchall()
    finally:
        copy.close()
    assert first == ("Committed",)  # committed in the write-ahead log: in the copy
    assert second != ("Uncommitted",)


def test_a_failed_check_of_the_copy_leaves_no_file(office, monkeypatch):
    monkeypatch.setattr(copying, "integrity_problems", lambda *_a: ["Page 7: broken"])
    with pytest.raises(DatabaseError, match="No backup of .* was made: .*Page 7: broken"):
        copying.make_backup(office, now=NOW)
    assert names(office.parent / "backups") == []


def test_a_full_disk_leaves_no_file_and_says_so_in_one_line(office, monkeypatch):
    def disk_full(_path):  # the disk fills up as the copy is made durable
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "sync_file", disk_full)
    with pytest.raises(DatabaseError) as raised:
        copying.make_backup(office, now=NOW)
    message = str(raised.value)
    assert "No space left on device" in message and "\n" not in message
    assert names(office.parent / "backups") == []
    assert names(office.parent) == ["backups", "office.sqlite"]


def test_a_damaged_database_gives_no_backup_and_points_to_the_check(office):
    damage(office)
    with pytest.raises(DatabaseError, match="may be damaged; see isa-desk --database .* check"):
        copying.make_backup(office, now=NOW)
    assert names(office.parent / "backups") == []


def test_a_missing_database_is_not_backed_up(tmp_path):
    with pytest.raises(DatabaseError, match="does not exist"):
        copying.make_backup(tmp_path / "missing.sqlite")
    assert not (tmp_path / "missing.sqlite").exists()  # sqlite3 would have made an empty file


def test_progress_is_reported_in_steps_and_a_cancel_leaves_no_file(office, monkeypatch):
    monkeypatch.setattr(copying, "PAGES_PER_STEP", 16)
    steps = []
    copying.make_backup(office, office.parent / "a.sqlite", Progress(lambda *s: steps.append(s)))
    assert len(steps) > 3 and steps[-1][0] == steps[-1][1]

    progress = Progress(lambda done, _total, _m: done > 32 and progress.cancel())
    with pytest.raises(Cancelled):
        copying.make_backup(office, office.parent / "b.sqlite", progress)
    assert not (office.parent / "b.sqlite").exists()
    assert [p for p in office.parent.iterdir() if p.name.startswith(".~")] == []


def test_the_new_backup_path_makes_the_folder(tmp_path):
    path = listing.new_backup_path(tmp_path / "office.sqlite", now=NOW)
    assert path.parent.is_dir()
