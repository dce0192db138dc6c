"""`isa-desk restore FILE --yes`: put a backup in the database's place.

The backup is checked first (an SQLite file that passes the integrity check, with a
schema revision this program knows); the current data is backed up into the backups
folder before it is replaced. Without --yes nothing is changed: the command says what
it would do and ends with exit code 1.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from isa_desk.commands.backup import database_file
from isa_desk.core.backups import listing
from isa_desk.core.backups.restore import inspect_source, restore
from isa_desk.core.i18n import translate

NOT_DONE = 1


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "restore",
        description=translate(
            "Cli",
            "Replaces the database with the backup FILE, after checking it and backing up "
            "the current data into the backups folder. Without --yes only says what it "
            "would do.",
        ),
    )
    parser.add_argument("file", type=Path, metavar=translate("Cli", "FILE"))
    parser.add_argument(
        "--yes", action="store_true", help=translate("Cli", "replace the database, do not ask")
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    database = database_file(args.target)
    if not args.yes:
        inspect_source(database, args.file)
        print(
            translate(
                "Cli",
                "{source} can be restored: it would replace {database}, whose data would be "
                "backed up into {folder} first. Run the command again with --yes to do it.",
            ).format(source=args.file, database=database, folder=listing.backup_folder(database))
        )
        return NOT_DONE
    done = restore(database, args.file)
    print(
        translate("Cli", "{database} now holds the data of {source}.").format(
            database=database, source=args.file
        )
    )
    if done.kept is not None:
        print(
            translate("Cli", "The data it held before was backed up to {path}").format(
                path=done.kept
            )
        )
    return 0
