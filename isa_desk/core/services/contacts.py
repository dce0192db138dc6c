"""Contact persons: list, read, create, change, delete; duplicates and merging live in
contact_merge.py and are offered here too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import (
    CONTACT_GIVEN_NAME_SORT,
    CONTACT_NAME_SORT,
    Activity,
    Consent,
    Contact,
    Inquiry,
    MailingMessage,
    Member,
    Organisation,
    Participant,
    contact_tag,
)
from isa_desk.core.domain.countries import country_code
from isa_desk.core.domain.emails import email_key, read_address
from isa_desk.core.domain.phones import search_query
from isa_desk.core.domain.validation import email_problem, postcode_problem
from isa_desk.core.errors import NotFoundError, ValidationError
from isa_desk.core.i18n import translate
from isa_desk.core.services import activities as activity_service
from isa_desk.core.services import contact_consents, search, tags
from isa_desk.core.services.common import ListQuery
from isa_desk.core.services.editing import assign, for_update, writing
from isa_desk.core.services.undo import Deleted, Removal


@dataclass(frozen=True, slots=True)  # slots: a list holds 100,000 of them
class ContactRow:
    id: int
    family_name: str
    given_name: str
    name_zh: str
    title: str
    position: str
    organisation: str
    member: str
    email: str
    phone: str
    town: str
    country: str
    language: str
    active: bool


_ORGANISATION_NAME = func.coalesce(Organisation.name, "")
_MEMBER_NAME = func.coalesce(Member.name, "")
_NAME = CONTACT_NAME_SORT
# by organisation or member: their names' sort keys (DIN 5007, pinyin; domain/sorting.py)
_ORGANISATION_ORDER = func.coalesce(Organisation.sort_name, "")
_MEMBER_ORDER = func.coalesce(Member.sort_name, "")

_SORT_COLUMNS = {
    "family_name": _NAME,
    "given_name": CONTACT_GIVEN_NAME_SORT,
    "name_zh": (Contact.name_zh, *_NAME),
    "title": (Contact.title, *_NAME),
    "position": (Contact.position, *_NAME),
    "organisation": (_ORGANISATION_ORDER, *_NAME),
    "member": (_MEMBER_ORDER, *_NAME),
    "email": (Contact.email,),
    "phone": (Contact.phone, *_NAME),
    "town": (Contact.town, *_NAME),
    "country": (Contact.country, *_NAME),
    "language": (Contact.language, *_NAME),
    "active": (Contact.active, *_NAME),
}
SORT_KEYS = tuple(_SORT_COLUMNS)


def _filters(query: ListQuery) -> list:
    filters = search.equal_conditions(
        {
            Contact.country: query.country,
            Contact.region: query.region,
            Contact.member_id: query.member_id,
            Contact.organisation_id: query.organisation_id,
        }
    )
    filters += search.tag_condition(Contact.tags, query.tag)
    if query.active_only:
        filters.append(Contact.active.is_(True))
    return filters


def _match(session: Session, db: Database, query: ListQuery) -> search.Match:
    # a phone number in any writing is looked for as the search text holds it
    text = search_query(query.text)
    return search.match(session, db, Contact.search_text, text, _filters(query))


def count(db: Database, query: ListQuery) -> int:
    with db.session() as session:
        return search.count(session, Contact, _match(session, db, query))


def _order(db: Database, query: ListQuery, found: search.Match) -> search.Order:
    return search.order_by(db, query, _SORT_COLUMNS, "family_name", Contact.id, found)


def list_order(db: Database, query: ListQuery) -> tuple[list, list]:
    """The WHERE conditions and the ORDER BY of the list for `query`, as page() uses
    them: for reading the whole list in one query (the export)."""
    return search.list_order(db, query, _match, _order)


def _with_names(stmt):
    return stmt.outerjoin(Organisation, Contact.organisation_id == Organisation.id).outerjoin(
        Member, Contact.member_id == Member.id
    )


# the columns of a ContactRow, in the order of its fields (made once, not for each page)
_ROWS = _with_names(
    select(
        Contact.id,
        Contact.family_name,
        Contact.given_name,
        Contact.name_zh,
        Contact.title,
        Contact.position,
        _ORGANISATION_NAME.label("organisation"),
        _MEMBER_NAME.label("member"),
        Contact.email,
        Contact.phone,
        Contact.town,
        Contact.country,
        Contact.language,
        Contact.active,
    )
)


def page(db: Database, query: ListQuery, offset: int, limit: int) -> list[ContactRow]:
    return page_after(db, query, offset, limit, None)


def page_after(
    db: Database, query: ListQuery, offset: int, limit: int, after: int | None
) -> list[ContactRow]:
    """The page at `offset`, read on from the row `after` (the last one of the page
    before) where the list's order allows: the same rows as `page` while the list does
    not change in between, found without reading the rows before (see search.page_ids)."""
    key = search.sort_key(query, _SORT_COLUMNS, "family_name")
    ids = select(Contact.id)
    if key in ("organisation", "member"):
        ids = _with_names(ids)  # only then: joining every row costs
    rows: Sequence[Any] | None = None  # the columns of _ROWS, as a ContactRow's fields
    with db.session() as session:
        found = _match(session, db, query)
        order = _order(db, query, found)
        following = search.continuation(session, found, order, offset, after)
        if following is not None:  # along the sort index, in one query, where it can be
            rows = search.rows_after(session, _ROWS, found, order, limit, following)
        if rows is None:
            page_ids = search.page_ids(session, ids, found, order, offset, limit, following)
            rows = session.execute(_ROWS.where(Contact.id.in_(page_ids))).all()
            rows = search.in_order(rows, page_ids)
    return [ContactRow(*(*row[:-2], str(row.language), bool(row.active))) for row in rows]


def get(db: Database, contact_id: int) -> Contact:
    stmt = (
        select(Contact)
        .where(Contact.id == contact_id)
        .options(
            selectinload(Contact.organisation),
            selectinload(Contact.member),
            selectinload(Contact.tags),
            selectinload(Contact.consents),
        )
    )
    with db.session() as session:
        contact = session.scalars(stmt).one_or_none()
    if contact is None:
        raise NotFoundError(
            translate("Contacts", "The contact {id} does not exist (any more).").format(
                id=contact_id
            )
        )
    return contact


def _check_email_unique(session: Session, contact: Contact) -> None:
    key = email_key(contact.email)
    if not key:
        return
    stmt = select(Contact).where(Contact.email_key == key)
    if contact.id is not None:
        stmt = stmt.where(Contact.id != contact.id)
    other = session.scalars(stmt.limit(1)).first()
    if other is not None:
        raise ValidationError(
            translate(
                "Contacts", "The e-mail address {email} already belongs to {name} (contact {id})."
            ).format(email=contact.email, name=other.full_name or other.email, id=other.id),
            "email",
        )


def _check_links(session: Session, contact: Contact) -> None:
    if contact.organisation_id is not None and not session.get(
        Organisation, contact.organisation_id
    ):
        raise ValidationError(
            translate("Contacts", "The chosen organisation does not exist (any more)."),
            "organisation_id",
        )
    if contact.member_id is not None and not session.get(Member, contact.member_id):
        raise ValidationError(
            translate("Contacts", "The chosen member does not exist (any more)."), "member_id"
        )


def _validate(session: Session, contact: Contact) -> None:
    if not (contact.family_name or "").strip() and contact.organisation_id is None:
        raise ValidationError(
            translate("Contacts", "Enter a family name or choose an organisation."),
            "family_name",
        )
    if contact.country:
        code = country_code(contact.country)
        if code is None:
            raise ValidationError(
                translate("Contacts", "“{country}” is not a country ISA Desk knows.").format(
                    country=contact.country
                ),
                "country",
            )
        contact.country = code
    # a phone number that is not valid is only a warning (the editor shows it): kept
    problems = [
        ("email", email_problem(contact.email)),
        ("postcode", postcode_problem(contact.postcode, contact.country or "DE")),
    ]
    for field, problem in problems:
        if problem:
            raise ValidationError(problem, field)
    # "Zhang Wei <zhang@163.com>" pasted from a mail program: the address is stored
    contact.email = read_address(contact.email).address
    _check_links(session, contact)
    _check_email_unique(session, contact)


# form values that are not the contact's own columns
_NOT_COLUMNS = frozenset({"tags", "consents", *contact_consents.FIELD_KEYS})


def apply(session: Session, contact: Contact, data: dict) -> None:
    """Put form values into a contact and check them (used by create, update and merge).
    Consents come as the fields or the `consents` of contact_consents.py."""
    # checks query the database: the half-changed record must not be flushed before
    # they have passed (a duplicate e-mail would fail as a bare constraint error)
    with session.no_autoflush:
        assign(contact, data, _NOT_COLUMNS)
        _validate(session, contact)
        changed = bool(contact_consents.apply(contact, data))
        if "tags" in data:
            wanted = tags.get_or_create(session, data["tags"])
            if {t.name for t in wanted} != {t.name for t in contact.tags}:
                contact.tags = wanted
                changed = True
        if changed:  # a change of tags or consents alone moves the version on too
            contact.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)


def create(db: Database, data: dict) -> Contact:
    with writing(db) as session:
        contact = Contact()
        session.add(contact)
        apply(session, contact, data)
        session.flush()
        contact_id = contact.id
    return get(db, contact_id)


def update(db: Database, contact_id: int, data: dict, version: int) -> Contact:
    with writing(db) as session:
        contact = for_update(session, Contact, contact_id, version, lambda c: c.full_name)
        apply(session, contact, data)
    return get(db, contact_id)


def remove_contacts(removal: Removal, contacts: list[Contact]) -> None:
    """Remove contacts with what hangs on them: activities, participations, consents,
    tag links.
    Inquiries stay without the contact, and so do activities that are also about a
    member or an inquiry, so that no note is lost from their history."""
    session = removal.session
    ids = [c.id for c in contacts]
    if not ids:
        return
    removal.remove_links(contact_tag, contact_tag.c.contact_id, ids)
    for given in session.scalars(select(Consent).where(Consent.contact_id.in_(ids))):
        removal.remove(given)
    for activity in session.scalars(select(Activity).where(Activity.contact_id.in_(ids))):
        if activity.member_id is None and activity.inquiry_id is None:
            removal.remove(activity)
        else:
            removal.unlink(activity, "contact_id")
    for participant in session.scalars(select(Participant).where(Participant.contact_id.in_(ids))):
        removal.remove(participant)
    for inquiry in session.scalars(select(Inquiry).where(Inquiry.contact_id.in_(ids))):
        removal.unlink(inquiry, "contact_id")
    # a mailing's record keeps the name and address it went to, without the contact
    for sent in session.scalars(select(MailingMessage).where(MailingMessage.contact_id.in_(ids))):
        removal.unlink(sent, "contact_id")
    for contact in contacts:
        removal.remove(contact)


def delete(db: Database, ids: list[int]) -> Deleted:
    with writing(db) as session:
        contacts = list(session.scalars(select(Contact).where(Contact.id.in_(list(ids)))))
        removal = Removal(session)
        remove_contacts(removal, contacts)
        if len(contacts) == 1:
            description = translate("Contacts", "Delete contact “{name}”").format(
                name=contacts[0].full_name or contacts[0].email
            )
        else:
            description = translate("Contacts", "Delete {count} contacts").format(
                count=len(contacts)
            )
        return removal.deleted(description)


def activities(db: Database, contact_id: int) -> list[Activity]:
    """The contact's history, newest first."""
    return activity_service.for_contact(db, contact_id)


# duplicates and merging: defined in their own module, offered here as the contract names them
from isa_desk.core.services.contact_merge import (  # noqa: E402
    DuplicateHit,
    find_duplicates,
    merge,
)

__all__ = [
    "SORT_KEYS",
    "ContactRow",
    "DuplicateHit",
    "activities",
    "apply",
    "count",
    "create",
    "delete",
    "find_duplicates",
    "get",
    "list_order",
    "merge",
    "page",
    "update",
]
