"""An inquiry's way through the pipeline: new → in contact → documents sent →
application received → accepted / declined / withdrawn.

Every change of status or assignee writes a note to the inquiry's history in the same
transaction. The city's member record follows the pipeline: it becomes an applicant when
the application is received, a member when the inquiry is accepted, and a prospect again
when an applicant's inquiry is declined or withdrawn. Use these functions through
`services.inquiries`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from isa_desk.core.db import audit
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import (
    Activity,
    ActivityKind,
    Contact,
    Inquiry,
    InquiryStatus,
    MemberStatus,
)
from isa_desk.core.domain.labels import label
from isa_desk.core.errors import ConflictError, ValidationError
from isa_desk.core.i18n import translate
from isa_desk.core.services.editing import column_value, for_update, writing
from isa_desk.core.services.inquiry_common import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    check_follow_up,
    date_words,
    get,
    not_found,
    open_inquiry_of,
    today_or,
)
from isa_desk.core.services.undo import Deleted, Removal

KEEP = object()  # log_activity: leave the next follow-up as it is
EDITABLE = frozenset(
    {"contact_id", "channel", "received_on", "summary", "next_follow_up", "assigned_to", "status"}
)


class AlreadyMemberError(ConflictError):
    """The city of an inquiry being accepted is a member already; nothing was changed.

    Accepting again with keep_member=True closes the inquiry as accepted and leaves the
    member record as it is.
    """

    def __init__(self, message: str, city: str, since: dt.date | None):
        super().__init__(message)
        self.city = city
        self.since = since


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _for_change(session: Session, inquiry_id: int, version: int | None) -> Inquiry:
    if session.get(Inquiry, inquiry_id) is None:
        raise not_found(inquiry_id)
    return for_update(session, Inquiry, inquiry_id, version, lambda i: i.member.name)


def _note(session: Session, inquiry: Inquiry, subject: str, text: str = "") -> None:
    """A line in the inquiry's history (and the city's), written by the current user."""
    session.add(
        Activity(
            kind=ActivityKind.NOTE,
            occurred_at=_now(),
            author=audit.current_user(),
            subject=subject,
            text=(text or "").rstrip(),
            inquiry_id=inquiry.id,
            member_id=inquiry.member_id,
        )
    )


# -- status ---------------------------------------------------------------------------------


def _check_change(session: Session, inquiry: Inquiry, status: InquiryStatus) -> None:
    city = inquiry.member.name
    if inquiry.status == InquiryStatus.ACCEPTED:
        raise ConflictError(
            translate(
                "Inquiries",
                "The inquiry of {city} was accepted; its status cannot change any "
                "more. Change the member record of {city} instead.",
            ).format(city=city)
        )
    reopening = inquiry.status in CLOSED_STATUSES and status in OPEN_STATUSES
    if reopening and open_inquiry_of(session, inquiry.member_id, exclude=inquiry.id):
        raise ConflictError(
            translate(
                "Inquiries",
                "{city} has another open inquiry; this one cannot be reopened. "
                "Go on with the open one.",
            ).format(city=city)
        )


def _make_member(
    session: Session,
    inquiry: Inquiry,
    member_since: dt.date | None,
    keep_member: bool,
    today: dt.date,
) -> None:
    member = inquiry.member
    if member.status == MemberStatus.MEMBER:
        if not keep_member:
            known = (
                translate("Inquiries", " (member since {date})").format(
                    date=date_words(member.member_since)
                )
                if member.member_since
                else ""
            )
            raise AlreadyMemberError(
                translate(
                    "Inquiries",
                    "{city} is already a member of the alliance{since}. "
                    "Nothing was changed. You can close the inquiry as accepted and leave the "
                    "member record as it is.",
                ).format(city=member.name, since=known),
                member.name,
                member.member_since,
            )
        return
    since = member_since or today
    member.status = MemberStatus.MEMBER
    member.member_since = since
    member.left_on = None
    _note(
        session,
        inquiry,
        translate("Inquiries", "{city} is a member since {date}.").format(
            city=member.name, date=date_words(since)
        ),
    )


def _set_status(
    session: Session,
    inquiry: Inquiry,
    status: InquiryStatus,
    today: dt.date,
    note: str = "",
    member_since: dt.date | None = None,
    keep_member: bool = False,
) -> bool:
    """Move the inquiry (and its city) to `status`; False when it was there already."""
    old = inquiry.status
    if status == old:
        return False
    _check_change(session, inquiry, status)
    member = inquiry.member
    if status in CLOSED_STATUSES:
        inquiry.closed_on = today
        inquiry.next_follow_up = None  # nothing to follow up on a closed inquiry
    else:
        inquiry.closed_on = None
    if status == InquiryStatus.ACCEPTED:
        _make_member(session, inquiry, member_since, keep_member, today)
    elif status in CLOSED_STATUSES and member.status == MemberStatus.APPLICANT:
        member.status = MemberStatus.PROSPECT
    elif status == InquiryStatus.APPLICATION_RECEIVED and member.status == MemberStatus.PROSPECT:
        member.status = MemberStatus.APPLICANT
    inquiry.status = status
    _note(
        session,
        inquiry,
        translate("Inquiries", "Status: {old} → {new}").format(
            old=label(InquiryStatus, old), new=label(InquiryStatus, status)
        ),
        note,
    )
    return True


def change_status(
    db: Database,
    inquiry_id: int,
    status,
    *,
    version: int | None = None,
    note: str = "",
    member_since: dt.date | None = None,
    keep_member: bool = False,
    today: dt.date | None = None,
) -> Inquiry:
    """Move an inquiry to another status (see the module's note); `note` goes into the
    history entry. `version`: the version the caller saw (None: no check)."""
    status = column_value(Inquiry, "status", status)
    with writing(db) as session:
        inquiry = _for_change(session, inquiry_id, version)
        _set_status(session, inquiry, status, today_or(today), note, member_since, keep_member)
    return get(db, inquiry_id)


def accept(
    db: Database,
    inquiry_id: int,
    *,
    member_since: dt.date | None = None,
    keep_member: bool = False,
    version: int | None = None,
    note: str = "",
    today: dt.date | None = None,
) -> Inquiry:
    """Accept the inquiry: its city becomes a member since `member_since` (default today).

    Raises AlreadyMemberError when the city is a member already, unless keep_member.
    """
    return change_status(
        db,
        inquiry_id,
        InquiryStatus.ACCEPTED,
        version=version,
        note=note,
        member_since=member_since,
        keep_member=keep_member,
        today=today,
    )


def decline(
    db: Database,
    inquiry_id: int,
    *,
    note: str = "",
    version: int | None = None,
    today: dt.date | None = None,
) -> Inquiry:
    """The alliance (or the city's council) said no; the inquiry stays searchable."""
    return change_status(
        db, inquiry_id, InquiryStatus.DECLINED, version=version, note=note, today=today
    )


def withdraw(
    db: Database,
    inquiry_id: int,
    *,
    note: str = "",
    version: int | None = None,
    today: dt.date | None = None,
) -> Inquiry:
    """The city withdrew its inquiry; it stays searchable."""
    return change_status(
        db, inquiry_id, InquiryStatus.WITHDRAWN, version=version, note=note, today=today
    )


# -- assignee and other fields --------------------------------------------------------------


def _set_assignee(session: Session, inquiry: Inquiry, name: str | None) -> bool:
    name = " ".join(str(name or "").split())
    old = inquiry.assigned_to or ""
    if name == old:
        return False
    inquiry.assigned_to = name
    nobody = translate("Inquiries", "nobody")
    _note(
        session,
        inquiry,
        translate("Inquiries", "Assigned to: {old} → {new}").format(
            old=old or nobody, new=name or nobody
        ),
    )
    return True


def assign(
    db: Database, inquiry_id: int, assigned_to: str, *, version: int | None = None
) -> Inquiry:
    """Hand the inquiry to another staff member ("" for nobody)."""
    with writing(db) as session:
        _set_assignee(session, _for_change(session, inquiry_id, version), assigned_to)
    return get(db, inquiry_id)


def _check_contact(session: Session, contact_id) -> int:
    if contact_id in (None, ""):
        raise ValidationError(
            translate("Inquiries", "An inquiry needs a contact person."), "contact_id"
        )
    if session.get(Contact, int(contact_id)) is None:
        raise ValidationError(
            translate("Inquiries", "The chosen contact person does not exist (any more)."),
            "contact_id",
        )
    return int(contact_id)


def _apply_fields(session: Session, inquiry: Inquiry, data: dict, today: dt.date) -> None:
    if "contact_id" in data:
        inquiry.contact_id = _check_contact(session, data["contact_id"])
    if "received_on" in data:
        received = column_value(Inquiry, "received_on", data["received_on"]) or today
        if received > today:
            raise ValidationError(
                translate(
                    "Inquiries", "An inquiry cannot be received in the future ({date})."
                ).format(date=date_words(received)),
                "received_on",
            )
        inquiry.received_on = received
    if "next_follow_up" in data:
        follow_up = column_value(Inquiry, "next_follow_up", data["next_follow_up"])
        if follow_up != inquiry.next_follow_up:  # an old overdue date may stay as it is
            check_follow_up(follow_up, today)
        inquiry.next_follow_up = follow_up
    for field in ("channel", "summary"):
        if field in data:
            setattr(inquiry, field, column_value(Inquiry, field, data[field]))


def update(
    db: Database, inquiry_id: int, data: dict, version: int | None, today: dt.date | None = None
) -> Inquiry:
    """Save the editor's fields (see EDITABLE) in one transaction; a new status or
    assignee is written to the history as with change_status and assign."""
    unknown = set(data) - EDITABLE
    if unknown:
        raise ValueError(f"inquiries cannot update {sorted(unknown)}")
    today = today_or(today)
    status = column_value(Inquiry, "status", data["status"]) if "status" in data else None
    with writing(db) as session, session.no_autoflush:
        inquiry = _for_change(session, inquiry_id, version)
        _apply_fields(session, inquiry, data, today)
        if "assigned_to" in data:
            _set_assignee(session, inquiry, data["assigned_to"])
        if status is not None:
            _set_status(session, inquiry, status, today)
    return get(db, inquiry_id)


# -- the history ----------------------------------------------------------------------------


def log_activity(
    db: Database,
    inquiry_id: int,
    kind,
    text: str,
    *,
    subject: str = "",
    occurred_at: dt.datetime | None = None,
    next_follow_up=KEEP,
    author: str | None = None,
    today: dt.date | None = None,
) -> Activity:
    """Log a call, e-mail, meeting, letter or note with the inquiry's contact person,
    and set the next follow-up in the same transaction (unless KEEP)."""
    if not (text or "").strip() and not (subject or "").strip():
        raise ValidationError(
            translate("Inquiries", "Write what happened: a subject or a text."), "text"
        )
    kind = column_value(Activity, "kind", kind)
    follow_up = None
    if next_follow_up is not KEEP:
        follow_up = column_value(Inquiry, "next_follow_up", next_follow_up)
        check_follow_up(follow_up, today_or(today))
    with writing(db) as session:
        inquiry = _for_change(session, inquiry_id, None)
        activity = Activity(
            kind=kind,
            occurred_at=column_value(Activity, "occurred_at", occurred_at) or _now(),
            author=author if author is not None else audit.current_user(),
            subject=(subject or "").strip(),
            text=(text or "").rstrip(),
            inquiry_id=inquiry.id,
            member_id=inquiry.member_id,
            contact_id=inquiry.contact_id,
        )
        session.add(activity)
        if next_follow_up is not KEEP:
            inquiry.next_follow_up = follow_up
    return activity


# -- delete ---------------------------------------------------------------------------------


def delete(db: Database, ids: list[int]) -> Deleted:
    """Delete inquiries and their history (the city and the contact stay); for undo."""
    with writing(db) as session:
        inquiries = list(session.scalars(select(Inquiry).where(Inquiry.id.in_(list(ids)))))
        removal = Removal(session)
        for inquiry in inquiries:
            for activity in session.scalars(
                select(Activity).where(Activity.inquiry_id == inquiry.id)
            ):
                removal.remove(activity)
            removal.remove(inquiry)
        if len(inquiries) == 1:
            description = translate("Inquiries", "Delete the inquiry of {city}").format(
                city=inquiries[0].member.name
            )
        else:
            description = translate("Inquiries", "Delete {count} inquiries").format(
                count=len(inquiries)
            )
        return removal.deleted(description)
