"""Which rows of a received list are records the database (or an earlier row) already has.

Contacts: an ID from our own export matches that contact exactly; the same e-mail
address in any case is the same person; a very similar name at the same organisation
(the name rules of domain/duplicates.py: names in characters decide, Latin names folded
by DIN 5007-2 and compared with rapidfuzz) is a suspected duplicate, for the user to
decide, unless both have different e-mail addresses (a list someone sent: two addresses,
two people). Members: the ID, or the same name (folded) in the same country, or the
same Chinese name.

The database is asked in a few queries for each chunk of rows, never once per row;
earlier rows of the file are found in the plan's row store.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from isa_desk.core.addressing.person import full_name
from isa_desk.core.db.models import Contact, Member, Organisation
from isa_desk.core.domain import emails
from isa_desk.core.domain.duplicates import (
    NAME_SIMILARITY,
    chinese_name,
    name_key,
    names_match,
    similar_to,
)
from isa_desk.core.domain.text import search_key
from isa_desk.core.exchange.importing.plan import Match, Plan, PlannedRow
from isa_desk.core.exchange.importing.store import RowStore
from isa_desk.core.exchange.importing.validate import Problem
from isa_desk.core.i18n import translate

CHUNK = 500  # values per IN (...): well below every database's limit
COLLEAGUES_KEPT = 5_000  # organisations whose contacts are kept while a list is matched
SLICE = 256  # earlier rows compared at once


_SPACES = re.compile(r"\s+")


def fold_text(text: str) -> str:
    """core.text.search_key, quicker for plain ASCII text (most names and e-mails): there
    the Unicode decomposition changes nothing, so only case and "ae/oe/ue" are folded."""
    if not text.isascii():
        return search_key(text)
    bare = text.lower().replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return _SPACES.sub(" ", bare).strip()


fold = lru_cache(maxsize=8192)(fold_text)  # for names that come again and again


def chunks(items: Iterable, size: int = CHUNK) -> Iterator[list]:
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def email_key(row: PlannedRow) -> str:
    """core.domain.emails.email_key of the row's address, "" when it has none: as the
    row's keys hold it (write.known_keys, made when the row was checked from the same
    address), else worked out."""
    if row.keys is not None:
        return row.keys[1]["email_key"] or ""
    return emails.email_key(row.data.get("email")) or ""


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


_CONTACT_COLUMNS = select(
    Contact.id,
    Contact.given_name,
    Contact.family_name,
    Contact.name_order,
    Contact.name_zh,
    Contact.email,
    Contact.email_key,
    Contact.organisation_id,
)
# made once, the values given when they run: a statement made with the values in it
# holds them in reference cycles that only the garbage collector's rare full runs free
_CONTACTS_WHERE = {
    column.key: _CONTACT_COLUMNS.where(column.in_(bindparam("values", expanding=True)))
    for column in (Contact.id, Contact.email_key, Contact.organisation_id)
}


def _contacts_where(session: Session, column, values: Iterable) -> list:
    found: list = []
    stmt = _CONTACTS_WHERE[column.key]
    connection = None
    for part in chunks(values):
        # columns only, no objects: the session's connection runs it without the ORM
        connection = connection or session.connection()
        found += connection.execute(stmt, {"values": part}).all()
    return found


class ContactMatcher:
    """Matches the rows of a contact list a chunk at a time: the chunk's IDs, e-mail
    addresses and organisations are looked up in a few queries, earlier rows of the file
    in the plan's row store."""

    def __init__(self, session: Session, plan: Plan):
        self.session = session
        self.plan = plan
        self.by_id: dict = {}
        self.by_email: dict = {}
        self.colleagues: dict[int, Colleagues] = {}  # by organisation id

    def prepare(self, rows: list[PlannedRow]) -> None:
        rows = [row for row in rows if row.valid]
        session = self.session
        ids = {r.data["id"] for r in rows if "id" in r.data}
        self.by_id = {c.id: c for c in _contacts_where(session, Contact.id, ids)}
        emails = {email_key(r) for r in rows} - {""}
        found = _contacts_where(session, Contact.email_key, emails)
        self.by_email = {c.email_key: c for c in found}
        if len(self.colleagues) > COLLEAGUES_KEPT:  # a list from very many organisations
            self.colleagues.clear()
        wanted = {r.data["organisation_id"] for r in rows if r.data.get("organisation_id")}
        wanted -= set(self.colleagues)
        for organisation_id in wanted:
            self.colleagues[organisation_id] = Colleagues()
        for contact in _contacts_where(session, Contact.organisation_id, wanted):
            self.colleagues[contact.organisation_id].add(contact)

    def match(self, row: PlannedRow) -> dict | None:
        """Set the row's match; the keys that let later rows find it, None when it is not
        one a later row can be (it has errors)."""
        data = row.data
        email = email_key(row)
        wanted, wanted_zh = _name_key(data), chinese_name(data.get("name_zh"))
        organisation = _organisation_key(data)
        row.match = (
            _by_id(self.plan, row, self.by_id, self.by_email)
            or _by_email(row, email, self.by_email, self.plan.rows)
            or _by_name(
                row, (wanted, wanted_zh, email, organisation), self.colleagues, self.plan.rows
            )
        )
        if row.problems and not row.valid:
            return None
        return {
            "email": email or None,
            "organisation": organisation or None,
            "name": wanted,
            "name_zh": wanted_zh,
            "label": _row_label(row),
        }


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
    other = by_email.get(email_key(row))
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


def _by_email(row: PlannedRow, key: str, by_email: dict, earlier: RowStore) -> Match | None:
    if not key:
        return None
    if key in by_email:
        return Match("email", by_email[key].id, None, _person(by_email[key]))
    number = earlier.first("email", key)
    if number is not None:
        return Match("email", None, number, row.data.get("email", ""))
    return None


