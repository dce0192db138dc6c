"""`isa-desk demo`: fill or refresh the chosen database with the demo data set."""

from __future__ import annotations

import argparse

from isa_desk.commands.common import count_lines, open_database
from isa_desk.core.demo import dataset as demo
from isa_desk.core.i18n import translate


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "demo",
        description=translate(
            "Cli",
            "Writes the demo data set (the alliance's members, fictional contacts, "
            "inquiries and an event) into the database. Running it again refreshes it.",
        ),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    db = open_database(args.target)
    try:
        demo.fill(db)
        print(translate("Cli", "Demo data written to {database}.").format(database=db.location))
        for line in count_lines(db):
            print(line)
    finally:
        db.close()
    return 0
