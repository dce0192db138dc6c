"""`isa-desk backup [FILE]`: a checked copy of the database file, made while it may be open.

Without FILE the copy goes to the `backups` folder beside the database, named with the
date and time (these dated backups are thinned out with the daily ones); a folder as
FILE gets the dated name inside it. SQLite files only: a server database is backed up
with the server's own tools.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.engine import make_url

from isa_desk.core.backups import listing
from isa_desk.core.backups.copying import make_backup
from isa_desk.core.errors import DatabaseError
from isa_desk.core.i18n import translate
from isa_desk.core.paths import is_url


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "backup",
        description=translate(
            "Cli",
            "Copies the database with SQLite's backup API (also while the window has it "
            "open), checks the copy and only then gives it its name. Without FILE the "
            "copy goes to the backups folder beside the database.",
        ),
    )
    parser.add_argument("file", nargs="?", type=Path, metavar=translate("Cli", "FILE"))
    parser.set_defaults(run=run)


def database_file(target: str) -> Path:
    """The database file of `target`; a server URL is refused with one line."""
    if not is_url(target):
        return Path(target)
    url = make_url(target)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database)
    raise DatabaseError(
        translate(
            "Cli",
            "{target} is not a database file: backups, restores and checks are for SQLite "
            "files. Back up a server database with the server's own tools.",
        ).format(target=url.render_as_string(hide_password=True))
    )


def run(args: argparse.Namespace) -> int:
    database = database_file(args.target)
    made = make_backup(database, args.file)
    print(
        translate("Cli", "Backup of {database} written to {path} ({size})").format(
            database=database, path=made, size=listing.readable_size(made.stat().st_size)
        )
    )
    return 0
