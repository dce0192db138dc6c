"""The backup at the first start of each day, and which dated backups are kept.

Kept: the newest backup of each of the 7 most recent days that have one, of each of the
4 most recent ISO weeks, and of each of the 12 most recent months (a backup may count for
all three). Counting days that have a backup, rather than calendar days back from today,
means that a program left unused for months still keeps its old backups. Only dated
backups (named by the program) are ever removed; a backup made before a restore, a kept
damaged database or a file the user named stays.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Hashable, Iterable
from pathlib import Path

from isa_desk.core.backups import listing
from isa_desk.core.backups.copying import make_backup

DAYS, WEEKS, MONTHS = 7, 4, 12

log = logging.getLogger(__name__)


def _day(moment: dt.datetime) -> Hashable:
    return moment.date()


def _week(moment: dt.datetime) -> Hashable:
    year, week, _weekday = moment.isocalendar()
    return (year, week)


def _month(moment: dt.datetime) -> Hashable:
    return (moment.year, moment.month)


def _newest_per_period(
    moments: list[dt.datetime], period: Callable[[dt.datetime], Hashable], count: int
) -> set[dt.datetime]:
    """The newest moment of each of the `count` most recent periods (moments sorted
    newest first)."""
    kept: dict[Hashable, dt.datetime] = {}
    for moment in moments:
        key = period(moment)
        if key not in kept:
            if len(kept) == count:
                break
            kept[key] = moment
    return set(kept.values())


def to_keep(
    moments: Iterable[dt.datetime], days: int = DAYS, weeks: int = WEEKS, months: int = MONTHS
) -> set[dt.datetime]:
    """Which of the backups' moments the rotation keeps."""
    newest_first = sorted(set(moments), reverse=True)
    return (
        _newest_per_period(newest_first, _day, days)
        | _newest_per_period(newest_first, _week, weeks)
        | _newest_per_period(newest_first, _month, months)
    )


def rotate(database: Path) -> list[Path]:
    """Remove the dated backups of `database` the rotation does not keep; returns them."""
    dated = [b for b in listing.backups(database) if b.kind == listing.DATED]
    kept = to_keep(b.made for b in dated)
    removed = []
    for backup in dated:
        if backup.made not in kept:
            try:
                backup.path.unlink()
            except OSError as error:  # in use or read-only: tried again next time
                log.warning("could not remove the old backup %s: %s", backup.path, error)
                continue
            removed.append(backup.path)
    return removed


def daily_backup(database: Path, now: dt.datetime | None = None) -> Path | None:
    """Back up `database` unless a dated backup of today exists, then thin out the old
    ones; returns the new backup. Raises DatabaseError when the backup fails."""
    now = now or dt.datetime.now()
    today = [
        b
        for b in listing.backups(database)
        if b.kind == listing.DATED and b.made.date() == now.date()
    ]
    made = None if today else make_backup(database, now=now)
    rotate(database)
    return made
