"""A whole, checked copy of an SQLite database, or none at all.

The copy is made with SQLite's online backup API, which reads a consistent state even
while the window has the database open and someone is writing; it goes to a temporary
name in the target's folder, passes SQLite's integrity check there, is flushed to the
disk and only then renamed (`files.atomic_write`). A full disk, a cancel or a failed check
leaves no file under the final name and no temporary file. The pre-upgrade backup
(`schema.backup_sqlite`) and `isa-desk backup` both use `copy_database`.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from isa_desk.core.backups import listing
from isa_desk.core.errors import DatabaseError
from isa_desk.core.files import PathLike, atomic_write
from isa_desk.core.i18n import translate
from isa_desk.core.progress import Progress

PAGES_PER_STEP = 1024  # 4 MB with SQLite's usual page size: a step between progress reports
BUSY_SECONDS = 5.0


class CheckFailed(sqlite3.DatabaseError):
    """The copy does not pass SQLite's integrity check (the original is damaged)."""


def connect(path: PathLike) -> sqlite3.Connection:
    """A plain connection to an existing file (sqlite3 would make a missing one)."""
    if not Path(path).is_file():
        raise FileNotFoundError(2, translate("Backups", "No such file"), str(path))
    return sqlite3.connect(path, timeout=BUSY_SECONDS)


def integrity_problems(
    connection: sqlite3.Connection, pragma: str = "integrity_check"
) -> list[str]:
    """What SQLite's integrity check (or quick check) finds, one problem a line, without
    its "*** in database main ***" headings; empty when all is well."""
    rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
    if rows == ["ok"]:
        return []
    lines = (line.strip() for row in rows for line in row.splitlines())
    return [line for line in lines if line and not line.startswith("***")]


def copy_into(source: PathLike, temp: Path, progress: Progress | None = None) -> None:
    """Copy the database `source` into the empty file `temp` and check the copy; raises
    OSError or sqlite3.Error (CheckFailed when the copy is not whole)."""
    reader = connect(source)
    try:
        copy = sqlite3.connect(temp)
        try:
            # no journal and no syncing while a temporary file is filled: it is thrown away
            # on any failure, and synced as a whole before it gets its name
            copy.execute("PRAGMA journal_mode=OFF")
            copy.execute("PRAGMA synchronous=OFF")
            reader.backup(copy, **_stepping(progress))
            # one file without a write-ahead log: a backup travels on its own
            copy.execute("PRAGMA journal_mode=DELETE")
            problems = integrity_problems(copy)
            if problems:
                raise CheckFailed(
                    translate("Backups", "the copy does not pass SQLite's check: {problem}").format(
                        problem=problems[0]
                    )
                )
        finally:
            copy.close()
    finally:
        reader.close()
        for suffix in ("-journal", "-wal", "-shm"):  # what a failed copy may leave
            Path(f"{temp}{suffix}").unlink(missing_ok=True)


def _stepping(progress: Progress | None) -> dict:
    """Arguments for Connection.backup: all at once, or in steps that report and can be
    cancelled (an error raised by the callback stops the backup)."""
    if progress is None:
        return {"pages": -1}

    def report(_status: int, remaining: int, total: int) -> None:
        progress.step(total - remaining, total)

    return {"pages": PAGES_PER_STEP, "progress": report}


def copy_database(
    source: PathLike,
    target: PathLike,
    *,
    protect: Iterable[PathLike | None] = (),
    progress: Progress | None = None,
) -> Path:
    """A checked copy of `source` at `target`, whole or not at all; raises OSError or
    sqlite3.Error (and ProtectedFileError for a target that is `source` or one of
    `protect`)."""
    with atomic_write(target, protect=(source, *protect)) as temp:
        copy_into(source, temp, progress)
    return Path(target)


def make_backup(
    database: PathLike,
    target: PathLike | None = None,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Back up the database file to `target`: by default a dated file in the backups
    folder beside it; a folder as `target` gets the dated name inside it. Raises
    DatabaseError with a message for the user."""
    database = Path(database)
    if not database.is_file():
        raise DatabaseError(
            translate(
                "Backups", "The database {path} does not exist; there is nothing to back up."
            ).format(path=database)
        )
    if target is None:
        path = listing.new_backup_path(database, now=now)
    elif Path(target).is_dir():
        path = Path(target) / listing.backup_name(database, now or dt.datetime.now())
    else:
        path = Path(target)
    try:
        return copy_database(database, path, progress=progress)
    except (OSError, sqlite3.Error) as error:
        raise DatabaseError(failure_message(database, path, error)) from error


def failure_message(database: Path, target: Path, error: BaseException) -> str:
    reason = getattr(error, "strerror", None) or str(error)
    if isinstance(error, CheckFailed):
        return translate(
            "Backups",
            "No backup of {path} was made: {reason}. The database itself may be damaged; "
            "see {command}",
        ).format(path=database, reason=reason, command=listing.command(database, "check"))
    return translate(
        "Backups", "No backup of {path} could be made to {target}: {reason}. No file was left."
    ).format(path=database, target=target, reason=reason)
