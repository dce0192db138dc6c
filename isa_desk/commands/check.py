"""`isa-desk check`: is the database file whole?

SQLite's integrity check, the foreign keys, the schema revision and the contacts' search
index, one line each (or one line per problem). Exit code 0 when all is well, 1 when
something is wrong, 2 when the file cannot be checked at all. The file is looked at
without the usual open, which refuses a damaged database, and nothing is written into
it; only --rebuild-index writes, and only into a database that passes the integrity check.
"""

from __future__ import annotations

import argparse

from isa_desk.commands.backup import database_file
from isa_desk.core.db import health
from isa_desk.core.db.engine import check_sqlite_file
from isa_desk.core.errors import DatabaseError
from isa_desk.core.i18n import translate

PROBLEMS = 1


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "check",
        description=translate(
            "Cli",
            "Runs SQLite's integrity check and the foreign key check, looks at the schema "
            "revision and compares the contacts' search index with the contacts. Exit code "
            "0: no problems; 1: problems, each on a line of its own.",
        ),
    )
    parser.add_argument(
        "--rebuild-index",
        action="store_true",
        help=translate("Cli", "rebuild the contacts' search index when it does not match"),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    database = database_file(args.target)
    if not database.is_file():
        raise DatabaseError(
            translate("Cli", "The database {path} does not exist.").format(path=database)
        )
    check_sqlite_file(database)
    findings = health.check(database)
    if args.rebuild_index:
        findings = _rebuild_index(database, findings)
    for finding in findings:
        for line in finding.lines:
            print(f"{finding.topic}: {line}")
    wrong = [finding for finding in findings if not finding.ok]
    if wrong:
        print(
            translate("Cli", "{path}: problems found ({topics}).").format(
                path=database, topics=", ".join(finding.topic for finding in wrong)
            )
        )
        return PROBLEMS
    print(translate("Cli", "{path}: no problems found.").format(path=database))
    return 0


def _rebuild_index(database, findings: list[health.Finding]) -> list[health.Finding]:
    """Rebuild the search index where it does not match; never in a damaged file."""
    ok = {finding.key: finding.ok for finding in findings}
    if ok["search_index"]:
        return findings
    if not ok["integrity"]:
        print(
            translate(
                "Cli",
                "The search index was not rebuilt: the database does not pass the integrity check.",
            )
        )
        return findings
    health.rebuild_search_index(database)
    print(translate("Cli", "The search index was rebuilt."))
    return health.check(database)
