"""Who takes part in an event: the participant list, invitations, statuses, removal.

A contact is on an event's list once (a unique event/contact pair). The way through the
statuses: invited → registered or declined → attended or no-show. A registration (also
a late one, or a change of mind) records its date; attended and no-show can only be said
once the event has begun. Quick registration (finding the person an e-mail came from and
marking them) is in quick.py; the list itself (rows, count/page, sorting) is in
participant_list.py, whose names are offered here as well.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from isa_desk.core import i18n
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import (
    Contact,
    Event,
    Participant,
    ParticipantStatus,
    Tag,
)
from isa_desk.core.domain import dates
from isa_desk.core.domain.labels import label
from isa_desk.core.errors import NotFoundError, ValidationError
from isa_desk.core.i18n import translate
from isa_desk.core.services import contacts
from isa_desk.core.services.common import ListQuery
from isa_desk.core.services.editing import column_value, for_update, writing
from isa_desk.core.services.participant_list import (
    SORT_KEYS,
    EventParticipants,
    ParticipantQuery,
    ParticipantRow,
    count,
    page,
    person_name,
    rows,
)
from isa_desk.core.services.undo import Deleted, Removal

S = ParticipantStatus
# where each status may go; attended also from invited or declined: people come unannounced
NEXT: dict[S, frozenset[S]] = {
    S.INVITED: frozenset({S.REGISTERED, S.DECLINED, S.ATTENDED}),
    S.REGISTERED: frozenset({S.INVITED, S.DECLINED, S.ATTENDED, S.NO_SHOW}),
    S.DECLINED: frozenset({S.INVITED, S.REGISTERED, S.ATTENDED}),
    S.ATTENDED: frozenset({S.REGISTERED, S.NO_SHOW}),
    S.NO_SHOW: frozenset({S.REGISTERED, S.ATTENDED}),
}
ON_THE_DAY = frozenset({S.ATTENDED, S.NO_SHOW})
INTERPRETING_LANGUAGES = ("de", "zh", "en")
MAX_ACCOMPANYING = 20
CHUNK = 500  # ids per IN (...) list: SQLite allows only so many parameters
PAGE = 2000  # contacts read at a time when inviting a filtered list


@dataclass(frozen=True)
class InviteResult:
    added: int  # newly on the list
    already: int  # were invited before: left as they are
    inactive: int  # inactive contacts of a tag or member, not invited


def get(db: Database, participant_id: int) -> Participant:
    stmt = (
        select(Participant)
        .where(Participant.id == participant_id)
        .options(
            selectinload(Participant.event),
            selectinload(Participant.contact).selectinload(Contact.organisation),
        )
    )
    with db.session() as session:
        participant = session.scalars(stmt).one_or_none()
    if participant is None:
        raise NotFoundError(translate("Participants", "This participant is no longer on the list."))
    return participant


# -- statuses ------------------------------------------------------------------------------


def _event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFoundError(
            translate("Events", "The event {id} does not exist (any more).").format(id=event_id)
        )
    return event


def _check_change(participant: Participant, new: S, today: dt.date, name: str) -> None:
    old = S(participant.status)
    if new == old:
        return
    if new not in NEXT[old]:
        raise ValidationError(
            translate("Participants", "{name}: “{old}” cannot become “{new}”.").format(
                name=name, old=label(S, old), new=label(S, new)
            ),
            "status",
        )
    if new in ON_THE_DAY and participant.event.starts_at.date() > today:
        raise ValidationError(
            translate(
                "Participants",
                "{name}: “{new}” can only be recorded once the event has begun ({date}).",
            ).format(
                name=name,
                new=label(S, new),
                date=dates.format_date(participant.event.starts_at.date(), i18n.language()),
            ),
            "status",
        )


def change_status(
    participant: Participant, new: S, today: dt.date, on: dt.date | None = None
) -> None:
    """Move one participant (in a session) to `new`, keeping the registration date right:
    a registration is dated; going back to invited, or declining, removes the date."""
    name = person_name(
        participant.contact.title,
        participant.contact.given_name,
        participant.contact.family_name,
        participant.contact.name_order,
        participant.contact.name_zh,
    )
    _check_change(participant, new, today, name)
    old = S(participant.status)
    if new == S.REGISTERED and (old in (S.INVITED, S.DECLINED) or on is not None):
        participant.registered_on = on or today
    elif new in (S.INVITED, S.DECLINED):
        participant.registered_on = None
    participant.status = new


def set_status(
    db: Database,
    participant_ids: Iterable[int],
    status: str,
    on: dt.date | None = None,
    today: dt.date | None = None,
) -> int:
    """Give participants a new status (one transaction: all or none); how many changed."""
    new = S(status)
    today = today or dt.date.today()
    ids = list(participant_ids)
    changed = 0
    with writing(db) as session:
        found = list(
            session.scalars(
                select(Participant)
                .where(Participant.id.in_(ids))
                .options(selectinload(Participant.event), selectinload(Participant.contact))
            )
        )
        if len(found) < len(set(ids)):
            raise NotFoundError(
                translate(
                    "Participants",
                    "Someone else removed a participant meanwhile; nothing was changed.",
                )
            )
        for participant in found:
            if S(participant.status) != new:
                change_status(participant, new, today, on)
                changed += 1
    return changed


def _details(data: dict) -> dict:
    values = {}
    if "accompanying" in data:
        number = column_value(Participant, "accompanying", data["accompanying"])
        if not 0 <= number <= MAX_ACCOMPANYING:
            raise ValidationError(
                translate(
                    "Participants", "Accompanying persons: a number from 0 to {most}."
                ).format(most=MAX_ACCOMPANYING),
                "accompanying",
            )
        values["accompanying"] = number
    if "interpreting_language" in data:
        language = (data["interpreting_language"] or "").strip().lower()
        if language not in ("", *INTERPRETING_LANGUAGES):
            raise ValidationError(
                translate("Participants", "Interpreting: choose German, Chinese, English or none."),
                "interpreting_language",
            )
        values["interpreting_language"] = language
    if "notes" in data:
        values["notes"] = column_value(Participant, "notes", data["notes"])
    if "invited_on" in data:
        values["invited_on"] = column_value(Participant, "invited_on", data["invited_on"])
    return values


def update(
    db: Database, participant_id: int, data: dict, version: int | None, today: dt.date | None = None
) -> Participant:
    """Change one participant: status, registration date, accompanying persons,
    interpreting language, notes, invitation date."""
    today = today or dt.date.today()
    with writing(db) as session:
        participant = for_update(
            session, Participant, participant_id, version, lambda p: p.contact.full_name
        )
        for key, value in _details(data).items():
            setattr(participant, key, value)
        registered_on = column_value(Participant, "registered_on", data.get("registered_on"))
        old = S(participant.status)
        if "status" in data and S(data["status"]) != old:
            # a new registration without a date given is dated today
            change_status(participant, S(data["status"]), today, registered_on)
        elif "registered_on" in data and old in (S.REGISTERED, *ON_THE_DAY):
            participant.registered_on = registered_on
    return get(db, participant_id)


# -- invitations ---------------------------------------------------------------------------


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def query_ids(db: Database, query: ListQuery) -> list[int]:
    """The contacts a contacts-list query shows, read page by page in the list's order."""
    found: list[int] = []
    while True:
        batch = contacts.page(db, query, len(found), PAGE)
        found += [row.id for row in batch]
        if len(batch) < PAGE:
            return found


