"""Column mappings saved under a name, so that the next list of the same shape (the
yearly list of a partner city, a colleague's Outlook export) is mapped in one step."""

from __future__ import annotations

import json

from sqlalchemy import select

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import ColumnMapping
from isa_desk.core.domain.sorting import text_sort_key
from isa_desk.core.errors import NotFoundError, ValidationError
from isa_desk.core.exchange import columns
from isa_desk.core.i18n import translate
from isa_desk.core.services.editing import writing


def names(db: Database, list_name: str) -> list[str]:
    """The saved mappings of one kind of list, by name."""
    with db.session() as session:
        stmt = select(ColumnMapping.name).where(ColumnMapping.entity == list_name)
        return sorted(session.scalars(stmt), key=text_sort_key)


def save(
    db: Database, name: str, list_name: str, headers: list[str], mapping: list[str | None]
) -> None:
    """Save (or replace) the mapping `name`: header text -> field key."""
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError(translate("Exchange", "Enter a name for the mapping."), "name")
    pairs = {
        str(header): key for header, key in zip(headers, mapping, strict=False) if str(header or "")
    }
    with writing(db) as session:
        stored = session.scalars(select(ColumnMapping).where(ColumnMapping.name == name)).first()
        if stored is None:
            stored = ColumnMapping(name=name)
            session.add(stored)
        stored.entity = list_name
        stored.mapping = json.dumps(pairs, ensure_ascii=False)


def load(db: Database, name: str) -> tuple[str, dict[str, str | None]]:
    """The kind of list and the header -> field pairs of the mapping `name`."""
    with db.session() as session:
        stored = session.scalars(select(ColumnMapping).where(ColumnMapping.name == name)).first()
    if stored is None:
        raise NotFoundError(
            translate("Exchange", "There is no column mapping “{name}”.").format(name=name)
        )
    return stored.entity, json.loads(stored.mapping or "{}")


def apply(pairs: dict[str, str | None], headers: list[str]) -> list[str | None]:
    """A saved mapping laid on the headers of a file: the same header (folded) gets the same
    field; headers it does not know stay unassigned."""
    by_fold = {columns.fold(header): key for header, key in pairs.items()}
    found: list[str | None] = []
    for header in headers:
        key = by_fold.get(columns.fold(header))
        found.append(key if key and key not in found else None)
    return found


def delete(db: Database, name: str) -> None:
    with writing(db) as session:
        stored = session.scalars(select(ColumnMapping).where(ColumnMapping.name == name)).first()
        if stored is not None:
            session.delete(stored)
