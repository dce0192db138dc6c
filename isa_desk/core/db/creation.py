"""Making a new SQLite database so that it appears under its name only when complete.

The schema is built in a file with a temporary name beside the target (".~name-1a2b3c4d
.sqlite"), synced to the disk, and only then linked to its final name. A crash at any
moment leaves either no database or a whole one, never a half-built schema that a later
start would have to guess about. Should two starts race, the first complete file wins and
the other start opens it.

A file under the final name that holds ISA Desk's tables but no schema version, and no
rows (what an interrupted creation by an older version leaves), is rebuilt the same way;
one with rows in it is left alone and refused.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from isa_desk.core.db import engine, search_index
from isa_desk.core.db.models import Base
from isa_desk.core.errors import DatabaseError
from isa_desk.core.files import companions, remove_stale, sync_file, sync_folder, temp_name
from isa_desk.core.i18n import translate

log = logging.getLogger(__name__)

VERSION_TABLE = "alembic_version"


def create(path: Path) -> None:
    """Build an empty, current database and give it the name `path`, unless another
    process did so first."""
    remove_stale(path.parent)  # what crashed creations left, an hour old or older
    temp = temp_name(path)
    try:
        _build(temp)
        sync_file(temp)
        _publish(temp, path)
    finally:
        for leftover in (temp, *companions(temp)):
            leftover.unlink(missing_ok=True)
    sync_folder(path.parent)
    log.info("created the database %s", path)


def repair_if_unfinished(path: Path) -> bool:
    """Rebuild `path` when it is an interrupted creation; True when it was rebuilt."""
    if not _is_unfinished(path):
        return False
    if any(other.exists() for other in companions(path)):
        return False  # another program has it open; the usual checks will speak
    temp = temp_name(path)
    try:
        _build(temp)
        sync_file(temp)
        os.replace(temp, path)
    finally:
        for leftover in (temp, *companions(temp)):
            leftover.unlink(missing_ok=True)
    sync_folder(path.parent)
    log.warning("rebuilt %s: its creation had been interrupted and it held no data", path)
    return True


def _build(temp: Path) -> None:
    from isa_desk.core.db.schema import prepare

    built = engine.make_engine(str(temp))
    try:
        prepare(built)
    finally:
        built.dispose()


def _publish(temp: Path, path: Path) -> None:
    """Give the complete file its name without ever replacing a file of that name."""
    try:
        os.link(temp, path)
    except FileExistsError:
        log.info("%s was created by another process meanwhile", path)
    except OSError:  # a file system without hard links: rename, after one more look
        if not path.exists():
            os.replace(temp, path)


def _is_unfinished(path: Path) -> bool:
    """ISA Desk's tables (or none at all), no schema version, and no rows."""
    if not path.is_file():
        return False
    ours = set(Base.metadata.tables) | {VERSION_TABLE}
    try:
        connection = sqlite3.connect(path, timeout=engine.BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error:
        return False
    try:
        tables = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not name.startswith("sqlite_") and not search_index.is_index_table(name)
        }
        if not tables <= ours:
            return False
        if VERSION_TABLE in tables and _has_rows(connection, VERSION_TABLE):
            return False
        if any(_has_rows(connection, table) for table in tables):
            raise DatabaseError(
                translate(
                    "Database",
                    "{path} holds ISA Desk's tables and data but no schema version; it was "
                    "not changed. Restore a backup or ask for help.",
                ).format(path=path)
            )
        return True
    except sqlite3.Error:
        return False  # damaged or not a database: the usual checks will speak
    finally:
        connection.close()


def _has_rows(connection: sqlite3.Connection, table: str) -> bool:
    return connection.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is not None
