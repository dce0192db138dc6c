"""`isa-desk letters`: mail-merge letters as DIN 5008 PDFs (combined, one per recipient,
address labels) for chosen contacts, a tag, a member or an event's participants.

Exit codes: 0 done (also when every recipient was skipped), 1 nothing made because of a
template error, 2 unusable arguments.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from isa_desk.commands.common import open_database
from isa_desk.core import files
from isa_desk.core.db.enums import ConsentPurpose
from isa_desk.core.db.models import ParticipantStatus
from isa_desk.core.documents.letters import languages, mailing, merge, recipients
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.i18n import translate
from isa_desk.core.services import country_names

TEMPLATE_ERROR, USAGE_ERROR = 1, 2
NO_PURPOSE = "none"  # --purpose for correspondence


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "letters",
        description=translate(
            "Cli",
            "Merges a letter template for the chosen recipients into DIN 5008 letters "
            '(PDF). The selections add up; contacts without postal address, marked "no '
            'post", inactive or without consent to the purpose are skipped and listed. Exit '
            "codes: 0 done, 1 template error (nothing made), 2 unusable arguments.",
        ),
    )
    parser.add_argument(
        "--template",
        required=True,
        metavar=translate("Cli", "KEY"),
        help=translate("Cli", "the template (see isa-desk templates)"),
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar=translate("Cli", "FILE.pdf"),
        help=translate("Cli", "all letters in one PDF, for printing"),
    )
    parser.add_argument(
        "--split",
        type=Path,
        metavar=translate("Cli", "DIR"),
        help=translate(
            "Cli", "one PDF per recipient in this folder, named family name_given name.pdf"
        ),
    )
    parser.add_argument(
        "--labels",
        type=Path,
        metavar=translate("Cli", "FILE.pdf"),
        help=translate("Cli", "address labels, A4 sheets of 3 × 8 labels of 70 × 37 mm"),
    )
    add_recipient_arguments(parser)
    parser.add_argument(
        "--form",
        choices=("A", "B"),
        help=translate("Cli", "DIN 5008 form (default: the sender's setting, B)"),
    )
    parser.add_argument(
        "--date",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help=translate("Cli", "the letters' date (default: today)"),
    )
    _language_arguments(parser)
    parser.set_defaults(run=run)


def add_recipient_arguments(parser: argparse.ArgumentParser) -> None:
    """--tag, --event, --status, --member, --contact and --all (also used by `mail`)."""
    parser.add_argument("--tag", help=translate("Cli", "contacts with this tag"))
    parser.add_argument(
        "--event",
        metavar=translate("Cli", "TITLE_OR_ID"),
        help=translate("Cli", "the event for the merge fields; its participants are recipients"),
    )
    parser.add_argument(
        "--status",
        default=",".join(recipients.DEFAULT_STATUSES),
        metavar=translate("Cli", "STATUS,..."),
        help=translate(
            "Cli",
            "participants with these statuses (default: invited,registered; all: every status)",
        ),
    )
    parser.add_argument(
        "--member",
        metavar=translate("Cli", "NAME_OR_ID"),
        help=translate("Cli", "the contacts of this member"),
    )
    parser.add_argument(
        "--contact",
        type=int,
        nargs="+",
        default=[],
        metavar="ID",
        help=translate("Cli", "these contacts"),
    )
    parser.add_argument("--all", action="store_true", help=translate("Cli", "every contact"))
    parser.add_argument(
        "--purpose",
        choices=(NO_PURPOSE, *(purpose.value for purpose in ConsentPurpose)),
        help=translate(
            "Cli",
            "what the run is for: contacts without consent in force for it are skipped and "
            "listed; none for correspondence, which needs no consent (default: invitations "
            "with --event, else none)",
        ),
    )


def _language_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--per-language",
        action="store_true",
        help=translate(
            "Cli",
            "write each recipient in their preferred language: with the template given for "
            "it (--template-de, --template-en, --template-zh), else the built-in one of the "
            "same family as --template, else --template",
        ),
    )
    for language, text in (
        (
            "de",
            translate("Cli", "the template for recipients who read German (sets --per-language)"),
        ),
        (
            "en",
            translate("Cli", "the template for recipients who read English (sets --per-language)"),
        ),
        (
            "zh",
            translate("Cli", "the template for recipients who read Chinese (sets --per-language)"),
        ),
    ):
        parser.add_argument(f"--template-{language}", metavar=translate("Cli", "KEY"), help=text)
    parser.add_argument(
        "--chinese-address-order",
        action="store_true",
        help=translate(
            "Cli",
            "addresses in China in Chinese order, from 中国 to the recipient (… 收), "
            "in characters where the records have them",
        ),
    )


def chosen_statuses(text: str) -> tuple[str, ...] | None:
    """The statuses of --status (() for all); None when one is unknown."""
    words = tuple(word.strip() for word in text.split(",") if word.strip())
    if words == ("all",):
        return ()
    known = {status.value for status in ParticipantStatus}
    return words if words and all(word in known for word in words) else None


def status_problem(text: str) -> str:
    return translate(
        "Cli", "Unknown participant status in --status {status}: use {choices} or all."
    ).format(status=text, choices=", ".join(s.value for s in ParticipantStatus))


def chosen_selection(args: argparse.Namespace, statuses: tuple[str, ...]) -> recipients.Selection:
    """The recipients chosen with add_recipient_arguments' options."""
    return recipients.Selection(
        contact_ids=tuple(args.contact),
        tag=args.tag,
        member=args.member,
        event=args.event,
        statuses=statuses,
        everyone=args.all,
        purpose=chosen_purpose(args),
    )


