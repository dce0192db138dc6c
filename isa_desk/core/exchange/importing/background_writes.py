"""Running an import's INSERT statements in a second thread while this one prepares the
next ones.

SQLite stores rows (the table, its indexes, the full-text index) outside Python's
interpreter lock, so the contacts of one part of a list are stored while those of the
next part are converted. The statements run on the transaction's own database
connection, in the order given, one part at a time. Every other use of that connection
(a query, a flush, the commit or the rollback) first waits for them, by the connection's
events, so the transaction does everything in the order it was asked to, and stays one
transaction: a statement never runs once it has ended.
"""

from __future__ import annotations

import threading
from contextlib import suppress
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from isa_desk.core.exchange.importing.bulk import Statement


class BackgroundWrites:
    """Statements of one transaction (an SQLite session's), run in a second thread. The
    transaction must have begun writing (an import takes its turn first: locks.py)."""

    def __init__(self, session: Session):
        self._connection = session.connection()
        dbapi = self._connection.connection.dbapi_connection
        if dbapi is None:  # pragma: no cover - a connection that was closed
            raise RuntimeError("the session's connection is closed")
        self._dbapi: Any = dbapi  # sqlite3's connection (in_transaction)
        self._thread: threading.Thread | None = None
        self._failed: BaseException | None = None
        self._statement = ""  # the one that failed
        for name, listener in self._listeners():
            event.listen(self._connection, name, listener)

    def _listeners(self):
        return (
            ("before_cursor_execute", self._before_execute),
            ("commit", self._before_commit),
            ("rollback", self._before_rollback),
        )

    def run(self, statements: list[Statement]) -> None:
        """Run `statements` after those given before, while the caller goes on."""
        self.wait()
        self._thread = threading.Thread(
            target=self._execute, args=(statements,), name="isa-desk-writes", daemon=True
        )
        self._thread.start()

    def wait(self) -> None:
        """Return once the statements given so far have run; raise what one of them
        raised, as SQLAlchemy raises a database's errors."""
        thread = self._thread
        if thread is None:
            return
        thread.join()  # (interrupted, it is joined again by the rollback that follows)
        self._thread = None
        failed, self._failed = self._failed, None
        if failed is None:
            return
        error_class = self._connection.dialect.loaded_dbapi.Error
        if isinstance(failed, error_class):
            raise DBAPIError.instance(
                self._statement, None, failed, error_class, hide_parameters=True
            ) from failed
        raise failed

    def close(self, failing: bool = False) -> None:
        """Wait for the statements and stop listening to the connection; raise what one
        of them raised, unless the caller is `failing` already (and so rolls back)."""
        try:
            if failing:
                with suppress(Exception):
                    self.wait()
            else:
                self.wait()
        finally:
            for name, listener in self._listeners():
                if event.contains(self._connection, name, listener):
                    event.remove(self._connection, name, listener)

    def _execute(self, statements: list[Statement]) -> None:
        cursor = self._dbapi.cursor()
        try:
            for statement, values in statements:
                if not self._dbapi.in_transaction:  # never written outside the transaction
                    raise RuntimeError("the transaction ended before its statements ran")
                self._statement = statement[:200]
                cursor.execute(statement, values)
        except BaseException as error:  # raised again by wait()
            self._failed = error
        finally:
            cursor.close()

    def _before_execute(self, *_arguments) -> None:
        self.wait()

    def _before_commit(self, _connection) -> None:
        self.wait()

    def _before_rollback(self, _connection) -> None:
        with suppress(Exception):  # rolled back anyway
            self.wait()
