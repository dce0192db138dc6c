"""Who gets a letter: chosen contacts, a tag, a member, an event's participants, or everyone.

The selections add up. Contacts without a postal address, marked "no post" or inactive are
skipped, and listed with the reason, so the office can follow up on them. A run for a
purpose (the newsletter, invitations …) skips every contact without consent in force for
it (privacy/consent.py); one without a purpose is correspondence, which needs none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from isa_desk.core.addressing import person as p
from isa_desk.core.addressing.address import postal_address
from isa_desk.core.db.engine import Database
from isa_desk.core.db.enums import ConsentPurpose
from isa_desk.core.db.models import (
    Contact,
    Event,
    Member,
    Organisation,
    Participant,
    ParticipantStatus,
    Tag,
)
from isa_desk.core.domain.labels import label
from isa_desk.core.domain.sorting import name_sort_key, person_sort_key
from isa_desk.core.domain.text import search_key
from isa_desk.core.errors import NotFoundError
from isa_desk.core.i18n import translate
from isa_desk.core.privacy.consent import consenting
from isa_desk.core.services import events

DEFAULT_STATUSES = (ParticipantStatus.INVITED.value, ParticipantStatus.REGISTERED.value)


@dataclass(frozen=True)
class Selection:
    contact_ids: tuple[int, ...] = ()
    tag: str | None = None
    member: str | None = None  # name or id
    event: str | None = None  # title or id
    statuses: tuple[str, ...] = DEFAULT_STATUSES
    everyone: bool = False
    # False: the event only fills the merge fields, its participants are not recipients
    event_recipients: bool = True
    # what the run is for: only contacts with consent in force for it are written to;
    # None: correspondence, which needs no consent
    purpose: ConsentPurpose | None = None

    def is_empty(self) -> bool:
        return not (
            self.contact_ids
            or self.tag
            or self.member
            or self.everyone
            or (self.event and self.event_recipients)
        )


@dataclass(frozen=True)
class Skipped:
    contact_id: int
    name: str
    reason: str
    no_consent: bool = False  # skipped for want of consent to the run's purpose


@dataclass
class Recipients:
    contacts: list[Contact] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    event: Event | None = None


def default_purpose(for_event: bool) -> ConsentPurpose | None:
    """The purpose a run starts with: invitations for an event, else correspondence."""
    return ConsentPurpose.INVITATIONS if for_event else None


def purpose_choices() -> list[tuple[ConsentPurpose | None, str]]:
    """What a run may be for, with its words: correspondence first, then each purpose."""
    none = translate("Letters", "Correspondence – no consent needed")
    return [
        (None, none),
        *((purpose, label(ConsentPurpose, purpose)) for purpose in ConsentPurpose),
    ]


def no_consent_reason(purpose: ConsentPurpose | str) -> str:
    return translate("Letters", "no consent for “{purpose}”").format(
        purpose=label(ConsentPurpose, purpose)
    )


def without_consent(skipped: list[Skipped]) -> int:
    """How many of the skipped were left out for want of consent."""
    return sum(1 for item in skipped if item.no_consent)


def _loaded():
    return (
        selectinload(Contact.organisation).selectinload(Organisation.member),
        selectinload(Contact.member),
    )


def find_member(session, text: str) -> Member:
    text = (text or "").strip()
    if text.isdigit() and (member := session.get(Member, int(text))) is not None:
        return member
    wanted = search_key(text)
    found = [
        m
        for m in session.scalars(select(Member))
        if search_key(m.name) == wanted or (m.name_zh and m.name_zh == text)
    ]
    if not found:
        raise NotFoundError(
            translate("Letters", "There is no member “{member}”.").format(member=text)
        )
    return found[0]


def _participants(session, event: Event, statuses: tuple[str, ...]) -> list[int]:
    query = select(Participant.contact_id).where(Participant.event_id == event.id)
    wanted = [ParticipantStatus(s).value for s in statuses] if statuses else []
    if wanted:
        query = query.where(Participant.status.in_(wanted))
    return list(session.scalars(query))


def contact_ids(session, selection: Selection) -> tuple[list[int], Event | None]:
    ids: list[int] = list(selection.contact_ids)
    event = None
    if selection.tag:
        tag = session.scalars(
            select(Tag).where(func.lower(Tag.name) == selection.tag.strip().lower())
        ).first()
        if tag is None:
            raise NotFoundError(
                translate("Letters", "There is no tag “{tag}”.").format(tag=selection.tag)
            )
        ids += session.scalars(select(Contact.id).where(Contact.tags.contains(tag)))
    if selection.member:
        member = find_member(session, selection.member)
        ids += session.scalars(select(Contact.id).where(Contact.member_id == member.id))
    if selection.event:
        event = events.find_in(session, selection.event)
        if selection.event_recipients:
            ids += _participants(session, event, selection.statuses)
    if selection.everyone:
        ids += session.scalars(select(Contact.id))
    return list(dict.fromkeys(ids)), event


def skip_reason(contact: Contact) -> str | None:
    if contact.no_post:
        return translate("Letters", "does not want post")
    if not contact.active:
        return translate("Letters", "inactive")
    if postal_address(contact) is None:
        return translate("Letters", "no postal address")
    return None


def collect(
    db: Database, selection: Selection, skip: Callable[[Contact], str | None] = skip_reason
) -> Recipients:
    """The contacts to write to (with organisation and member loaded), sorted by name;
    those without consent to the selection's purpose and those for which `skip` gives a
    reason are listed as skipped (the e-mails of mail/ skip those without an e-mail
    address instead of those without a postal one)."""
    purpose = ConsentPurpose(selection.purpose) if selection.purpose else None
    with db.session() as session:
        ids, event = contact_ids(session, selection)
        allowed = consenting(session, ids, purpose) if purpose is not None else None
        contacts: list[Contact] = []
        for start in range(0, len(ids), 500):  # SQLite allows only so many parameters
            chunk = ids[start : start + 500]
            contacts += session.scalars(
                select(Contact).where(Contact.id.in_(chunk)).options(*_loaded())
            ).all()
        missing = set(selection.contact_ids) - {c.id for c in contacts}
        if missing:
            raise NotFoundError(
                translate("Letters", "There is no contact with the id {ids}.").format(
                    ids=", ".join(str(i) for i in sorted(missing))
                )
            )
    contacts.sort(key=sort_key)
    result = Recipients(event=event)
    for contact in contacts:
        no_consent = allowed is not None and contact.id not in allowed
        reason = no_consent_reason(purpose) if purpose and no_consent else skip(contact)
        if reason is None:
            result.contacts.append(contact)
        else:
            result.skipped.append(Skipped(contact.id, skipped_name(contact), reason, no_consent))
    return result


def skipped_name(contact: Contact) -> str:
    return p.full_name(contact) or (
        contact.organisation.name if contact.organisation else str(contact.id)
    )


def sort_key(contact: Contact) -> tuple:
    """The order of the contacts list (DIN 5007, pinyin, particles passed over: see
    domain/sorting.py); a contact without a name under its organisation's name."""
    names = (contact.family_name or "", contact.given_name or "", contact.name_zh or "")
    if any(name.strip() for name in names):
        key = contact.sort_name or person_sort_key(*names)
    else:
        organisation = contact.organisation
        key = name_sort_key(organisation.name, organisation.name_zh) if organisation else ""
    return (key, contact.id)
