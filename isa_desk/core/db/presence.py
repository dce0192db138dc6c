"""Who else has a database file open in ISA Desk.

Two copies of the program on one SQLite file do not see each other's changes until they
reload, and a copy on another computer of a network share can damage the file. So the
window, while it shows a database file, holds an operating-system lock on a side file next
to it ("office.sqlite-open", file_lock.py) with who holds it written there; a second
window that finds the lock taken reads that and warns (and still opens the file). A side
file left by a crashed program never causes a warning: the system drops the lock with the
process. The CLI does not take it: its runs are short.

The first copy holds the lock; a third copy opened after the first closed is not warned
about the second. That is enough to say "someone else has it open", not a census.
"""

from __future__ import annotations

import os
from pathlib import Path

from isa_desk.core.db import file_lock
from isa_desk.core.db.file_lock import FileLock, Holder
from isa_desk.core.domain import dates
from isa_desk.core.i18n import language, translate

SUFFIX = "-open"


def side_file(database: Path) -> Path:
    return Path(f"{os.fspath(database)}{SUFFIX}")


class Presence:
    """This program's presence on a database file: the lock when it got it, else who has
    the file open (`other`). `release()` when the window shows another database."""

    def __init__(self, database: Path, lock: FileLock | None, other: Holder | None):
        self.database = database
        self.path = side_file(database)
        self._lock = lock
        self.other = other

    @property
    def held(self) -> bool:
        return self._lock is not None and self._lock.held

    def warning(self) -> str | None:
        """The warning for the user when another copy has the database open, else None."""
        if self.other is None:
            return None
        advice = translate(
            "Database",
            "Changes made in one copy are not seen by the other until it reloads, and both "
            "writing at once can lose work. For working together, use a team server: "
            "File › Move to team server…",
        )
        if not (self.other.user and self.other.computer and self.other.since):
            return (
                translate("Database", "{path} is already open in another copy of ISA Desk.").format(
                    path=self.database
                )
                + " "
                + advice
            )
        since = dates.format_datetime(
            self.other.since.astimezone().replace(tzinfo=None), language()
        )
        return (
            translate(
                "Database",
                "{path} is already open in ISA Desk for {user} on {computer} since {time}.",
            ).format(
                path=self.database, user=self.other.user, computer=self.other.computer, time=since
            )
            + " "
            + advice
        )

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()


def take(database: Path) -> Presence:
    """Lock the side file of `database` for this process and say who we are there, or
    find out who holds it. Never raises: a folder we cannot write leaves no trace, a file
    system without locks no warning."""
    try:
        lock = file_lock.take(side_file(database))
    except file_lock.Taken as taken:
        return Presence(database, None, None if taken.holder.is_me() else taken.holder)
    except OSError:
        return Presence(database, None, None)
    return Presence(database, lock, None)
