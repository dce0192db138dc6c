"""The rows of each exported list, page by page.

The list services decide which records and in which order (the same search, filters
and sort as the window's list, see services.*.page); each page's records are then read
whole, with their tags, in a few queries. Only one page is in memory at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import func, select

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import (
    CONTACT_NAME_SORT,
    DERIVED_FIELDS,
    Consent,
    Contact,
    Member,
    MemberPlace,
    Organisation,
    Participant,
    Tag,
    contact_tag,
    member_tag,
    organisation_tag,
)
from isa_desk.core.domain.sorting import text_sort_key
from isa_desk.core.errors import NotFoundError
from isa_desk.core.i18n import translate
from isa_desk.core.services import lists
from isa_desk.core.services.common import ListQuery
from isa_desk.core.services.contact_consents import PARTS, field_key

PAGE_SIZE = 2000

Page = list[dict]


@dataclass(frozen=True)
class Selection:
    """Which records to export: the list's query, or the chosen ids in their order."""

    query: ListQuery = field(default_factory=ListQuery)
    ids: tuple[int, ...] | None = None
    event_id: int | None = None  # participants: the event


def _pages(db: Database, list_name: str, model, selection: Selection, stmt) -> Iterator[Page]:
    """Pages of whole rows (dicts) in the list's order. `stmt` selects the rows of
    `model` with the joins every sort key needs; the list's rows are read in one
    streamed query (with the service's search, filters and sort, see its list_order),
    not page by page through the service, whose display rows cost more than the export."""
    service = lists.RECORD_LISTS[list_name]
    if selection.ids is None:
        conditions, order_by = service.list_order(db, selection.query)
        with db.engine.connect() as connection:
            result = connection.execution_options(yield_per=PAGE_SIZE).execute(
                stmt.where(*conditions).order_by(*order_by)
            )
            keys = list(result.keys())
            for part in result.partitions():
                yield [dict(zip(keys, row, strict=False)) for row in part]
        return
    for ids in _ids_pages(selection.ids):
        with db.engine.connect() as connection:
            rows = _records(connection, stmt.where(model.id.in_(ids)))
        yield _in_order(rows, ids)


def _ids_pages(ids: tuple[int, ...]) -> Iterator[list[int]]:
    for start in range(0, len(ids), PAGE_SIZE):
        yield list(ids[start : start + PAGE_SIZE])


def _with_tags(db: Database, page: Page, table, owner_column) -> Page:
    if page:
        with db.engine.connect() as connection:
            tags = _tags(connection, table, owner_column, [row["id"] for row in page])
        for row in page:
            row["tags"] = tags.get(row["id"], "")
    return page


def _tags(connection, table, owner_column, ids: list[int]) -> dict[int, str]:
    found: dict[int, list[str]] = {}
    stmt = (
        select(owner_column, Tag.name)
        .join(Tag, Tag.id == table.c.tag_id)
        .where(owner_column.in_(ids))
        .order_by(owner_column, Tag.name)
    )
    keys: dict[str, str] = {}  # a page has many tagged rows and few tags
    for owner, name in connection.execute(stmt):
        found.setdefault(owner, []).append(name)
        if name not in keys:
            keys[name] = text_sort_key(name)
    # as the lists sort them (DIN 5007, pinyin), not by code point
    return {owner: ", ".join(sorted(names, key=keys.__getitem__)) for owner, names in found.items()}


def _in_order(rows: dict[int, dict], ids: list[int]) -> Page:
    return [rows[i] for i in ids if i in rows]


def _records(connection, stmt) -> dict[int, dict]:
    """Rows as dicts by id; a plain connection, quicker than a session for reading."""
    result = connection.execute(stmt)
    keys = list(result.keys())
    return {row[0]: dict(zip(keys, row, strict=False)) for row in result}


def _columns_of(model) -> list:
    return [
        column
        for column in model.__table__.c
        if column.name not in DERIVED_FIELDS
        and column.name not in ("search_index_text", "created_at", "updated_at", "version")
    ]


def contact_pages(db: Database, selection: Selection) -> Iterator[Page]:
    stmt = (
        select(
            *_columns_of(Contact),
            Organisation.name.label("organisation"),
            Member.name.label("member"),
        )
        .outerjoin(Organisation, Contact.organisation_id == Organisation.id)
        .outerjoin(Member, Contact.member_id == Member.id)
    )
    for page in _pages(db, "contacts", Contact, selection, stmt):
        _with_tags(db, page, contact_tag, contact_tag.c.contact_id)
        yield _with_consents(db, page)


def _with_consents(db: Database, page: Page) -> Page:
    """Each purpose's consent as the fields of the row (see columns._consent_fields)."""
    if not page:
        return page
    by_id = {row["id"]: row for row in page}
    stmt = select(
        Consent.contact_id, Consent.purpose, Consent.given_on, Consent.source, Consent.withdrawn_on
    ).where(Consent.contact_id.in_(list(by_id)))
    with db.engine.connect() as connection:
        for given in connection.execute(stmt).mappings():
            row = by_id[given["contact_id"]]
            for part in PARTS:
                row[field_key(given["purpose"], part)] = given[part]
    return page


