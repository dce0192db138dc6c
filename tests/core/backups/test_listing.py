"""The backups folder: names the program gives, and what the listing shows."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from isa_desk.core.backups import listing

DATABASE = Path("/office/isa-desk.sqlite")


def test_a_dated_backup_is_named_after_the_database_and_the_moment():
    moment = dt.datetime(2024, 3, 7, 9, 5, 1)
    assert listing.backup_name(DATABASE, moment) == "isa-desk-2024-03-07_090501.sqlite"
    assert (
        listing.backup_name(DATABASE, moment, listing.BEFORE_RESTORE)
        == "isa-desk-before-restore-2024-03-07_090501.sqlite"
    )
    assert listing.backup_folder(DATABASE) == Path("/office/backups")


def test_names_are_read_back_only_for_their_own_database():
    assert listing.parse(DATABASE, "isa-desk-2024-03-07_090501.sqlite") == (
        listing.DATED,
        dt.datetime(2024, 3, 7, 9, 5, 1),
    )
    assert listing.parse(DATABASE, "isa-desk-damaged-2024-03-07_090501.sqlite")[0] == "damaged"
    assert listing.parse(DATABASE, "isa-desk-demo-2024-03-07_090501.sqlite") is None
    assert listing.parse(DATABASE, "isa-desk-2024-02-30_090501.sqlite") is None  # no such day
    assert listing.parse(DATABASE, "isa-desk-2024-03-07_090501.sqlite.bak") is None
    assert listing.parse(DATABASE, "before-the-move.sqlite") is None


def test_the_listing_is_newest_first_with_kinds_and_leaves_out_strangers(tmp_path):
    database = tmp_path / "office.sqlite"
    folder = tmp_path / "backups"
    folder.mkdir()
    for name in (
        "office-2024-03-01_080000.sqlite",
        "office-2024-03-02_080000.sqlite",
        "office-before-restore-2024-03-03_080000.sqlite",
        "before-the-move.sqlite",  # named by the user
        "other-2024-03-04_080000.sqlite",  # a backup of another database
        ".~office-2024-03-05_080000-1a2b3c4d.sqlite",  # being written
        "notes.txt",
    ):
        (folder / name).write_bytes(b"x" * 10)
    user_file = folder / "before-the-move.sqlite"
    moment = dt.datetime(2024, 3, 2, 12, 0).timestamp()
    os.utime(user_file, (moment, moment))

    found = listing.backups(database)

    assert [(b.path.name, b.kind) for b in found] == [
        ("office-before-restore-2024-03-03_080000.sqlite", listing.BEFORE_RESTORE),
        ("before-the-move.sqlite", listing.OTHER),
        ("office-2024-03-02_080000.sqlite", listing.DATED),
        ("office-2024-03-01_080000.sqlite", listing.DATED),
    ]
    assert found[1].made == dt.datetime(2024, 3, 2, 12, 0)  # the file's time
    assert {b.size for b in found} == {10}


def test_no_folder_no_backups(tmp_path):
    assert listing.backups(tmp_path / "office.sqlite") == []


def test_sizes_are_written_for_people():
    assert listing.readable_size(300) == "1 kB"
    assert listing.readable_size(659_456) == "659 kB"
    assert listing.readable_size(74_072_064) == "74.1 MB"


def test_a_command_in_a_message_can_be_pasted_even_with_spaces_in_the_path():
    assert listing.command(Path("/my files/office.sqlite"), "check") == (
        'isa-desk --database "/my files/office.sqlite" check'
    )
