"""Which rows of a received list are records the database (or an earlier row) already has.

Contacts: an ID from our own export matches that contact exactly; the same e-mail
address in any case is the same person; a very similar name at the same organisation
(the rule of services.contact_merge) is a suspected duplicate, for the user to decide,
unless both have different e-mail addresses (two addresses, two people). Members: the
ID, or the same name (folded) in the same country, or the same Chinese name.

Everything is looked up in a few queries for the whole file, never one per row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from isa_desk.core.addressing.person import full_name
from isa_desk.core.db.models import Contact, Member, Organisation
from isa_desk.core.domain.text import search_key
from isa_desk.core.exchange.importing.plan import Match, Plan, PlannedRow
from isa_desk.core.exchange.importing.validate import Problem
from isa_desk.core.i18n import translate
from isa_desk.core.services import contact_merge
from isa_desk.core.services.contact_merge import NAME_SIMILARITY, similar_names

CHUNK = 500  # values per IN (...): well below every database's limit


_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w]+")


def fold_text(text: str) -> str:
    """core.text.search_key, quicker for plain ASCII text (most names and e-mails): there
    the Unicode decomposition changes nothing, so only case and "ae/oe/ue" are folded."""
    if not text.isascii():
        return search_key(text)
    bare = text.lower().replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return _SPACES.sub(" ", bare).strip()


fold = lru_cache(maxsize=65536)(fold_text)  # for names that come again and again


@lru_cache(maxsize=65536)
def name_key(given: str | None, family: str | None) -> str:
    """services.contact_merge.name_key with the quicker folding."""
    text = f"{given or ''} {family or ''}"
    if not text.isascii():
        return contact_merge.name_key(given, family)
    words = _NON_WORD.sub(" ", fold(text)).split()
    return " ".join(word for word in words if word not in contact_merge._TITLES)


def chunks(items: Iterable, size: int = CHUNK) -> Iterator[list]:
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def email_key(data: dict) -> str:
    return (data.get("email") or "").strip().lower()


def similar(first: str, second: str) -> bool:
    """services.contact_merge.similar_names, after a cheap test on the lengths (the
    difflib ratio can never exceed 2 * shorter / (both lengths))."""
    if not first or not second:
        return False
    if first == second:
        return True
    shorter, total = min(len(first), len(second)), len(first) + len(second)
    if 2 * shorter / total < NAME_SIMILARITY:
        return False
    return similar_names(first, second)


class Organisations:
    """Organisations by folded name, to link a contact to one (or make a new one)."""

    def __init__(self, session: Session):
        self.by_key: dict[str, tuple[int, int | None]] = {}
        rows = session.execute(
            select(
                Organisation.id, Organisation.name, Organisation.name_zh, Organisation.member_id
            ).order_by(Organisation.id)
        )
        for row in rows:
            for name in (row.name, row.name_zh):
                if name:
                    self.by_key.setdefault(fold(name), (row.id, row.member_id))

    def find(self, name: str) -> tuple[int, int | None] | None:
        return self.by_key.get(fold(name or ""))


def member_keys(session: Session) -> dict[str, int]:
    """Folded member name (German or Chinese) -> id, for a contact's member column."""
    keys: dict[str, int] = {}
    for row in session.execute(select(Member.id, Member.name, Member.name_zh).order_by(Member.id)):
        for name in (row.name, row.name_zh):
            if name:
                keys.setdefault(fold(name), row.id)
    return keys


def _person(row) -> str:
    name = full_name(row)
    return f"{name} <{row.email}>" if row.email else name


def _contacts_where(session: Session, column, values: Iterable) -> list:
    found: list = []
    stmt = select(
        Contact.id,
        Contact.given_name,
        Contact.family_name,
        Contact.name_order,
        Contact.name_zh,
        Contact.email,
        Contact.email_key,
        Contact.organisation_id,
    )
    for part in chunks(values):
        found += session.execute(stmt.where(column.in_(part))).all()
    return found


def match_contacts(session: Session, plan: Plan) -> None:
    rows = [row for row in plan.rows if row.valid]
    by_id = {
        c.id: c
        for c in _contacts_where(
            session, Contact.id, {r.data["id"] for r in rows if "id" in r.data}
        )
    }
    by_email = {
        c.email_key: c
        for c in _contacts_where(
            session, Contact.email_key, {email_key(r.data) for r in rows} - {""}
        )
    }
    colleagues: dict[int, list] = {}
    for contact in _contacts_where(
        session,
        Contact.organisation_id,
        {r.data["organisation_id"] for r in rows if r.data.get("organisation_id")},
    ):
        colleagues.setdefault(contact.organisation_id, []).append(
            (name_key(contact.given_name, contact.family_name), contact)
        )
    earlier_email: dict[str, int] = {}
    earlier_names: dict[object, list[tuple[str, str, PlannedRow]]] = {}
    for row in rows:
        row.match = (
            _by_id(plan, row, by_id, by_email)
            or _by_email(row, by_email, earlier_email)
            or _by_name(row, colleagues, earlier_names)
        )
        if row.problems and not row.valid:
            continue
        key = email_key(row.data)
        if key:
            earlier_email.setdefault(key, row.number)
        organisation = row.data.get("organisation_id") or fold(row.data.get("organisation") or "")
        if organisation:
            earlier_names.setdefault(organisation, []).append(
                (name_key(row.data.get("given_name"), row.data.get("family_name")), key, row)
            )


