"""Bring a database to the program's schema revision at start.

A new database is created from the models and stamped at head; an older one is
backed up next to itself, then upgraded; one from a newer program is refused. The
contacts' trigram search index (SQLite's FTS5, PostgreSQL's pg_trgm) is made with the
schema, and repaired at each start should a migration have rebuilt the table it follows.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text

from isa_desk.core.db import changes, search_index
from isa_desk.core.db.models import Base
from isa_desk.core.errors import DatabaseError
from isa_desk.core.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is loaded only when the schema is not current: its environment costs a third
# of a second at every start, and a current database needs nothing of it.
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"
# the newest revision in migrations/versions (tests check it against Alembic's head)
HEAD_REVISION = "0007"

log = logging.getLogger(__name__)


def include_name(name: str | None, type_: str, parent_names) -> bool:
    """What schema comparison looks at: not the search index (SQLite's tables,
    PostgreSQL's GIN index), which no model describes."""
    return not (type_ in ("table", "index") and name and search_index.is_index_table(name))


def alembic_config(
    connection: Connection | None = None, script_location: Path | None = None
) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision(script_location: Path | None = None) -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(script_location=script_location))
    head = script.get_current_head()
    if head is None:  # the package always carries its revisions
        raise RuntimeError(f"no Alembic revision in {script.dir}")
    return head


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def backup_path(database: Path, revision: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return database.with_name(f"{database.stem}.backup-{revision}-{stamp}{database.suffix}")


def backup_sqlite(database: Path, revision: str) -> Path:
    """A consistent copy of the database file next to it, made with SQLite's backup API
    under a temporary name, checked, and only then given its name: a full disk or a crash
    never leaves a half backup that looks like a whole one."""
    from isa_desk.core.backups.copying import copy_database  # one home for the copy

    target = backup_path(database, revision)
    try:
        copy_database(database, target)
    except (OSError, sqlite3.Error) as error:
        raise DatabaseError(
            translate(
                "Database",
                "No backup of {path} could be made before the upgrade ({reason}); "
                "nothing was changed. Free some space or check the folder, then start again.",
            ).format(path=database, reason=error)
        ) from error
    return target


def migration_engine(engine: Engine) -> Engine:
    """An engine that runs migrations on SQLite safely.

    Real transactions around DDL (pysqlite leaves DDL outside of them, so a migration
    failing half-way would stay half-applied), and foreign keys off: a batch migration
    rebuilds a table by copying and dropping it, and with foreign keys on, that DROP
    would cascade into every table that refers to it (inquiries, places, contacts).
    """
    migrations = create_engine(engine.url, connect_args={"timeout": 5})

    @event.listens_for(migrations, "connect")
    def _connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we say BEGIN ourselves, below
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")

    @event.listens_for(migrations, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return migrations


def upgrade_to_head(engine: Engine, where: str, script_location: Path | None = None) -> None:
    """Run the migrations as one transaction: all of them or, on any error, none."""
    from alembic import command

    sqlite = engine.url.get_backend_name() == "sqlite"
    runner = migration_engine(engine) if sqlite else engine
    try:
        with runner.begin() as connection:
            command.upgrade(alembic_config(connection, script_location), "head")
            if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                raise RuntimeError("foreign key check failed after the upgrade")
    except DatabaseError:
        raise
    except Exception as error:
        log.exception("upgrading %s failed", where)
        raise DatabaseError(
            translate(
                "Database",
                "{target} could not be upgraded ({reason}); it was left unchanged. "
                "Report this together with the log file.",
            ).format(target=where, reason=error)
        ) from error
    finally:
        if runner is not engine:
            runner.dispose()


def prepare(
    engine: Engine, upgrade: bool = True, script_location: Path | None = None
) -> Path | None:
    """Create, check or upgrade the schema, and make sure the search index is in place.
    Returns the backup made before an upgrade."""
    backup = _bring_to_head(engine, upgrade, script_location)
    search_index.install(engine)
    changes.install(engine)  # colleagues' changes reach open windows (PostgreSQL)
    return backup


def stored_revision(connection: Connection) -> str | None:
    """The revision the database says it has, read without Alembic; None when there is
    none, or more than one (Alembic then decides)."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    found = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    return found[0] if len(found) == 1 else None


def _is_current(engine: Engine, script_location: Path | None) -> bool:
    """True when the database is at this program's head revision: the check at every
    start. Other revision files than the program's own are Alembic's to judge."""
    if script_location is not None:
        return False
    with engine.connect() as connection:
        return stored_revision(connection) == HEAD_REVISION


def _bring_to_head(engine: Engine, upgrade: bool, script_location: Path | None) -> Path | None:
    if _is_current(engine, script_location):
        return None
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        revision = current_revision(connection)
    script = ScriptDirectory.from_config(alembic_config(script_location=script_location))
    head = script.get_current_head()
    where = engine.url.database or engine.url.render_as_string(hide_password=True)

    if revision is None:
        if tables - {VERSION_TABLE}:
            raise DatabaseError(
                translate(
                    "Database",
                    "{target} holds tables of another program, not an ISA Desk database. "
                    "Choose another file.",
                ).format(target=where)
            )
        with engine.begin() as connection:
            Base.metadata.create_all(connection)
            command.stamp(alembic_config(connection, script_location), "head")
        return None
    if revision == head:
        return None
    try:
        known = script.get_revision(revision) is not None
    except CommandError:
        known = False
    if not known:
        raise DatabaseError(
            translate(
                "Database",
                "{target} was written by a newer version of ISA Desk (schema {revision}). "
                "Install the current version of ISA Desk to open it.",
            ).format(target=where, revision=revision)
        )
    if not upgrade:
        raise DatabaseError(
            translate(
                "Database", "{target} needs an upgrade from schema {revision} to {head}."
            ).format(target=where, revision=revision, head=head)
        )
    backup = None
    if engine.url.get_backend_name() == "sqlite" and engine.url.database:
        engine.dispose()  # release connections, so the copy sees everything
        backup = backup_sqlite(Path(engine.url.database), revision)
        log.info("backed up %s to %s before upgrading", where, backup)
    upgrade_to_head(engine, where, script_location)
    log.info("upgraded %s from %s to %s", where, revision, head)
    return backup
