"""Duplicate contacts: finding them before one is saved twice, and merging two into one.
The rules of what counts as a duplicate are in domain/duplicates.py."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select

from isa_desk.core.addressing.person import full_name
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import (
    Activity,
    Contact,
    Inquiry,
    MailingMessage,
    Organisation,
    Participant,
    contact_keys,
)
from isa_desk.core.domain.duplicates import NAME_ZH, Person, same_person
from isa_desk.core.errors import NotFoundError, ValidationError
from isa_desk.core.i18n import translate
from isa_desk.core.services.contact_consents import merged_states
from isa_desk.core.services.duplicate_finder import people, person
from isa_desk.core.services.editing import writing


@dataclass(frozen=True)
class DuplicateHit:
    id: int
    name: str
    organisation: str
    email: str
    reason: str  # "email", "phone" or "name" (also the same name in characters)
    why: str = ""  # the reason as the user reads it
    score: float = 100.0


def _wanted(session, data: dict) -> Person:
    """The rules' view of a form's values, with its organisation's member and town."""
    keys = contact_keys(data)
    organisation = None
    if data.get("organisation_id") is not None:
        organisation = session.get(Organisation, data["organisation_id"])
    members = {data.get("member_id"), organisation.member_id if organisation else None}
    phones = (str(keys["phone_key"]), str(keys["mobile_key"]))
    return Person(
        given=data.get("given_name") or "",
        family=data.get("family_name") or "",
        name_zh=data.get("name_zh") or "",
        email_key=str(keys["email_key"] or ""),
        phone_keys=tuple(phone for phone in phones if phone),
        organisation_id=organisation.id if organisation else None,
        member_ids=tuple(sorted(member for member in members if member is not None)),
        town=(data.get("town") or "").strip() or (organisation.town if organisation else ""),
    )


def _candidates(new: Person):
    """Who may be the same person: those sharing an address, a number, the organisation,
    a member or the town (the rules decide which of them are)."""
    wanted = []
    if new.email_key:
        wanted.append(Contact.email_key == new.email_key)
    if new.phone_keys:
        wanted += [Contact.phone_key.in_(new.phone_keys), Contact.mobile_key.in_(new.phone_keys)]
    if new.organisation_id is not None:
        wanted.append(Contact.organisation_id == new.organisation_id)
    if new.member_ids:
        members = new.member_ids
        wanted += [Contact.member_id.in_(members), Organisation.member_id.in_(members)]
    town = new.town.strip().lower()
    if town:  # a first sieve; the rules compare the towns folded
        wanted += [func.lower(Contact.town) == town, func.lower(Organisation.town) == town]
    return or_(*wanted) if wanted else None


def find_duplicates(db: Database, data: dict, exclude_id: int | None = None) -> list[DuplicateHit]:
    """Contacts that look like the one described by `data` (a form's values), surest
    first: the same e-mail address, or a similar name with the same phone number, at the
    same organisation or member, or in the same town."""
    hits: list[tuple[tuple, DuplicateHit]] = []
    with db.session() as session:
        new = _wanted(session, data)
        wanted = _candidates(new)
        if wanted is None:
            return []
        if exclude_id is not None:
            wanted = and_(wanted, Contact.id != exclude_id)
        for row in people(session, wanted):
            verdict = same_person(new, person(row))
            if verdict is None:
                continue
            reason = "name" if verdict.reason == NAME_ZH else verdict.reason
            hit = DuplicateHit(
                id=row.id,
                name=full_name(row),
                organisation=row.organisation or "",
                email=row.email or "",
                reason=reason,
                why=verdict.text(),
                score=verdict.score,
            )
            hits.append(((*verdict.rank, row.id), hit))
    return [hit for _rank, hit in sorted(hits, key=lambda found: found[0])]


def _relink_history(session, keep: Contact, drop: Contact) -> None:
    """Activities, participations, inquiries and mailings of `drop` go over to `keep`."""
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
    # e-mails of a mailing: `keep`'s own row stands when both got the same mailing
    mailings_of_keep = set(
        session.scalars(
            select(MailingMessage.mailing_id).where(MailingMessage.contact_id == keep.id)
        )
    )
    for sent in session.scalars(select(MailingMessage).where(MailingMessage.contact_id == drop.id)):
        if sent.mailing_id not in mailings_of_keep:
            sent.contact_id = keep.id


def merge(db: Database, keep_id: int, drop_id: int, values: dict) -> Contact:
    """Make one contact of two: `keep` takes the chosen `values`, the tags of both, the
    history of `drop` and per purpose the consent with the person's latest word
    (contact_consents.merged); `drop` is deleted. All or nothing."""
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
        consents = merged_states(keep, drop)
        _relink_history(session, keep, drop)
        session.delete(drop)
        session.flush()  # drop's e-mail address is free for keep from here on
        apply(session, keep, {**values, "tags": tag_names, "consents": consents})
    return get(db, keep_id)
