"""The inquiry list: its query and rows, counting and paging them for the list views,
the morning's due follow-ups, and the choices of the list's filters (statuses, assignees,
countries, regions, candidate cities). Use these names through `services.inquiries`.

Dates that decide what is due or overdue are measured against `today` (None: the
computer's date), so the tests and the demo data can fix it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Date, case, func, literal, or_, select

from isa_desk.core.addressing.person import latin_name
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import (
    CONTACT_NAME_SORT,
    Contact,
    Inquiry,
    InquiryStatus,
    Member,
    MemberStatus,
)
from isa_desk.core.domain.sorting import text_sort_key
from isa_desk.core.services import search
from isa_desk.core.services.common import ListQuery
from isa_desk.core.services.inquiry_common import CLOSED_STATUSES, OPEN_STATUSES, today_or

OPEN = "open"  # pseudo status for the status filter: every open inquiry
CLOSED = "closed"  # pseudo status: accepted, declined and withdrawn ones


@dataclass(frozen=True)
class InquiryQuery(ListQuery):
    """A ListQuery with the inquiry list's own filters.

    `status` also takes OPEN or CLOSED; `assigned_to` a staff member's name; `due` keeps
    the open inquiries whose next follow-up is `today` or earlier.
    """

    assigned_to: str | None = None
    due: bool = False
    today: dt.date | None = None


@dataclass(frozen=True)
class InquiryRow:
    id: int
    status: str
    city: str
    city_zh: str
    member_id: int
    country: str
    region: str
    contact: str
    contact_id: int | None
    assigned_to: str
    channel: str
    received_on: dt.date
    next_follow_up: dt.date | None
    closed_on: dt.date | None
    days_open: int
    overdue: bool  # open, and the follow-up date has passed
    due_today: bool  # open, and the follow-up is today
    summary: str

    @property
    def city_label(self) -> str:
        """The city with its name in Chinese characters: "Baixi 白溪区"."""
        return f"{self.city} {self.city_zh}" if self.city_zh else self.city

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def due(self) -> bool:
        """Due or overdue: what the morning check lists."""
        return self.overdue or self.due_today


def contact_name(title: str, given: str, family: str, order, name_zh: str) -> str:
    """ "Dr. Anna Beispiel", "Wang Wei (王伟)": the name as the list shows it."""
    latin = latin_name(dict(given_name=given, family_name=family, name_order=order), title)
    if latin and name_zh:
        return f"{latin} ({name_zh})"
    return latin or name_zh or ""


def _joined(stmt):
    return stmt.join(Member, Inquiry.member_id == Member.id).outerjoin(
        Contact, Inquiry.contact_id == Contact.id
    )


def _status_condition(status: str | None) -> list:
    if status in (None, ""):
        return []
    if status == OPEN:
        return [Inquiry.status.in_(OPEN_STATUSES)]
    if status == CLOSED:
        return [Inquiry.status.in_(CLOSED_STATUSES)]
    return [Inquiry.status == InquiryStatus(status)]


def _text_conditions(text: str) -> list:
    """Every word occurs in the city, the contact, the assignee or the summary."""
    conditions = []
    for word in search.words(text):
        conditions.append(
            or_(
                Member.search_text.contains(word, autoescape=True),
                Contact.search_text.contains(word, autoescape=True),
                func.lower(Inquiry.assigned_to).contains(word, autoescape=True),
                func.lower(Inquiry.summary).contains(word, autoescape=True),
            )
        )
    return conditions


def _conditions(query: ListQuery) -> list:
    conditions = _status_condition(query.status) + _text_conditions(query.text)
    conditions += search.equal_conditions(
        {
            Member.country: query.country,
            Member.region: query.region,
            Inquiry.member_id: query.member_id,
            Inquiry.contact_id: getattr(query, "contact_id", None),
            Inquiry.assigned_to: getattr(query, "assigned_to", None),
        }
    )
    if getattr(query, "due", False):
        conditions += [
            Inquiry.status.in_(OPEN_STATUSES),
            Inquiry.next_follow_up <= today_or(getattr(query, "today", None)),
        ]
    return conditions


def _days_open_column(db: Database, today: dt.date):
    end = func.coalesce(Inquiry.closed_on, literal(today, Date))
    if db.engine.dialect.name == "sqlite":
        return func.julianday(end) - func.julianday(Inquiry.received_on)
    return end - Inquiry.received_on


def _sort_columns(db: Database, today: dt.date) -> dict[str, tuple]:
    pipeline = case(
        {status: number for number, status in enumerate(InquiryStatus)}, value=Inquiry.status
    )
    no_follow_up = Inquiry.next_follow_up.is_(None)
    city = Member.sort_name  # DIN 5007, pinyin (domain/sorting.py)
    return {
        "next_follow_up": (no_follow_up, Inquiry.next_follow_up, city),
        "status": (pipeline, city),
        "city": (city,),
        "city_label": (city,),
        "country": (Member.country, city),
        "contact": (*CONTACT_NAME_SORT, city),
        "assigned_to": (Inquiry.assigned_to, city),
        "received_on": (Inquiry.received_on, city),
        "days_open": (_days_open_column(db, today), city),
        "channel": (Inquiry.channel, city),
    }


SORT_KEYS = (
    "next_follow_up",
    "status",
    "city",
    "city_label",
    "country",
    "contact",
    "assigned_to",
    "received_on",
    "days_open",
    "channel",
)
DEFAULT_SORT = "next_follow_up"


def _order(db: Database, query: ListQuery, today: dt.date) -> list:
    columns = _sort_columns(db, today)
    key = query.sort if query.sort in columns else DEFAULT_SORT
    order = list(columns[key]) + [Inquiry.id]
    return [column.desc() for column in order] if query.descending else order


def count(db: Database, query: ListQuery) -> int:
    stmt = _joined(select(func.count(Inquiry.id)).select_from(Inquiry))
    with db.session() as session:
        return session.execute(stmt.where(*_conditions(query))).scalar_one()


_ROW_COLUMNS = (
    Inquiry.id,
    Inquiry.status,
    Member.name,
    Member.name_zh,
    Inquiry.member_id,
    Member.country,
    Member.region,
    Inquiry.contact_id,
    Contact.title,
    Contact.given_name,
    Contact.family_name,
    Contact.name_order,
    Contact.name_zh.label("contact_zh"),
    Inquiry.assigned_to,
    Inquiry.channel,
    Inquiry.received_on,
    Inquiry.next_follow_up,
    Inquiry.closed_on,
    Inquiry.summary,
)


def _row(record, today: dt.date) -> InquiryRow:
    status = InquiryStatus(record.status)
    is_open = status in OPEN_STATUSES
    follow_up = record.next_follow_up
    end = record.closed_on or today
    return InquiryRow(
        id=record.id,
        status=status.value,
        city=record.name,
        city_zh=record.name_zh or "",
        member_id=record.member_id,
        country=record.country,
        region=record.region or "",
        contact=contact_name(
            record.title or "",
            record.given_name or "",
            record.family_name or "",
            record.name_order,
            record.contact_zh or "",
        ),
        contact_id=record.contact_id,
        assigned_to=record.assigned_to or "",
        channel=str(getattr(record.channel, "value", record.channel)),
        received_on=record.received_on,
        next_follow_up=follow_up,
        closed_on=record.closed_on,
        days_open=max(0, (end - record.received_on).days),
        overdue=is_open and follow_up is not None and follow_up < today,
        due_today=is_open and follow_up == today,
        summary=record.summary or "",
    )


def page(db: Database, query: ListQuery, offset: int, limit: int) -> list[InquiryRow]:
    today = today_or(getattr(query, "today", None))
    stmt = (
        _joined(select(*_ROW_COLUMNS).select_from(Inquiry))
        .where(*_conditions(query))
        .order_by(*_order(db, query, today))
        .offset(max(0, int(offset)))
        .limit(max(0, int(limit)))
    )
    with db.session() as session:
        return [_row(record, today) for record in session.execute(stmt)]


def due(db: Database, today: dt.date | None = None) -> list[InquiryRow]:
    """Open inquiries whose follow-up is today or earlier, the oldest first."""
    query = InquiryQuery(due=True, today=today_or(today), sort="next_follow_up")
    return page(db, query, 0, count(db, query))


def due_counts(db: Database, today: dt.date | None = None) -> tuple[int, int]:
    """(overdue, due today) among the open inquiries."""
    today = today_or(today)
    stmt = select(
        func.count(case((Inquiry.next_follow_up < today, 1))),
        func.count(case((Inquiry.next_follow_up == today, 1))),
    ).where(Inquiry.status.in_(OPEN_STATUSES))
    with db.session() as session:
        overdue, due_today = session.execute(stmt).one()
    return overdue, due_today


def counts(db: Database) -> dict[str, int]:
    """Number of inquiries per status, every status present (in pipeline order)."""
    stmt = select(Inquiry.status, func.count()).group_by(Inquiry.status)
    result = {status.value: 0 for status in InquiryStatus}
    with db.session() as session:
        for status, number in session.execute(stmt):
            result[InquiryStatus(status).value] = number
    return result


def assignees(db: Database) -> list[str]:
    """The staff members inquiries are assigned to, sorted."""
    stmt = select(Inquiry.assigned_to).where(Inquiry.assigned_to != "").distinct()
    with db.session() as session:
        return sorted(session.scalars(stmt), key=text_sort_key)


def countries(db: Database) -> list[str]:
    """The countries of the cities that made inquiries."""
    stmt = select(Member.country).join(Inquiry, Inquiry.member_id == Member.id).distinct()
    with db.session() as session:
        return sorted(session.scalars(stmt))


def regions(db: Database, country: str | None = None) -> list[str]:
    stmt = select(Member.region).join(Inquiry, Inquiry.member_id == Member.id).distinct()
    if country:
        stmt = stmt.where(Member.country == country)
    with db.session() as session:
        return sorted((r for r in session.scalars(stmt) if r), key=text_sort_key)


def candidates(db: Database) -> list[tuple[int, str]]:
    """Cities that may make an inquiry (every member record not in status member):
    id and "name (Chinese name)", sorted by name."""
    stmt = (
        select(Member.id, Member.name, Member.name_zh)
        .where(Member.status != MemberStatus.MEMBER)
        .order_by(Member.sort_name, Member.id)
    )
    with db.session() as session:
        return [
            (row.id, f"{row.name} ({row.name_zh})" if row.name_zh else row.name)
            for row in session.execute(stmt)
        ]
