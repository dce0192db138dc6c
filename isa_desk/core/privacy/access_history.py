"""The audit entries about one contact, for the access export: those of the contact
record, and those of the rows that belong to the person (consents, activities, inquiries,
participations, not-duplicate decisions), also of rows deleted since, which the entries
that created them name by the contact's id."""

from __future__ import annotations

import enum
from functools import cache
from typing import Any

from sqlalchemy import Enum, select
from sqlalchemy.orm import Session

from isa_desk.core.db.audit import changes_of
from isa_desk.core.db.enums import AuditAction
from isa_desk.core.db.models import AuditEntry, Base
from isa_desk.core.domain import labels
from isa_desk.core.privacy.person_rows import rows_of

CHUNK = 500  # ids per IN list: below every backend's parameter limit


def history(session: Session, contact_id: int) -> list[dict[str, Any]]:
    """The entries, oldest first, with their changes as JSON objects."""
    entries = list(
        session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "contact", AuditEntry.entity_id == contact_id
            )
        )
    )
    for entity, ids in rows_of(session, contact_id).items():
        wanted = sorted(ids)
        for start in range(0, len(wanted), CHUNK):
            entries += session.scalars(
                select(AuditEntry).where(
                    AuditEntry.entity == entity,
                    AuditEntry.entity_id.in_(wanted[start : start + CHUNK]),
                )
            )
    entries.sort(key=lambda entry: (entry.at, entry.id))
    return [_entry(entry) for entry in entries]


@cache
def _codes() -> dict[tuple[str, str], type[enum.Enum]]:
    """(table, column) -> the enumeration whose codes the column keeps."""
    found = {}
    for table in Base.metadata.tables.values():
        for column in table.columns:
            if isinstance(column.type, Enum) and column.type.enum_class is not None:
                found[(table.name, column.name)] = column.type.enum_class
    return found


def _labelled(entity: str, field: str, value: Any) -> Any:
    """A stored code in the changes with its label, as the export shows codes."""
    kind = _codes().get((entity, field))
    if kind is None or not isinstance(value, str) or value not in {m.value for m in kind}:
        return value
    return {"code": value, "label": labels.label(kind, value)}


def _changes(entity: str, text: str) -> dict[str, Any]:
    loaded = changes_of(text)
    return {
        field: [_labelled(entity, field, part) for part in value]
        if isinstance(value, list)
        else _labelled(entity, field, value)
        for field, value in loaded.items()
    }


def _entry(entry: AuditEntry) -> dict[str, Any]:
    changes = _changes(entry.entity, entry.changes)
    action = AuditAction(entry.action)
    return {
        "id": entry.id,
        "at": entry.at.isoformat() if entry.at else None,
        "user": entry.user,
        "action": {"code": action.value, "label": labels.label(AuditAction, action)},
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "summary": entry.summary,
        "changes": changes,
    }
