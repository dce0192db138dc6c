"""After a colleague's change only the user's own changes are written; a save waits out
another program's write and then says plainly that the database is locked."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from isa_desk.core.db import engine
from isa_desk.core.db.engine import Database
from isa_desk.core.errors import Cancelled
from isa_desk.core.services import members
from isa_desk.core.services.editing import (
    DatabaseBusy,
    changed_fields,
    merge_changes,
    retry_while_busy,
)


def test_only_the_changed_fields_go_over_the_newer_record():
    loaded = {"name": "Aachen", "region": "NRW", "website": "", "tags": ["A"]}
    typed = {"name": "Aachen", "region": "Nordrhein-Westfalen", "website": "", "tags": ["A"]}
    colleague = {"name": "Aachen", "region": "NRW", "website": "https://aachen.de", "tags": []}
    assert changed_fields(loaded, typed) == {"region": "Nordrhein-Westfalen"}
    assert merge_changes(colleague, loaded, typed) == {
        "name": "Aachen",
        "region": "Nordrhein-Westfalen",
        "website": "https://aachen.de",
        "tags": [],
    }


@pytest.fixture
def quick_db(tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 50)
    database = Database.open(str(tmp_path / "locks.sqlite"))
    yield database
    database.close()


def hold_lock(path: str) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    return other


def create(db):
    return lambda: members.create(db, {"name": "Kesselfeld", "kind": "city", "country": "DE"})


def test_a_write_is_tried_again_until_the_other_program_is_done(quick_db):
    other = hold_lock(quick_db.target)
    timer = threading.Timer(0.4, other.rollback)
    timer.start()
    try:
        member = retry_while_busy(create(quick_db), patience=5)
    finally:
        timer.join()
        other.close()
    assert members.get(quick_db, member.id).name == "Kesselfeld"


def test_a_lock_held_too_long_ends_in_a_plain_message(quick_db):
    other = hold_lock(quick_db.target)
    try:
        with pytest.raises(DatabaseBusy, match="locked by another program"):
            retry_while_busy(create(quick_db), patience=0.3)
    finally:
        other.rollback()
        other.close()
    assert members.choices(quick_db) == []


def test_waiting_can_be_cancelled(quick_db):
    other = hold_lock(quick_db.target)

    def stop():
        raise Cancelled()

    try:
        with pytest.raises(Cancelled):
            retry_while_busy(create(quick_db), check=stop, patience=5)
    finally:
        other.rollback()
        other.close()
