"""`isa-desk transfer --to URL`: the whole database copied into an empty database on the
team's PostgreSQL server, in one transaction, and the counts of every table compared
before it is committed (see core/db/transfer.py).

The password comes from the URL, the system's password store or ISA_DESK_DB_PASSWORD.
Exit code 0: copied and verified; 1: refused or failed, nothing was copied; 2: bad input.
"""

from __future__ import annotations

import argparse
import sys

from isa_desk.commands.common import open_database
from isa_desk.core.db import transfer
from isa_desk.core.errors import IsaDeskError, ValidationError
from isa_desk.core.i18n import translate

FAILED = 1


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "transfer",
        description=translate(
            "Cli",
            "Copies every record of the database (ids, audit trail, templates, settings) "
            "into an empty PostgreSQL database in one transaction, and compares the number "
            "of rows of every table before it is committed. The password comes from the "
            "URL, the system's password store or ISA_DESK_DB_PASSWORD.",
        ),
    )
    parser.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help=translate("Cli", "the empty database, e.g. postgresql+psycopg://USER@SERVER/isa"),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    shown = transfer.checked_target(args.to)  # a wrong URL is bad input: exit code 2
    db = open_database(args.target, must_exist=True)
    try:
        report = transfer.transfer(db, args.to)
    except ValidationError:
        raise
    except IsaDeskError as error:  # refused, or failed and taken back
        print(error, file=sys.stderr)
        return FAILED
    finally:
        db.close()
    print(
        translate("Cli", "Copied from {source} to {target}:").format(
            source=db.location, target=shown
        )
    )
    for line in transfer.count_lines(report):
        print(f"  {line}")
    print(
        translate(
            "Cli",
            "Verified: every table on the server holds as many rows as here ({total} in all).",
        ).format(total=report.total)
    )
    return 0
