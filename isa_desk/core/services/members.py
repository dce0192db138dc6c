"""Members of the alliance: list, read, create, change, delete."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import (
    Activity,
    Contact,
    Inquiry,
    Member,
    MemberPlace,
    Organisation,
    member_tag,
)
from isa_desk.core.domain.countries import country_code
from isa_desk.core.domain.sorting import text_sort_key
from isa_desk.core.errors import NotFoundError, ValidationError
from isa_desk.core.i18n import translate
from isa_desk.core.services import search, tags
from isa_desk.core.services.common import ListQuery
from isa_desk.core.services.contacts import remove_contacts
from isa_desk.core.services.editing import assign, for_update, require, writing
from isa_desk.core.services.undo import Deleted, Removal


@dataclass(frozen=True)
class MemberRow:
    id: int
    name: str
    name_zh: str
    kind: str
    country: str
    region: str
    status: str
    member_since: dt.date | None
    places: str
    contacts: int


_CONTACT_COUNT = (
    select(func.count(Contact.id)).where(Contact.member_id == Member.id).scalar_subquery()
)

# names sort by their stored keys (DIN 5007, pinyin; domain/sorting.py)
_NAME = Member.sort_name

_SORT_COLUMNS = {
    "name": (_NAME,),
    "name_zh": (Member.name_zh, _NAME),
    "kind": (Member.kind, _NAME),
    "country": (Member.country, _NAME),
    "region": (Member.region, _NAME),
    "status": (Member.status, _NAME),
    "member_since": (Member.member_since, _NAME),
    "contacts": (_CONTACT_COUNT, _NAME),
}
SORT_KEYS = tuple(_SORT_COLUMNS)

_RELATIONS = frozenset({"places", "tags"})


def _filters(query: ListQuery) -> list:
    return search.equal_conditions(
        {Member.country: query.country, Member.region: query.region, Member.status: query.status}
    ) + search.tag_condition(Member.tags, query.tag)


def _match(session: Session, db: Database, query: ListQuery) -> search.Match:
    return search.match(session, db, Member.search_text, query.text, _filters(query))


def count(db: Database, query: ListQuery) -> int:
    with db.session() as session:
        return search.count(session, Member, _match(session, db, query))


def _order(db: Database, query: ListQuery, found: search.Match) -> search.Order:
    return search.order_by(db, query, _SORT_COLUMNS, "name", Member.id, found)


def list_order(db: Database, query: ListQuery) -> tuple[list, list]:
    """The WHERE conditions and the ORDER BY of the list for `query`, as page() uses
    them: for reading the whole list in one query (the export)."""
    return search.list_order(db, query, _match, _order)


def _places_of(session: Session, ids: list[int]) -> dict[int, str]:
    found: dict[int, list[str]] = {}
    stmt = (
        select(MemberPlace.member_id, MemberPlace.name)
        .where(MemberPlace.member_id.in_(ids))
        .order_by(MemberPlace.member_id, MemberPlace.position, MemberPlace.id)
    )
    for member_id, name in session.execute(stmt):
        found.setdefault(member_id, []).append(name)
    return {member_id: ", ".join(names) for member_id, names in found.items()}


def page(db: Database, query: ListQuery, offset: int, limit: int) -> list[MemberRow]:
    rows_stmt = select(
        Member.id,
        Member.name,
        Member.name_zh,
        Member.kind,
        Member.country,
        Member.region,
        Member.status,
        Member.member_since,
        _CONTACT_COUNT.label("contacts"),
    )
    with db.session() as session:
        found = _match(session, db, query)
        page_ids = search.page_ids(
            session,
            select(Member.id),
            found,
            _order(db, query, found),
            offset,
            limit,
        )
        rows = session.execute(rows_stmt.where(Member.id.in_(page_ids))).all()
        places = _places_of(session, page_ids)
    return [
        MemberRow(
            id=row.id,
            name=row.name,
            name_zh=row.name_zh,
            kind=str(row.kind),
            country=row.country,
            region=row.region,
            status=str(row.status),
            member_since=row.member_since,
            places=places.get(row.id, ""),
            contacts=row.contacts,
        )
        for row in search.in_order(rows, page_ids)
    ]


def _not_found(member_id: int) -> NotFoundError:
    return NotFoundError(
        translate("Members", "The member {id} does not exist (any more).").format(id=member_id)
    )


def get(db: Database, member_id: int) -> Member:
    stmt = (
        select(Member)
        .where(Member.id == member_id)
        .options(
            selectinload(Member.places),
            selectinload(Member.tags),
            selectinload(Member.organisations),
            selectinload(Member.contacts).selectinload(Contact.organisation),
        )
    )
    with db.session() as session:
        member = session.scalars(stmt).one_or_none()
    if member is None:
        raise _not_found(member_id)
    return member


def _validate(member: Member) -> None:
    require(member.name, translate("Members", "Enter the member's name."), "name")
    require(member.country, translate("Members", "Choose the member's country."), "country")
    code = country_code(member.country)
    if code is None:
        raise ValidationError(
            translate("Members", "“{country}” is not a country ISA Desk knows.").format(
                country=member.country
            ),
            "country",
        )
    member.country = code


def _apply(session: Session, member: Member, data: dict) -> None:
    # checks query the database: the half-changed record must not be flushed before
    # they have passed (a duplicate e-mail would fail as a bare constraint error)
    with session.no_autoflush:
        assign(member, data, _RELATIONS)
        _validate(member)
        if "places" in data:
            names = [" ".join(str(p).split()) for p in data["places"] or ()]
            names = [name for name in names if name]
            if names != [place.name for place in member.places]:
                member.places = [MemberPlace(name=n, position=i) for i, n in enumerate(names)]
                member.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        if "tags" in data:
            wanted = tags.get_or_create(session, data["tags"])
            if {t.name for t in wanted} != {t.name for t in member.tags}:
                member.tags = wanted
                # the version must move on for a change of tags alone, too
                member.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)


def create(db: Database, data: dict) -> Member:
    with writing(db) as session:
        member = Member()
        session.add(member)
        _apply(session, member, data)
        session.flush()
        member_id = member.id
    return get(db, member_id)


def update(db: Database, member_id: int, data: dict, version: int) -> Member:
    with writing(db) as session:
        member = for_update(session, Member, member_id, version, lambda m: m.name)
        _apply(session, member, data)
    return get(db, member_id)


def contact_count(db: Database, ids: list[int]) -> int:
    if not ids:
        return 0
    with db.session() as session:
        stmt = select(func.count(Contact.id)).where(Contact.member_id.in_(list(ids)))
        return session.execute(stmt).scalar_one()


def _remove_history(
    removal: Removal, member_id: int, inquiry_ids: list[int], doomed: set[int]
) -> None:
    """Activities about the member or its inquiries go with it, except those about a
    contact who stays: that contact keeps them in its history, without the member."""
    stmt = select(Activity).where(
        (Activity.member_id == member_id) | Activity.inquiry_id.in_(inquiry_ids)
    )
    for activity in removal.session.scalars(stmt):
        if activity.contact_id is None or activity.contact_id in doomed:
            removal.remove(activity)
            continue
        if activity.member_id == member_id:
            removal.unlink(activity, "member_id")
        if activity.inquiry_id in inquiry_ids:
            removal.unlink(activity, "inquiry_id")


def _remove_member(removal: Removal, member: Member, contacts: str) -> None:
    session = removal.session
    linked = list(session.scalars(select(Contact).where(Contact.member_id == member.id)))
    doomed = {contact.id for contact in linked} if contacts == "delete" else set()
    removal.remove_links(member_tag, member_tag.c.member_id, [member.id])
    for place in member.places:
        removal.note(place)  # removed with the member (delete-orphan cascade)
    inquiries = list(session.scalars(select(Inquiry).where(Inquiry.member_id == member.id)))
    _remove_history(removal, member.id, [i.id for i in inquiries], doomed)
    for inquiry in inquiries:
        removal.remove(inquiry)
    for organisation in session.scalars(
        select(Organisation).where(Organisation.member_id == member.id)
    ):
        removal.unlink(organisation, "member_id")
    if contacts == "delete":
        remove_contacts(removal, linked)
    else:
        for contact in linked:
            removal.unlink(contact, "member_id")
    removal.remove(member)


def delete(db: Database, ids: list[int], contacts: str = "unlink") -> Deleted:
    """Delete members with their places, inquiries and activities. Their contacts are
    kept without member ("unlink") or deleted too ("delete")."""
    if contacts not in ("unlink", "delete"):
        raise ValueError(f"contacts must be 'unlink' or 'delete', not {contacts!r}")
    with writing(db) as session:
        members = list(
            session.scalars(
                select(Member).where(Member.id.in_(list(ids))).options(selectinload(Member.places))
            )
        )
        removal = Removal(session)
        for member in members:
            _remove_member(removal, member, contacts)
        if len(members) == 1:
            description = translate("Members", "Delete member “{name}”").format(
                name=members[0].name
            )
        else:
            description = translate("Members", "Delete {count} members").format(count=len(members))
        return removal.deleted(description)


def regions(db: Database, country: str | None = None) -> list[str]:
    """The federal states / provinces members are in (of one country, if given)."""
    stmt = select(Member.region).where(Member.region != "").distinct()
    if country:
        stmt = stmt.where(Member.country == country)
    with db.session() as session:
        return sorted(session.scalars(stmt), key=text_sort_key)


def countries(db: Database) -> list[str]:
    stmt = select(Member.country).where(Member.country != "").distinct().order_by(Member.country)
    with db.session() as session:
        return list(session.scalars(stmt))


def choices(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every member, by name, for choosing one in a form."""
    stmt = select(Member.id, Member.name).order_by(_NAME, Member.id)
    with db.session() as session:
        return [(row.id, row.name) for row in session.execute(stmt)]
