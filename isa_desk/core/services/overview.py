"""Figures for the overview page, counted by the database."""

from __future__ import annotations

from sqlalchemy import func, select

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Contact, Event, Inquiry, Member, MemberStatus, Organisation
from isa_desk.core.domain.sorting import text_sort_key

_COUNTED = {
    "members": Member,
    "organisations": Organisation,
    "contacts": Contact,
    "inquiries": Inquiry,
    "events": Event,
}


def totals(db: Database) -> dict[str, int]:
    """How many members, organisations, contacts, inquiries and events there are."""
    with db.session() as session:
        return {
            key: session.execute(select(func.count()).select_from(model)).scalar_one()
            for key, model in _COUNTED.items()
        }


def members_by_country_status(db: Database) -> dict[str, dict[str, int]]:
    """country -> status -> number of members."""
    stmt = select(Member.country, Member.status, func.count()).group_by(
        Member.country, Member.status
    )
    result: dict[str, dict[str, int]] = {}
    with db.session() as session:
        for country, status, number in session.execute(stmt):
            result.setdefault(country, {})[str(status)] = number
    return result


def members_per_region(db: Database, country: str) -> list[tuple[str, int]]:
    """(federal state or province, members in status member), largest first; "" = unknown."""
    number = func.count().label("number")
    stmt = (
        select(Member.region, number)
        .where(Member.country == country, Member.status == MemberStatus.MEMBER)
        .group_by(Member.region)
    )
    with db.session() as session:
        rows = [(region or "", n) for region, n in session.execute(stmt)]
    return sorted(rows, key=lambda row: (-row[1], text_sort_key(row[0])))


def is_empty(db: Database) -> bool:
    """No member, organisation or contact yet: a new database, which the window welcomes
    with a first-start page instead of a page of zeros."""
    with db.session() as session:
        return not any(
            session.execute(select(model.id).limit(1)).first()
            for model in (Member, Organisation, Contact)
        )
