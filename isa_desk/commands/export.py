"""`isa-desk export LIST FILE.xlsx`: a list as an Excel workbook, optionally filtered."""

from __future__ import annotations

import argparse
from pathlib import Path

from isa_desk.commands.common import open_database
from isa_desk.core.domain.countries import country_code
from isa_desk.core.domain.text import search_key
from isa_desk.core.errors import ValidationError
from isa_desk.core.exchange.exporting.export import export, list_title
from isa_desk.core.exchange.exporting.rows import Selection
from isa_desk.core.exchange.values import Words, labels
from isa_desk.core.i18n import translate
from isa_desk.core.services import events
from isa_desk.core.services.common import ListQuery

# the command takes the British and the American spelling
LISTS = {
    "members": "members",
    "organisations": "organisations",
    "organizations": "organisations",
    "contacts": "contacts",
    "inquiries": "inquiries",
    "participants": "participants",
}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "export",
        help=translate("Cli", "export a list as an Excel workbook"),
        description=translate(
            "Cli",
            "Writes members, organisations, contacts, membership inquiries or an "
            "event's participants into an Excel workbook (.xlsx), with headers in the "
            "program's language and an ID column for a later re-import.",
        ),
    )
    parser.add_argument(
        "list",
        choices=list(LISTS),
        metavar=translate("Cli", "LIST"),
        help="members | organizations | contacts | inquiries | participants",
    )
    parser.add_argument("file", type=Path, metavar=translate("Cli", "FILE.xlsx"))
    parser.add_argument(
        "--country", metavar="C", help=translate("Cli", "only this country (code or name)")
    )
    parser.add_argument(
        "--status",
        metavar="S",
        help=translate("Cli", "only this status (members, inquiries, participants)"),
    )
    parser.add_argument("--tag", metavar="T", help=translate("Cli", "only records with this tag"))
    parser.add_argument(
        "--event",
        metavar=translate("Cli", "TITLE_OR_ID"),
        help=translate("Cli", "the event whose participants to export"),
    )
    parser.set_defaults(run=run)


def _status(list_name: str, text: str | None) -> str | None:
    """The stored status code for a code or a label of the list's statuses."""
    if not text:
        return None
    group = {
        "members": "status",
        "inquiries": "inquiry_status",
        "participants": "participation",
    }.get(list_name)
    if group is None:
        raise ValidationError(
            translate("Cli", "--status does not apply to {list}.").format(
                list=list_title(list_name)
            ),
            "status",
        )
    known = labels(group)
    wanted = search_key(text)
    for code, label in known.items():
        if wanted in (search_key(code), search_key(label)):
            return code
    if group == "status" and (worded := Words().code("status", text)):
        return worded
    raise ValidationError(
        translate("Cli", "Unknown status “{status}”: choose one of {choices}.").format(
            status=text, choices=", ".join(known)
        ),
        "status",
    )


def _country(text: str | None) -> str | None:
    if not text:
        return None
    code = country_code(text)
    if code is None:
        raise ValidationError(
            translate("Cli", "“{country}” is not a country ISA Desk knows.").format(country=text),
            "country",
        )
    return code


def run(args: argparse.Namespace) -> int:
    list_name = LISTS[args.list]
    if args.file.suffix.lower() != ".xlsx":
        raise ValidationError(
            translate("Cli", "{file}: the file name must end in .xlsx.").format(file=args.file),
            "file",
        )
    query = ListQuery(
        country=_country(args.country), status=_status(list_name, args.status), tag=args.tag or None
    )
    db = open_database(args.target, must_exist=True)
    try:
        event_id = None
        if list_name == "participants":
            if not args.event:
                raise ValidationError(
                    translate("Cli", "Name the event with --event TITLE or --event ID."), "event"
                )
            event_id = events.find(db, args.event).id
        written = export(
            db, list_name, args.file, Selection(query, None, event_id), language=args.lang or "de"
        )
    finally:
        db.close()
    print(
        translate("Cli", "%n rows of {list} written to {file}.", None, written).format(
            list=list_title(list_name), file=args.file
        )
    )
    return 0
