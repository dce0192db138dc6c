"""The backups that still hold an erased person, and until when.

An erasure does not touch backups (they are the office's safety net); the person is
told which backups still hold their data and when each goes: a dated backup when the
rotation (backups/rotation.py) drops it, assuming the program is started every day; a
backup made before a restore, a kept damaged database or a file someone named stays
until it is removed by hand.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from isa_desk.core.backups import listing, rotation
from isa_desk.core.db.engine import Database, sqlite_file

HORIZON_DAYS = 800  # longer than the rotation keeps anything (12 months)


@dataclass(frozen=True)
class HeldBackup:
    path: Path
    kind: str  # listing.DATED, BEFORE_RESTORE, DAMAGED or OTHER
    made: dt.datetime
    expires: dt.date | None  # None: kept until removed by hand


def holds(path: Path, contact_id: int) -> bool:
    """Whether the backup holds the contact or their history; True when it cannot be read
    (it may hold them)."""
    uri = f"file:{quote(str(path))}?immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return True
    try:
        row = connection.execute(
            "SELECT 1 FROM contact WHERE id = ? UNION ALL "
            "SELECT 1 FROM audit_entry WHERE entity = 'contact' AND entity_id = ? LIMIT 1",
            (contact_id, contact_id),
        ).fetchone()
    except sqlite3.Error:
        return True
    finally:
        connection.close()
    return row is not None


def expiry(made: dt.datetime, dated: list[dt.datetime], today: dt.date) -> dt.date | None:
    """The day the rotation removes the dated backup `made`, among the `dated` backups
    there are, when the program makes one backup every day from tomorrow on."""
    moments = set(dated) | {made}
    for days in range(HORIZON_DAYS):
        day = today + dt.timedelta(days=days)
        if days:
            moments.add(dt.datetime.combine(day, dt.time()))
        moments = rotation.to_keep(moments)
        if made not in moments:
            return day
    return None


def holding(db: Database, contact_id: int, today: dt.date | None = None) -> list[HeldBackup]:
    """The backups of the database file that hold the contact, newest first (none for a
    server database: its backups follow the server's own rule)."""
    database = sqlite_file(db.engine)
    if database is None:
        return []
    today = today or dt.date.today()
    found = listing.backups(database)
    dated = [backup.made for backup in found if backup.kind == listing.DATED]
    held = []
    for backup in found:
        if not holds(backup.path, contact_id):
            continue
        expires = expiry(backup.made, dated, today) if backup.kind == listing.DATED else None
        held.append(HeldBackup(backup.path, backup.kind, backup.made, expires))
    return held
