"""Engine and session factory.

`Database.open(target)` is the way in: it makes the engine (SQLite with foreign keys,
WAL and a busy timeout, or any SQLAlchemy URL), brings the schema to the current
revision (see `schema.py`) and hands out short sessions, one transaction each.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from isa_desk.core.db import audit, limits, network_drive
from isa_desk.core.errors import DatabaseError
from isa_desk.core.i18n import translate
from isa_desk.core.paths import is_url

BUSY_TIMEOUT_MS = 5000


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(target: str) -> Engine:
    """An engine for a file path or an SQLAlchemy URL."""
    url = make_url(target) if is_url(target) else make_url(f"sqlite:///{Path(target)}")
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    from isa_desk.core.db.server_login import with_password  # from the password store

    engine = create_engine(with_password(url), pool_pre_ping=True)
    if url.get_backend_name() == "postgresql":
        event.listen(engine, "do_connect", _server_session)
    return engine


def _server_session(_dialect, _record, _cargs, cparams) -> None:
    """Settings of each session on a PostgreSQL server. A write waits for a colleague's
    lock as long as SQLite waits for a busy file, then fails with a message
    (describe_operational_error) rather than hang. An office's database fits in the
    server's memory, so reading a row by an index costs little more than reading the
    next one (PostgreSQL's advice for SSDs): the planner then fetches a tag's few
    contacts by their ids rather than reading the whole table."""
    mine = f"-c lock_timeout={BUSY_TIMEOUT_MS} -c random_page_cost=1.1"
    cparams["options"] = f"{cparams['options']} {mine}" if cparams.get("options") else mine


def use_wal(engine: Engine, wal: bool = True) -> None:
    """Write-ahead logging, set once the file proved to be ours: the mode is stored in the
    file itself, so setting it on a stranger's database would already change that file.
    Without `wal` (a file on a network drive, see `network_drive`) the rollback journal."""
    from sqlalchemy.exc import OperationalError

    if sqlite_file(engine) is not None:
        with engine.connect() as connection:
            try:
                mode = "WAL" if wal else "DELETE"
                connection.exec_driver_sql(f"PRAGMA journal_mode={mode}")
            except OperationalError:
                if wal:
                    raise
                # another program has it open in WAL: it stays so, and the user is warned


def sqlite_file(engine: Engine) -> Path | None:
    """The file behind an SQLite engine, None for other databases or in-memory ones."""
    if engine.url.get_backend_name() != "sqlite" or not engine.url.database:
        return None
    if engine.url.database == ":memory:":
        return None
    return Path(engine.url.database)


def check_sqlite_file(path: Path) -> None:
    """Refuse a path that cannot hold the database, before anything is written."""
    if path.is_dir():
        raise DatabaseError(
            translate("Database", "{path} is a folder, not a database file.").format(path=path)
        )
    if path.exists():
        with path.open("rb") as handle:
            header = handle.read(16)
        if header and header != b"SQLite format 3\x00":
            raise DatabaseError(
                translate(
                    "Database",
                    "{path} is not an ISA Desk database (not an SQLite file). Choose another file.",
                ).format(path=path)
            )
        return
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseError(
            translate(
                "Database", "Cannot create the database {path}: the folder {folder} does not exist."
            ).format(path=path, folder=folder)
        )


def prepare_sqlite_file(path: Path) -> None:
    """Refuse a path that cannot hold the database; make a missing one, whole, and
    rebuild one whose creation was interrupted (see `creation`)."""
    from isa_desk.core.db import creation, health

    check_sqlite_file(path)
    health.refuse_damaged(path)  # a damaged database is never written into
    try:
        if not path.exists():
            creation.create(path)
        else:
            creation.repair_if_unfinished(path)
    except OSError as error:  # no permission, a full disk: nothing was left behind
        raise DatabaseError(
            translate("Database", "The database {path} cannot be created: {reason}").format(
                path=path, reason=error.strerror or error
            )
        ) from error


def describe_operational_error(error: Exception, target: str) -> str:
    """One line for the user about a database error: the cause where it is known (a
    locked file, a server that cannot be reached, a wrong login, …), else the reason."""
    if is_url(target) and not target.startswith("sqlite"):
        from isa_desk.core.db import server_errors

        known = server_errors.describe(error, target)
        if known:
            return known
        target = server_errors.server_of(target).target  # never the password
    message = str(getattr(error, "orig", error)).lower()
    if "locked" in message or "busy" in message:
        return translate(
            "Database",
            "The database {target} is locked by another program. "
            "Close the other program and try again.",
        ).format(target=target)
    if "readonly" in message or "read-only" in message or "permission" in message:
        return translate(
            "Database", "The database {target} cannot be written: no permission."
        ).format(target=target)
    if "not a database" in message or "malformed" in message:
        return translate(
            "Database", "{target} is not an ISA Desk database or it is damaged."
        ).format(target=target)
    if "disk is full" in message or "no space left" in message:
        return translate(
            "Database",
            "The disk of the database {target} is full: the change was not saved. "
            "Make room on it and try again.",
        ).format(target=target)
    if "unable to open" in message:
        return translate("Database", "The database {target} cannot be opened or created.").format(
            target=target
        )
    return translate("Database", "The database {target} cannot be used: {reason}").format(
        target=target, reason=str(getattr(error, "orig", error)).strip()
    )


class Database:
    """An open, up-to-date database and its session factory."""

    def __init__(self, engine: Engine, target: str):
        self.engine = engine
        self.target = target
        self.warnings: list[str] = []  # for the user when opening: a file on a network drive
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.user = audit.current_user()
        audit.install(self._sessions)
        limits.install(self._sessions)

    @classmethod
    def open(cls, target: str, upgrade: bool = True) -> Database:
        """Open (create, or upgrade after a backup) the database at `target`."""
        from sqlalchemy.exc import DatabaseError as SADatabaseError
        from sqlalchemy.exc import OperationalError

        from isa_desk.core.db import schema

        engine = None
        shared = None
        try:
            if not is_url(target):
                prepare_sqlite_file(Path(target))
                shared = network_drive.warning(target)
            engine = make_engine(target)
            schema.prepare(engine, upgrade=upgrade)
            use_wal(engine, wal=shared is None)
        except DatabaseError:
            if engine is not None:
                engine.dispose()
            raise
        except (OperationalError, SADatabaseError, sqlite3.Error) as error:
            if engine is not None:
                engine.dispose()
            raise DatabaseError(describe_operational_error(error, target)) from error
        database = cls(engine, target)
        if shared:
            database.warnings.append(shared)
        return database

    @property
    def name(self) -> str:
        """A short name for window titles: the file name or the database name in the URL."""
        path = sqlite_file(self.engine)
        if path is not None:
            return path.name
        return self.engine.url.database or self.engine.url.render_as_string(hide_password=True)

    @property
    def location(self) -> str:
        path = sqlite_file(self.engine)
        return str(path.resolve()) if path else self.engine.url.render_as_string(hide_password=True)

    @property
    def user(self) -> str:
        """Who the audit trail names for changes made here: the operating-system user
        unless set (`db.user = "…"`); sessions opened afterwards carry it."""
        return self._sessions.kw["info"]["user"]

    @user.setter
    def user(self, name: str) -> None:
        self._sessions.configure(info={"user": name})

    def session(self) -> Session:
        """A new session; prefer `transaction()` for writes."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole at the end, rolled back whole on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
