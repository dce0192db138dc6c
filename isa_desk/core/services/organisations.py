"""Organisations: city administrations, agencies, chambers, companies, press."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Contact, Member, Organisation, organisation_tag
from isa_desk.core.domain.countries import country_code
from isa_desk.core.domain.emails import read_address
from isa_desk.core.domain.validation import email_problem, postcode_problem
from isa_desk.core.errors import NotFoundError, ValidationError
from isa_desk.core.i18n import translate
from isa_desk.core.services import search, tags
from isa_desk.core.services.common import ListQuery
from isa_desk.core.services.editing import assign, for_update, require, writing
from isa_desk.core.services.undo import Deleted, Removal


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    name_zh: str
    kind: str
    member: str
    country: str
    town: str
    phone: str
    email: str
    advisory_board: bool


_MEMBER_NAME = func.coalesce(Member.name, "")
# names sort by their stored keys (DIN 5007, pinyin; domain/sorting.py)
_NAME = Organisation.sort_name

_SORT_COLUMNS = {
    "name": (_NAME,),
    "name_zh": (Organisation.name_zh, _NAME),
    "kind": (Organisation.kind, _NAME),
    "member": (func.coalesce(Member.sort_name, ""), _NAME),
    "country": (Organisation.country, _NAME),
    "town": (Organisation.town, _NAME),
    "phone": (Organisation.phone, _NAME),
    "email": (Organisation.email, _NAME),
    "advisory_board": (Organisation.advisory_board, _NAME),
}
SORT_KEYS = tuple(_SORT_COLUMNS)


def _filters(query: ListQuery) -> list:
    return search.equal_conditions(
        {
            Organisation.country: query.country,
            Organisation.region: query.region,
            Organisation.member_id: query.member_id,
        }
    ) + search.tag_condition(Organisation.tags, query.tag)


def _match(session: Session, db: Database, query: ListQuery) -> search.Match:
    return search.match(session, db, Organisation.search_text, query.text, _filters(query))


def count(db: Database, query: ListQuery) -> int:
    with db.session() as session:
        return search.count(session, Organisation, _match(session, db, query))


def _order(db: Database, query: ListQuery, found: search.Match) -> search.Order:
    return search.order_by(db, query, _SORT_COLUMNS, "name", Organisation.id, found)


def list_order(db: Database, query: ListQuery) -> tuple[list, list]:
    """The WHERE conditions and the ORDER BY of the list for `query`, as page() uses
    them: for reading the whole list in one query (the export)."""
    return search.list_order(db, query, _match, _order)


def page(db: Database, query: ListQuery, offset: int, limit: int) -> list[OrganisationRow]:
    ids = select(Organisation.id)
    if search.sort_key(query, _SORT_COLUMNS, "name") == "member":
        ids = ids.outerjoin(Member, Organisation.member_id == Member.id)
    rows_stmt = select(
        Organisation.id,
        Organisation.name,
        Organisation.name_zh,
        Organisation.kind,
        _MEMBER_NAME.label("member"),
        Organisation.country,
        Organisation.town,
        Organisation.phone,
        Organisation.email,
        Organisation.advisory_board,
    ).outerjoin(Member, Organisation.member_id == Member.id)
    with db.session() as session:
        found = _match(session, db, query)
        page_ids = search.page_ids(
            session,
            ids,
            found,
            _order(db, query, found),
            offset,
            limit,
        )
        rows = session.execute(rows_stmt.where(Organisation.id.in_(page_ids))).all()
    return [
        OrganisationRow(
            **{**row._asdict(), "kind": str(row.kind), "advisory_board": bool(row.advisory_board)}
        )
        for row in search.in_order(rows, page_ids)
    ]


def get(db: Database, organisation_id: int) -> Organisation:
    stmt = (
        select(Organisation)
        .where(Organisation.id == organisation_id)
        .options(
            selectinload(Organisation.member),
            selectinload(Organisation.contacts),
            selectinload(Organisation.tags),
        )
    )
    with db.session() as session:
        organisation = session.scalars(stmt).one_or_none()
    if organisation is None:
        raise NotFoundError(
            translate("Organisations", "The organisation {id} does not exist (any more).").format(
                id=organisation_id
            )
        )
    return organisation


def _validate(session: Session, organisation: Organisation) -> None:
    require(organisation.name, translate("Organisations", "Enter the organisation's name."), "name")
    if organisation.country:
        code = country_code(organisation.country)
        if code is None:
            raise ValidationError(
                translate("Organisations", "“{country}” is not a country ISA Desk knows.").format(
                    country=organisation.country
                ),
                "country",
            )
        organisation.country = code
    # a phone number that is not valid is only a warning (the editor shows it): kept
    problems = [
        ("email", email_problem(organisation.email)),
        ("postcode", postcode_problem(organisation.postcode, organisation.country or "DE")),
    ]
    for field, problem in problems:
        if problem:
            raise ValidationError(problem, field)
    organisation.email = read_address(organisation.email).address  # "Name <address>"
    if organisation.member_id is not None and not session.get(Member, organisation.member_id):
        raise ValidationError(
            translate("Organisations", "The chosen member does not exist (any more)."),
            "member_id",
        )


def _apply(session: Session, organisation: Organisation, data: dict) -> None:
    # checks query the database: the half-changed record must not be flushed before
    # they have passed (a duplicate e-mail would fail as a bare constraint error)
    with session.no_autoflush:
        assign(organisation, data, frozenset({"tags"}))
        _validate(session, organisation)
        if "tags" in data:
            wanted = tags.get_or_create(session, data["tags"])
            if {t.name for t in wanted} != {t.name for t in organisation.tags}:
                organisation.tags = wanted
                # a change of tags alone moves the version on too
                organisation.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)


def create(db: Database, data: dict) -> Organisation:
    with writing(db) as session:
        organisation = Organisation()
        session.add(organisation)
        _apply(session, organisation, data)
        session.flush()
        organisation_id = organisation.id
    return get(db, organisation_id)


def update(db: Database, organisation_id: int, data: dict, version: int) -> Organisation:
    with writing(db) as session:
        organisation = for_update(session, Organisation, organisation_id, version, lambda o: o.name)
        _apply(session, organisation, data)
    return get(db, organisation_id)


def delete(db: Database, ids: list[int]) -> Deleted:
    """Delete organisations; their contacts stay, without organisation."""
    with writing(db) as session:
        organisations = list(
            session.scalars(select(Organisation).where(Organisation.id.in_(list(ids))))
        )
        removal = Removal(session)
        removal.remove_links(
            organisation_tag, organisation_tag.c.organisation_id, [o.id for o in organisations]
        )
        for organisation in organisations:
            for contact in session.scalars(
                select(Contact).where(Contact.organisation_id == organisation.id)
            ):
                removal.unlink(contact, "organisation_id")
            removal.remove(organisation)
        if len(organisations) == 1:
            description = translate("Organisations", "Delete organisation “{name}”").format(
                name=organisations[0].name
            )
        else:
            description = translate("Organisations", "Delete {count} organisations").format(
                count=len(organisations)
            )
        return removal.deleted(description)


def choices(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every organisation, by name, for choosing one in a form."""
    stmt = select(Organisation.id, Organisation.name).order_by(_NAME, Organisation.id)
    with db.session() as session:
        return [(row.id, row.name) for row in session.execute(stmt)]
