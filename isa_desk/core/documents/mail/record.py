"""What a mailing sent, kept in the tables `mailing` and `mailing_message`.

`open_mailing` writes the mailing with one row per recipient in one transaction: pending
for those who get a message (with the Message-ID it will carry), skipped with the reason
for the others. Each message then changes its row in a transaction of its own, right
after the server answered: `mark_sent` (with the activity in the contact's history, in
the same transaction), `mark_refused`, `mark_deferred` (stays pending). A run that stops
for any reason leaves the rows of the messages not accepted pending, and a resumed run
sends just those. Only a crash in the moment between the server's acceptance and the
commit of `mark_sent` makes a resumed run send that one message again, with the same
Message-ID, by which mail programs recognise it.

`state(db, mailing_id)` reads a mailing back for the window and the command line,
`recent(db)` lists the latest ones with their counts; `find_unfinished` finds a mailing
of the same template to the same recipients for the same purpose that did not get to its
end.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select, update

from isa_desk.core.addressing import person as p
from isa_desk.core.db import audit
from isa_desk.core.db.engine import Database
from isa_desk.core.db.enums import ConsentPurpose
from isa_desk.core.db.models import (
    Activity,
    ActivityKind,
    Mailing,
    MailingMessage,
    MailMode,
    MailStatus,
    utcnow,
)
from isa_desk.core.documents.letters.file_names import split_name, unique_name
from isa_desk.core.documents.letters.mailing import invite
from isa_desk.core.documents.mail.compose import MailPlan, address_of, mailing_subject
from isa_desk.core.errors import NotFoundError
from isa_desk.core.i18n import translate


@dataclass(frozen=True)
class Message:
    id: int
    contact_id: int | None
    name: str
    address: str
    status: MailStatus
    answer: str
    message_id: str
    sent_at: dt.datetime | None
    file_name: str = ""


@dataclass
class MailingState:
    id: int
    template_key: str
    subject: str
    mode: MailMode
    target: str
    user: str
    created_at: dt.datetime
    finished_at: dt.datetime | None
    event_id: int | None
    options: dict
    messages: list[Message] = field(default_factory=list)

    def having(self, status: MailStatus) -> list[Message]:
        return [message for message in self.messages if message.status == status]

    def counts(self) -> dict[str, int]:
        """Messages by status: pending, sent, refused, skipped."""
        return {status.value: len(self.having(status)) for status in MailStatus}


def open_mailing(
    db: Database,
    plan: MailPlan,
    mode: MailMode,
    target: str,
    claim: Callable[[int], None] | None = None,
) -> int:
    """Record a new mailing with all its recipients (one transaction); its id. `claim`
    gets the id before the mailing is committed, when nobody else can see it yet (run.py
    locks it there, so that no other program resumes it while this one sends)."""
    with db.transaction() as session:
        row = Mailing(
            template_key=plan.template.key,
            subject=mailing_subject(plan)[:300],
            mode=mode,
            target=target[:500],
            user=audit.current_user(),
            event_id=plan.letters.event.id if plan.letters.event is not None else None,
            options=json.dumps(plan.options(), ensure_ascii=False),
        )
        session.add(row)
        session.flush()
        if claim is not None:
            claim(row.id)
        used: set[str] = set()
        for contact in plan.contacts:
            # a draft's name as the letters' PDFs per recipient: "Müller_Hans.eml"
            stem = unique_name(split_name(contact), used).removesuffix(".pdf")
            session.add(
                MailingMessage(
                    mailing_id=row.id,
                    contact_id=contact.id,
                    name=_name(contact),
                    address=address_of(contact),
                    status=MailStatus.PENDING,
                    message_id=plan.new_message_id(),
                    file_name=f"{stem}.eml" if mode == MailMode.EML else "",
                )
            )
        for skipped in plan.skipped:
            session.add(
                MailingMessage(
                    mailing_id=row.id,
                    contact_id=skipped.contact_id,
                    name=skipped.name[:200],
                    status=MailStatus.SKIPPED,
                    answer=skipped.reason,
                )
            )
        return row.id


def _name(contact) -> str:
    return p.full_name(contact)[:200]


def state(db: Database, mailing_id: int) -> MailingState:
    with db.session() as session:
        row = session.get(Mailing, mailing_id)
        if row is None:
            raise NotFoundError(
                translate("Mail", "There is no mailing {id}.").format(id=mailing_id)
            )
        messages = session.scalars(
            select(MailingMessage)
            .where(MailingMessage.mailing_id == mailing_id)
            .order_by(MailingMessage.id)
        ).all()
        return MailingState(
            id=row.id,
            template_key=row.template_key,
            subject=row.subject,
            mode=MailMode(row.mode),
            target=row.target,
            user=row.user,
            created_at=row.created_at,
            finished_at=row.finished_at,
            event_id=row.event_id,
            options=json.loads(row.options or "{}"),
            messages=[
                Message(
                    m.id,
                    m.contact_id,
                    m.name,
                    m.address,
                    MailStatus(m.status),
                    m.answer,
                    m.message_id,
                    m.sent_at,
                    m.file_name,
                )
                for m in messages
            ],
        )


@dataclass(frozen=True)
class Summary:
    """A mailing in a list: when, what, where, and its messages by status."""

    id: int
    created_at: dt.datetime
    template_key: str
    subject: str
    mode: MailMode
    target: str
    finished_at: dt.datetime | None
    counts: dict[str, int]


def recent(db: Database, limit: int = 50, unfinished_only: bool = False) -> list[Summary]:
    """The latest mailings, newest first (those still pending only, if asked)."""
    with db.session() as session:
        query = select(Mailing).order_by(Mailing.id.desc()).limit(limit)
        if unfinished_only:
            query = query.where(Mailing.finished_at.is_(None))
        found = session.scalars(query).all()
        counted = session.execute(
            select(MailingMessage.mailing_id, MailingMessage.status, func.count())
            .where(MailingMessage.mailing_id.in_([m.id for m in found]))
            .group_by(MailingMessage.mailing_id, MailingMessage.status)
        ).all()
    counts = {m.id: {status.value: 0 for status in MailStatus} for m in found}
    for mailing_id, status, number in counted:
        counts[mailing_id][MailStatus(status).value] = number
    return [
        Summary(
            m.id,
            m.created_at,
            m.template_key,
            m.subject,
            MailMode(m.mode),
            m.target,
            m.finished_at,
            counts[m.id],
        )
        for m in found
    ]


def mark_sent(
    db: Database, message: Message, address: str, answer: str, subject: str, note: str
) -> bool:
    """The server accepted the message (sent to `address`): the row says so, the
    contact's history gets an e-mail activity and, for an event, the contact's
    participation its invitation date, together. False (and nothing written) when
    the row was no longer pending, e.g. marked by another run."""
    now = utcnow()
    with db.transaction() as session:
        row = session.get(MailingMessage, message.id, with_for_update=True)
        if row is None or row.status != MailStatus.PENDING:
            return False
        row.status, row.address, row.answer, row.sent_at = MailStatus.SENT, address, answer, now
        event_id = session.scalar(select(Mailing.event_id).where(Mailing.id == row.mailing_id))
        if event_id is not None and message.contact_id is not None:  # as a letter run does
            invite(session, event_id, [message.contact_id], dt.date.today())
        if message.contact_id is not None:
            session.add(
                Activity(
                    kind=ActivityKind.EMAIL,
                    contact_id=message.contact_id,
                    occurred_at=dt.datetime.now().replace(microsecond=0),  # as the history
                    author=audit.current_user(),
                    subject=subject[:300],
                    text=note,
                )
            )
    return True


def mark(db: Database, message: Message, status: MailStatus, answer: str) -> None:
    """Refused or skipped with the answer or reason; PENDING keeps the row pending with
    the server's answer (a temporary refusal)."""
    with db.transaction() as session:
        session.execute(
            update(MailingMessage)
            .where(MailingMessage.id == message.id, MailingMessage.status == MailStatus.PENDING)
            .values(status=status, answer=answer)
        )


