"""An event's participant list: its rows, counted and read page by page, searched,
filtered and sorted in the database, and the list service a list view binds to one event.

Statuses, invitations and removal are in participants.py, which offers these names too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, fields

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import aliased

from isa_desk.core.addressing.person import latin_name
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import (
    CONTACT_GIVEN_NAME_SORT,
    CONTACT_NAME_SORT,
    Contact,
    Member,
    Organisation,
    Participant,
    ParticipantStatus,
)
from isa_desk.core.services import search
from isa_desk.core.services.common import ListQuery

S = ParticipantStatus


@dataclass(frozen=True)
class ParticipantQuery(ListQuery):
    """A ListQuery over one event's participants; `status` is a participant status."""

    event_id: int | None = None


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    event_id: int
    contact_id: int
    status: str
    name: str  # "Dr. Anna Beispiel", "Liu Yi": title and name in the person's own order
    family_name: str
    given_name: str
    name_zh: str
    organisation: str
    member: str
    member_zh: str
    email: str
    invited_on: dt.date | None
    registered_on: dt.date | None
    accompanying: int
    interpreting_language: str
    notes: str


def person_name(title: str, given: str, family: str, order, name_zh: str = "") -> str:
    """The name in Latin script with the academic title, in the person's own order."""
    names = dict(given_name=given, family_name=family, name_order=order)
    return latin_name(names, title) or name_zh


# the member city: the contact's own, else that of the contact's organisation
_ORGANISATION_MEMBER = aliased(Member)
_ORGANISATION = func.coalesce(Organisation.name, "")
_MEMBER = func.coalesce(Member.name, _ORGANISATION_MEMBER.name, "")
_MEMBER_ZH = case(
    (Member.id.is_not(None), Member.name_zh), else_=func.coalesce(_ORGANISATION_MEMBER.name_zh, "")
)
_NAME = CONTACT_NAME_SORT
# by organisation or member: their names' sort keys (DIN 5007, pinyin; domain/sorting.py)
_ORGANISATION_ORDER = func.coalesce(Organisation.sort_name, "")
_MEMBER_ORDER = func.coalesce(Member.sort_name, _ORGANISATION_MEMBER.sort_name, "")
_STATUS_ORDER = case({status: n for n, status in enumerate(S)}, value=Participant.status)

_SORT_COLUMNS = {
    "name": _NAME,
    "family_name": _NAME,
    "given_name": CONTACT_GIVEN_NAME_SORT,
    "name_zh": (Contact.name_zh, *_NAME),
    "status": (_STATUS_ORDER, *_NAME),
    "organisation": (_ORGANISATION_ORDER, *_NAME),
    "member": (_MEMBER_ORDER, *_NAME),
    "email": (Contact.email,),
    "invited_on": (Participant.invited_on, *_NAME),
    "registered_on": (Participant.registered_on, *_NAME),
    "accompanying": (Participant.accompanying, *_NAME),
    "interpreting_language": (Participant.interpreting_language, *_NAME),
}
SORT_KEYS = tuple(_SORT_COLUMNS)


def _joined(stmt):
    return (
        stmt.join(Contact, Participant.contact_id == Contact.id)
        .outerjoin(Organisation, Contact.organisation_id == Organisation.id)
        .outerjoin(Member, Contact.member_id == Member.id)
        .outerjoin(_ORGANISATION_MEMBER, Organisation.member_id == _ORGANISATION_MEMBER.id)
    )


def _conditions(query: ListQuery) -> list:
    conditions = []
    event_id = getattr(query, "event_id", None)
    if event_id is not None:
        conditions.append(Participant.event_id == event_id)
    if query.status:
        conditions.append(Participant.status == S(query.status))
    # the person's search text, or the organisation's: "Kreisverwaltung" finds its people
    for word in search.words(query.text):
        conditions.append(
            or_(
                Contact.search_text.contains(word, autoescape=True),
                Organisation.search_text.contains(word, autoescape=True),
            )
        )
    return conditions


def count(db: Database, query: ListQuery) -> int:
    stmt = _joined(select(func.count(Participant.id))).where(*_conditions(query))
    with db.session() as session:
        return session.execute(stmt).scalar_one()


_ROW_COLUMNS = (
    Participant.id,
    Participant.event_id,
    Participant.contact_id,
    Participant.status,
    Contact.title,
    Contact.name_order,
    Contact.family_name,
    Contact.given_name,
    Contact.name_zh,
    _ORGANISATION.label("organisation"),
    _MEMBER.label("member"),
    func.coalesce(_MEMBER_ZH, "").label("member_zh"),
    Contact.email,
    Participant.invited_on,
    Participant.registered_on,
    Participant.accompanying,
    Participant.interpreting_language,
    Participant.notes,
)
_ROW_FIELDS = [f.name for f in fields(ParticipantRow)]


def _row(record) -> ParticipantRow:
    values = record._mapping
    name = person_name(
        values["title"],
        values["given_name"],
        values["family_name"],
        values["name_order"],
        values["name_zh"],
    )
    row = {key: values[key] for key in _ROW_FIELDS if key not in ("name", "status")}
    return ParticipantRow(name=name, status=S(values["status"]).value, **row)


def page(db: Database, query: ListQuery, offset: int, limit: int) -> list[ParticipantRow]:
    key = search.sort_key(query, _SORT_COLUMNS, "name")
    columns = (*_SORT_COLUMNS[key], Participant.id)
    order = [c.desc() for c in columns] if query.descending else list(columns)
    stmt = _joined(select(*_ROW_COLUMNS)).where(*_conditions(query)).order_by(*order)
    with db.session() as session:
        rows = session.execute(stmt.offset(max(0, offset)).limit(max(0, limit))).all()
    return [_row(record) for record in rows]


def rows(db: Database, event_id: int, statuses: Iterable[str] = ()) -> list[ParticipantRow]:
    """Every participant of an event in the given statuses (all when none), by name."""
    wanted = [S(s) for s in statuses]
    stmt = (
        _joined(select(*_ROW_COLUMNS))
        .where(Participant.event_id == event_id)
        .order_by(*_NAME, Participant.id)
    )
    if wanted:
        stmt = stmt.where(Participant.status.in_(wanted))
    with db.session() as session:
        return [_row(record) for record in session.execute(stmt)]


@dataclass(frozen=True)
class EventParticipants:
    """One event's participant list as a list service (count/page over a ListQuery), for
    a list view; `event_id` None gives an empty list."""

    event_id: int | None
    SORT_KEYS = SORT_KEYS

    def _query(self, query: ListQuery) -> ParticipantQuery:
        values = {f.name: getattr(query, f.name) for f in fields(ListQuery)}
        return ParticipantQuery(**values, event_id=self.event_id)

    def count(self, db: Database, query: ListQuery) -> int:
        return 0 if self.event_id is None else count(db, self._query(query))

    def page(self, db: Database, query: ListQuery, offset: int, limit: int) -> list:
        if self.event_id is None:
            return []
        return page(db, self._query(query), offset, limit)


__all__ = [
    "SORT_KEYS",
    "EventParticipants",
    "ParticipantQuery",
    "ParticipantRow",
    "count",
    "page",
    "person_name",
    "rows",
]
