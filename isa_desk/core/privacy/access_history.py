"""The audit entries about one contact, for the access export: those of the contact
record, and those of the rows that belong to the person (consents, activities, inquiries,
participations, not-duplicate decisions), also of rows deleted since, which the entries
that created them name by the contact's id."""

from __future__ import annotations

import enum
import json
from functools import cache
from typing import Any

from sqlalchemy import Enum, select
from sqlalchemy.orm import Session

from isa_desk.core.db.enums import AuditAction
from isa_desk.core.db.models import (
    Activity,
    AuditEntry,
    Base,
    Consent,
    Inquiry,
    NotDuplicate,
    Participant,
)
from isa_desk.core.domain import labels

# the person's rows that the audit trail records: table -> (model, columns naming the contact)
RELATED: dict[str, tuple[Any, tuple[str, ...]]] = {
    "consent": (Consent, ("contact_id",)),
    "activity": (Activity, ("contact_id",)),
    "inquiry": (Inquiry, ("contact_id",)),
    "participant": (Participant, ("contact_id",)),
    "not_duplicate": (NotDuplicate, ("first_id", "second_id")),
}
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
    for entity, ids in related_ids(session, contact_id).items():
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


def related_ids(session: Session, contact_id: int) -> dict[str, set[int]]:
    """table -> ids of the person's rows there, now or in the audit trail's past."""
    found: dict[str, set[int]] = {}
    for entity, (model, columns) in RELATED.items():
        ids: set[int] = set()
        for column in columns:
            mine = select(model.id).where(getattr(model, column) == contact_id)
            ids.update(session.scalars(mine))
        found[entity] = ids
    candidates = session.execute(
        select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.changes).where(
            AuditEntry.entity.in_(list(RELATED)),
            AuditEntry.entity_id.is_not(None),
            AuditEntry.changes.contains(str(contact_id)),
        )
    )
    for entity, entity_id, changes in candidates:
        if entity_id is not None and _names(changes, RELATED[entity][1], contact_id):
            found[entity].add(entity_id)
    return found


def json_object(text: str | None) -> dict[str, Any]:
    """A stored JSON object (changes, undo data); empty when it is none."""
    try:
        loaded = json.loads(text or "{}")
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _names(changes: str, columns: tuple[str, ...], contact_id: int) -> bool:
    """Whether an entry's changes give one of `columns` the contact's id (as the value,
    or as the old or new one)."""
    loaded = json_object(changes)
    for column in columns:
        value = loaded.get(column)
        if value == contact_id or (isinstance(value, list) and contact_id in value):
            return True
    return False


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
    loaded = json_object(text)
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
