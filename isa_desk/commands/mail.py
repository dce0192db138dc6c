"""`isa-desk mail`: a letter template sent by e-mail to the chosen recipients (Serien-E-Mail),
through a mail server or written as .eml drafts.

The recipients are chosen as for `letters`. Nothing is sent twice: every message is
recorded before it goes out and marked once the server accepted it. `--resume ID`
continues a mailing that stopped (cancelled, connection lost) with the options it was
started with; a run of the same template to the same recipients in the same mode while
such an unfinished mailing exists continues that mailing too, instead of starting anew.

Exit codes: 0 every message accepted (also when every recipient was skipped), 1 some
refused or not yet accepted (listed), 2 unusable arguments, a template error, or no
connection (also one lost during the run: resume it).
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from isa_desk.commands.common import open_database
from isa_desk.commands.letters import (
    add_recipient_arguments,
    chosen_selection,
    chosen_statuses,
    status_problem,
)
from isa_desk.core import files
from isa_desk.core.addressing import person
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import MailMode
from isa_desk.core.documents.mail import compose, credentials, record
from isa_desk.core.documents.mail import run as mailing_run
from isa_desk.core.documents.mail.delivery import (
    EmlFolder,
    Result,
    SmtpServer,
    SmtpTransport,
)
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.i18n import translate
from isa_desk.core.progress import Progress
from isa_desk.core.services import country_names

SOME_NOT_SENT, USAGE_ERROR = 1, 2
DEFAULT_PACE = 1.0  # seconds between two messages: servers limit how fast one may send


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "mail",
        description=translate(
            "Cli",
            "Sends a letter template as one e-mail per recipient, merged like their letter "
            "and in their language, through a mail server (--smtp) or as .eml drafts for "
            'Outlook (--eml). Contacts marked "no e-mails", inactive, without an address or '
            "without consent to the purpose are skipped and listed. Nothing is sent twice: "
            "a mailing that stopped is continued with --resume, or by the same command "
            "again. Exit codes: 0 all accepted, 1 some refused or not yet accepted, 2 "
            "unusable arguments or no connection.",
        ),
    )
    parser.add_argument(
        "--template",
        metavar=translate("Cli", "KEY"),
        help=translate("Cli", "the template (see isa-desk templates)"),
    )
    add_recipient_arguments(parser)
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--smtp",
        metavar="smtp[s]://USER@HOST:PORT",
        help=translate(
            "Cli",
            "send through this mail server: smtp:// with STARTTLS (port 587), smtps:// with "
            "TLS (port 465); the password from the system's password store (\"ISA Desk "
            'SMTP", USER@HOST) or ISA_DESK_SMTP_PASSWORD',
        ),
    )
    where.add_argument(
        "--eml",
        type=Path,
        metavar=translate("Cli", "DIR"),
        help=translate("Cli", "write one .eml draft per recipient into this folder, for Outlook"),
    )
    _message_arguments(parser)
    parser.set_defaults(run=run)


def _message_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--attach-letter",
        action="store_true",
        help=translate("Cli", "attach each recipient's letter as PDF"),
    )
    parser.add_argument(
        "--attach",
        type=Path,
        nargs="+",
        action="extend",
        default=[],
        metavar=translate("Cli", "FILE"),
        help=translate("Cli", "attach these files to every message"),
    )
    parser.add_argument(
        "--from",
        dest="from_address",
        metavar=translate("Cli", "ADDRESS"),
        help=translate(
            "Cli", "the sender's address (default: the e-mail address of the letters' sender)"
        ),
    )
    parser.add_argument(
        "--pace",
        type=float,
        default=DEFAULT_PACE,
        metavar=translate("Cli", "SECONDS"),
        help=translate("Cli", "seconds to wait between two messages (default: 1)"),
    )
    parser.add_argument(
        "--test",
        metavar=translate("Cli", "ADDRESS"),
        help=translate("Cli", "send only the first recipient's message to this address, to see it"),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "list the recipients and subjects; send nothing"),
    )
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    parser.add_argument(
        "--resume",
        type=int,
        metavar="MAILING_ID",
        help=translate(
            "Cli",
            "send what a mailing that stopped has not sent yet (through the server or "
            "folder it was started with unless --smtp or --eml is given)",
        ),
    )


def _problem(args: argparse.Namespace) -> str | None:
    if args.pace < 0:
        return translate("Cli", "--pace must not be negative.")
    if args.resume is not None:
        if args.template or args.purpose or _chose_recipients(args):
            return translate(
                "Cli",
                "--resume continues a mailing as it was started: leave out --template, "
                "--purpose and the recipients.",
            )
        return _folder_problem(args)
    if chosen_statuses(args.status) is None:
        return status_problem(args.status)
    if not args.template:
        return translate("Cli", "Choose the template: --template KEY.")
    if not _chose_recipients(args):
        return translate("Cli", "Choose recipients: --tag, --event, --member, --contact or --all.")
    if not (args.dry_run or args.smtp or args.eml):
        return translate(
            "Cli",
            "Say where the e-mails go: --smtp smtp[s]://USER@HOST:PORT or --eml DIR.",
        )
    return _folder_problem(args)


def _chose_recipients(args: argparse.Namespace) -> bool:
    return not chosen_selection(args, ()).is_empty()


def _folder_problem(args: argparse.Namespace) -> str | None:
    if args.eml is not None and not args.eml.resolve().parent.is_dir():
        return translate("Cli", "The folder {folder} does not exist.").format(
            folder=args.eml.resolve().parent
        )
    return None


def run(args: argparse.Namespace) -> int:
    problem = _problem(args)
    if problem:
        print(problem, file=sys.stderr)
        return USAGE_ERROR
    db = open_database(args.target)
    try:
        country_names.load(db)  # the office's names in the letters' address lines
        outcome = _resume(db, args) if args.resume is not None else _send(db, args)
    except IsaDeskError as error:  # a template, a recipient, the connection
        stopped = getattr(error, "outcome", None)
        if args.json and stopped is not None:
            print(json.dumps(_outcome_json(stopped, str(error)), ensure_ascii=False, indent=2))
        print(error, file=sys.stderr)
        return USAGE_ERROR
    finally:
        db.close()
    if isinstance(outcome, int):
        return outcome
    _report(outcome, args)
    return 0 if outcome.complete else SOME_NOT_SENT


def _send(db: Database, args: argparse.Namespace) -> mailing_run.Outcome | int:
    plan = compose.prepare(
        db,
        args.template,
        chosen_selection(args, chosen_statuses(args.status) or ()),
        attach_letter=args.attach_letter,
        attachments=args.attach,
        from_address=args.from_address,
    )
    if args.dry_run:
        _show_plan(plan, args)
        return 0
    transport = _transport(db, args)
    if args.test:
        return _test(plan, transport, args.test)
    everyone = {contact.id for contact in plan.contacts} | {s.contact_id for s in plan.skipped}
    unfinished = record.find_unfinished(
        db, plan.template.key, everyone, transport.mode, plan.purpose
    )
    if unfinished is not None:
        print(
            translate(
                "Cli",
                "Continuing the unfinished mailing {id} of the same template to the same "
                "recipients: only what it has not sent yet goes out.",
            ).format(id=unfinished),
            file=sys.stderr,
        )
        return mailing_run.resume(db, unfinished, transport, _progress(), args.pace)
    return mailing_run.send(db, plan, transport, _progress(), args.pace)


def _resume(db: Database, args: argparse.Namespace) -> mailing_run.Outcome:
    if not (args.smtp or args.eml):  # where the mailing went before
        started = record.state(db, args.resume)
        if started.mode == MailMode.EML:
            args.eml = Path(started.target)
        else:
            args.smtp = started.target
    return mailing_run.resume(db, args.resume, _transport(db, args), _progress(), args.pace)


def _transport(db: Database, args: argparse.Namespace):
    if args.eml is not None:
        return EmlFolder(args.eml, protect=files.database_files(db))
    server = SmtpServer.parse(args.smtp)
    secret = credentials.password(server) if server.user else None
    if server.user and secret is None and sys.stdin.isatty():
        secret = getpass.getpass(
            translate("Cli", "Password for {account}: ").format(account=server.account)
        )
    return SmtpTransport(server, secret)


def _progress() -> Progress | None:
    if not sys.stderr.isatty():
        return None

    def shown(done: int, total: int, _message: str) -> None:  # "12/40" in place, on a terminal
        print(f"\r{done}/{total}", end="\n" if done == total else "", file=sys.stderr)

    return Progress(shown)


def _test(plan: compose.MailPlan, transport, address: str) -> int:
    if not plan.contacts:
        print(translate("Cli", "No recipient gets an e-mail: nothing to test."), file=sys.stderr)
        return USAGE_ERROR
    delivery = mailing_run.send_test(plan, transport, address)
    if delivery.result == Result.SENT:
        print(
            translate("Cli", "Test message sent to {address}: {answer}").format(
                address=address, answer=delivery.answer
            )
        )
        return 0
    print(
        translate("Cli", "The server did not accept the test message: {answer}").format(
            answer=delivery.answer
        ),
        file=sys.stderr,
    )
    return SOME_NOT_SENT


def _show_plan(plan: compose.MailPlan, args: argparse.Namespace) -> None:
    messages = [
        {
            "contact_id": contact.id,
            "name": person.full_name(contact),
            "address": compose.address_of(contact),
            "subject": plan.subject(contact),
        }
        for contact in plan.contacts
    ]
    skipped = [
        {"contact_id": s.contact_id, "name": s.name, "reason": s.reason} for s in plan.skipped
    ]
    if args.json:
        print(json.dumps({"messages": messages, "skipped": skipped}, ensure_ascii=False, indent=2))
        return
    count = plan.count  # a plain name for the count: see core.i18n
    print(translate("Cli", "%n e-mails would be sent:", None, count))
    for message in messages:
        print(
            f"  {message['contact_id']}  {message['name']} <{message['address']}>: "
            f"{message['subject']}"
        )
    _list_skipped(skipped)
    print(translate("Cli", "Dry run: nothing was sent."))


def _list_skipped(skipped: list[dict]) -> None:
    if skipped:
        print(translate("Cli", "Skipped ({count}):").format(count=len(skipped)))
        for item in skipped:
            print(f"  {item['contact_id']}  {item['name']}: {item['reason']}")


def _message_json(message: record.Message) -> dict:
    return {
        "contact_id": message.contact_id,
        "name": message.name,
        "address": message.address,
        "answer": message.answer,
    }


def _outcome_json(outcome: mailing_run.Outcome, error: str | None = None) -> dict:
    found = {
        "mailing": outcome.mailing_id,
        "mode": outcome.mode.value,
        "target": outcome.target,
        "sent_now": outcome.sent_now,
        "sent": outcome.sent,
        "refused": [_message_json(m) for m in outcome.refused],
        "pending": [_message_json(m) for m in outcome.pending],
        "skipped": [
            {"contact_id": m.contact_id, "name": m.name, "reason": m.answer}
            for m in outcome.skipped
        ],
    }
    if error:
        found["error"] = error
    return found


def _report(outcome: mailing_run.Outcome, args: argparse.Namespace) -> None:
    if args.json:
        print(json.dumps(_outcome_json(outcome), ensure_ascii=False, indent=2))
        return
    sent = outcome.sent_now  # a plain name for the count: see core.i18n
    if outcome.mode == MailMode.EML:
        text = translate("Cli", "Mailing {id}: %n drafts written to {folder}.", None, sent)
    else:
        text = translate("Cli", "Mailing {id}: %n e-mails sent.", None, sent)
    print(text.format(id=outcome.mailing_id, folder=outcome.target))
    for title, rows in (
        (translate("Cli", "Refused ({count}):"), outcome.refused),
        (translate("Cli", "Not accepted yet ({count}):"), outcome.pending),
    ):
        if rows:
            print(title.format(count=len(rows)))
            for row in rows:
                print(f"  {row.contact_id}  {row.name} <{row.address}>: {row.answer}")
    if outcome.pending:
        print(
            translate("Cli", "Send them later with: isa-desk mail --resume {id}").format(
                id=outcome.mailing_id
            )
        )
    _list_skipped(
        [{"contact_id": m.contact_id, "name": m.name, "reason": m.answer} for m in outcome.skipped]
    )
