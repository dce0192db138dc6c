"""What the inquiry services share: the open and closed statuses, reading one inquiry,
and the rule for follow-up dates."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import OPEN_INQUIRY_STATUSES, Contact, Inquiry, InquiryStatus, Member
from isa_desk.core.errors import NotFoundError, ValidationError
from isa_desk.core.i18n import translate

OPEN_STATUSES = tuple(OPEN_INQUIRY_STATUSES)
CLOSED_STATUSES = (InquiryStatus.ACCEPTED, InquiryStatus.DECLINED, InquiryStatus.WITHDRAWN)


def today_or(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def date_words(day: dt.date) -> str:
    """A date in the words of the program's language, for messages and the history."""
    return translate("Inquiries", "{year}-{month}-{day}").format(
        year=f"{day.year:04d}", month=f"{day.month:02d}", day=f"{day.day:02d}"
    )


def not_found(inquiry_id: int) -> NotFoundError:
    return NotFoundError(
        translate("Inquiries", "The inquiry {id} does not exist (any more).").format(id=inquiry_id)
    )


def get(db: Database, inquiry_id: int) -> Inquiry:
    """The inquiry with its city (places, organisations) and contact (organisation)."""
    stmt = (
        select(Inquiry)
        .where(Inquiry.id == inquiry_id)
        .options(
            selectinload(Inquiry.member).selectinload(Member.places),
            selectinload(Inquiry.member).selectinload(Member.organisations),
            selectinload(Inquiry.contact).selectinload(Contact.organisation),
        )
    )
    with db.session() as session:
        inquiry = session.scalars(stmt).one_or_none()
    if inquiry is None:
        raise not_found(inquiry_id)
    return inquiry


def open_inquiry_of(session: Session, member_id: int, exclude: int | None = None):
    stmt = select(Inquiry).where(Inquiry.member_id == member_id, Inquiry.status.in_(OPEN_STATUSES))
    if exclude is not None:
        stmt = stmt.where(Inquiry.id != exclude)
    return session.scalars(stmt.limit(1)).first()


def check_follow_up(follow_up: dt.date | None, today: dt.date) -> None:
    if follow_up is not None and follow_up < today:
        raise ValidationError(
            translate(
                "Inquiries",
                "The next follow-up ({date}) lies in the past. "
                "Choose today or a later day, or leave it empty.",
            ).format(date=date_words(follow_up)),
            "next_follow_up",
        )
