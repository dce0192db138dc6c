"""Undo for deletes: a delete keeps a snapshot of everything it removed, and `restore`
puts it back with the same ids.

The snapshot holds every removed row (records, their dependents such as activities and
participants, and tag links) and, in `links`, the references other records had to a
removed one and lost (a contact's member, an organisation's member, an inquiry's
contact), so that restoring also puts those links back.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, insert, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from isa_desk.core.addressing.person import latin_name
from isa_desk.core.db import audit
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import DERIVED_FIELDS, AuditAction, AuditEntry, Base
from isa_desk.core.errors import ConflictError
from isa_desk.core.i18n import translate

_NOT_IN_TRAIL = {"id", "created_at", "updated_at", "version"} | DERIVED_FIELDS


@dataclass
class Deleted:
    """What one delete removed; hand it to `restore` to undo the delete."""

    description: str
    rows: dict[str, list[dict]] = field(default_factory=dict)
    links: dict[str, list[dict]] = field(default_factory=dict)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))


# a mapped record with an integer primary key `id` (every table that can be removed)
Record = Any


def _model_of(table_name: str) -> type[Base]:
    for mapper in Base.registry.mappers:
        if mapper.class_.__tablename__ == table_name:
            return mapper.class_
    raise KeyError(table_name)


def _row_of(record: Base) -> dict:
    state = inspect(record)
    return {attr.columns[0].name: getattr(record, attr.key) for attr in state.mapper.column_attrs}


class Removal:
    """Removes records through the session (so the audit trail records it) and notes
    everything removed or unlinked, for the undo."""

    def __init__(self, session: Session):
        self.session = session
        self._rows: dict[str, dict[object, dict]] = {}
        self._links: dict[str, dict[int, dict]] = {}

    def remove(self, record: Record) -> None:
        if self.note(record):
            self.session.delete(record)

    def note(self, record: Record) -> bool:
        """Keep the row of a record the session removes by itself (a cascade);
        False if it is noted already."""
        table = record.__tablename__
        removed = self._rows.setdefault(table, {})
        if record.id in removed:
            return False
        row = _row_of(record)
        # a link this delete cut earlier belongs to the row itself now
        row.update(self._links.get(table, {}).pop(record.id, {}))
        removed[record.id] = row
        return True

    def remove_links(self, table: Table, column, ids: list[int]) -> None:
        """Note the association rows (tags) that go with the removed records."""
        if not ids:
            return
        removed = self._rows.setdefault(table.name, {})
        for row in self.session.execute(select(table).where(column.in_(ids))).mappings():
            key = tuple(row[c.name] for c in table.primary_key.columns)
            removed[key] = dict(row)

    def unlink(self, record: Record, attribute: str) -> None:
        """Clear a reference to a removed record, keeping the old value for the undo."""
        table = record.__tablename__
        old = getattr(record, attribute)
        if old is None or record.id in self._rows.get(table, {}):
            return
        link = self._links.setdefault(table, {}).setdefault(record.id, {"id": record.id})
        link.setdefault(attribute, old)
        setattr(record, attribute, None)

    def deleted(self, description: str) -> Deleted:
        return Deleted(
            description=description,
            rows={t: list(rows.values()) for t, rows in self._rows.items() if rows},
            links={t: list(links.values()) for t, links in self._links.items() if links},
        )


def _plain(value):
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _trail_entry(table: str, row: dict, user: str) -> AuditEntry:
    name = (
        row.get("name")
        or latin_name(row)
        or row.get("title")
        or row.get("subject")
        or f"#{row['id']}"
    )
    changes = {
        key: _plain(value)
        for key, value in row.items()
        if key not in _NOT_IN_TRAIL and value not in (None, "", False)
    }
    return AuditEntry(
        user=user,
        action=AuditAction.CREATE,
        entity=table,
        entity_id=row["id"],
        summary=str(name)[:300],
        changes=json.dumps(changes, ensure_ascii=False, sort_keys=True),
    )


def _put_back_rows(session: Session, deleted: Deleted) -> None:
    user = session.info.get("user") or audit.current_user()
    for table in Base.metadata.sorted_tables:  # parents before children
        rows = deleted.rows.get(table.name)
        if not rows:
            continue
        session.execute(insert(table), rows)
        if "id" in table.c and table.name != "tag":
            session.add_all(_trail_entry(table.name, row, user) for row in rows)


def _put_back_links(session: Session, deleted: Deleted) -> None:
    for table, links in deleted.links.items():
        model = _model_of(table)
        for link in links:
            record = session.get(model, link["id"])
            if record is None:
                continue  # deleted since: there is nothing to link any more
            for attribute, value in link.items():
                # a link someone set anew since the delete wins over the old one
                if attribute != "id" and getattr(record, attribute) is None:
                    setattr(record, attribute, value)


def restore(db: Database, deleted: Deleted) -> None:
    """Undo a delete: every removed row back with its old id, every cut link restored."""
    try:
        with db.transaction() as session:
            _put_back_rows(session, deleted)
            _put_back_links(session, deleted)
    except IntegrityError as error:
        raise ConflictError(
            translate(
                "Undo",
                "“{what}” cannot be undone: the data changed since the delete "
                "(a record with the same number or e-mail address exists, or a linked "
                "record is gone). Nothing was restored.",
            ).format(what=deleted.description)
        ) from error
