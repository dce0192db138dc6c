"""`isa-desk init`: create an empty database at the chosen place."""

from __future__ import annotations

import argparse
from pathlib import Path

from isa_desk.commands.common import open_database
from isa_desk.core.errors import DatabaseError
from isa_desk.core.i18n import translate
from isa_desk.core.paths import is_url


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "init",
        description=translate(
            "Cli",
            "Creates an empty database at the place given with --database (or in "
            "ISA_DESK_DATABASE, else in the user data folder). An existing file is left "
            "alone. For a server URL the tables are made in the existing database.",
        ),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    target = args.target
    if not is_url(target) and Path(target).exists():
        raise DatabaseError(
            translate("Cli", "{path} exists already; nothing was changed.").format(path=target)
        )
    if not is_url(target):
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    db = open_database(target)
    try:
        print(translate("Cli", "Empty database created: {database}").format(database=db.location))
    finally:
        db.close()
    return 0