def _by_id(plan: Plan, row: PlannedRow, by_id: dict, by_email: dict) -> Match | None:
    if "id" not in row.data:
        return None
    contact = by_id.get(row.data["id"])
    id_column = plan.column("id")
    if contact is None:
        row.problems.append(
            Problem(
                row.number,
                id_column[0],
                translate(
                    "Exchange",
                    "No contact has the ID {id}. Empty the ID cell to import the row as a "
                    "new contact.",
                ).format(id=row.data["id"]),
                column_index=id_column[1],
            )
        )
        return None
    other = by_email.get(email_key(row.data))
    if other is not None and other.id != contact.id:
        email_column = plan.column("email")
        row.problems.append(
            Problem(
                row.number,
                email_column[0],
                translate(
                    "Exchange",
                    "The e-mail address {email} already belongs to {name} (contact {id}).",
                ).format(email=row.data["email"], name=_person(other), id=other.id),
                column_index=email_column[1],
            )
        )
    return Match("id", contact.id, None, _person(contact))


def _by_email(row: PlannedRow, by_email: dict, earlier: dict) -> Match | None:
    key = email_key(row.data)
    if not key:
        return None
    if key in by_email:
        return Match("email", by_email[key].id, None, _person(by_email[key]))
    if key in earlier:
        return Match("email", None, earlier[key], row.data.get("email", ""))
    return None


def _by_name(row: PlannedRow, colleagues: dict, earlier: dict) -> Match | None:
    wanted = name_key(row.data.get("given_name"), row.data.get("family_name"))
    wanted_zh = (row.data.get("name_zh") or "").strip()
    key = email_key(row.data)
    organisation_id = row.data.get("organisation_id")
    if not (wanted or wanted_zh):
        return None
    for their_name, contact in colleagues.get(organisation_id, ()) if organisation_id else ():
        if key and contact.email_key and key != contact.email_key:
            continue
        if (wanted_zh and wanted_zh == contact.name_zh) or similar(wanted, their_name):
            return Match("name", contact.id, None, _person(contact))
    organisation = organisation_id or fold(row.data.get("organisation") or "")
    for their_name, their_key, other in earlier.get(organisation, ()) if organisation else ():
        if key and their_key and key != their_key:
            continue
        same_zh = wanted_zh and wanted_zh == (other.data.get("name_zh") or "").strip()
        if same_zh or similar(wanted, their_name):
            return Match("name", None, other.number, _row_label(other))
    return None


def _row_label(row: PlannedRow) -> str:
    data = row.data
    return full_name(data) or data.get("name") or ""


def match_members(session: Session, plan: Plan) -> None:
    rows = [row for row in plan.rows if row.valid]
    members = session.execute(select(Member.id, Member.name, Member.name_zh, Member.country)).all()
    by_id = {m.id: m for m in members}
    by_name = {(search_key(m.name), m.country): m for m in members}
    by_zh = {m.name_zh.strip(): m for m in members if m.name_zh.strip()}
    earlier: dict[tuple[str, str], int] = {}
    for row in rows:
        data = row.data
        if "id" in data:
            member = by_id.get(data["id"])
            if member is None:
                header, index = plan.column("id")
                row.problems.append(
                    Problem(
                        row.number,
                        header,
                        translate(
                            "Exchange",
                            "No member has the ID {id}. Empty the ID cell to import the row "
                            "as a new member.",
                        ).format(id=data["id"]),
                        column_index=index,
                    )
                )
                continue
            row.match = Match("id", member.id, None, member.name)
            continue
        key = (search_key(data.get("name") or ""), data.get("country") or "")
        member = by_name.get(key) if key[0] else None
        if member is None and (data.get("name_zh") or "").strip():
            member = by_zh.get(data["name_zh"].strip())
        if member is not None:
            row.match = Match("same", member.id, None, member.name)
        elif key[0] and key in earlier:
            row.match = Match("same", None, earlier[key], data.get("name", ""))
        elif key[0]:
            earlier[key] = row.number
