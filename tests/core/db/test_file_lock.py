"""The lock on a side file: one holder at a time, its details readable by the others, the
side file gone with the lock."""

from __future__ import annotations

import json
import os
import socket

import pytest

from isa_desk.core.db import file_lock
from isa_desk.core.db.audit import current_user
from tests.core.db.holders import held_elsewhere


def test_one_holder_at_a_time_and_the_others_read_who(tmp_path):
    side = tmp_path / "office.sqlite-report-1"
    lock = file_lock.take(side)
    try:
        assert lock.held
        note = json.loads(side.read_text("utf-8"))
        assert (note["user"], note["computer"], note["pid"]) == (
            current_user(),
            socket.gethostname(),
            os.getpid(),
        )
        with pytest.raises(file_lock.Taken) as taken:
            file_lock.take(side)  # another open file of this process counts as another
        holder = taken.value.holder
        assert holder.is_me() and holder.user == current_user() and holder.since is not None
    finally:
        lock.release()
    assert not lock.held and not side.exists()
    lock.release()  # a second time: nothing happens
    again = file_lock.take(side)
    again.release()


def test_a_lock_of_another_process_names_it(tmp_path):
    database = tmp_path / "office.sqlite"
    with held_elsewhere(database) as process, pytest.raises(file_lock.Taken) as taken:
        file_lock.take(tmp_path / "office.sqlite-open")
    assert taken.value.holder.pid == process.pid and not taken.value.holder.is_me()


def test_a_file_of_another_program_with_that_name_is_never_written_or_removed(tmp_path):
    """A database someone named like a side file ("office.sqlite-open") stays as it is;
    the window then only does without the warning about a second copy."""
    from isa_desk.core.db import presence

    database = tmp_path / "office.sqlite"
    side = presence.side_file(database)
    side.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    before = side.read_bytes()
    with pytest.raises(OSError):
        file_lock.take(side)
    present = presence.take(database)
    assert not present.held and present.warning() is None
    present.release()
    assert side.read_bytes() == before
