"""`isa-desk events`: the events with how many are invited, registered, declined, came.
`isa-desk badges` and `isa-desk attendance`: an event's name badges and the attendance
list to sign, as PDF.

Exit codes: 0 done, 2 unusable arguments (an unknown event or status, a folder that does
not exist, nobody in the chosen statuses).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

from isa_desk.commands.common import open_database
from isa_desk.core import files, i18n
from isa_desk.core.db.models import ParticipantStatus
from isa_desk.core.documents.attendance import make_attendance_list
from isa_desk.core.documents.badges import COMING, make_badges
from isa_desk.core.domain import dates
from isa_desk.core.domain.labels import label
from isa_desk.core.errors import ValidationError
from isa_desk.core.i18n import translate
from isa_desk.core.services import events
from isa_desk.core.services.common import ListQuery
from isa_desk.core.services.events import EventRow

PAGE = 500
STATUSES = tuple(status.value for status in ParticipantStatus)


def register(subparsers) -> None:
    listing = subparsers.add_parser(
        "events",
        description=translate(
            "Cli",
            "Lists the events, newest first, with how many people are on the list and "
            "how many are in each status. Changes nothing.",
        ),
    )
    listing.add_argument(
        "--json",
        action="store_true",
        help=translate(
            "Cli",
            "print a JSON list of objects (id, title, starts_at, ends_at, place, "
            "registration_deadline, total and a count per status)",
        ),
    )
    listing.set_defaults(run=run_list)
    for name, description, run in (
        (
            "badges",
            translate(
                "Cli",
                "Name badges (A6, four on an A4 page): name, name in Chinese "
                "characters, organisation and member city of the event's participants.",
            ),
            run_badges,
        ),
        (
            "attendance",
            translate(
                "Cli",
                "The list to sign on the day: name, organisation and a signature "
                "column for the event's participants, with page numbers.",
            ),
            run_attendance,
        ),
    ):
        parser = subparsers.add_parser(name, description=description)
        parser.add_argument(
            "--event",
            required=True,
            metavar=translate("Cli", "TITLE_OR_ID"),
            help=translate("Cli", "the event"),
        )
        parser.add_argument(
            "--out",
            required=True,
            type=Path,
            metavar=translate("Cli", "FILE.pdf"),
            help=translate("Cli", "the PDF file to write"),
        )
        parser.add_argument(
            "--status",
            default=",".join(COMING),
            metavar=translate("Cli", "STATUS,..."),
            help=translate(
                "Cli",
                "participants with these statuses (default: "
                "registered,attended; all: every status)",
            ),
        )
        parser.set_defaults(run=run)


# -- the list ------------------------------------------------------------------------------


def all_rows(db) -> list[EventRow]:
    found: list[EventRow] = []
    while True:
        batch = events.page(db, ListQuery(), len(found), PAGE)
        found += batch
        if len(batch) < PAGE:
            return found


def as_json(rows: list[EventRow]) -> str:
    def when(value):
        return value.isoformat() if value is not None else None

    return json.dumps(
        [
            {
                "id": row.id,
                "title": row.title,
                "starts_at": when(row.starts_at),
                "ends_at": when(row.ends_at),
                "place": row.place,
                "registration_deadline": when(row.registration_deadline),
                "total": row.total,
                **row.counts(),
            }
            for row in rows
        ],
        ensure_ascii=False,
        indent=2,
    )


def width(text: str) -> int:
    """Columns a text takes in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def as_table(rows: list[EventRow]) -> list[str]:
    header = [
        "#",
        translate("Cli", "Date"),
        translate("Cli", "Title"),
        translate("Cli", "Total"),
        *(label(ParticipantStatus, s) for s in STATUSES),
    ]
    cells = [
        [
            str(row.id),
            dates.format_date(row.starts_at.date(), i18n.language()),
            row.title,
            str(row.total),
            *(str(count) for count in row.counts().values()),
        ]
        for row in rows
    ]
    widths = [max(width(line[n]) for line in [header] + cells) for n in range(len(header))]
    lines = []
    for line in [header] + cells:
        padded = [
            cell + " " * (widths[n] - width(cell))
            if n < 3
            else " " * (widths[n] - width(cell)) + cell
            for n, cell in enumerate(line)
        ]
        lines.append("  ".join(padded).rstrip())
    return lines


def run_list(args: argparse.Namespace) -> int:
    # no upgrade and no new file: looking at a database must not change it
    db = open_database(args.target, upgrade=False, must_exist=True)
    try:
        rows = all_rows(db)
    finally:
        db.close()
    if args.json:
        print(as_json(rows))
    elif not rows:
        print(translate("Cli", "No events."))
    else:
        print("\n".join(as_table(rows)))
    return 0


# -- the PDFs ------------------------------------------------------------------------------


def statuses(text: str) -> tuple[str, ...]:
    words = tuple(word.strip() for word in (text or "").split(",") if word.strip())
    if words == ("all",):
        return STATUSES
    if not words or any(word not in STATUSES for word in words):
        raise ValidationError(
            translate(
                "Cli", "Unknown participant status in --status {status}: use {choices} or all."
            ).format(status=text, choices=", ".join(STATUSES)),
            "status",
        )
    return words


def _checked_out(path: Path) -> Path:
    if not path.parent.resolve().is_dir():
        raise ValidationError(
            translate("Cli", "The folder {folder} does not exist.").format(folder=path.parent),
            "out",
        )
    return path


def _make(args: argparse.Namespace, maker, done_text) -> int:
    """`done_text(people, pages)` says what was written, with {path} for the file."""
    chosen = statuses(args.status)
    out = _checked_out(args.out)
    db = open_database(args.target, must_exist=True)
    try:
        event = events.find(db, args.event)
        try:
            people, pages = maker(db, event.id, out, chosen, args.lang or "de")
        except OSError as error:
            print(files.write_error(error, None if error.filename else out), file=sys.stderr)
            return 2
    finally:
        db.close()
    print(done_text(people, translate("Cli", "%n pages", None, pages)).format(path=out))
    return 0


def run_badges(args: argparse.Namespace) -> int:
    return _make(
        args,
        make_badges,
        lambda people, pages: translate(
            "Cli", "%n name badges on {pages} written to {path}.", None, people
        ).replace("{pages}", pages),
    )


def run_attendance(args: argparse.Namespace) -> int:
    return _make(
        args,
        make_attendance_list,
        lambda people, pages: translate(
            "Cli", "Attendance list of %n people on {pages} written to {path}.", None, people
        ).replace("{pages}", pages),
    )
