"""Membership inquiries: the list, the morning's due follow-ups, and new inquiries.

An inquiry belongs to an interested city (a member record that is not a member yet) and
has a contact person. The list (query, rows, counts, due follow-ups, filter choices) is
in inquiry_list.py and its way through the pipeline (status changes, acceptance as a
member, logged calls) in inquiry_pipeline.py; both are offered here under the same
names, so the rest of the program needs only this module.

Dates that decide what is due or overdue are measured against `today`, which every
function takes as an argument (None: the computer's date), so the tests and the demo
data can fix it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from isa_desk.core.db import audit
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import (
    Activity,
    ActivityKind,
    Contact,
    Inquiry,
    InquiryChannel,
    InquiryStatus,
    Member,
    MemberKind,
    MemberStatus,
)
from isa_desk.core.domain.countries import country_code
from isa_desk.core.domain.labels import label
from isa_desk.core.errors import ValidationError
from isa_desk.core.i18n import translate
from isa_desk.core.services import activities as activity_service
from isa_desk.core.services import contacts as contact_service
from isa_desk.core.services.editing import column_value, writing
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
from isa_desk.core.services.inquiry_list import (
    CLOSED,
    DEFAULT_SORT,
    OPEN,
    SORT_KEYS,
    InquiryQuery,
    InquiryRow,
    assignees,
    candidates,
    contact_name,
    count,
    countries,
    counts,
    due,
    due_counts,
    page,
    regions,
)

# how an inquiry that came in by this channel starts its history
_FIRST_ACTIVITY = {
    InquiryChannel.EMAIL: ActivityKind.EMAIL,
    InquiryChannel.PHONE: ActivityKind.CALL,
    InquiryChannel.LETTER: ActivityKind.LETTER,
    InquiryChannel.EVENT: ActivityKind.MEETING,
    InquiryChannel.WEBSITE: ActivityKind.EMAIL,
}


# -- one inquiry ---------------------------------------------------------------------------


def history(db: Database, inquiry_id: int) -> list[Activity]:
    """The inquiry's activities, newest first."""
    return activity_service.for_inquiry(db, inquiry_id)


# -- a new inquiry -------------------------------------------------------------------------


def _date(data: dict, field: str, default=None) -> dt.date | None:
    value = column_value(Inquiry, field, data.get(field))
    return default if value is None else value


def _check_dates(data: dict, today: dt.date) -> dt.date:
    received = _date(data, "received_on", today) or today
    if received > today:
        raise ValidationError(
            translate("Inquiries", "An inquiry cannot be received in the future ({date}).").format(
                date=date_words(received)
            ),
            "received_on",
        )
    check_follow_up(_date(data, "next_follow_up"), today)
    return received


def _existing_city(session: Session, member_id) -> Member:
    member = session.get(Member, int(member_id))
    if member is None:
        raise ValidationError(
            translate("Inquiries", "The chosen city does not exist (any more)."), "member_id"
        )
    if member.status == MemberStatus.MEMBER:
        raise ValidationError(
            translate(
                "Inquiries",
                "{city} is already a member of the alliance. "
                "An inquiry is for cities that want to join.",
            ).format(city=member.name),
            "member_id",
        )
    other = open_inquiry_of(session, member.id)
    if other is not None:
        raise ValidationError(
            translate(
                "Inquiries",
                "{city} already has an open inquiry (status: {status}). "
                "Open that one instead of recording a second.",
            ).format(city=member.name, status=label(InquiryStatus, other.status)),
            "member_id",
        )
    return member


def _new_city(session: Session, city: dict) -> Member:
    name = " ".join(str(city.get("name") or "").split())
    if not name:
        raise ValidationError(
            translate("Inquiries", "Choose the interested city or enter its name."), "city"
        )
    code = country_code(str(city.get("country") or ""))
    if code is None:
        raise ValidationError(
            translate("Inquiries", "Choose the country of {city}.").format(city=name), "country"
        )
    same = session.scalars(
        select(Member)
        .where(func.lower(Member.name) == name.lower(), Member.country == code)
        .limit(1)
    ).first()
    if same is not None:
        raise ValidationError(
            translate(
                "Inquiries", "{city} is already in the database. Choose it as an existing city."
            ).format(city=same.name),
            "city",
        )
    member = Member(
        name=name,
        name_zh=str(city.get("name_zh") or "").strip(),
        kind=column_value(Member, "kind", city.get("kind") or MemberKind.CITY),
        country=code,
        region=str(city.get("region") or "").strip(),
        status=MemberStatus.PROSPECT,
    )
    session.add(member)
    session.flush()
    return member


