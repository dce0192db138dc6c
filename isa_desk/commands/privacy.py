"""`isa-desk privacy`: what the GDPR asks of the office for one person.

    isa-desk privacy export CONTACT_ID FILE   the person's data (Art. 15), JSON or PDF
    isa-desk privacy erase CONTACT_ID --yes   the person erased for good (Art. 17)

Without --yes, `erase` only shows what would be erased and exits with 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from isa_desk.commands.common import open_database
from isa_desk.core.i18n import translate

NOT_CONFIRMED = 1


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "privacy",
        description=translate(
            "Cli",
            "What the GDPR asks for one person: all their data as a file (Art. 15), or "
            "their data erased for good (Art. 17).",
        ),
    )
    actions = parser.add_subparsers(dest="privacy_action", required=True)
    export = actions.add_parser(
        "export",
        help=translate("Cli", "write everything kept about a contact to a JSON or PDF file"),
    )
    export.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    export.add_argument("file", type=Path, metavar=translate("Cli", "FILE"))
    export.set_defaults(run=run_export)
    erase = actions.add_parser(
        "erase",
        help=translate("Cli", "erase a contact for good, with their history"),
        description=translate(
            "Cli",
            "Removes the contact and everything about them: activities, participations, "
            "consents, the name and address in mailings, imports, and their values in the "
            "history. Then compacts the database so the values are gone from its files. "
            "This cannot be undone. Without --yes, only shows what would be erased.",
        ),
    )
    erase.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    erase.add_argument(
        "--yes", action="store_true", help=translate("Cli", "erase without asking again")
    )
    erase.set_defaults(run=run_erase)


def run_export(args: argparse.Namespace) -> int:
    from isa_desk.core.privacy.access import write_export

    db = open_database(args.target, must_exist=True)
    try:
        written = write_export(db, args.contact_id, args.file)
    finally:
        db.close()
    print(
        translate("Cli", "The data of contact {id} was written to {path}").format(
            id=args.contact_id, path=written
        )
    )
    return 0


def run_erase(args: argparse.Namespace) -> int:
    from isa_desk.core.privacy import erasure

    db = open_database(args.target, must_exist=True)
    try:
        if not args.yes:
            shown = erasure.preview(db, args.contact_id)
            print(
                translate("Cli", "Erasing {name} (contact {id}) for good would remove:").format(
                    name=shown.name, id=shown.contact_id
                )
            )
            for line in erasure.count_lines(shown.counts):
                print(f"  {line}")
            for line in erasure.backup_section(shown.backups, shown.notes):
                print(line)
            print(
                translate("Cli", "Nothing was erased. This cannot be undone: add --yes to erase.")
            )
            return NOT_CONFIRMED
        report = erasure.erase(db, args.contact_id)
    finally:
        db.close()
    print(translate("Cli", "Contact {id} was erased for good:").format(id=report.contact_id))
    for line in erasure.count_lines(report.counts):
        print(f"  {line}")
    for line in erasure.backup_section(report.backups, report.notes):
        print(line)
    for warning in report.warnings:
        print(warning, file=sys.stderr)
    return 0