def _active_only(session: Session, stmt) -> tuple[list[int], int]:
    """Ids of the selected contacts that are active, and how many inactive were left out."""
    chosen = session.execute(stmt).all()
    active = [contact_id for contact_id, is_active in chosen if is_active]
    return active, len(chosen) - len(active)


def chosen(session: Session, tag: str | None, member_ids: Iterable[int]) -> tuple[list, int]:
    ids: list[int] = []
    inactive = 0
    if tag:
        stmt = (
            select(Contact.id, Contact.active)
            .join(Contact.tags)
            .where(func.lower(Tag.name) == tag.strip().lower())
        )
        if not session.scalars(
            select(Tag.id).where(func.lower(Tag.name) == tag.strip().lower())
        ).first():
            raise NotFoundError(
                translate("Participants", "There is no tag “{tag}”.").format(tag=tag)
            )
        found, left = _active_only(session, stmt)
        ids, inactive = ids + found, inactive + left
    members = list(member_ids)
    for chunk in _chunks(members):
        stmt = select(Contact.id, Contact.active).where(Contact.member_id.in_(chunk))
        found, left = _active_only(session, stmt)
        ids, inactive = ids + found, inactive + left
    return ids, inactive


def invite(
    db: Database,
    event_id: int,
    *,
    contact_ids: Iterable[int] = (),
    tag: str | None = None,
    query: ListQuery | None = None,
    member_ids: Iterable[int] = (),
    today: dt.date | None = None,
) -> InviteResult:
    """Put contacts on the event's list as invited: chosen ones, those with a tag, those a
    contacts-list filter shows, the contacts of members. The sources add up; whoever is on
    the list already stays as they are (nobody is invited twice). One transaction."""
    today = today or dt.date.today()
    wanted = list(contact_ids)
    if query is not None:
        wanted += query_ids(db, query)
    with writing(db) as session:
        _event(session, event_id)
        from_sources, inactive = chosen(session, tag, member_ids)
        wanted = list(dict.fromkeys(wanted + from_sources))
        existing: set[int] = set()
        known: set[int] = set()
        for chunk in _chunks(wanted):
            existing.update(
                session.scalars(
                    select(Participant.contact_id).where(
                        Participant.event_id == event_id, Participant.contact_id.in_(chunk)
                    )
                )
            )
            known.update(session.scalars(select(Contact.id).where(Contact.id.in_(chunk))))
        missing = [i for i in wanted if i not in known]
        if missing:
            raise NotFoundError(
                translate("Participants", "There is no contact with the id {ids}.").format(
                    ids=", ".join(str(i) for i in missing[:10])
                )
            )
        new = [i for i in wanted if i not in existing]
        session.add_all(
            Participant(
                event_id=event_id, contact_id=contact_id, status=S.INVITED, invited_on=today
            )
            for contact_id in new
        )
    return InviteResult(added=len(new), already=len(wanted) - len(new), inactive=inactive)


def remove(db: Database, participant_ids: Iterable[int]) -> Deleted:
    """Take people off the list (the contacts stay); undoable."""
    with writing(db) as session:
        found = list(
            session.scalars(
                select(Participant)
                .where(Participant.id.in_(list(participant_ids)))
                .options(selectinload(Participant.contact))
            )
        )
        removal = Removal(session)
        for participant in found:
            removal.remove(participant)
        if len(found) == 1:
            contact = found[0].contact
            description = translate("Participants", "Remove “{name}” from the event").format(
                name=contact.full_name or contact.email
            )
        else:
            description = translate(
                "Participants", "Remove {count} participants from the event"
            ).format(count=len(found))
        return removal.deleted(description)


__all__ = [
    "NEXT",
    "SORT_KEYS",
    "EventParticipants",
    "InviteResult",
    "ParticipantQuery",
    "ParticipantRow",
    "change_status",
    "count",
    "get",
    "invite",
    "page",
    "person_name",
    "remove",
    "rows",
    "set_status",
    "update",
]
