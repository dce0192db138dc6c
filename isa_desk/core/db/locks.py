"""Locks between the programs that share one database: a run that must not happen twice
at once (a mailing being sent), and write transactions that must take turns (imports).

    lock = RunLock(db, "mailing")
    lock.acquire(mailing_id)   # Taken (with who holds it, where known) when another run has it
    ...                        # many transactions
    lock.release()

    with db.transaction() as session:
        take_turn(session, "import")   # waits while another import writes; held until commit

A run lock is held across transactions, for minutes, and must vanish with a program that
dies. On PostgreSQL it is a session-level advisory lock (pg_try_advisory_lock) on a
connection of its own, which the server drops with the session; the connection's
application_name says who holds it. On an SQLite file it is an operating-system lock on a
side file next to the database ("office.sqlite-mailing-12", file_lock.py) that names its
holder; the system drops it with the process. An in-memory
database only has this process: a lock in memory.

Taking turns: on PostgreSQL a transaction-level advisory lock, waited for in steps so that
the wait can be cancelled; on SQLite the database's write lock, taken at once by a write
that changes nothing, so that everything the transaction reads afterwards is what the
previous writer committed (SQLite's busy timeout waits; after it, the caller's
retry_while_busy).
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
import zlib
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, false, func, select, text, update
from sqlalchemy.orm import Session

from isa_desk.core.db import file_lock
from isa_desk.core.db.engine import Database, sqlite_file
from isa_desk.core.db.file_lock import FileLock, Holder, Taken
from isa_desk.core.db.models import Setting

PAUSE_S = 0.2  # between two tries of a PostgreSQL turn
_APPLICATION = "ISA Desk: "  # how a run lock's connection names itself on the server

_in_memory: set[tuple[int, str, int]] = set()  # run locks of in-memory databases
_in_memory_guard = threading.Lock()


def _key(kind: str) -> int:
    """The first half of an advisory lock's key: the kind of lock, as a positive int4."""
    return zlib.crc32(kind.encode("utf-8")) & 0x7FFFFFFF


class RunLock:
    """One run of `kind` (e.g. "mailing") for a given number (the mailing's id) at a time,
    in every program on this database."""

    def __init__(self, db: Database, kind: str):
        self.db = db
        self.kind = kind
        self.number: int | None = None
        self._connection: Connection | None = None
        self._file: FileLock | None = None

    def acquire(self, number: int) -> None:
        """Take the lock for `number`, or raise Taken at once; OSError when the side file
        next to an SQLite database cannot be made."""
        if self.number is not None:
            raise RuntimeError("this lock is held already")
        path = sqlite_file(self.db.engine)
        if self.db.engine.dialect.name == "postgresql":
            self._connection = _server_lock(self.db, _key(self.kind), number)
        elif path is not None:
            self._file = file_lock.take(Path(f"{os.fspath(path)}-{self.kind}-{number}"))
        else:
            with _in_memory_guard:
                key = (id(self.db.engine), self.kind, number)
                if key in _in_memory:
                    raise Taken(Holder.me())
                _in_memory.add(key)
        self.number = number

    def release(self) -> None:
        """Give the lock up (nothing happens when it is not held)."""
        number, self.number = self.number, None
        if number is None:
            return
        connection, self._connection = self._connection, None
        held, self._file = self._file, None
        if connection is not None:
            _server_unlock(connection, _key(self.kind), number)
        elif held is not None:
            held.release()
        else:
            with _in_memory_guard:
                _in_memory.discard((id(self.db.engine), self.kind, number))

    def __enter__(self) -> RunLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def _server_lock(db: Database, key: int, number: int) -> Connection:
    connection = db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    try:
        if not connection.scalar(select(func.pg_try_advisory_lock(key, number))):
            raise Taken(_server_holder(connection, key, number))
        me = Holder.me()
        name = f"{_APPLICATION}{me.user}@{me.computer}"[:63]
        connection.execute(select(func.set_config("application_name", name, False)))
    except BaseException:
        connection.close()
        raise
    return connection


def _server_unlock(connection: Connection, key: int, number: int) -> None:
    try:
        connection.execute(select(func.pg_advisory_unlock(key, number)))
        connection.execute(text("RESET application_name"))
    except Exception:  # the connection broke: the server has ended the session and its lock
        connection.invalidate()
    finally:
        connection.close()


def _server_holder(connection: Connection, key: int, number: int) -> Holder:
    """Who holds the advisory lock (key, number) on this database, as far as the server
    tells another login."""
    row = connection.execute(
        text(
            "SELECT a.application_name, a.usename, host(a.client_addr), a.backend_start "
            "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 "
            "AND l.classid = CAST(:key AS oid) AND l.objid = CAST(:number AS oid) "
            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        ),
        {"key": key, "number": number},
    ).first()
    if row is None:
        return Holder()
    application, login, address, since = row
    user, computer = login or "", address or ""
    if application and application.startswith(_APPLICATION) and "@" in application:
        user, computer = application.removeprefix(_APPLICATION).rsplit("@", 1)
    return Holder(user, computer, 0, since if isinstance(since, dt.datetime) else None)


def take_turn(session: Session, kind: str, check: Callable[[], None] | None = None) -> None:
    """Inside a write transaction: wait until no other transaction that took a turn of
    `kind` runs; the turn is held until this transaction ends. `check` (a Progress's)
    is called between tries on PostgreSQL, so the wait can be cancelled."""
    if session.get_bind().dialect.name == "postgresql":
        key, number = _key(kind), 0
        while not session.scalar(select(func.pg_try_advisory_xact_lock(key, number))):
            if check is not None:
                check()
            time.sleep(PAUSE_S)
        return
    # SQLite has one writer at a time: this write (of nothing) makes this transaction it
    session.execute(
        update(Setting)
        .where(false())
        .values(key=Setting.key)
        .execution_options(synchronize_session=False)
    )
