"""The import's bulk insert stores exactly what SQLAlchemy's INSERT of the same rows
stores (defaults, enumerations, dates, NUL removed, lengths checked), ids in order."""

from __future__ import annotations

import datetime as dt
from typing import cast

import pytest
from sqlalchemy import Table, insert, select

from isa_desk.core.db.models import AuditAction, AuditEntry, Contact, Gender, NameOrder
from isa_desk.core.errors import ValidationError
from isa_desk.core.exchange.importing.bulk import insert_returning_ids, insert_rows

TABLE = cast(Table, Contact.__table__)
NOW = dt.datetime(2024, 5, 6, 7, 8, 9, 123456)


def _rows(mark: str) -> list[dict]:
    people = [
        ("Jörg", "Müller", Gender.MALE, NameOrder.WESTERN, ""),
        ("伟", "张", Gender.UNKNOWN, NameOrder.CHINESE, "张伟"),
        ("Anna\x00", "Schmidt", Gender.FEMALE, NameOrder.WESTERN, ""),
    ]
    return [
        {
            "given_name": given,
            "family_name": f"{family}{mark}",
            "gender": gender,
            "name_order": order,
            "name_zh": name_zh,
            "search_text": f"{given} {family} {name_zh} straße".strip(),
            "created_at": NOW,
            "updated_at": NOW,
            "version": 1,
        }
        for given, family, gender, order, name_zh in people
    ]


def _stored(session, ids: list[int]) -> list[dict]:
    found = session.execute(select(TABLE).where(TABLE.c.id.in_(ids)).order_by(TABLE.c.id))
    return [{k: v for k, v in row._mapping.items() if k != "id"} for row in found]


def test_the_bulk_insert_stores_what_sqlalchemy_stores(db):
    with db.session() as session:
        ids = insert_returning_ids(session, TABLE, _rows(""))
        reference = sorted(session.scalars(insert(TABLE).returning(TABLE.c.id), _rows("")))
        assert ids == sorted(ids) and len(ids) == 3
        names = session.scalars(select(Contact.family_name).where(Contact.id.in_(ids)))
        assert sorted(names) == ["Müller", "Schmidt", "张"]
        assert _stored(session, ids) == _stored(session, reference)
        first = session.get(Contact, ids[0])
        assert (first.family_name, first.gender, first.country) == ("Müller", Gender.MALE, "DE")
        assert session.get(Contact, ids[2]).given_name == "Anna"  # NUL removed
        assert insert_returning_ids(session, TABLE, []) == []


def test_the_bulk_insert_refuses_a_text_too_long(db):
    rows = _rows("")
    rows[1]["family_name"] = "x" * 101
    with db.session() as session, pytest.raises(ValidationError):
        insert_returning_ids(session, TABLE, rows)


def test_rows_inserted_without_their_ids_are_stored_as_sqlalchemy_stores_them(db):
    trail = cast(Table, AuditEntry.__table__)
    rows = [
        {
            "at": NOW,
            "user": "anna",
            "action": AuditAction.CREATE,
            "entity": "contact",
            "entity_id": number,
            "summary": f"Müller {number}\x00",
            "changes": '{"family_name": "Müller"}',
        }
        for number in (1, 2)
    ]
    with db.session() as session:
        insert_rows(session, trail, rows)
        session.execute(
            insert(trail), [{**row, "entity_id": row["entity_id"] + 10} for row in rows]
        )
        found = session.execute(select(trail).order_by(trail.c.entity_id)).all()
        stored = [{k: v for k, v in row._mapping.items() if k != "id"} for row in found]
        assert [row["entity_id"] for row in stored] == [1, 2, 11, 12]
        assert stored[0] == {**stored[2], "entity_id": 1}
        assert (stored[1]["summary"], stored[1]["action"], stored[1]["at"]) == (
            "Müller 2",
            AuditAction.CREATE,
            NOW,
        )
        insert_rows(session, trail, [])
