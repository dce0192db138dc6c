"""Sending a mailing, resuming one, and a test message to oneself.

    outcome = send(db, plan, transport, progress=progress, pace=1.0)
    outcome = resume(db, mailing_id, transport, progress=progress)
    delivery = send_test(plan, transport, "me@example.org")

`send` connects first (no connection: DeliveryError, nothing recorded), then records
the mailing with every recipient pending (record.py) and sends one message after the
other, waiting `pace` seconds between two; each answer is recorded at once. A refused
recipient is marked refused with the server's answer and the run goes on; a temporary
refusal (4xx) stays pending. A run that is cancelled (`progress.cancel()`: Cancelled) or
loses the connection (ConnectionLost) stops there, the messages not accepted stay
pending, and `resume` sends just those, with the options the mailing was started with
(the template, the event, the attachments, the date of the letters, the purpose),
through the transport given now (the same mode: a server, or a folder of drafts). A
recipient who has withdrawn their consent to the purpose since (or was deleted, or asked
for no more e-mails) is marked skipped with the reason instead.

`progress` is the core's Progress (core/progress.py): `step(done, total)` after each
message, `cancel()` from any thread stops the run before the next one.

A mailing is sent by one run at a time, in every program on the database (two computers
on one team server, or two windows): a run holds the mailing's lock (core/db/locks.py)
from the moment it is recorded, or before a resumed run reads what is pending, until it
ends. A second run of the same mailing is refused (MailingBusy) before it connects.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Protocol

from isa_desk.core.db import locks
from isa_desk.core.db.engine import Database
from isa_desk.core.db.file_lock import Holder
from isa_desk.core.db.models import MailMode, MailStatus
from isa_desk.core.documents.letters.recipients import Selection
from isa_desk.core.documents.mail import compose, record
from isa_desk.core.documents.mail.compose import MailPlan, address_of
from isa_desk.core.documents.mail.delivery import Delivery, DeliveryError, Result
from isa_desk.core.domain.emails import email_problem
from isa_desk.core.errors import Cancelled, ConflictError, DatabaseError, ValidationError
from isa_desk.core.i18n import translate
from isa_desk.core.progress import Progress, or_silent


class Transport(Protocol):
    """delivery.SmtpTransport or delivery.EmlFolder."""

    mode: MailMode

    @property
    def target(self) -> str: ...

    def __enter__(self) -> Transport: ...

    def __exit__(self, *exc) -> None: ...

    def deliver(self, message, address: str, stem: str = "") -> Delivery: ...


@dataclass
class Outcome:
    """The state of a mailing after a run; the lists hold record.Message rows."""

    mailing_id: int
    mode: MailMode
    target: str
    sent_now: int = 0  # accepted in this run
    sent: int = 0  # accepted in all runs of the mailing
    refused: list[record.Message] = field(default_factory=list)
    skipped: list[record.Message] = field(default_factory=list)
    # not accepted yet; those with an answer were refused for now by the server
    pending: list[record.Message] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Every message accepted (or skipped)."""
        return not self.refused and not self.pending


def send(
    db: Database,
    plan: MailPlan,
    transport: Transport,
    progress: Progress | None = None,
    pace: float = 0.0,
) -> Outcome:
    """Record a new mailing of `plan` and send it (see the module's text). A plan in which
    every recipient is skipped is recorded as finished, without connecting."""
    if not plan.contacts:
        mailing_id = record.open_mailing(db, plan, transport.mode, transport.target)
        record.finish_if_done(db, mailing_id)
        return outcome(db, mailing_id)
    with transport, _running(db) as claim:
        mailing_id = record.open_mailing(db, plan, transport.mode, transport.target, claim)
        return _deliver(db, mailing_id, plan, transport, or_silent(progress), pace)


def resume(
    db: Database,
    mailing_id: int,
    transport: Transport,
    progress: Progress | None = None,
    pace: float = 0.0,
) -> Outcome:
    """Send the messages of a mailing still pending; nothing else. MailingBusy when
    another run sends it right now."""
    with _running(db) as claim:
        claim(mailing_id)  # before reading what is pending: another run may just have sent it
        return _resume(db, mailing_id, transport, progress, pace)


def _resume(
    db: Database, mailing_id: int, transport: Transport, progress: Progress | None, pace: float
) -> Outcome:
    state = record.state(db, mailing_id)
    if state.mode != transport.mode:
        how = (
            translate("Mail", "as .eml drafts")
            if state.mode == MailMode.EML
            else translate("Mail", "through a mail server")
        )
        raise ValidationError(
            translate(
                "Mail", "The mailing {id} was started {how}: continue it the same way."
            ).format(id=mailing_id, how=how),
            "mode",
        )
    plan = plan_for(db, state)
    if not state.having(MailStatus.PENDING):
        record.finish_if_done(db, mailing_id)
        return outcome(db, mailing_id)
    with transport:
        return _deliver(db, mailing_id, plan, transport, or_silent(progress), pace)


def plan_for(db: Database, state: record.MailingState) -> MailPlan:
    """The plan that makes the pending messages of a recorded mailing again."""
    options = state.options
    pending = tuple(
        message.contact_id
        for message in state.having(MailStatus.PENDING)
        if message.contact_id is not None
    )
    selection = Selection(
        contact_ids=pending,
        event=str(state.event_id) if state.event_id is not None else None,
        event_recipients=False,
        purpose=record.purpose_of(state),
    )
    return compose.prepare(
        db,
        state.template_key,
        selection,
        today=dt.date.fromisoformat(options["today"]) if options.get("today") else None,
        attach_letter=bool(options.get("attach_letter")),
        attachments=options.get("attachments") or (),
        per_language=bool(options.get("per_language")),
        language_templates=options.get("language_templates") or None,
        chinese_order=bool(options.get("chinese_order")),
        from_address=options.get("from_address") or None,
        form=options.get("form"),
    )