def _contact(session: Session, data: dict, member: Member) -> Contact:
    if data.get("contact_id") is not None:
        contact = session.get(Contact, int(data["contact_id"]))
        if contact is None:
            raise ValidationError(
                translate("Inquiries", "The chosen contact person does not exist (any more)."),
                "contact_id",
            )
        return contact
    values = dict(data.get("contact") or {})
    if not any(str(v).strip() for k, v in values.items() if k not in ("country", "gender")):
        raise ValidationError(
            translate("Inquiries", "Choose the contact person or enter a new one."), "contact"
        )
    values.setdefault("member_id", member.id)
    values.setdefault("country", member.country)
    contact = Contact()
    session.add(contact)
    contact_service.apply(session, contact, values)
    session.flush()
    return contact


def _city(session: Session, data: dict) -> Member:
    if data.get("member_id") is not None:
        return _existing_city(session, data["member_id"])
    if not data.get("city"):
        raise ValidationError(
            translate("Inquiries", "Choose the interested city or enter its name."), "city"
        )
    return _new_city(session, data["city"])


def received_at(received: dt.date, today: dt.date) -> dt.datetime:
    """The time an inquiry came in, for its history: now when it came in today."""
    if received == today:
        return dt.datetime.now().replace(microsecond=0)
    return dt.datetime.combine(received, dt.time(9, 0))


def create(db: Database, data: dict, today: dt.date | None = None) -> Inquiry:
    """Record a new inquiry from one dialog's data, in one transaction.

    `data`: the city as `member_id` (an existing record) or `city` (a dict with name,
    name_zh, kind, country, region: a new record in status prospect); the contact as
    `contact_id` or `contact` (a dict of Contact fields: a new contact of that city);
    channel, received_on (default today), summary, assigned_to (default: the OS user),
    next_follow_up (today or later). The history starts with the inquiry itself.
    """
    today = today_or(today)
    received = _check_dates(data, today)
    with writing(db) as session, session.no_autoflush:
        member = _city(session, data)
        contact = _contact(session, data, member)
        inquiry = Inquiry(
            member_id=member.id,
            contact_id=contact.id,
            received_on=received,
            channel=column_value(Inquiry, "channel", data.get("channel")),
            status=InquiryStatus.NEW,
            assigned_to=column_value(
                Inquiry, "assigned_to", data.get("assigned_to", audit.current_user())
            ),
            next_follow_up=_date(data, "next_follow_up"),
            summary=column_value(Inquiry, "summary", data.get("summary", "")),
        )
        session.add(inquiry)
        session.flush()
        session.add(
            Activity(
                kind=_FIRST_ACTIVITY[inquiry.channel],
                occurred_at=received_at(received, today),
                author=audit.current_user(),
                subject=translate("Inquiries", "Inquiry received"),
                text=inquiry.summary,
                inquiry_id=inquiry.id,
                member_id=member.id,
                contact_id=contact.id,
            )
        )
        inquiry_id = inquiry.id
    return get(db, inquiry_id)


# the pipeline: defined in its own module, offered here as the contract names it
from isa_desk.core.services.inquiry_pipeline import (  # noqa: E402
    AlreadyMemberError,
    accept,
    assign,
    change_status,
    decline,
    delete,
    log_activity,
    update,
    withdraw,
)

__all__ = [
    "CLOSED",
    "CLOSED_STATUSES",
    "DEFAULT_SORT",
    "OPEN",
    "OPEN_STATUSES",
    "SORT_KEYS",
    "AlreadyMemberError",
    "InquiryQuery",
    "InquiryRow",
    "accept",
    "assign",
    "assignees",
    "candidates",
    "change_status",
    "check_follow_up",
    "contact_name",
    "count",
    "countries",
    "counts",
    "create",
    "date_words",
    "decline",
    "delete",
    "due",
    "due_counts",
    "get",
    "history",
    "log_activity",
    "not_found",
    "page",
    "regions",
    "today_or",
    "update",
    "withdraw",
]
