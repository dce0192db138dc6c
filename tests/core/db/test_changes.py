"""Other connections' changes: the watcher sees them (NOTIFY on PostgreSQL, the data version
on SQLite), says nothing when nothing changed, connects again after losing the server, and
polls at almost no cost."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import insert, text

from isa_desk.core.db import changes
from isa_desk.core.db.changes import ChangeWatcher
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Base, Tag
from isa_desk.core.services import members

DEADLINE = 5.0  # notifications arrive shortly after the commit, not with it


def wait_for(watcher: ChangeWatcher, deadline: float = DEADLINE) -> changes.Changes:
    end = time.monotonic() + deadline
    while True:
        found = watcher.poll()
        if found or time.monotonic() > end:
            return found
        time.sleep(0.05)


def new_member(db: Database, name: str = "Kreis Düren"):
    return members.create(db, {"name": name, "kind": "district", "country": "DE"})


@pytest.fixture
def other(db):
    """A second, independent connection to the same database: a colleague."""
    colleague = Database.open(db.target)
    yield colleague
    colleague.close()


@pytest.fixture
def watcher(db):
    watching = ChangeWatcher(db)
    yield watching
    watching.close()


def test_a_colleagues_commit_is_seen_once(db, other, watcher, backend):
    assert not watcher.poll()
    new_member(other)
    seen = wait_for(watcher)
    assert seen
    if backend == "postgresql":
        assert seen.touches("member") and not seen.everything
        assert not seen.touches("contact")
    else:
        assert seen.everything  # SQLite knows that, not what
    assert not wait_for(watcher, 0.3)  # told once


def test_nothing_changed_nothing_reported(db, other, watcher):
    members.choices(other)  # reading is no change
    assert not wait_for(watcher, 0.5)


def test_a_rolled_back_write_is_no_change(db, other, watcher):
    with pytest.raises(RuntimeError), other.transaction() as session:
        session.add(Tag(name="Presse"))
        session.flush()
        raise RuntimeError("given up")
    assert not wait_for(watcher, 0.5)


def test_a_bulk_insert_is_seen(db, other, watcher, backend):
    """The import writes with Core inserts, past the ORM: the triggers see those too."""
    with other.transaction() as session:
        session.execute(insert(Tag), [{"name": "Presse"}, {"name": "Newsletter"}])
    seen = wait_for(watcher)
    assert seen
    if backend == "postgresql":
        assert seen.tables == {"tag"}


def test_own_changes(db, watcher, backend):
    """On PostgreSQL the database's own writes are left out (the window reloads after its
    own saves anyway); SQLite's data version cannot tell them apart."""
    new_member(db)
    if backend == "postgresql":
        assert not wait_for(watcher, 0.5)
    else:
        assert wait_for(watcher).everything


def test_closed_with_its_database(db):
    colleague = Database.open(db.target)
    watching = ChangeWatcher(colleague)
    colleague.close()
    assert watching.closed
    assert not watching.poll()
    new_member(db)
    assert not watching.poll()
    watching.close()  # twice is fine
    assert not [t for t in threading.enumerate() if t.name == "isa-desk-listen"]


def test_listens_again_after_the_server_ended_the_connection(db, other, watcher, backend):
    if backend != "postgresql":
        pytest.skip("a server connection")
    with other.engine.connect() as connection:
        ended = connection.execute(
            text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND query = :listen"
            ),
            {"listen": f"LISTEN {changes.CHANNEL}"},
        ).scalar()
    assert ended == 1
    seen = wait_for(watcher, 10)
    assert seen.everything  # what happened meanwhile was not heard
    new_member(other, "Foshan")
    assert wait_for(watcher).touches("member")


def test_triggers_on_every_table(db, backend):
    if backend != "postgresql":
        assert not changes.install(db.engine)  # nothing to install in a file
        return
    assert not changes.install(db.engine)  # in place since the database was opened
    with db.engine.connect() as connection:
        having = set(
            connection.execute(
                text(
                    "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                    "WHERE t.tgname = :name"
                ),
                {"name": changes.TRIGGER},
            ).scalars()
        )
    assert having == set(Base.metadata.tables)
    with db.engine.begin() as connection:
        connection.exec_driver_sql(f"DROP TRIGGER {changes.TRIGGER} ON tag")
    assert changes.install(db.engine)  # repaired at the next opening
    assert not changes.install(db.engine)


def test_an_idle_poll_costs_almost_nothing(db, watcher, backend):
    watcher.poll()
    rounds = 2000
    started = time.perf_counter()
    for _ in range(rounds):
        watcher.poll()
    each = (time.perf_counter() - started) / rounds
    print(f"idle poll on {backend}: {each * 1e6:.1f} µs")
    assert each < 0.001
