"""The rows of other tables that are one person's: their consents, activities, inquiries,
event participations and duplicate decisions, those there now and those the audit trail
shows were once theirs (deleted since, or moved by a merge). The one answer the access
export, the erasure and a contact's changes all use."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from isa_desk.core.db.audit import changes_of
from isa_desk.core.db.models import (
    Activity,
    AuditEntry,
    Consent,
    Inquiry,
    NotDuplicate,
    Participant,
)

# table -> (model, the columns that name the contact)
COLUMNS: dict[str, tuple[Any, tuple[str, ...]]] = {
    "consent": (Consent, ("contact_id",)),
    "activity": (Activity, ("contact_id",)),
    "inquiry": (Inquiry, ("contact_id",)),
    "participant": (Participant, ("contact_id",)),
    "not_duplicate": (NotDuplicate, ("first_id", "second_id")),
}


def names_contact(changes: str | None, columns: Iterable[str], contact_id: int) -> bool:
    """Whether an entry's changes give one of `columns` the contact's id (as the value,
    or as the old or new one)."""
    loaded = changes_of(changes)
    for column in columns:
        value = loaded.get(column)
        if value == contact_id or (isinstance(value, list) and contact_id in value):
            return True
    return False


def rows_of(
    session: Session, contact_id: int, tables: Iterable[str] = tuple(COLUMNS)
) -> dict[str, set[int]]:
    """table -> ids of the contact's rows there, now or in the audit trail's past."""
    wanted = list(tables)
    found: dict[str, set[int]] = {}
    for table in wanted:
        model, columns = COLUMNS[table]
        found[table] = set()
        for column in columns:
            found[table].update(
                session.scalars(select(model.id).where(getattr(model, column) == contact_id))
            )
    candidates = session.execute(
        select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.changes).where(
            AuditEntry.entity.in_(wanted),
            AuditEntry.entity_id.is_not(None),
            AuditEntry.changes.contains(str(contact_id)),
        )
    )
    for table, entity_id, changes in candidates:
        if entity_id is not None and names_contact(changes, COLUMNS[table][1], contact_id):
            found[table].add(entity_id)
    return found
