"""Events: the list with its participant counts, create, change, delete, the next event.

Who takes part (invitations, registrations, statuses, quick registration) is in
participants.py; the names the rest of the program needs are offered here too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from isa_desk.core import i18n
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Event, Mailing, Participant, ParticipantStatus
from isa_desk.core.domain import dates
from isa_desk.core.domain.text import search_key
from isa_desk.core.errors import NotFoundError, ValidationError
from isa_desk.core.i18n import translate
from isa_desk.core.services import search
from isa_desk.core.services.common import ListQuery
from isa_desk.core.services.editing import assign, for_update, require, writing
from isa_desk.core.services.undo import Deleted, Removal

UPCOMING = "upcoming"  # pseudo status for the list filter: today or later
PAST = "past"  # events that began before today
DEADLINE_NEAR_DAYS = 14  # the overview warns this many days before a registration deadline


@dataclass(frozen=True)
class EventRow:
    """An event with how many people are in each participant status.

    `invited` counts those still in status invited (no answer yet); `total` is everyone
    on the list, the number of invitations sent.
    """

    id: int
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    place: str
    registration_deadline: dt.date | None
    total: int
    invited: int
    registered: int
    declined: int
    attended: int
    no_show: int

    @property
    def coming(self) -> int:
        """Registered, or already there: who the badges and the attendance list are for."""
        return self.registered + self.attended

    def counts(self) -> dict[str, int]:
        return {status.value: getattr(self, status.value) for status in ParticipantStatus}

    def deadline_in(self, today: dt.date) -> int | None:
        """Days until the registration deadline (0 = today); None when none or passed."""
        if self.registration_deadline is None or self.registration_deadline < today:
            return None
        return (self.registration_deadline - today).days


def _status_count(status: ParticipantStatus):
    return func.coalesce(func.sum(case((Participant.status == status, 1), else_=0)), 0)


_COUNTS = (
    select(
        Participant.event_id.label("event_id"),
        func.count(Participant.id).label("total"),
        *(_status_count(status).label(status.value) for status in ParticipantStatus),
    )
    .group_by(Participant.event_id)
    .subquery()
)

_COUNT_COLUMNS = {
    "total": _COUNTS.c.total,
    **{status.value: _COUNTS.c[status.value] for status in ParticipantStatus},
}

_SORT_COLUMNS = {
    "starts_at": (Event.starts_at,),
    "title": (Event.title, Event.starts_at),
    "place": (Event.place, Event.starts_at),
    "registration_deadline": (Event.registration_deadline, Event.starts_at),
    **{key: (func.coalesce(column, 0), Event.starts_at) for key, column in _COUNT_COLUMNS.items()},
}
SORT_KEYS = tuple(_SORT_COLUMNS)
DEFAULT_SORT = "starts_at"


def _text_conditions(text: str) -> list:
    """Each word in the title or the place. Events have no folded search text: the word
    is tried as typed and folded, which finds "plenar" and "Düren" (not "duren")."""
    conditions = []
    for word in text.split()[: search.MAX_WORDS]:
        forms = {word.casefold(), search_key(word)}
        conditions.append(
            or_(
                *(
                    column.icontains(form, autoescape=True)
                    for form in forms
                    for column in (Event.title, Event.place)
                )
            )
        )
    return conditions


def _conditions(query: ListQuery, today: dt.date | None = None) -> list:
    conditions = _text_conditions(query.text or "")
    start_of_today = dt.datetime.combine(today or dt.date.today(), dt.time())
    if query.status == UPCOMING:
        conditions.append(Event.starts_at >= start_of_today)
    elif query.status == PAST:
        conditions.append(Event.starts_at < start_of_today)
    return conditions


def count(db: Database, query: ListQuery) -> int:
    with db.session() as session:
        stmt = select(func.count(Event.id)).where(*_conditions(query))
        return session.execute(stmt).scalar_one()


def _rows_stmt():
    return select(
        Event.id,
        Event.title,
        Event.starts_at,
        Event.ends_at,
        Event.place,
        Event.registration_deadline,
        *(func.coalesce(column, 0).label(key) for key, column in _COUNT_COLUMNS.items()),
    ).outerjoin(_COUNTS, _COUNTS.c.event_id == Event.id)


def _row(record) -> EventRow:
    return EventRow(**{key: record._mapping[key] for key in EventRow.__dataclass_fields__})


def page(db: Database, query: ListQuery, offset: int, limit: int) -> list[EventRow]:
    """A page of events; without a chosen order the newest come first."""
    if query.sort in _SORT_COLUMNS:
        columns, descending = _SORT_COLUMNS[query.sort], query.descending
    else:
        columns, descending = _SORT_COLUMNS[DEFAULT_SORT], True
    order = [c.desc() if descending else c for c in (*columns, Event.id)]
    stmt = _rows_stmt().where(*_conditions(query)).order_by(*order)
    with db.session() as session:
        rows = session.execute(stmt.offset(max(0, offset)).limit(max(0, limit))).all()
    return [_row(record) for record in rows]


def row(db: Database, event_id: int) -> EventRow:
    """One event with its counts."""
    with db.session() as session:
        found = session.execute(_rows_stmt().where(Event.id == event_id)).first()
    if found is None:
        raise not_found(event_id)
    return _row(found)


def next_event(db: Database, today: dt.date | None = None) -> EventRow | None:
    """The first event on `today` or later, with its counts; None when none is planned."""
    start = dt.datetime.combine(today or dt.date.today(), dt.time())
    stmt = _rows_stmt().where(Event.starts_at >= start).order_by(Event.starts_at, Event.id)
    with db.session() as session:
        found = session.execute(stmt.limit(1)).first()
    return _row(found) if found is not None else None


def last_event(db: Database, today: dt.date | None = None) -> EventRow | None:
    """The latest event before `today`, with its counts; None when there was none."""
    start = dt.datetime.combine(today or dt.date.today(), dt.time())
    stmt = (
        _rows_stmt()
        .where(Event.starts_at < start)
        .order_by(Event.starts_at.desc(), Event.id.desc())
    )
    with db.session() as session:
        found = session.execute(stmt.limit(1)).first()
    return _row(found) if found is not None else None


def not_found(event_id) -> NotFoundError:
    return NotFoundError(
        translate("Events", "The event {id} does not exist (any more).").format(id=event_id)
    )


def get(db: Database, event_id: int) -> Event:
    with db.session() as session:
        event = session.get(Event, event_id)
    if event is None:
        raise not_found(event_id)
    return event


def label(title: str, starts_at: dt.datetime) -> str:
    """How an event is named where one is chosen: "title (18.03.2027)"."""
    return f"{title} ({dates.format_date(starts_at.date(), i18n.language())})"


def find(db: Database, text: str | int) -> Event:
    """The event meant by `text`, see find_in."""
    with db.session() as session:
        return find_in(session, text)


def find_in(session: Session, text: str | int) -> Event:
    """An event by its id (digits) or its title. The exact title wins; else the one title
    that contains the text, case and accents aside ("Duren" finds "Düren"). When several
    fit, none is picked: a ValidationError names them with their dates; when none fits, a
    NotFoundError."""
    text = str(text if text is not None else "").strip()
    if text.isdigit() and (event := session.get(Event, int(text))) is not None:
        return event
    events = list(session.scalars(select(Event).order_by(Event.starts_at.desc(), Event.id.desc())))
    wanted = search_key(text)
    for fits in (
        lambda title: title == text,
        lambda title: search_key(title) == wanted,
        lambda title: bool(wanted) and wanted in search_key(title),
    ):
        found = [event for event in events if fits(event.title)]
        if len(found) == 1:
            return found[0]
        if found:
            raise ValidationError(
                translate(
                    "Events",
                    "“{event}” fits several events: {titles}. Give the full title or the id.",
                ).format(
                    event=text,
                    titles="; ".join(f"{e.id}: {label(e.title, e.starts_at)}" for e in found),
                ),
                "event",
            )
    raise NotFoundError(
        translate("Events", "There is no event “{event}”. Events: {titles}.").format(
            event=text, titles="; ".join(e.title for e in events[:10]) or "–"
        )
    )


def choices(db: Database) -> list[tuple[int, str]]:
    """(id, "title (date)") of every event, newest first, for choosing one."""
    with db.session() as session:
        rows = session.execute(
            select(Event.id, Event.title, Event.starts_at).order_by(
                Event.starts_at.desc(), Event.id.desc()
            )
        ).all()
    return [(event_id, label(title, starts_at)) for event_id, title, starts_at in rows]


# -- writing -------------------------------------------------------------------------------


def _validate(event: Event) -> None:
    require(event.title, translate("Events", "Enter the event's title."), "title")
    require(
        event.starts_at,
        translate("Events", "Enter the date and time the event begins."),
        "starts_at",
    )
    if event.ends_at is not None and event.ends_at < event.starts_at:
        raise ValidationError(
            translate("Events", "The event cannot end before it begins."), "ends_at"
        )
    deadline = event.registration_deadline
    if deadline is not None and deadline > event.starts_at.date():
        raise ValidationError(
            translate(
                "Events", "The registration deadline must be on or before the day of the event."
            ),
            "registration_deadline",
        )


def _apply(event: Event, data: dict) -> None:
    assign(event, data)
    _validate(event)


def create(db: Database, data: dict) -> Event:
    with writing(db) as session:
        event = Event()
        _apply(event, data)
        session.add(event)
        session.flush()
        event_id = event.id
    return get(db, event_id)


def update(db: Database, event_id: int, data: dict, version: int | None) -> Event:
    with writing(db) as session:
        event = for_update(session, Event, event_id, version, lambda e: e.title)
        _apply(event, data)
    return get(db, event_id)


def remove_events(session: Session, removal: Removal, events: list[Event]) -> None:
    for event in events:
        for participant in session.scalars(
            select(Participant).where(Participant.event_id == event.id)
        ):
            removal.remove(participant)
        for mailing in session.scalars(select(Mailing).where(Mailing.event_id == event.id)):
            removal.unlink(mailing, "event_id")
        removal.remove(event)


def delete(db: Database, ids: list[int]) -> Deleted:
    """Delete events with their participant lists (the contacts stay); undoable."""
    with writing(db) as session:
        events = list(session.scalars(select(Event).where(Event.id.in_(list(ids)))))
        removal = Removal(session)
        remove_events(session, removal, events)
        if len(events) == 1:
            description = translate("Events", "Delete event “{title}”").format(
                title=events[0].title
            )
        else:
            description = translate("Events", "Delete {count} events").format(count=len(events))
        return removal.deleted(description)


# who takes part: defined in their own module, offered here as well
from isa_desk.core.services.participants import (  # noqa: E402
    InviteResult,
    ParticipantQuery,
    ParticipantRow,
    invite,
    set_status,
)
from isa_desk.core.services.quick import (  # noqa: E402
    PersonHit,
    QuickResult,
    find_people,
    quick_register,
)

__all__ = [
    "DEADLINE_NEAR_DAYS",
    "PAST",
    "SORT_KEYS",
    "UPCOMING",
    "EventRow",
    "InviteResult",
    "ParticipantQuery",
    "ParticipantRow",
    "PersonHit",
    "QuickResult",
    "choices",
    "count",
    "create",
    "delete",
    "find",
    "find_in",
    "find_people",
    "get",
    "invite",
    "label",
    "last_event",
    "next_event",
    "page",
    "quick_register",
    "row",
    "set_status",
    "update",
]
