"""The `backups` folder beside a database and what its file names say.

A backup the program makes is named after the database and the moment it was made:
`<stem>-YYYY-MM-DD_HHMMSS.sqlite` (dated: the daily backup and `isa-desk backup`; these
are thinned out by the rotation), `<stem>-before-restore-…` (the data a restore
replaced) and `<stem>-damaged-…` (a damaged database kept as it was). Any other database
file in the folder was put there by someone and is only listed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from isa_desk.core.i18n import translate

FOLDER_NAME = "backups"
SUFFIX = ".sqlite"
STAMP_FORMAT = "%Y-%m-%d_%H%M%S"

# kinds of backups
DATED = "dated"  # thinned out by the rotation
BEFORE_RESTORE = "before-restore"
DAMAGED = "damaged"
OTHER = "other"  # named by the user: kept, never removed by the program

_LABELS = (BEFORE_RESTORE, DAMAGED)
_NAME = re.compile(
    r"^(?P<stem>.+?)-(?:(?P<label>before-restore|damaged)-)?"
    r"(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})\.sqlite$"
)
_DATABASE_SUFFIXES = (".sqlite", ".db", ".sqlite3")


@dataclass(frozen=True)
class Backup:
    path: Path
    made: dt.datetime  # local time: from the name, else the file's modification time
    kind: str  # DATED, BEFORE_RESTORE, DAMAGED or OTHER
    size: int  # bytes


def command(database: Path, *words: str) -> str:
    """The `isa-desk` command line that does `words` to `database`, for messages."""
    path = str(database)
    return " ".join(["isa-desk", "--database", f'"{path}"' if " " in path else path, *words])


def readable_size(size: int) -> str:
    """A file size people read: kB up to a megabyte, MB above."""
    if size < 1_000_000:
        return translate("Backups", "{size} kB").format(size=max(1, round(size / 1000)))
    return translate("Backups", "{size} MB").format(size=f"{size / 1_000_000:.1f}")


def backup_folder(database: Path) -> Path:
    return Path(database).parent / FOLDER_NAME


def backup_name(database: Path, moment: dt.datetime, kind: str = DATED) -> str:
    label = f"{kind}-" if kind in _LABELS else ""
    return f"{Path(database).stem}-{label}{moment.strftime(STAMP_FORMAT)}{SUFFIX}"


def new_backup_path(database: Path, kind: str = DATED, now: dt.datetime | None = None) -> Path:
    """Where a backup made now goes; the folder is made when missing."""
    folder = backup_folder(database)
    folder.mkdir(exist_ok=True)
    return folder / backup_name(database, now or dt.datetime.now(), kind)


def parse(database: Path, name: str) -> tuple[str, dt.datetime] | None:
    """(kind, moment) of a name the program gave a backup of `database`, else None."""
    match = _NAME.match(name)
    if match is None or match["stem"] != Path(database).stem:
        return None
    try:
        moment = dt.datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:  # 2024-02-30 and the like: not a name the program gave
        return None
    return match["label"] or DATED, moment


def _belongs_to_another(database: Path, name: str) -> bool:
    match = _NAME.match(name)
    return match is not None and match["stem"] != Path(database).stem


def backups(database: Path) -> list[Backup]:
    """The backups of `database` in its backups folder, newest first. Files named by the
    program for another database of the same folder are left out."""
    folder = backup_folder(database)
    found: list[Backup] = []
    try:
        entries = [entry for entry in folder.iterdir() if entry.is_file()]
    except OSError:  # no folder yet
        return []
    for path in entries:
        if path.name.startswith(".") or path.suffix.lower() not in _DATABASE_SUFFIXES:
            continue  # a file being written, or not a database
        if _belongs_to_another(database, path.name):
            continue
        try:
            stat = path.stat()
        except OSError:  # removed meanwhile
            continue
        known = parse(database, path.name)
        kind, made = known if known else (OTHER, dt.datetime.fromtimestamp(stat.st_mtime))
        found.append(Backup(path, made, kind, stat.st_size))
    found.sort(key=lambda backup: (backup.made, backup.path.name), reverse=True)
    return found
