"""Learning of other connections' changes: a colleague's save reaches the open window.

`ChangeWatcher(db).poll()` is cheap, never waits, and says what other connections
committed since the last poll:

- PostgreSQL: triggers on every table (installed by `install`, called when a database is
  opened) send `NOTIFY isa_desk_changes, '<table>'` for each statement that writes; the
  server delivers it when the transaction commits, folding repeats. A connection of the
  watcher's own LISTENs and is read without waiting; notifications sent by the database's
  own connections are left out. When that connection is lost, a later poll connects again
  (in a short-lived thread, so the window never waits for the server) and reports that
  anything may have changed, since notifications of the gap are gone.
- SQLite: `PRAGMA data_version` on a connection of the watcher's own changes when any
  other connection committed, the window's own included. Which tables is not known.

The watcher closes with its database (`Database.close` disposes the engine) or by
`close()`; no thread outlives it.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, event, inspect, text
from sqlalchemy.exc import DBAPIError

from isa_desk.core.db.engine import Database, sqlite_file
from isa_desk.core.db.models import Base

CHANNEL = "isa_desk_changes"
FUNCTION = "isa_desk_notify_change"
TRIGGER = "isa_desk_notify_change"
RETRY_SECONDS = 5.0  # between attempts to connect again after the server was lost
CLOSE_WAIT_SECONDS = 2.0  # how long `close` waits for an attempt under way

_BODY = f"""
BEGIN
    PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END
"""

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Changes:
    """What other connections committed since the last poll."""

    tables: frozenset[str] | None = frozenset()  # None: not known which; anything may have

    def __bool__(self) -> bool:
        return self.tables is None or bool(self.tables)

    @property
    def everything(self) -> bool:
        return self.tables is None

    def touches(self, *tables: str) -> bool:
        """Whether one of `tables` may have changed."""
        return self.tables is None or not self.tables.isdisjoint(tables)


NOTHING = Changes()
EVERYTHING = Changes(None)


# installing the triggers (PostgreSQL) ---------------------------------------------------------
def install(engine: Engine) -> bool:
    """Make every table of the schema notify its writes; True when something was (re)made.

    Idempotent and cheap when all is in place (one query), so it runs at each opening and
    also covers tables a later migration added. A login that may not create triggers
    (they belong to the tables' owner) opens the database all the same, without news."""
    if engine.url.get_backend_name() != "postgresql":
        return False
    with engine.connect() as connection:
        tables = _schema_tables(connection)
        if _installed(connection, tables):
            return False
    try:
        with engine.begin() as connection:
            _create(connection, tables)
    except DBAPIError as error:
        log.warning("no change notifications in %s: %s", engine.url.database, error.orig)
        return False
    return True


def _schema_tables(connection: Connection) -> list[str]:
    existing = set(inspect(connection).get_table_names())
    return [table.name for table in Base.metadata.sorted_tables if table.name in existing]


def _installed(connection: Connection, tables: list[str]) -> bool:
    body = connection.execute(
        text("SELECT prosrc FROM pg_proc WHERE proname = :name"), {"name": FUNCTION}
    ).scalar()
    if body is None or body.strip() != _BODY.strip():
        return False
    having = connection.execute(
        text(
            "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE t.tgname = :name AND pg_table_is_visible(c.oid)"
        ),
        {"name": TRIGGER},
    ).scalars()
    return set(tables) <= set(having)


def _create(connection: Connection, tables: list[str]) -> None:
    connection.exec_driver_sql(
        f"CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $${_BODY}$$"
    )
    version = connection.dialect.server_version_info or (0,)
    replace = version >= (14,)  # CREATE OR REPLACE TRIGGER is new in PostgreSQL 14
    quote = connection.dialect.identifier_preparer.quote
    for table in tables:
        if not replace:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TRIGGER} ON {quote(table)}")
        connection.exec_driver_sql(
            f"CREATE {'OR REPLACE ' if replace else ''}TRIGGER {TRIGGER} "
            f"AFTER INSERT OR UPDATE OR DELETE ON {quote(table)} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()"
        )


