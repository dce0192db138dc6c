"""The queries of the retention review: contacts without a sign of life since a day,
inquiries finished before a day, and audit entries that still hold values."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, DateTime, and_, exists, func, or_, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute, Session

from isa_desk.core.addressing.person import full_name
from isa_desk.core.db.models import (
    Activity,
    AuditAction,
    AuditEntry,
    Consent,
    Contact,
    Inquiry,
    InquiryStatus,
    MailingMessage,
    Member,
    Participant,
    Setting,
)
from isa_desk.core.privacy.marker import ERASED

# every audit entry older than this (an ISO time) had its values removed already
THINNED_BEFORE = "privacy.audit_thinned_before"
FINISHED = (InquiryStatus.ACCEPTED, InquiryStatus.DECLINED, InquiryStatus.WITHDRAWN)
LISTED = 1000  # the review lists at most this many of each; the counts say how many in all


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` earlier (the month's last day when it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min)


@dataclass(frozen=True)
class DueContact:
    id: int
    name: str
    last_seen: dt.datetime  # the last sign of life: saved, a note, an event, a mail
    active: bool


@dataclass(frozen=True)
class DueInquiry:
    id: int
    member: str
    status: InquiryStatus
    closed_on: dt.date


def _signs_of_life() -> tuple[tuple[InstrumentedAttribute, InstrumentedAttribute], ...]:
    """(a contact column, its time): what shows a contact is still in touch."""
    return (
        (Activity.contact_id, Activity.occurred_at),
        (Participant.contact_id, Participant.updated_at),
        (MailingMessage.contact_id, MailingMessage.sent_at),
        (Consent.contact_id, Consent.updated_at),
    )


def silent_since(cut: dt.datetime) -> list[ColumnElement[bool]]:
    """SQL: the contact (Contact.id) has shown no sign of life since `cut`."""
    return [Contact.updated_at < cut] + [
        ~exists().where(contact == Contact.id, moment >= cut)
        for contact, moment in _signs_of_life()
    ]


def _last_seen(session: Session) -> ColumnElement:
    """SQL: the time of the contact's last sign of life."""
    moments = [
        func.coalesce(
            select(func.max(moment)).where(contact == Contact.id).scalar_subquery(),
            Contact.updated_at,
        )
        for contact, moment in _signs_of_life()
    ]
    greatest = func.greatest if session.get_bind().dialect.name == "postgresql" else func.max
    return type_coerce(greatest(Contact.updated_at, *moments), DateTime)


def count(session: Session, model: type, where: list[ColumnElement[bool]]) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def due_contacts(session: Session, cut: dt.datetime) -> tuple[list[DueContact], int]:
    silent = silent_since(cut)
    total = count(session, Contact, silent)
    last_seen = _last_seen(session).label("last_seen")
    rows = session.execute(
        select(
            Contact.id,
            Contact.given_name,
            Contact.family_name,
            Contact.name_order,
            Contact.name_zh,
            Contact.email,
            Contact.active,
            last_seen,
        )
        .where(*silent)
        .order_by(last_seen, Contact.id)
        .limit(LISTED)
    ).mappings()
    found = [
        DueContact(
            id=row["id"],
            name=full_name(row) or row["email"] or f"#{row['id']}",
            last_seen=row["last_seen"],
            active=bool(row["active"]),
        )
        for row in rows
    ]
    return found, total


def finished_before(day: dt.date) -> list[ColumnElement[bool]]:
    return [
        Inquiry.status.in_(FINISHED),
        or_(
            Inquiry.closed_on < day,
            and_(Inquiry.closed_on.is_(None), Inquiry.updated_at < midnight(day)),
        ),
    ]


def due_inquiries(session: Session, day: dt.date) -> tuple[list[DueInquiry], int]:
    where = finished_before(day)
    total = count(session, Inquiry, where)
    rows = session.execute(
        select(Inquiry.id, Member.name, Inquiry.status, Inquiry.closed_on, Inquiry.updated_at)
        .join(Member, Member.id == Inquiry.member_id)
        .where(*where)
        .order_by(func.coalesce(Inquiry.closed_on, Inquiry.updated_at), Inquiry.id)
        .limit(LISTED)
    )
    found = [
        DueInquiry(id, member, InquiryStatus(status), closed_on or updated_at.date())
        for id, member, status, closed_on, updated_at in rows
    ]
    return found, total


def thinned_before(session: Session) -> dt.datetime | None:
    row = session.get(Setting, THINNED_BEFORE)
    try:
        return dt.datetime.fromisoformat(row.value) if row is not None else None
    except ValueError:
        return None


def with_values(session: Session, before: dt.datetime) -> list[ColumnElement[bool]]:
    """SQL: audit entries older than `before` that still hold values (an entry whose
    values were removed shows the marker; one older than the last thinning has none)."""
    where = [
        AuditEntry.at < before,
        AuditEntry.action != AuditAction.ERASE,
        AuditEntry.changes != "{}",
        ~AuditEntry.changes.contains(ERASED, autoescape=True),
    ]
    thinned = thinned_before(session)
    if thinned is not None:
        where.append(AuditEntry.at >= thinned)
    return where


def count_audit(session: Session, before: dt.datetime) -> int:
    where = with_values(session, before)
    return count(session, AuditEntry, where)