def chosen_purpose(args: argparse.Namespace) -> ConsentPurpose | None:
    """--purpose; without it invitations for an event, else correspondence."""
    if args.purpose is None:
        return recipients.default_purpose(bool(args.event))
    return None if args.purpose == NO_PURPOSE else ConsentPurpose(args.purpose)


def run(args: argparse.Namespace) -> int:
    statuses = chosen_statuses(args.status)
    problem = None
    if statuses is None:
        problem = status_problem(args.status)
    elif not (args.out or args.split or args.labels):
        problem = translate("Cli", "Say where the letters go: --out, --split or --labels.")
    selection = chosen_selection(args, statuses or ())
    if problem is None and selection.is_empty():
        problem = translate(
            "Cli", "Choose recipients: --tag, --event, --member, --contact or --all."
        )
    for path in (args.out, args.labels):
        if problem is None and path is not None and not path.parent.resolve().is_dir():
            problem = translate("Cli", "The folder {folder} does not exist.").format(
                folder=path.parent
            )
    if problem:
        print(problem, file=sys.stderr)
        return USAGE_ERROR

    db = open_database(args.target)
    try:
        try:
            country_names.load(db)  # the office's names in the address lines
            chosen = {lang: getattr(args, f"template_{lang}") for lang in ("de", "en", "zh")}
            args.per_language = args.per_language or any(chosen.values())
            plan = mailing.prepare(
                db,
                args.template,
                selection,
                today=args.date,
                per_language=args.per_language,
                language_templates=chosen,
                chinese_order=args.chinese_address_order,
            )
        except merge.EventNeeded as error:
            print(error, file=sys.stderr)
            return USAGE_ERROR
        except merge.TemplateError as error:
            print(error, file=sys.stderr)
            return TEMPLATE_ERROR
        try:
            outcome = mailing.produce(db, plan, args.out, args.split, args.labels, args.form)
        except OSError as error:
            print(files.write_error(error), file=sys.stderr)
            return USAGE_ERROR
        _report(outcome, args)
    except IsaDeskError as error:
        print(error, file=sys.stderr)
        return USAGE_ERROR
    finally:
        db.close()
    return 0


def _report(outcome: mailing.Outcome, args: argparse.Namespace) -> None:
    if not outcome.letters:
        print(translate("Cli", "No letter made: every recipient was skipped."))
    else:
        letters, pages = outcome.letters, outcome.pages  # plain names: see core.i18n
        print(
            translate("Cli", "%n letters, {pages}.", None, letters).format(
                pages=translate("Cli", "%n pages", None, pages)
            )
        )
        if args.per_language:
            print(languages.summary(outcome.languages))
        for path in outcome.files:
            if args.split is None or path.parent != args.split:
                print(translate("Cli", "Written: {path}").format(path=path))
        if args.split is not None:
            print(translate("Cli", "One PDF per recipient in: {folder}").format(folder=args.split))
    if outcome.skipped:
        print(translate("Cli", "Skipped ({count}):").format(count=len(outcome.skipped)))
        for skipped in outcome.skipped:
            print(f"  {skipped.contact_id}  {skipped.name}: {skipped.reason}")
