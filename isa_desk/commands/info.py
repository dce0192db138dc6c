"""`isa-desk info`: where the database is, its schema revision and what it holds."""

from __future__ import annotations

import argparse

from isa_desk.commands.common import count_lines, open_database
from isa_desk.core.db import schema
from isa_desk.core.i18n import translate


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "info",
        description=translate(
            "Cli",
            "Shows where the database is, its schema revision and how many records of "
            "each kind it holds. Changes nothing.",
        ),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # no upgrade and no new file: looking at a database must not change it
    db = open_database(args.target, upgrade=False, must_exist=True)
    try:
        with db.engine.connect() as connection:
            revision = schema.current_revision(connection)
        head = schema.head_revision()
        print(translate("Cli", "Database: {database}").format(database=db.location))
        if revision == head:
            print(
                translate("Cli", "Schema revision: {revision} (current)").format(revision=revision)
            )
        else:
            print(
                translate("Cli", "Schema revision: {revision} (this program: {head})").format(
                    revision=revision, head=head
                )
            )
        for line in count_lines(db):
            print(line)
    finally:
        db.close()
    return 0