class MailingBusy(ConflictError):
    """Another run (on another computer, or in another program) sends the mailing now."""


@contextmanager
def _running(db: Database) -> Iterator[Callable[[int], None]]:
    """A function that locks a mailing (by its id) for this run, until the block ends."""
    lock = locks.RunLock(db, "mailing")

    def claim(mailing_id: int) -> None:
        try:
            lock.acquire(mailing_id)
        except locks.Taken as taken:
            raise _busy(mailing_id, taken.holder) from None
        except OSError as error:  # no side file next to the database: no safe run
            raise DatabaseError(
                translate("Mail", "The mailing {id} cannot be locked for sending: {reason}").format(
                    id=mailing_id, reason=error.strerror or error
                )
            ) from error

    try:
        yield claim
    finally:
        lock.release()


def _busy(mailing_id: int, holder: Holder) -> MailingBusy:
    if holder.user and holder.computer:
        return MailingBusy(
            translate(
                "Mail",
                "The mailing {id} is being sent right now by {user} on {computer}. Wait until "
                "that run has finished; then resume the mailing to send what is left.",
            ).format(id=mailing_id, user=holder.user, computer=holder.computer)
        )
    return MailingBusy(
        translate(
            "Mail",
            "The mailing {id} is being sent right now from another computer or program. Wait "
            "until that run has finished; then resume the mailing to send what is left.",
        ).format(id=mailing_id)
    )


def send_test(plan: MailPlan, transport: Transport, address: str, index: int = 0) -> Delivery:
    """The message of the `index`th recipient, sent to `address` instead (oneself), to see
    it as they will; not recorded."""
    problem = email_problem(address)
    if problem or not address.strip():
        raise ValidationError(
            problem or translate("Mail", "Enter the address to send the test to."), "address"
        )
    message = plan.message(plan.contacts[index], to=address.strip())
    with transport:
        return transport.deliver(message, address.strip(), "Test")


def outcome(db: Database, mailing_id: int, sent_now: int = 0) -> Outcome:
    state = record.state(db, mailing_id)
    return Outcome(
        mailing_id,
        state.mode,
        state.target,
        sent_now,
        len(state.having(MailStatus.SENT)),
        state.having(MailStatus.REFUSED),
        state.having(MailStatus.SKIPPED),
        state.having(MailStatus.PENDING),
    )


def _deliver(
    db: Database,
    mailing_id: int,
    plan: MailPlan,
    transport: Transport,
    progress: Progress,
    pace: float,
) -> Outcome:
    state = record.state(db, mailing_id)
    todo = _to_send(db, state, plan)
    sent_now = 0
    for done, (message, contact) in enumerate(todo, start=1):
        try:
            progress.check()
            email = plan.message(contact, message.message_id)
            address = address_of(contact)
            delivery = transport.deliver(email, address, message.file_name.removesuffix(".eml"))
        except (Cancelled, DeliveryError) as error:
            raise _stopped(error, outcome(db, mailing_id, sent_now)) from error
        if delivery.result == Result.SENT:
            template = plan.letters.template_for(contact).name
            text = record.note(state, template, address, delivery.answer)
            sent_now += record.mark_sent(
                db, message, address, delivery.answer, str(email["Subject"]), text
            )
        elif delivery.result == Result.REFUSED:
            record.mark(db, message, MailStatus.REFUSED, delivery.answer)
        else:
            record.mark(db, message, MailStatus.PENDING, delivery.answer)
        try:
            progress.step(done, len(todo))
            if pace > 0 and done < len(todo):
                _wait(pace, progress)
        except Cancelled as error:
            raise _stopped(error, outcome(db, mailing_id, sent_now)) from error
    record.finish_if_done(db, mailing_id)
    return outcome(db, mailing_id, sent_now)


def _to_send(db: Database, state: record.MailingState, plan: MailPlan) -> list:
    """(row, contact) of each pending message; a pending contact that may no longer get
    one (deleted, since marked "no e-mails", or without consent to the mailing's purpose
    any more) is marked skipped with the reason."""
    contacts = {contact.id: contact for contact in plan.contacts}
    reasons = {skipped.contact_id: skipped.reason for skipped in plan.skipped}
    todo = []
    for message in state.having(MailStatus.PENDING):
        contact = contacts.get(message.contact_id) if message.contact_id is not None else None
        if contact is not None:
            todo.append((message, contact))
            continue
        reason = reasons.get(message.contact_id) if message.contact_id is not None else None
        record.mark(
            db, message, MailStatus.SKIPPED, reason or translate("Mail", "the contact was deleted")
        )
    return todo


def _wait(seconds: float, progress: Progress) -> None:
    """The pause between two messages, cut short by a cancel."""
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        progress.check()
        time.sleep(min(left, 0.1))


def _stopped(error: Exception, state: Outcome) -> Exception:
    """The error that stopped a run, saying what was sent and how to go on."""
    pending = len(state.pending)
    hint = translate(
        "Mail",
        "Mailing {id}: {sent} sent, {pending} not yet; resume it to send the rest.",
    ).format(id=state.mailing_id, sent=state.sent, pending=pending)
    reason = str(error) if not isinstance(error, Cancelled) else translate("Errors", "Cancelled.")
    stopped = type(error)(f"{reason} {hint}")
    stopped.outcome = state  # type: ignore[attr-defined]
    return stopped