def finish_if_done(db: Database, mailing_id: int) -> bool:
    """Mark the mailing finished when no message is pending any more."""
    with db.transaction() as session:
        pending = session.scalars(
            select(MailingMessage.id).where(
                MailingMessage.mailing_id == mailing_id,
                MailingMessage.status == MailStatus.PENDING,
            )
        ).first()
        if pending is not None:
            return False
        session.execute(
            update(Mailing)
            .where(Mailing.id == mailing_id, Mailing.finished_at.is_(None))
            .values(finished_at=utcnow())
        )
    return True


def purpose_of(state_: MailingState) -> ConsentPurpose | None:
    """The purpose a mailing was started with (None: correspondence, or a mailing older
    than purposes)."""
    return _purpose(state_.options)


def _purpose(options: dict) -> ConsentPurpose | None:
    code = options.get("purpose")
    return ConsentPurpose(code) if code in {item.value for item in ConsentPurpose} else None


def find_unfinished(
    db: Database,
    template_key: str,
    contact_ids: set[int],
    mode: MailMode,
    purpose: ConsentPurpose | None = None,
) -> int | None:
    """The latest mailing of `template_key` in `mode` for `purpose` to exactly
    `contact_ids` (those who get a message and those skipped) that has messages pending;
    None when there is none."""
    with db.session() as session:
        candidates = session.execute(
            select(Mailing.id, Mailing.options)
            .where(
                Mailing.template_key == template_key,
                Mailing.mode == mode,
                Mailing.finished_at.is_(None),
            )
            .order_by(Mailing.id.desc())
        ).all()
        for mailing_id, options in candidates:
            if _purpose(json.loads(options or "{}")) != purpose:
                continue
            recorded = set(
                session.scalars(
                    select(MailingMessage.contact_id).where(MailingMessage.mailing_id == mailing_id)
                )
            )
            if recorded == contact_ids:
                return mailing_id
    return None


def note(state_: MailingState, template_name: str, address: str, file: str = "") -> str:
    """The text of a sent message's activity, naming the mailing."""
    if state_.mode == MailMode.EML:
        return translate(
            "Mail",
            "E-mail draft of the mailing {id} (template “{template}”) to {address}, "
            "written to {file}.",
        ).format(id=state_.id, template=template_name, address=address, file=file)
    return translate(
        "Mail", "E-mail of the mailing {id} (template “{template}”) to {address}."
    ).format(id=state_.id, template=template_name, address=address)
