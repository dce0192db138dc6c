"""What the subcommands share: opening the database and printing its counts."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from isa_desk.core.db.engine import Database, describe_operational_error
from isa_desk.core.errors import DatabaseError
from isa_desk.core.i18n import translate
from isa_desk.core.paths import is_url, made_without_asking


def open_database(
    target: str, upgrade: bool = True, must_exist: bool = False, quiet: bool = False
) -> Database:
    """Open `target`; every failure becomes a DatabaseError with a one-line message, a
    warning (a file on a network drive) goes to stderr unless `quiet`.

    With `must_exist` a missing file is refused, except the default database of the user
    data folder: like the window, every command makes that one on first use."""
    missing = not is_url(target) and not Path(target).exists()
    if must_exist and not made_without_asking(target):
        raise DatabaseError(
            translate(
                "Cli",
                "The database {path} does not exist. Check the path given with --database "
                "or in ISA_DESK_DATABASE, or create it: isa-desk --database {path} init",
            ).format(path=target)
        )
    if missing:
        upgrade = True  # a new database gets its schema
    try:
        db = Database.open(target, upgrade=upgrade)
    except ImportError as error:  # a URL whose database driver is not installed
        raise DatabaseError(
            translate(
                "Cli",
                "The database {target} needs a driver that is not installed "
                '({reason}). Install it, for PostgreSQL: pip install "psycopg[binary]".',
            ).format(target=target, reason=error)
        ) from error
    except (SQLAlchemyError, ValueError) as error:  # a malformed URL, a server that says no
        raise DatabaseError(describe_operational_error(error, target)) from error
    if not quiet:
        for warning in db.warnings:
            print(warning, file=sys.stderr)
    return db


def fill_demo_when_empty(target: str) -> None:
    """The demo database gets its data on first use, so `--demo` always shows something."""
    from isa_desk.core.demo import dataset as demo  # the demo builder: only where it is used

    db = open_database(target, quiet=True)  # the command or the window that follows warns
    try:
        demo.fill_when_empty(db)
    finally:
        db.close()


def count_lines(db: Database) -> list[str]:
    """The records of each kind, one line each, members split by country."""
    from isa_desk.core.demo import dataset as demo

    counts = demo.counts(db)
    # the office's home country first, then the others alphabetically
    countries = sorted(demo.members_by_country(db).items(), key=lambda i: (i[0] != "DE", i[0]))
    split = ", ".join(f"{country} {number}" for country, number in countries)
    lines = [
        translate("Cli", "Members: {count}").format(count=counts["members"])
        + (f" ({split})" if split else "")
    ]
    others = counts["member_records"] - counts["members"]
    if others:
        lines.append(
            translate(
                "Cli", "Other member records (interested cities, guests, former members): {count}"
            ).format(count=others)
        )
    lines += [
        translate("Cli", "Organisations: {count}").format(count=counts["organisations"]),
        translate("Cli", "Contacts: {count}").format(count=counts["contacts"]),
        translate("Cli", "Membership inquiries: {count}").format(count=counts["inquiries"]),
        translate("Cli", "Activities: {count}").format(count=counts["activities"]),
        translate("Cli", "Events: {count}").format(count=counts["events"]),
        translate("Cli", "Participants: {count}").format(count=counts["participants"]),
        translate("Cli", "Tags: {count}").format(count=counts["tags"]),
        translate("Cli", "Audit trail entries: {count}").format(count=counts["audit_entries"]),
    ]
    return lines
