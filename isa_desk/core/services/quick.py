"""Quick registration: an answer to an invitation arrives by e-mail; the office types the
name or pastes the address, finds the person and marks them registered or declined.

Someone who was not invited yet is put on the list and marked at once.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import (
    CONTACT_NAME_SORT,
    Contact,
    Organisation,
    Participant,
    ParticipantStatus,
)
from isa_desk.core.domain.emails import email_key
from isa_desk.core.domain.labels import label
from isa_desk.core.errors import NotFoundError, ValidationError
from isa_desk.core.i18n import translate
from isa_desk.core.services import contacts
from isa_desk.core.services.common import ListQuery
from isa_desk.core.services.editing import writing
from isa_desk.core.services.participants import (
    _event,
    change_status,
    person_name,
)

S = ParticipantStatus
ANSWERS = (S.REGISTERED, S.DECLINED)
# an address inside whatever was pasted: "Anna Berg <anna.berg@example.org>"
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)


@dataclass(frozen=True)
class PersonHit:
    """A contact the quick search found, with where they stand for the event."""

    contact_id: int
    name: str
    name_zh: str
    organisation: str
    email: str
    status: str | None  # None: not on the event's list yet
    participant_id: int | None


@dataclass(frozen=True)
class QuickResult:
    participant_id: int
    contact_id: int
    name: str
    status: str
    previous: str | None  # None: newly added to the list


def _candidate_ids(db: Database, text: str, limit: int) -> list[int]:
    """An exact e-mail address wins; otherwise the contacts list's own search."""
    found = _EMAIL.search(text)
    if found:
        address = email_key(found.group(0).strip(".")) or ""
        with db.session() as session:
            exact = select(Contact.id).where(Contact.email_key == address)
            ids = list(session.scalars(exact.order_by(*CONTACT_NAME_SORT, Contact.id)))
        if ids:
            return ids
        rest = (text[: found.start()] + text[found.end() :]).strip(" <>()\"',;")
        text = rest or address
    return [row.id for row in contacts.page(db, ListQuery(text=text), 0, limit)]


def find_people(db: Database, event_id: int, text: str, limit: int = 8) -> list[PersonHit]:
    """Contacts whose name or e-mail fits `text`; those on the event's list come first."""
    text = (text or "").strip()
    if not text:
        return []
    ids = _candidate_ids(db, text, limit)
    if not ids:
        return []
    with db.session() as session:
        people = {
            c.id: c
            for c in session.scalars(
                select(Contact)
                .where(Contact.id.in_(ids))
                .options(selectinload(Contact.organisation))
            )
        }
        taking_part = {
            p.contact_id: p
            for p in session.scalars(
                select(Participant).where(
                    Participant.event_id == event_id, Participant.contact_id.in_(ids)
                )
            )
        }
    hits = []
    for contact_id in ids:
        contact = people.get(contact_id)
        if contact is None:
            continue
        participant = taking_part.get(contact_id)
        organisation: Organisation | None = contact.organisation
        hits.append(
            PersonHit(
                contact_id=contact_id,
                name=person_name(
                    contact.title,
                    contact.given_name,
                    contact.family_name,
                    contact.name_order,
                    contact.name_zh,
                ),
                name_zh=contact.name_zh,
                organisation=organisation.name if organisation else "",
                email=contact.email,
                status=S(participant.status).value if participant else None,
                participant_id=participant.id if participant else None,
            )
        )
    hits.sort(key=lambda hit: hit.status is None)  # stable: the search's order otherwise
    return hits


def quick_register(
    db: Database,
    event_id: int,
    contact_id: int,
    status: str = "registered",
    today: dt.date | None = None,
) -> QuickResult:
    """Mark a contact registered (or declined) for the event, putting them on the list
    first when they were not invited; one transaction."""
    answer = S(status)
    if answer not in ANSWERS:
        raise ValueError(f"quick registration answers registered or declined, not {status}")
    today = today or dt.date.today()
    with writing(db) as session:
        event = _event(session, event_id)
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFoundError(
                translate("Participants", "There is no contact with the id {ids}.").format(
                    ids=contact_id
                )
            )
        participant = session.scalars(
            select(Participant).where(
                Participant.event_id == event_id, Participant.contact_id == contact_id
            )
        ).first()
        name = person_name(
            contact.title,
            contact.given_name,
            contact.family_name,
            contact.name_order,
            contact.name_zh,
        )
        if participant is None:
            participant = Participant(
                event=event,
                contact=contact,
                status=answer,
                invited_on=today,
                registered_on=today if answer == S.REGISTERED else None,
            )
            session.add(participant)
            previous = None
        else:
            previous = S(participant.status).value
            if S(participant.status) in (S.ATTENDED, S.NO_SHOW):
                raise ValidationError(
                    translate(
                        "Participants", "{name} is already marked “{status}” for this event."
                    ).format(name=name, status=label(S, participant.status)),
                    "status",
                )
            change_status(participant, answer, today)
        session.flush()
        return QuickResult(participant.id, contact_id, name, answer.value, previous)
