"""Is the database file whole? The quick check at every open, and `isa-desk check`.

A database with damaged pages is never opened for work: SQLite would let the program
write into it and a query would silently miss the rows of an unreadable page (letters to
some recipients would not be written, and nobody would notice). `refuse_damaged` runs
SQLite's quick check before the database is opened (about 0.15 s for 100,000 contacts)
and refuses a file that fails it, naming the newest backup that passes the same check.
`check` is the thorough look for `isa-desk check`: integrity, foreign keys, the schema
revision and the contacts' search index. Neither writes into the file.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from isa_desk.core.backups import listing
from isa_desk.core.backups.copying import BUSY_SECONDS, integrity_problems
from isa_desk.core.db import engine, search_index
from isa_desk.core.errors import DatabaseError
from isa_desk.core.i18n import translate

log = logging.getLogger(__name__)

DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")  # what SQLite says about damaged pages
SHOWN = 20  # problems listed per check; the rest are counted


class DamagedDatabaseError(DatabaseError):
    """The database file fails SQLite's check; it was not changed."""

    def __init__(self, path: Path, backup: Path | None, problem: str):
        self.path, self.backup, self.problem = path, backup, problem
        super().__init__(damaged_message(path, backup, problem))


def damaged_message(path: Path, backup: Path | None, problem: str) -> str:
    if backup is not None:
        return translate(
            "Database",
            "{path} is damaged ({problem}); it was not changed. The last good backup is "
            "{backup}: restore it with {command}",
        ).format(
            path=path,
            problem=problem,
            backup=backup,
            command=listing.command(path, "restore", str(backup)),
        )
    return translate(
        "Database",
        "{path} is damaged ({problem}); it was not changed. There is no backup in {folder}. "
        "See what is wrong with {command}",
    ).format(
        path=path,
        problem=problem,
        folder=listing.backup_folder(path),
        command=listing.command(path, "check"),
    )


def one_line(text: object) -> str:
    return " ".join(str(text).split())


def quick_problems(path: Path) -> list[str]:
    """What SQLite's quick check finds in the file; empty when it is whole, and when it
    cannot be looked at now (locked, no permission: the open itself says so)."""
    try:
        connection = sqlite3.connect(path, timeout=engine.BUSY_TIMEOUT_MS / 1000)
        try:
            return integrity_problems(connection, "quick_check")
        finally:
            connection.close()
    except sqlite3.Error as error:
        if getattr(error, "sqlite_errorname", "") in DAMAGE:
            return [one_line(error)]
        return []


def refuse_damaged(path: Path) -> None:
    """Raise DamagedDatabaseError when the existing database file fails the quick check."""
    if not path.is_file() or path.stat().st_size == 0:
        return
    problems = quick_problems(path)
    if problems:
        log.info("%s is damaged: %s", path, "; ".join(problems))
        raise DamagedDatabaseError(path, last_good_backup(path), problems[0])


def last_good_backup(database: Path) -> Path | None:
    """The newest backup in the backups folder that passes the quick check."""
    for backup in listing.backups(database):
        if backup.kind != listing.DAMAGED and not quick_problems(backup.path):
            return backup.path
    return None


# -- isa-desk check ------------------------------------------------------------------------


@dataclass
class Finding:
    key: str  # integrity, foreign_keys, revision, search_index
    topic: str  # the key in the user's language
    lines: list[str] = field(default_factory=list)  # what was found, or what is fine
    ok: bool = True


def check(path: Path) -> list[Finding]:
    """Integrity, foreign keys, schema revision and search index of the database file."""
    connection = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)
    try:
        return [
            _guarded("integrity", translate("Check", "Integrity"), _integrity, connection),
            _guarded("foreign_keys", translate("Check", "Foreign keys"), _foreign_keys, connection),
            _guarded("revision", translate("Check", "Schema revision"), _revision, connection),
            _guarded(
                "search_index",
                translate("Check", "Search index"),
                lambda c, f: _search_index(c, f, path),
                connection,
            ),
        ]
    finally:
        connection.close()


def _guarded(key: str, topic: str, look, connection: sqlite3.Connection) -> Finding:
    """One look at the file; a page SQLite cannot read is a finding, not a crash."""
    finding = Finding(key, topic)
    try:
        look(connection, finding)
    except sqlite3.Error as error:
        finding.lines, finding.ok = [one_line(error)], False
    return finding


def _problems(finding: Finding, problems: list[str]) -> None:
    if not problems:
        finding.lines = [translate("Check", "ok")]
        return
    finding.ok = False
    finding.lines = problems[:SHOWN]
    if len(problems) > SHOWN:
        finding.lines.append(
            translate("Check", "… and {count} more").format(count=len(problems) - SHOWN)
        )


def _integrity(connection: sqlite3.Connection, finding: Finding) -> None:
    _problems(finding, integrity_problems(connection))


def _foreign_keys(connection: sqlite3.Connection, finding: Finding) -> None:
    rows = connection.execute("PRAGMA foreign_key_check").fetchall()
    _problems(
        finding,
        [
            translate("Check", "{table} row {row} refers to a missing {parent}").format(
                table=table, row=row, parent=parent
            )
            for table, row, parent, _key in rows
        ],
    )


def _revision(connection: sqlite3.Connection, finding: Finding) -> None:
    from isa_desk.core.backups.restore import known_revision
    from isa_desk.core.db.schema import head_revision

    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no such table
        row = None
    head = head_revision()
    if row is None:
        finding.ok = False
        finding.lines = [translate("Check", "none: this is not an ISA Desk database")]
    elif row[0] == head:
        finding.lines = [translate("Check", "{revision} (current)").format(revision=head)]
    elif known_revision(row[0]):
        finding.lines = [
            translate("Check", "{revision} (upgraded to {head} at the next start)").format(
                revision=row[0], head=head
            )
        ]
    else:
        finding.ok = False
        finding.lines = [
            translate("Check", "{revision} is of a newer version of ISA Desk").format(
                revision=row[0]
            )
        ]


def _search_index(connection: sqlite3.Connection, finding: Finding, path: Path) -> None:
    names = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    for index in search_index.INDEXED.values():
        if index not in names:
            finding.lines = [
                translate("Check", "missing; it is made again when the database is opened")
            ]
            continue
        # rank 1: the index is compared with the table it follows, not only with itself
        connection.execute("BEGIN")
        try:
            connection.execute(f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError:
            finding.ok = False
            finding.lines = [
                translate(
                    "Check",
                    "the contacts' search index does not match the contacts; "
                    "rebuild it with {command}",
                ).format(command=listing.command(path, "check", "--rebuild-index"))
            ]
        finally:
            connection.execute("ROLLBACK")
    if finding.ok and not finding.lines:
        finding.lines = [translate("Check", "ok")]


def rebuild_search_index(path: Path) -> None:
    """Fill the contacts' search index again from the contacts, in one transaction."""
    connection = sqlite3.connect(path, timeout=BUSY_SECONDS)
    try:
        with connection:
            for index in search_index.INDEXED.values():
                connection.execute(f"INSERT INTO {index}({index}) VALUES ('rebuild')")
    finally:
        connection.close()