def _name_key(data: dict) -> str:
    return name_key(data.get("given_name"), data.get("family_name"), data.get("name_zh"))


class Colleagues:
    """The contacts of one organisation, their name keys in a list to compare in C."""

    def __init__(self) -> None:
        self.contacts: list = []
        self.keys: list[str] = []
        self.by_zh: dict[str, list[int]] = {}

    def add(self, contact) -> None:
        zh = chinese_name(contact.name_zh)
        if zh:
            self.by_zh.setdefault(zh, []).append(len(self.contacts))
        self.contacts.append(contact)
        self.keys.append(name_key(contact.given_name, contact.family_name, zh))

    def first_like(self, wanted: str, wanted_zh: str, email: str):
        """The first contact that may be the person of this name, not with another
        e-mail address; None when none."""
        close = similar_to(wanted, self.keys)
        for index in sorted({*close, *self.by_zh.get(wanted_zh, ())}):
            contact = self.contacts[index]
            if email and contact.email_key and email != contact.email_key:
                continue
            zh, score = chinese_name(contact.name_zh), close.get(index, 0.0)
            if names_match(wanted, wanted_zh, self.keys[index], zh, score) is not None:
                return contact
        return None


def _by_name(
    row: PlannedRow, keys: tuple[str, str, str, str], colleagues: dict, earlier: RowStore
) -> Match | None:
    """A contact of the row's organisation, or an earlier row of it, with a similar
    name; `keys` are the row's name key, Chinese name, e-mail key and organisation key."""
    wanted, wanted_zh, email, organisation = keys
    organisation_id = row.data.get("organisation_id")
    if not (wanted or wanted_zh):
        return None
    if organisation_id and organisation_id in colleagues:
        contact = colleagues[organisation_id].first_like(wanted, wanted_zh, email)
        if contact is not None:
            return Match("name", contact.id, None, _person(contact))
    if not organisation:
        return None
    found = earlier_similar(earlier, organisation, email, wanted, wanted_zh)
    return Match("name", None, *found) if found else None


def earlier_similar(
    earlier: RowStore, organisation: str, email: str, wanted: str, wanted_zh: str
) -> tuple[int, str] | None:
    """(row number, label) of the first earlier row of the organisation whose name may
    be the same person's (domain/duplicates.names_match), not with another e-mail address.

    The row store is asked only for rows whose name has a length a similar name can have
    (or the same words, or the same Chinese name); their names are compared with
    `wanted` in C (duplicates.similar_to), a slice at a time: in a list of many similar
    names the first slice has the row wanted."""
    rows = earlier.at_organisation(organisation, email, name_lengths(wanted), wanted_zh, wanted)
    for start in range(0, len(rows), SLICE):
        part = rows[start : start + SLICE]
        close = similar_to(wanted, [row[0] for row in part])
        for index, (their_name, number, label, their_zh, same) in enumerate(part):
            if not (same or index in close):
                continue
            score = close.get(index, 0.0)
            if names_match(wanted, wanted_zh, their_name, their_zh, score) is not None:
                return number, label
    return None


def name_lengths(name: str) -> tuple[int, int]:
    """The shortest and longest names that can be similar to `name`: rapidfuzz's ratios
    are at most 2 * shorter / both lengths (twice the longest common subsequence over
    both lengths; the sorted words have the same length), which must reach
    NAME_SIMILARITY; a little wider for rounding."""
    least = NAME_SIMILARITY / 100
    ratio = least / (2 - least)
    return math.floor(len(name) * ratio) - 1, math.ceil(len(name) / ratio) + 1


def _organisation_key(data: dict) -> str:
    """The organisation a row names: a known one by its id, a new one by its folded name."""
    if data.get("organisation_id"):
        return f"#{data['organisation_id']}"
    return fold(data.get("organisation") or "")


def _row_label(row: PlannedRow) -> str:
    data = row.data
    return full_name(data) or data.get("name") or ""


class MemberMatcher:
    """Matches the rows of a member list: by ID, by name in the same country, by Chinese
    name, or an earlier row of the file with the same name and country."""

    def __init__(self, session: Session, plan: Plan):
        self.plan = plan
        members = session.execute(
            select(Member.id, Member.name, Member.name_zh, Member.country)
        ).all()
        self.by_id = {m.id: m for m in members}
        self.by_name = {(search_key(m.name), m.country): m for m in members}
        self.by_zh = {m.name_zh.strip(): m for m in members if m.name_zh.strip()}

    def prepare(self, rows: list[PlannedRow]) -> None:
        """Nothing to look up per chunk: the members are few and read at the start."""

    def match(self, row: PlannedRow) -> dict | None:
        data = row.data
        if "id" in data:
            member = self.by_id.get(data["id"])
            if member is None:
                header, index = self.plan.column("id")
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
                return None
            row.match = Match("id", member.id, None, member.name)
            return None
        key = (search_key(data.get("name") or ""), data.get("country") or "")
        member = self.by_name.get(key) if key[0] else None
        if member is None and (data.get("name_zh") or "").strip():
            member = self.by_zh.get(data["name_zh"].strip())
        if member is not None:
            row.match = Match("same", member.id, None, member.name)
            return None
        if not key[0]:
            return None
        earlier = self.plan.rows.first("member", _member_key(key))
        if earlier is not None:
            row.match = Match("same", None, earlier, data.get("name", ""))
            return None
        return {"member": _member_key(key)}


def _member_key(key: tuple[str, str]) -> str:
    return f"{key[0]}\t{key[1]}"
