"""The audit trail's part of an erasure: which entries are about the person, and their
values replaced by the marker. The entries stay, so the history of other records (an
inquiry that named the person, a member's notes) remains readable.

- the person's own entries (entity "contact", the id): every value but ids, no summary;
- the entries of rows that were the person's (consents, activities, participations,
  duplicate decisions; also rows deleted earlier, found by "contact_id" in their changes):
  every value but ids, the summary (an activity's subject) replaced by the row's number;
- any other entry: a value equal to one of the person's e-mail addresses, phone numbers
  or full names (present or past) becomes the marker; ids stay.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from isa_desk.core.db.audit import changes_of
from isa_desk.core.db.models import AuditEntry
from isa_desk.core.privacy import person_rows
from isa_desk.core.privacy.marker import ERASED, scrub_changes

# tables whose rows are the person's own: their whole history goes with the person
OWN_ROW_TABLES = ("consent", "activity", "participant", "not_duplicate")
SHORTEST = 4  # a shorter value ("Li", "王") is too common to be looked for elsewhere


def id_fields(changes: str) -> frozenset[str]:
    """The fields of an entry's changes that hold ids ("member_id"): they name no one."""
    return frozenset(key for key in changes_of(changes) if key.endswith("_id"))


@dataclass
class Identifiers:
    """The person's values that identify them wherever they appear."""

    values: set[str] = field(default_factory=set)

    def add(self, value: object) -> None:
        if isinstance(value, str) and len(value.strip()) >= SHORTEST:
            self.values.add(value.strip().casefold())

    def matches(self, value: object) -> bool:
        return isinstance(value, str) and value.strip().casefold() in self.values


def own_entries(session: Session, contact_id: int) -> list[AuditEntry]:
    return list(
        session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "contact", AuditEntry.entity_id == contact_id
            )
        )
    )


def own_rows(session: Session, contact_id: int) -> set[tuple]:
    """(table, id) of every row that was the person's: those there now and those whose
    entries once named the contact (deleted since, or moved to them)."""
    found = person_rows.rows_of(session, contact_id, OWN_ROW_TABLES)
    return {(table, row_id) for table, ids in found.items() for row_id in ids}


def entries_of_rows(session: Session, rows: set[tuple]) -> list[AuditEntry]:
    found: list[AuditEntry] = []
    by_table: dict[str, list[int]] = {}
    for table, row_id in rows:
        by_table.setdefault(table, []).append(row_id)
    for table, ids in by_table.items():
        for start in range(0, len(ids), 500):
            found += session.scalars(
                select(AuditEntry).where(
                    AuditEntry.entity == table, AuditEntry.entity_id.in_(ids[start : start + 500])
                )
            )
    return found


def identifiers(contact: dict, entries: Iterable[AuditEntry], names: Iterable[str]) -> Identifiers:
    """The person's e-mail addresses, phone numbers and full names, now and in their
    entries' old values."""
    found = Identifiers()
    for key in ("email", "phone", "mobile", "fax"):
        found.add(contact.get(key))
    for name in names:
        found.add(name)
    for entry in entries:
        found.add(entry.summary)
        for key, value in changes_of(entry.changes).items():
            if key in ("email", "phone", "mobile", "fax"):
                for item in value if isinstance(value, list) else [value]:
                    found.add(item)
    return found


def other_entries(
    session: Session, found: Identifiers, skip: set[int], contact_id: int
) -> list[AuditEntry]:
    """Entries of other records whose values hold one of the person's identifiers."""
    if not found.values:
        return []
    hits: dict[int, AuditEntry] = {}
    for value in found.values:
        query = select(AuditEntry).where(
            AuditEntry.changes.icontains(value, autoescape=True),
            or_(AuditEntry.entity != "contact", AuditEntry.entity_id != contact_id),
        )
        for entry in session.scalars(query):
            if entry.id not in skip and _scrub_matching(entry.changes, found) != entry.changes:
                hits[entry.id] = entry
    return list(hits.values())


def _scrub_matching(changes: str, found: Identifiers) -> str:
    values = changes_of(changes)
    if not values:
        return changes
    changed = False
    for key, value in values.items():
        if key.endswith("_id"):
            continue
        if isinstance(value, list):
            new = [ERASED if found.matches(item) else item for item in value]
            if new != value:
                values[key], changed = new, True
        elif found.matches(value):
            values[key], changed = ERASED, True
    return json.dumps(values, ensure_ascii=False, sort_keys=True) if changed else changes


def scrub(session: Session, contact_entries, row_entries, others, found: Identifiers) -> int:
    """Write the scrubbed entries; returns how many entries changed."""
    updates = []
    for entry in contact_entries:
        updates.append((entry.id, "", scrub_changes(entry.changes, id_fields(entry.changes))))
    for entry in row_entries:
        summary = f"#{entry.entity_id}" if entry.entity_id is not None else ""
        updates.append((entry.id, summary, scrub_changes(entry.changes, id_fields(entry.changes))))
    for entry in others:
        summary = ERASED if found.matches(entry.summary) else entry.summary
        updates.append((entry.id, summary, _scrub_matching(entry.changes, found)))
    for entry_id, summary, changes in updates:
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.id == entry_id)
            .values(summary=summary, changes=changes)
            .execution_options(synchronize_session=False)
        )
    return len(updates)