def member_pages(db: Database, selection: Selection) -> Iterator[Page]:
    count = (
        select(func.count(Contact.id))
        .where(Contact.member_id == Member.id)
        .scalar_subquery()
        .label("contacts")
    )
    for page in _pages(db, "members", Member, selection, select(*_columns_of(Member), count)):
        _with_tags(db, page, member_tag, member_tag.c.member_id)
        places: dict[int, list[str]] = {}
        with db.engine.connect() as connection:
            for owner, name in connection.execute(
                select(MemberPlace.member_id, MemberPlace.name)
                .where(MemberPlace.member_id.in_([row["id"] for row in page]))
                .order_by(MemberPlace.member_id, MemberPlace.position, MemberPlace.id)
            ):
                places.setdefault(owner, []).append(name)
        for row in page:
            row["places"] = ", ".join(places.get(row["id"], []))
        yield page


def organisation_pages(db: Database, selection: Selection) -> Iterator[Page]:
    stmt = select(*_columns_of(Organisation), Member.name.label("member")).outerjoin(
        Member, Organisation.member_id == Member.id
    )
    for page in _pages(db, "organisations", Organisation, selection, stmt):
        yield _with_tags(db, page, organisation_tag, organisation_tag.c.organisation_id)


def inquiry_pages(db: Database, selection: Selection) -> Iterator[Page]:
    wanted = set(selection.ids) if selection.ids is not None else None
    offset = 0
    while True:
        rows = lists.service("inquiries").page(db, selection.query, offset, PAGE_SIZE)
        if not rows:
            return
        offset += len(rows)
        chosen = [r for r in rows if wanted is None or r.id in wanted]
        emails = _emails(db, {r.contact_id for r in chosen if r.contact_id})
        yield [
            {
                "id": r.id,
                "member": r.city,
                "country": r.country,
                "region": r.region,
                "contact": r.contact,
                "email": emails.get(r.contact_id, ""),
                "received_on": r.received_on,
                "channel": r.channel,
                "status": r.status,
                "assigned_to": r.assigned_to,
                "next_follow_up": r.next_follow_up,
                "closed_on": r.closed_on,
                "summary": r.summary,
            }
            for r in chosen
        ]
        if len(rows) < PAGE_SIZE:
            return


def _emails(db: Database, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    with db.session() as session:
        return dict(
            session.execute(
                select(Contact.id, Contact.email).where(Contact.id.in_(list(ids)))
            ).all()
        )


def _participant_conditions(selection: Selection) -> list:
    query = selection.query
    conditions = [Participant.event_id == selection.event_id]
    if query.status:
        conditions.append(Participant.status == query.status)
    if query.country:
        conditions.append(Contact.country == query.country)
    if query.tag:
        conditions.append(Contact.tags.any(Tag.name == query.tag))
    return conditions


def participant_pages(db: Database, selection: Selection) -> Iterator[Page]:
    if selection.event_id is None:
        raise NotFoundError(translate("Exchange", "Choose the event whose participants to export."))
    wanted = set(selection.ids) if selection.ids is not None else None
    stmt = (
        select(
            Contact.id,
            Contact.gender,
            Contact.title,
            Contact.given_name,
            Contact.family_name,
            Contact.name_zh,
            Contact.position,
            Organisation.name.label("organisation"),
            Contact.email,
            Contact.phone,
            Contact.country,
            Contact.language,
            Participant.status.label("participation"),
            Participant.invited_on,
            Participant.registered_on,
            Participant.accompanying,
            Participant.interpreting_language,
            Participant.notes.label("participation_notes"),
        )
        .join(Contact, Participant.contact_id == Contact.id)
        .outerjoin(Organisation, Contact.organisation_id == Organisation.id)
        .where(*_participant_conditions(selection))
        .order_by(*CONTACT_NAME_SORT, Participant.id)
    )
    offset = 0
    while True:
        with db.session() as session:
            rows = [r._asdict() for r in session.execute(stmt.offset(offset).limit(PAGE_SIZE))]
        if not rows:
            return
        offset += len(rows)
        yield [r for r in rows if wanted is None or r["id"] in wanted]
        if len(rows) < PAGE_SIZE:
            return


def count(db: Database, list_name: str, selection: Selection) -> int:
    """How many rows the export will have (for the progress bar)."""
    if selection.ids is not None:
        return len(selection.ids)
    if list_name == "participants":
        stmt = (
            select(func.count(Participant.id))
            .join(Contact, Participant.contact_id == Contact.id)
            .where(*_participant_conditions(selection))
        )
        with db.session() as session:
            return session.scalar(stmt) or 0
    return lists.service(list_name).count(db, selection.query)


PAGES: dict[str, Callable[[Database, Selection], Iterator[Page]]] = {
    "contacts": contact_pages,
    "members": member_pages,
    "organisations": organisation_pages,
    "inquiries": inquiry_pages,
    "participants": participant_pages,
}
