"""Locks between programs on one database: one run of a mailing at a time (refused at
once, with who holds it; gone with a program that dies), and write transactions that
take turns (each sees what the previous one committed)."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from isa_desk.core.db import locks
from isa_desk.core.db.audit import current_user
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Tag
from tests.core.db.holders import run_elsewhere


@pytest.fixture
def colleague(db):
    """The same database, opened a second time: another computer on the team server."""
    other = Database.open(db.target)
    yield other
    other.close()


def acquire_soon(lock: locks.RunLock, number: int, seconds: float = 15) -> None:
    """Acquire, waiting until a lock another program held is gone (a server notices a
    killed program's closed connection after a moment)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            lock.acquire(number)
            return
        except locks.Taken:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_a_run_is_held_by_one_program_at_a_time(db, colleague, backend):
    mine = locks.RunLock(db, "mailing")
    mine.acquire(7)
    theirs = locks.RunLock(colleague, "mailing")
    with pytest.raises(locks.Taken) as taken:
        theirs.acquire(7)
    assert taken.value.holder.user == current_user()
    assert taken.value.holder.computer == socket.gethostname()
    theirs.acquire(8)  # another mailing is not held
    theirs.release()
    with locks.RunLock(colleague, "import") as other_kind:
        other_kind.acquire(7)  # nor another kind of run
    mine.release()
    theirs.acquire(7)
    theirs.release()
    if backend == "sqlite":  # the side file goes with the lock
        assert not Path(f"{db.target}-mailing-7").exists()


def test_a_run_in_another_process_refuses_and_ends_with_it(db):
    with run_elsewhere(db.target, "mailing", 3) as holder:
        lock = locks.RunLock(db, "mailing")
        with pytest.raises(locks.Taken) as taken:
            lock.acquire(3)
        assert taken.value.holder.user == current_user()
        assert taken.value.holder.computer == socket.gethostname()
        holder.kill()  # a program that dies while sending: its lock is not left behind
        holder.wait(timeout=30)
        acquire_soon(lock, 3)
        lock.release()


def test_transactions_that_take_turns_see_what_the_other_committed(db, colleague):
    """Two writers of a tag that does not exist yet, at the same moment: the second waits
    for the first, then finds its tag instead of making it a second time."""
    barrier = threading.Barrier(2)
    spans: list[tuple[float, float]] = []
    failures: list[BaseException] = []

    def write(database: Database) -> None:
        try:
            barrier.wait(timeout=30)
            with database.transaction() as session:
                locks.take_turn(session, "import")
                started = time.monotonic()
                found = session.scalars(select(Tag).where(Tag.name == "Newsletter")).first()
                if found is None:
                    session.add(Tag(name="Newsletter"))
                    session.flush()
                time.sleep(0.3)  # long enough for the other to be waiting
            spans.append((started, time.monotonic()))
        except BaseException as error:  # reported below, not lost in the thread
            failures.append(error)

    threads = [threading.Thread(target=write, args=(d,)) for d in (db, colleague)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not failures
    first, second = sorted(spans)
    assert first[1] <= second[0]  # one after the other
    with db.session() as session:
        assert session.scalars(select(Tag.name)).all() == ["Newsletter"]
