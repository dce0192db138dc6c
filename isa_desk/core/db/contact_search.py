"""A contact's search text holds the names of its organisation and member.

The contacts list searches the contacts' own text only (and its trigram index), so a
search for "佛山" or "Handelsamt" finds the people of Foshan only when their search text
carries the Latin and Chinese names of their organisation and member
(models.RELATED_NAMES). The session's listeners add them when a contact is saved
(models._refresh_search_text) and, through `refresh_related`, recompute the texts of an
organisation's or member's contacts when it is renamed, in the same transaction. The
import writes them for the contacts it inserts in bulk (importing/write.py search_texts,
held equal to `contact_search_text`).
"""

from __future__ import annotations

from sqlalchemy import Connection, Table, bindparam, select, update
from sqlalchemy.sql import ColumnElement

from isa_desk.core.db.models import (
    RELATED_NAMES,
    SEARCH_FIELDS,
    Contact,
    Member,
    Organisation,
    contact_search_text,
)
from isa_desk.core.db.search_index import index_text

CHUNK = 500  # contacts recomputed per statement


def _table(model) -> Table:
    return model.__table__


def names(connection: Connection, organisation_id: int | None, member_id: int | None) -> list[str]:
    """The names of an organisation and a member (either may be None), as stored now."""
    found: list[str] = []
    for model, record_id in ((Organisation, organisation_id), (Member, member_id)):
        if record_id is None:
            continue
        table = _table(model)
        row = connection.execute(
            select(*[table.c[name] for name in RELATED_NAMES]).where(table.c.id == record_id)
        ).first()
        found += [value or "" for value in row or ()]
    return found


def names_of(*records) -> list[str]:
    """The names of organisations or members given as records (None is skipped)."""
    return [getattr(r, name) or "" for r in records if r is not None for name in RELATED_NAMES]


def refresh_related(connection: Connection, record: Organisation | Member) -> int:
    """Recompute the search texts of the contacts of a renamed organisation or member."""
    contacts = _table(Contact)
    column = "organisation_id" if isinstance(record, Organisation) else "member_id"
    return refresh(connection, contacts.c[column] == record.id)


def refresh(connection: Connection, *conditions: ColumnElement[bool]) -> int:
    """Recompute the search text (and its index text) of the contacts that meet
    `conditions` (all of them without); returns how many were looked at."""
    contacts, organisations, members = _table(Contact), _table(Organisation), _table(Member)
    own = [contacts.c[field] for field in SEARCH_FIELDS[Contact]]
    related = [organisations.c[name] for name in RELATED_NAMES]
    related += [members.c[name] for name in RELATED_NAMES]
    joined = contacts.outerjoin(
        organisations, contacts.c.organisation_id == organisations.c.id
    ).outerjoin(members, contacts.c.member_id == members.c.id)
    rows = connection.execute(
        select(contacts.c.id, contacts.c.search_text, *own, *related)
        .select_from(joined)
        .where(*conditions)
    ).all()
    changes = []
    for row in rows:
        values = dict(zip(SEARCH_FIELDS[Contact], row[2 : 2 + len(own)], strict=True))
        text = contact_search_text(values, [str(value or "") for value in row[2 + len(own) :]])
        if text != row.search_text:
            changes.append({"key": row.id, "text": text, "index": index_text(text)})
    statement = (
        update(contacts)
        .where(contacts.c.id == bindparam("key"))
        .values(search_text=bindparam("text"), search_index_text=bindparam("index"))
    )
    for start in range(0, len(changes), CHUNK):
        connection.execute(statement, changes[start : start + CHUNK])
    return len(rows)
