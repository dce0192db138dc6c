"""Duplicate contacts: finding them before one is saved twice, and merging two into one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Activity, Contact, Inquiry, Participant
from isa_desk.core.domain.text import search_key
from isa_desk.core.errors import NotFoundError, ValidationError
from isa_desk.core.i18n import translate
from isa_desk.core.services.editing import writing

# Two folded names at least this similar (difflib ratio) are taken for the same person:
# "anna schmidt" / "anna schmitt" is 0.92, "hans muller" / "hans meier" 0.67.
NAME_SIMILARITY = 0.85

# academic titles and forms of address people put into name fields
_TITLES = {
    "dr",
    "prof",
    "dipl",
    "ing",
    "mag",
    "med",
    "phil",
    "rer",
    "nat",
    "jur",
    "habil",
    "mba",
    "herr",
    "frau",
    "mr",
    "mrs",
    "ms",
    "hr",
    "fr",
}
_NON_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class DuplicateHit:
    id: int
    name: str
    organisation: str
    email: str
    reason: str  # "email" or "name"


def name_key(given: str | None, family: str | None) -> str:
    """A person's name folded for comparison, without titles and punctuation."""
    words = _NON_WORD.sub(" ", search_key(f"{given or ''} {family or ''}")).split()
    return " ".join(word for word in words if word not in _TITLES)


def similar_names(first: str, second: str) -> bool:
    if not first or not second:
        return False
    if first == second or sorted(first.split()) == sorted(second.split()):
        return True  # the same words, maybe in Chinese order
    return SequenceMatcher(None, first, second).ratio() >= NAME_SIMILARITY


def _hit(contact: Contact, reason: str) -> DuplicateHit:
    return DuplicateHit(
        id=contact.id,
        name=contact.full_name,
        organisation=contact.organisation.name if contact.organisation else "",
        email=contact.email,
        reason=reason,
    )


def find_duplicates(db: Database, data: dict, exclude_id: int | None = None) -> list[DuplicateHit]:
    """Contacts that look like the one described by `data`: the same e-mail address in any
    case, or a very similar name at the same organisation."""
    email_key = (data.get("email") or "").strip().lower()
    organisation_id = data.get("organisation_id")
    wanted_name = name_key(data.get("given_name"), data.get("family_name"))
    wanted_zh = (data.get("name_zh") or "").strip()
    hits: dict[int, DuplicateHit] = {}
    with db.session() as session:
        base = select(Contact).options(selectinload(Contact.organisation))
        if exclude_id is not None:
            base = base.where(Contact.id != exclude_id)
        if email_key:
            for contact in session.scalars(base.where(Contact.email_key == email_key)):
                hits[contact.id] = _hit(contact, "email")
        if organisation_id is not None and (wanted_name or wanted_zh):
            colleagues = session.scalars(base.where(Contact.organisation_id == organisation_id))
            for contact in colleagues:
                if contact.id in hits:
                    continue
                same_zh = bool(wanted_zh) and wanted_zh == contact.name_zh
                their_name = name_key(contact.given_name, contact.family_name)
                if same_zh or similar_names(wanted_name, their_name):
                    hits[contact.id] = _hit(contact, "name")
    return list(hits.values())


def _relink_history(session, keep: Contact, drop: Contact) -> None:
    """Activities, participations and inquiries of `drop` go over to `keep`."""
    for activity in session.scalars(select(Activity).where(Activity.contact_id == drop.id)):
        activity.contact_id = keep.id
    for inquiry in session.scalars(select(Inquiry).where(Inquiry.contact_id == drop.id)):
        inquiry.contact_id = keep.id
    events_of_keep = set(
        session.scalars(select(Participant.event_id).where(Participant.contact_id == keep.id))
    )
    for participant in session.scalars(
        select(Participant).where(Participant.contact_id == drop.id)
    ):
        if participant.event_id in events_of_keep:
            session.delete(participant)  # one participation per event and person
        else:
            participant.contact_id = keep.id


def merge(db: Database, keep_id: int, drop_id: int, values: dict) -> Contact:
    """Make one contact of two: `keep` takes the chosen `values`, the tags of both and the
    history of `drop`; `drop` is deleted. All or nothing."""
    # contacts offers this function, so it is imported here, not at the top
    from isa_desk.core.services.contacts import apply, get

    if keep_id == drop_id:
        raise ValidationError(
            translate("Contacts", "A contact cannot be merged with itself."), "id"
        )
    with writing(db) as session:
        keep = session.get(Contact, keep_id)
        drop = session.get(Contact, drop_id)
        if keep is None or drop is None:
            raise NotFoundError(
                translate("Contacts", "One of the two contacts does not exist (any more).")
            )
        tag_names = [t.name for t in keep.tags] + [t.name for t in drop.tags]
        tag_names += list(values.get("tags") or ())
        _relink_history(session, keep, drop)
        session.delete(drop)
        session.flush()  # drop's e-mail address is free for keep from here on
        apply(session, keep, {**values, "tags": tag_names})
    return get(db, keep_id)
