"""Two copies of the program on one database file: the second learns who has it open from
the first's lock; a lock left by a killed program is gone with it."""

from __future__ import annotations

import json
import os
import signal
import socket

from isa_desk.core.backups import listing
from isa_desk.core.backups.restore import restore
from isa_desk.core.backups.rotation import daily_backup
from isa_desk.core.db import file_lock, presence
from isa_desk.core.db.audit import current_user
from isa_desk.core.db.engine import Database
from tests import copy_database
from tests.core.db.holders import held_elsewhere


def test_a_database_held_by_another_process_is_detected_with_user_and_computer(tmp_path):
    database = tmp_path / "office.sqlite"
    with held_elsewhere(database) as process:
        second = presence.take(database)
        assert not second.held
        assert second.other is not None
        assert second.other.user == current_user()
        assert second.other.computer == socket.gethostname()
        assert second.other.pid == process.pid
        warning = second.warning()
        assert warning is not None
        assert warning.startswith(
            f"{database} is already open in ISA Desk for {current_user()} on "
            f"{socket.gethostname()} since "
        )
        assert "team server" in warning
        assert presence.take(database).other == second.other  # asked again: the same


def test_a_killed_holder_leaves_no_warning_behind(tmp_path):
    database = tmp_path / "office.sqlite"
    with held_elsewhere(database) as process:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert presence.side_file(database).exists()  # the crash left the side file

    after = presence.take(database)
    try:
        assert after.held and after.other is None and after.warning() is None
        written = json.loads(presence.side_file(database).read_text("utf-8"))
        assert written["pid"] == os.getpid()  # the new holder's name replaced the old one
    finally:
        after.release()


def test_a_closed_holder_removes_its_side_file_and_the_next_is_not_warned(tmp_path):
    database = tmp_path / "office.sqlite"
    with held_elsewhere(database) as process:
        assert process.stdin is not None
        process.stdin.close()  # the other copy ends normally
        process.wait(timeout=30)
    assert not presence.side_file(database).exists()

    first = presence.take(database)
    assert first.held and first.other is None
    first.release()
    assert not presence.side_file(database).exists()
    assert presence.take(database).other is None


def test_a_second_window_of_the_same_process_is_not_taken_for_another_copy(tmp_path):
    database = tmp_path / "office.sqlite"
    first = presence.take(database)
    second = presence.take(database)
    try:
        assert first.held and not second.held
        assert second.other is None and second.warning() is None
    finally:
        second.release()
        first.release()


def test_a_side_file_of_another_user_that_cannot_be_written_is_replaced(tmp_path):
    database = tmp_path / "office.sqlite"
    side = presence.side_file(database)
    side.write_text('{"user": "bert", "computer": "PC-7", "pid": 1, "since": null}')
    side.chmod(0o444)
    held = presence.take(database)
    try:
        assert held.held and held.other is None
        assert json.loads(side.read_text("utf-8"))["pid"] == os.getpid()
    finally:
        held.release()


def test_a_folder_that_cannot_be_written_leaves_no_trace(tmp_path, monkeypatch):
    def refuse(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(file_lock, "_open", refuse)
    nothing = presence.take(tmp_path / "office.sqlite")
    assert not nothing.held and nothing.warning() is None
    nothing.release()


def test_a_holder_whose_note_cannot_be_read_is_still_warned_about(tmp_path):
    database = tmp_path / "office.sqlite"
    with held_elsewhere(database):
        # a holder that has not written its note yet, or a note that is not ours
        presence.side_file(database).write_text("garbage")
        second = presence.take(database)
    assert second.warning() == (
        f"{database} is already open in another copy of ISA Desk. "
        "Changes made in one copy are not seen by the other until it reloads, and both "
        "writing at once can lose work. For working together, use a team server: "
        "File › Move to team server…"
    )


def test_backups_and_restores_leave_the_side_file_out(tmp_path, empty_file):
    database = copy_database(empty_file, tmp_path / "office.sqlite")
    db = Database.open(str(database))
    held = presence.take(database)
    try:
        made = daily_backup(database)
        assert made is not None
        names = [backup.path.name for backup in listing.backups(database)]
        assert names == [made.name]
        assert not any(path.name.endswith(presence.SUFFIX) for path in made.parent.iterdir())
        db.close()
        restore(database, made)
        assert held.held and presence.side_file(database).exists()
    finally:
        held.release()
        db.close()
