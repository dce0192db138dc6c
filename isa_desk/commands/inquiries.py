"""`isa-desk inquiries`: the morning check of the membership inquiries.

Lists the inquiries (all, one status, or the open ones whose follow-up is today or
earlier with --due), as a table or, with --json, as a list of objects for scripts.
Changes nothing.
"""

from __future__ import annotations

import argparse
import json
import unicodedata

from isa_desk.commands.common import open_database
from isa_desk.core.db.models import InquiryStatus
from isa_desk.core.domain.labels import label
from isa_desk.core.i18n import translate
from isa_desk.core.services import inquiries
from isa_desk.core.services.inquiries import InquiryQuery, InquiryRow

STATUS_CHOICES = [status.value for status in InquiryStatus] + [inquiries.OPEN, inquiries.CLOSED]
PAGE = 500


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "inquiries",
        description=translate(
            "Cli",
            "Lists the membership inquiries with their status, contact person, next "
            "follow-up and days open. Changes nothing.",
        ),
    )
    parser.add_argument(
        "--status",
        choices=STATUS_CHOICES,
        metavar="S",
        help=translate("Cli", "only inquiries in this status: {choices}").format(
            choices=", ".join(STATUS_CHOICES)
        ),
    )
    parser.add_argument(
        "--due",
        action="store_true",
        help=translate("Cli", "only open inquiries whose follow-up is today or earlier"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate(
            "Cli",
            "print a JSON list of objects (id, city, status, contact, next_follow_up, days_open)",
        ),
    )
    parser.set_defaults(run=run)


def rows(db, query: InquiryQuery) -> list[InquiryRow]:
    found: list[InquiryRow] = []
    while True:
        batch = inquiries.page(db, query, len(found), PAGE)
        found += batch
        if len(batch) < PAGE:
            return found


def as_json(rows_: list[InquiryRow]) -> str:
    return json.dumps(
        [
            {
                "id": row.id,
                "city": row.city,
                "status": row.status,
                "contact": row.contact,
                "next_follow_up": row.next_follow_up.isoformat() if row.next_follow_up else None,
                "days_open": row.days_open,
            }
            for row in rows_
        ],
        ensure_ascii=False,
        indent=2,
    )


def width(text: str) -> int:
    """Columns a text takes in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def follow_up_text(row: InquiryRow) -> str:
    if row.next_follow_up is None:
        return ""
    text = inquiries.date_words(row.next_follow_up)
    if row.overdue:
        return text + " " + translate("Cli", "(overdue)")
    if row.due_today:
        return text + " " + translate("Cli", "(today)")
    return text


def as_table(rows_: list[InquiryRow]) -> list[str]:
    header = [
        "#",
        translate("Cli", "City"),
        translate("Cli", "Status"),
        translate("Cli", "Contact person"),
        translate("Cli", "Next follow-up"),
        translate("Cli", "Days open"),
    ]
    cells = [
        [
            str(row.id),
            row.city,
            label(InquiryStatus, row.status),
            row.contact,
            follow_up_text(row),
            str(row.days_open),
        ]
        for row in rows_
    ]
    widths = [max(width(line[n]) for line in [header] + cells) for n in range(len(header))]
    return [
        "  ".join(pad(cell, widths[n]) for n, cell in enumerate(line)).rstrip()
        for line in [header] + cells
    ]


def run(args: argparse.Namespace) -> int:
    # no upgrade and no new file: looking at a database must not change it
    db = open_database(args.target, upgrade=False, must_exist=True)
    try:
        found = rows(db, InquiryQuery(status=args.status, due=args.due))
    finally:
        db.close()
    if args.json:
        print(as_json(found))
        return 0
    if not found:
        print(
            translate("Cli", "Nothing is due.") if args.due else translate("Cli", "No inquiries.")
        )
        return 0
    for line in as_table(found):
        print(line)
    if args.due:
        print(translate("Cli", "Due or overdue: {count}").format(count=len(found)))
    return 0