# watching ----------------------------------------------------------------------------------
class ChangeWatcher:
    """Tells, at each `poll`, whether other connections changed the database meanwhile."""

    def __init__(self, db: Database):
        self.db = db
        self.closed = False
        engine = db.engine
        self._source: _Listener | _DataVersion | None = None
        if engine.url.get_backend_name() == "postgresql":
            self._source = _Listener(engine)
        elif (path := sqlite_file(engine)) is not None:
            self._source = _DataVersion(str(path))
        self._on_dispose = self._disposed
        event.listen(engine, "engine_disposed", self._on_dispose)

    def poll(self) -> Changes:
        """What changed since the last poll (false when nothing did); never waits."""
        if self.closed or self._source is None:
            return NOTHING
        return self._source.poll()

    def close(self) -> None:
        if event.contains(self.db.engine, "engine_disposed", self._on_dispose):
            event.remove(self.db.engine, "engine_disposed", self._on_dispose)
        self._disposed(self.db.engine)

    def _disposed(self, _engine: Engine) -> None:
        # also called while the engine announces its disposal: no listener removed here
        if self.closed:
            return
        self.closed = True
        if self._source is not None:
            self._source.close()


class _DataVersion:
    """SQLite: the file's data version, read on a connection of its own."""

    def __init__(self, path: str):
        # no busy wait (a poll never waits) and no transaction kept open between polls
        self._connection = sqlite3.connect(path, timeout=0, isolation_level=None)
        self._version = self._read()

    def _read(self) -> int:
        return self._connection.execute("PRAGMA data_version").fetchone()[0]

    def poll(self) -> Changes:
        try:
            version = self._read()
        except sqlite3.OperationalError:  # busy in this instant: the next poll sees it
            return NOTHING
        if version == self._version:
            return NOTHING
        self._version = version
        return EVERYTHING

    def close(self) -> None:
        self._connection.close()


class _Listener:
    """PostgreSQL: LISTEN on a connection of its own, read without waiting."""

    def __init__(self, engine: Engine):
        self._engine = engine
        self._own: set[int] = set()  # backend process ids of the database's own connections
        self._lock = threading.Lock()
        self._closed = False
        self._attempt: threading.Thread | None = None
        self._ready: Any = None  # a connection an attempt made, taken by the next poll
        self._next_try = 0.0
        self._on_checkout = self._checked_out
        event.listen(engine, "checkout", self._on_checkout)
        self._connection: Any = None
        try:
            self._connection = self._connect()
        except Exception as error:  # the server is away: later polls try again
            log.warning("cannot listen for changes: %s", error)

    def _checked_out(self, dbapi_connection, _record, _proxy) -> None:
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        if pid:
            self._own.add(pid)

    def _connect(self) -> Any:
        """A connection outside the pool (the engine's settings and password), listening."""
        fairy = self._engine.raw_connection()
        connection: Any = fairy.driver_connection
        fairy.detach()  # closed by this watcher, never handed to a session
        connection.rollback()  # the pool's liveness check may have begun a transaction
        connection.autocommit = True
        connection.execute(f"LISTEN {CHANNEL}")
        return connection

    def poll(self) -> Changes:
        if self._connection is None:
            return self._reconnect()
        tables: set[str] = set()
        try:
            for note in self._connection.notifies(timeout=0):
                if note.pid not in self._own:
                    tables.add(note.payload)
        except Exception as error:  # the server ended the connection, or it broke
            log.info("lost the connection listening for changes: %s", error)
            self._discard(self._connection)
            self._connection = None
            return self._reconnect()
        return Changes(frozenset(tables)) if tables else NOTHING

    def _reconnect(self) -> Changes:
        """Take a connection a finished attempt made, or start one; never wait for it."""
        attempt = self._attempt
        if attempt is not None:
            if attempt.is_alive():
                return NOTHING
            self._attempt = None
            with self._lock:
                self._connection, self._ready = self._ready, None
            if self._connection is not None:
                return EVERYTHING  # what happened while nobody listened is not known
        if time.monotonic() >= self._next_try:
            self._next_try = time.monotonic() + RETRY_SECONDS
            self._attempt = threading.Thread(
                target=self._try_connect, name="isa-desk-listen", daemon=True
            )
            self._attempt.start()
        return NOTHING

    def _try_connect(self) -> None:
        try:
            connection = self._connect()
        except Exception as error:
            log.info("cannot listen for changes yet: %s", error)
            return
        with self._lock:
            if self._closed:
                self._discard(connection)
            else:
                self._ready = connection

    @staticmethod
    def _discard(connection: Any) -> None:
        with contextlib.suppress(Exception):  # already broken: nothing left to release
            connection.close()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            for connection in (self._connection, self._ready):
                if connection is not None:
                    self._discard(connection)
            self._connection = self._ready = None
        if event.contains(self._engine, "checkout", self._on_checkout):
            event.remove(self._engine, "checkout", self._on_checkout)
        if self._attempt is not None:
            self._attempt.join(CLOSE_WAIT_SECONDS)  # it closes what it made once it returns
