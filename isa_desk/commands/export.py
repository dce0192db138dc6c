"""`isa-desk export LIST FILE.xlsx`: a list as an Excel workbook, optionally filtered;
contacts also as vCards (FILE.vcf, or a folder for one file per contact) and as
Outlook's CSV file (FILE.csv --format outlook)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from isa_desk.commands.common import open_database
from isa_desk.core.domain.countries import country_code
from isa_desk.core.domain.text import search_key
from isa_desk.core.errors import ValidationError
from isa_desk.core.exchange.exporting.export import export, list_title
from isa_desk.core.exchange.exporting.outlook import export_outlook
from isa_desk.core.exchange.exporting.rows import Selection
from isa_desk.core.exchange.values import Words, labels
from isa_desk.core.exchange.vcard import VCARD_SUFFIXES, VERSIONS
from isa_desk.core.exchange.vcard.writing import export_vcard_folder, export_vcards
from isa_desk.core.i18n import translate
from isa_desk.core.services import events
from isa_desk.core.services.common import ListQuery

FORMATS = ("xlsx", "vcard", "outlook")
SUFFIXES = {"xlsx": ".xlsx", "vcard": ".vcf", "outlook": ".csv"}

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
        description=translate(
            "Cli",
            "Writes members, organisations, contacts, membership inquiries or an "
            "event's participants into an Excel workbook (.xlsx), with headers in the "
            "program's language and an ID column for a later re-import. Contacts can also "
            "be written as vCards (FILE.vcf, or a folder for one file per contact) and as "
            "Outlook's CSV file (FILE.csv --format outlook).",
        ),
    )
    parser.add_argument(
        "list",
        choices=list(LISTS),
        metavar=translate("Cli", "LIST"),
        help="members | organizations | contacts | inquiries | participants",
    )
    # kept as typed: a slash at its end names a folder, and Path would drop it
    parser.add_argument("file", metavar=translate("Cli", "FILE.xlsx"))
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
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help=translate(
            "Cli",
            "xlsx, vcard (contacts as vCards: FILE.vcf, or a folder for one file per "
            "contact) or outlook (contacts as Outlook's CSV file: FILE.csv); default: "
            "found from the file name",
        ),
    )
    parser.add_argument(
        "--vcard-version",
        choices=VERSIONS,
        default="3.0",
        help=translate(
            "Cli", "the vCard version: 3.0 (default, read by Outlook and Thunderbird) or 4.0"
        ),
    )
    parser.add_argument(
        "--outlook-language",
        choices=("de", "en"),
        default="de",
        help=translate(
            "Cli", "the language of Outlook's column names: de (default) or en, as Outlook runs"
        ),
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


def _is_folder(typed: str, chosen_format: str | None) -> bool:
    """A folder is named: one that exists, a name ending in a slash, or with --format
    vcard a name without a suffix."""
    path = Path(typed)
    if path.is_dir() or typed.endswith(("/", os.sep)):
        return True
    return chosen_format == "vcard" and not path.suffix


def _format(args: argparse.Namespace, list_name: str) -> str:
    """The format asked for, or the one the file name says; checked against the list and
    the file name."""
    suffix = args.file.suffix.lower()
    folder = args.folder
    chosen = args.format or ("vcard" if folder or suffix in VCARD_SUFFIXES else "xlsx")
    if chosen == "xlsx" and suffix == ".csv" and not args.format:
        raise ValidationError(
            translate(
                "Cli", "{file}: a CSV file is written in Outlook's layout: add --format outlook."
            ).format(file=args.file),
            "file",
        )
    if chosen != "xlsx" and list_name != "contacts":
        raise ValidationError(
            translate("Cli", "--format {format} is for contacts only.").format(format=chosen),
            "format",
        )
    if chosen == "xlsx" and suffix != ".xlsx":
        raise ValidationError(
            translate("Cli", "{file}: the file name must end in .xlsx.").format(file=args.file),
            "file",
        )
    if chosen != "xlsx" and not (chosen == "vcard" and folder) and suffix != SUFFIXES[chosen]:
        raise ValidationError(
            translate(
                "Cli", "{file}: with --format {format} the file name must end in {suffix}."
            ).format(file=args.file, format=chosen, suffix=SUFFIXES[chosen]),
            "file",
        )
    return chosen


def run(args: argparse.Namespace) -> int:
    list_name = LISTS[args.list]
    args.folder = _is_folder(args.file, args.format)
    args.file = Path(args.file)
    chosen = _format(args, list_name)
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
        selection = Selection(query, None, event_id)
        if chosen != "xlsx":
            return _contacts(db, args, chosen, selection)
        written = export(db, list_name, args.file, selection, language=args.lang or "de")
    finally:
        db.close()
    print(
        translate("Cli", "%n rows of {list} written to {file}.", None, written).format(
            list=list_title(list_name), file=args.file
        )
    )
    return 0


def _contacts(db, args: argparse.Namespace, chosen: str, selection: Selection) -> int:
    """Contacts as vCards (one file, or a file each in a folder) or as Outlook's CSV."""
    language = args.lang or "de"
    if chosen == "outlook":
        written = export_outlook(db, args.file, selection, args.outlook_language)
        message = translate("Cli", "%n contacts written to {file} for Outlook.", None, written)
    elif args.folder:
        written = export_vcard_folder(db, args.file, selection, args.vcard_version, language)
        message = translate(
            "Cli", "%n contacts written to {file}, one vCard {version} file each.", None, written
        )
    else:
        written = export_vcards(db, args.file, selection, args.vcard_version, language)
        message = translate(
            "Cli", "%n contacts written to {file} as vCard {version}.", None, written
        )
    print(message.format(file=args.file, version=args.vcard_version))
    return 0
