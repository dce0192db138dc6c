"""Inviting people to an event for a purpose: those without consent in force for it are
left out and listed, as a letter run or a mailing for the purpose leaves them out.

The sources are those of participants.invite (chosen contacts, a tag, a contacts-list
filter, the contacts of members) and add up the same way; `left_out` tells beforehand who
would be left out, `invite` puts the others on the list.

    found = invite(db, event_id, ConsentPurpose.INVITATIONS, Sources(tag="Beirat"))
    found.added, found.skipped
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from isa_desk.core.db.engine import Database
from isa_desk.core.db.enums import ConsentPurpose
from isa_desk.core.db.models import Contact
from isa_desk.core.documents.letters.recipients import (
    Skipped,
    no_consent_reason,
    skipped_name,
    sort_key,
)
from isa_desk.core.privacy.consent import consenting
from isa_desk.core.services import participants
from isa_desk.core.services.common import ListQuery

CHUNK = 500  # ids per IN (...) list: SQLite allows only so many parameters


@dataclass(frozen=True)
class Sources:
    contact_ids: tuple[int, ...] = ()
    tag: str | None = None
    query: ListQuery | None = None
    member_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Invited:
    """participants.InviteResult, with the contacts left out for want of consent."""

    added: int
    already: int
    inactive: int
    skipped: list[Skipped] = field(default_factory=list)


def _candidates(db: Database, sources: Sources) -> tuple[list[int], int]:
    """Everyone the sources name (the inactive of a tag or member left out, as
    participants.invite does), and how many inactive were left out."""
    wanted = list(sources.contact_ids)
    if sources.query is not None:
        wanted += participants.query_ids(db, sources.query)
    with db.session() as session:
        from_sources, inactive = participants.chosen(session, sources.tag, sources.member_ids)
    return list(dict.fromkeys(wanted + from_sources)), inactive


def _lacking(db: Database, ids: list[int], purpose: ConsentPurpose) -> list[Skipped]:
    """The contacts of `ids` without consent in force for `purpose`, sorted by name."""
    with db.session() as session:
        allowed = consenting(session, ids, purpose)
        missing = [contact_id for contact_id in ids if contact_id not in allowed]
        found: list[Contact] = []
        for start in range(0, len(missing), CHUNK):
            chunk = missing[start : start + CHUNK]
            found += session.scalars(select(Contact).where(Contact.id.in_(chunk))).all()
        found.sort(key=sort_key)
        reason = no_consent_reason(purpose)
        return [Skipped(contact.id, skipped_name(contact), reason, True) for contact in found]


def left_out(db: Database, purpose: ConsentPurpose | None, sources: Sources) -> list[Skipped]:
    """Who of the sources would be left out for want of consent to `purpose`."""
    if purpose is None:
        return []
    ids, _inactive = _candidates(db, sources)
    return _lacking(db, ids, ConsentPurpose(purpose))


def invite(
    db: Database,
    event_id: int,
    purpose: ConsentPurpose | None,
    sources: Sources,
    today: dt.date | None = None,
) -> Invited:
    """Put the contacts of `sources` with consent to `purpose` on the event's list as
    invited (all of them for no purpose); the others are left out and listed."""
    if purpose is None:
        done = participants.invite(
            db,
            event_id,
            contact_ids=sources.contact_ids,
            tag=sources.tag,
            query=sources.query,
            member_ids=sources.member_ids,
            today=today,
        )
        return Invited(done.added, done.already, done.inactive)
    ids, inactive = _candidates(db, sources)
    skipped = _lacking(db, ids, ConsentPurpose(purpose))
    lacking = {item.contact_id for item in skipped}
    allowed = [contact_id for contact_id in ids if contact_id not in lacking]
    done = participants.invite(db, event_id, contact_ids=allowed, today=today)
    return Invited(done.added, done.already, inactive, skipped)
