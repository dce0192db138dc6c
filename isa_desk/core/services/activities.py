"""Activities: the dated history of calls, e-mails, meetings, letters and notes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from isa_desk.core.db import audit
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Activity, Contact, Inquiry, Member
from isa_desk.core.errors import ValidationError
from isa_desk.core.i18n import translate
from isa_desk.core.services.editing import column_value, writing


def _check_target(session, contact_id, member_id, inquiry_id) -> None:
    if contact_id is None and member_id is None and inquiry_id is None:
        raise ValidationError(
            translate("Activities", "An activity belongs to a contact, a member or an inquiry."),
            "contact_id",
        )
    for model, record_id, field in (
        (Contact, contact_id, "contact_id"),
        (Member, member_id, "member_id"),
        (Inquiry, inquiry_id, "inquiry_id"),
    ):
        if record_id is not None and session.get(model, record_id) is None:
            raise ValidationError(
                translate("Activities", "The record for this activity does not exist (any more)."),
                field,
            )


def add(
    db: Database,
    kind,
    text: str,
    *,
    contact_id: int | None = None,
    member_id: int | None = None,
    inquiry_id: int | None = None,
    subject: str = "",
    occurred_at: dt.datetime | None = None,
    author: str | None = None,
) -> Activity:
    """Log an activity; the author is the OS user unless given."""
    if not (text or "").strip() and not (subject or "").strip():
        raise ValidationError(
            translate("Activities", "Write what happened: a subject or a text."), "text"
        )
    with writing(db) as session:
        _check_target(session, contact_id, member_id, inquiry_id)
        activity = Activity(
            kind=column_value(Activity, "kind", kind),
            text=(text or "").rstrip(),
            subject=(subject or "").strip(),
            contact_id=contact_id,
            member_id=member_id,
            inquiry_id=inquiry_id,
            author=author if author is not None else audit.current_user(),
        )
        if occurred_at is not None:
            activity.occurred_at = column_value(Activity, "occurred_at", occurred_at)
        session.add(activity)
        session.flush()
        activity_id = activity.id
    return _load(db, [Activity.id == activity_id])[0]


def _load(db: Database, conditions: list) -> list[Activity]:
    stmt = (
        select(Activity)
        .where(*conditions)
        .options(
            selectinload(Activity.contact),
            selectinload(Activity.member),
            selectinload(Activity.inquiry),
        )
        .order_by(Activity.occurred_at.desc(), Activity.id.desc())
    )
    with db.session() as session:
        return list(session.scalars(stmt))


def for_contact(db: Database, contact_id: int) -> list[Activity]:
    """The contact's activities, newest first."""
    return _load(db, [Activity.contact_id == contact_id])


def for_member(db: Database, member_id: int) -> list[Activity]:
    """The member's activities, newest first."""
    return _load(db, [Activity.member_id == member_id])


def for_inquiry(db: Database, inquiry_id: int) -> list[Activity]:
    """The inquiry's activities, newest first."""
    return _load(db, [Activity.inquiry_id == inquiry_id])
