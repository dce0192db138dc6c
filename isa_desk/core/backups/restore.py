"""Put a backup in the database's place, after backing up the data it replaces.

The backup is copied to a temporary name beside the database and checked there: an
SQLite file that passes the integrity check and carries a schema revision this program
knows (an older one is upgraded at the next start). Only then is the current database
backed up into the backups folder (a damaged one is kept as it is), its write-ahead log
folded back (which also tells whether another program still has it open), and the copy
renamed over it in one step. Anything refused or failing before that rename leaves the
database as it was.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic.script import ScriptDirectory
from alembic.util import CommandError

from isa_desk.core.backups import listing
from isa_desk.core.backups.copying import (
    connect,
    copy_database,
    copy_into,
    failure_message,
    integrity_problems,
)
from isa_desk.core.db import schema
from isa_desk.core.db.engine import check_sqlite_file
from isa_desk.core.db.health import DAMAGE
from isa_desk.core.errors import DatabaseError
from isa_desk.core.files import ProtectedFileError, atomic_write, check_target, companions
from isa_desk.core.i18n import translate
from isa_desk.core.progress import Progress, or_silent


@dataclass(frozen=True)
class Restored:
    database: Path
    source: Path
    kept: Path | None  # the backup of the data that was replaced (None: there was none)


def restore(
    database: Path, source: Path, progress: Progress | None = None, now: dt.datetime | None = None
) -> Restored:
    """Replace `database` with the backup `source`; raises DatabaseError, and changes
    nothing, when `source` is not a whole ISA Desk database of a known schema."""
    database, source = Path(database), Path(source)
    check_source_file(database, source)
    progress = or_silent(progress)
    try:
        with atomic_write(database, protect=(source,)) as temp:
            copy_into(source, temp, progress.part(0, 2))
            check_revision(temp, source)
            kept = keep_current(database, progress.part(1, 2), now) if database.exists() else None
            release(database)
    except (OSError, sqlite3.Error) as error:
        raise DatabaseError(
            translate(
                "Backups", "{source} was not restored ({reason}); {path} was not changed."
            ).format(source=source, reason=getattr(error, "strerror", None) or error, path=database)
        ) from error
    return Restored(database, source, kept)


def check_source_file(database: Path, source: Path) -> None:
    """Refuse, before anything is read, a source that is the database or not an SQLite file."""
    try:
        check_target(source, protect=(database,))
    except ProtectedFileError:
        raise DatabaseError(
            translate(
                "Backups", "{source} is the database itself. Choose a backup to restore."
            ).format(source=source)
        ) from None
    if not source.is_file():
        raise DatabaseError(
            translate("Backups", "There is no file {source} to restore.").format(source=source)
        )
    check_sqlite_file(source)


def inspect_source(database: Path, source: Path) -> None:
    """The checks of `restore`, made on `source` itself, without changing anything."""
    check_source_file(database, source)
    try:
        connection = connect(source)
        try:
            problems = integrity_problems(connection)
        finally:
            connection.close()
    except sqlite3.Error as error:
        problems = [str(error)]
    if problems:
        raise DatabaseError(
            translate(
                "Backups", "{source} does not pass SQLite's integrity check ({problem})."
            ).format(source=source, problem=problems[0])
        )
    check_revision(source, source)


def check_revision(copy: Path, source: Path) -> None:
    """Refuse a copy without ISA Desk's schema revision, or with one of a newer program."""
    connection = sqlite3.connect(copy)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no such table
        row = None
    finally:
        connection.close()
    if row is None:
        raise DatabaseError(
            translate(
                "Backups", "{source} is not an ISA Desk database (it has no schema revision)."
            ).format(source=source)
        )
    if not known_revision(row[0]):
        raise DatabaseError(
            translate(
                "Backups",
                "{source} was written by a newer version of ISA Desk (schema {revision}) "
                "and cannot be restored with this one.",
            ).format(source=source, revision=row[0])
        )


def known_revision(revision: str) -> bool:
    script = ScriptDirectory.from_config(schema.alembic_config())
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def keep_current(database: Path, progress: Progress, now: dt.datetime | None) -> Path:
    """Back up the database about to be replaced; a damaged one is kept as it is."""
    target = listing.new_backup_path(database, listing.BEFORE_RESTORE, now)
    try:
        return copy_database(database, target, progress=progress)
    except (OSError, sqlite3.OperationalError) as error:  # a full disk, a lock
        raise DatabaseError(failure_message(database, target, error)) from error
    except sqlite3.DatabaseError:  # damaged: no check would pass, keep its bytes
        pass
    target = listing.new_backup_path(database, listing.DAMAGED, now)
    with atomic_write(target) as temp:
        shutil.copyfile(database, temp)
    log = Path(f"{database}-wal")
    if log.is_file() and log.stat().st_size:
        with atomic_write(f"{target}-wal") as temp:  # found by SQLite beside the copy
            shutil.copyfile(log, temp)
    return target


def release(database: Path) -> None:
    """Fold the write-ahead log back into the database and leave it without companion
    files, so that renaming the copy over it loses nothing; refused while another
    program has the database open. A damaged database is only freed of its companions."""
    if not database.exists():
        return
    try:
        connection = connect(database)
        try:
            connection.execute("PRAGMA busy_timeout=1000")
            mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        reason = getattr(error, "sqlite_errorname", "")
        if reason in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            mode = "wal"  # someone else has it open
        elif reason in DAMAGE:
            mode = "delete"  # only the copy made before is kept of it
        else:
            raise  # no permission and the like: told as they are
    if str(mode).lower() != "delete":
        raise DatabaseError(
            translate(
                "Backups",
                "{path} is open in another program (another ISA Desk window?). Close it and "
                "restore again; nothing was changed.",
            ).format(path=database)
        )
    for companion in companions(database):
        companion.unlink(missing_ok=True)
