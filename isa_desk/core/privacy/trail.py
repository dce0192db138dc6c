"""The audit trail made readable: who changed what, when, from what to what.

One record's changes (its editor's "Changes" panel) or the whole database's (the audit
view), filtered by user, by local dates and by a search text, newest first, read a page at
a time: a trail holds hundreds of thousands of entries. A contact's changes include those
of its consents. The values are shown as the window shows them (trail_values.py); the
export writes one row per changed field (trail_export.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from isa_desk.core import i18n
from isa_desk.core.db.audit import changes_of
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import AuditAction, AuditEntry, Consent, ConsentPurpose
from isa_desk.core.domain import labels
from isa_desk.core.domain.dates import local_time
from isa_desk.core.domain.text import without_controls
from isa_desk.core.privacy import person_rows, trail_values
from isa_desk.core.privacy.marker import is_erased
from isa_desk.core.privacy.trail_values import (
    Names,
    field_label,
    field_order,
    kind_label,
    value_text,
)

MAX_TEXT = 200  # a longer search text finds nothing more


@dataclass(frozen=True)
class TrailQuery:
    """Which entries: of one kind of record (`entity`, a table's name) or all, of one record
    or all of the kind, by one user, between two local dates (both included), with a text
    in the record's name, the user or the values."""

    entity: str | None = None
    entity_id: int | None = None
    user: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""


@dataclass(frozen=True)
class FieldChangeRow:
    field: str  # the stored name ("given_name")
    field_label: str
    old: str
    new: str


@dataclass(frozen=True)
class TrailRow:
    id: int
    at: dt.datetime  # on this computer's clock
    user: str
    action: str  # the stored code: create, update, delete, erase
    action_label: str
    entity: str
    entity_id: int | None
    kind_label: str
    record: str  # the record's name when the entry was written
    changes: tuple[FieldChangeRow, ...]


def _utc(day: dt.date) -> dt.datetime:
    """Midnight at the start of a local day, as the trail keeps it (UTC, no zone)."""
    return dt.datetime.combine(day, dt.time()).astimezone(dt.UTC).replace(tzinfo=None)


def _consent_ids(session: Session, contact_id: int) -> list[int]:
    """The consents of a contact, those there now and those deleted since."""
    return sorted(person_rows.rows_of(session, contact_id, ["consent"])["consent"])


def _record_clause(session: Session, query: TrailQuery):
    if query.entity is None:
        return None
    if query.entity_id is None:
        return AuditEntry.entity == query.entity
    own = and_(AuditEntry.entity == query.entity, AuditEntry.entity_id == query.entity_id)
    if query.entity != "contact":
        return own
    consents = _consent_ids(session, query.entity_id)
    if not consents:
        return own
    return or_(own, and_(AuditEntry.entity == "consent", AuditEntry.entity_id.in_(consents)))


def _conditions(session: Session, query: TrailQuery) -> list:
    conditions = []
    record = _record_clause(session, query)
    if record is not None:
        conditions.append(record)
    if query.user:
        conditions.append(AuditEntry.user == without_controls(query.user))
    if query.date_from is not None:
        conditions.append(AuditEntry.at >= _utc(query.date_from))
    if query.date_to is not None:
        conditions.append(AuditEntry.at < _utc(query.date_to + dt.timedelta(days=1)))
    for word in without_controls(query.text or "")[:MAX_TEXT].split()[:8]:
        conditions.append(
            or_(
                *(
                    column.icontains(word, autoescape=True)
                    for column in (AuditEntry.summary, AuditEntry.user, AuditEntry.changes)
                )
            )
        )
    return conditions


def count(db: Database, query: TrailQuery) -> int:
    with db.session() as session:
        stmt = select(func.count()).select_from(AuditEntry).where(*_conditions(session, query))
        return session.scalar(stmt) or 0


def entries(
    db: Database, query: TrailQuery, offset: int = 0, limit: int = 200, language: str | None = None
) -> list[TrailRow]:
    """A page of the entries, newest first, in words of `language` (the loaded one)."""
    with db.session() as session:
        stmt = (
            select(AuditEntry)
            .where(*_conditions(session, query))
            .order_by(AuditEntry.id.desc())
            .offset(max(offset, 0))
            .limit(max(limit, 0))
        )
        found = list(session.scalars(stmt))
        return _rows(session, found, language or i18n.language())


def pages(
    db: Database, query: TrailQuery, size: int = 1000, language: str | None = None
) -> Iterator[list[TrailRow]]:
    """All the entries, newest first, a page at a time (each page read after the last one
    by the id it ended with, so a long trail is not read again from its start)."""
    before: int | None = None
    while True:
        with db.session() as session:
            stmt = select(AuditEntry).where(*_conditions(session, query))
            if before is not None:
                stmt = stmt.where(AuditEntry.id < before)
            found = list(session.scalars(stmt.order_by(AuditEntry.id.desc()).limit(size)))
            rows = _rows(session, found, language or i18n.language())
        if not rows:
            return
        yield rows
        before = rows[-1].id


def users(db: Database) -> list[str]:
    """Everyone the trail names, in alphabetical order."""
    with db.session() as session:
        found = session.scalars(select(AuditEntry.user).distinct())
        return sorted((u for u in found if u), key=str.casefold)


def _rows(session: Session, found: list[AuditEntry], language: str) -> list[TrailRow]:
    loaded = [changes_of(entry.changes) for entry in found]
    pairs: list[tuple[str, object]] = []
    for changes in loaded:
        for field, value in changes.items():
            pairs.extend((field, v) for v in (value if _is_pair(value) else [value]))
    names = Names(session, trail_values.linked_ids(pairs))
    purposes = _consent_purposes(session, found, loaded)
    return [
        _row(entry, changes, names, language, purposes)
        for entry, changes in zip(found, loaded, strict=True)
    ]


def _is_pair(value) -> bool:
    return isinstance(value, list) and len(value) == 2


def _row(entry: AuditEntry, changes: dict, names: Names, language: str, purposes) -> TrailRow:
    entity = entry.entity
    action = str(getattr(entry.action, "value", entry.action))
    lines = []
    for field, value in sorted(changes.items(), key=lambda item: field_order(entity, item[0])):
        old, new = value if _is_pair(value) else (None, value)
        if action in ("delete", "erase") and not _is_pair(value):
            old, new = value, None
        lines.append(
            FieldChangeRow(
                field,
                field_label(entity, field),
                value_text(entity, field, old, names, language),
                value_text(entity, field, new, names, language),
            )
        )
    record = entry.summary or ""
    if entity == "consent" and entry.entity_id in purposes:
        record = labels.label(ConsentPurpose, purposes[entry.entity_id])
    return TrailRow(
        id=entry.id,
        at=local_time(entry.at),
        user=entry.user or "",
        action=action,
        action_label=labels.label(AuditAction, action),
        entity=entity,
        entity_id=entry.entity_id,
        kind_label=kind_label(entity),
        record=record,
        changes=tuple(lines),
    )


def _consent_purposes(session: Session, found: list[AuditEntry], loaded: list[dict]) -> dict:
    """The purpose of each consent in the page, by its id: a consent's name ("#12" is all
    the entry keeps) is the purpose it is the consent to."""
    ids = {e.entity_id for e in found if e.entity == "consent" and e.entity_id is not None}
    if not ids:
        return {}
    purposes = {}
    for entry, changes in zip(found, loaded, strict=True):
        purpose = changes.get("purpose")
        if entry.entity == "consent" and isinstance(purpose, str) and not is_erased(purpose):
            purposes[entry.entity_id] = purpose
    missing = ids.difference(purposes)
    if missing:
        stmt = select(Consent.id, Consent.purpose).where(Consent.id.in_(sorted(missing)))
        purposes.update(
            {i: str(p.value if hasattr(p, "value") else p) for i, p in session.execute(stmt)}
        )
    return purposes


def export(
    db: Database, query: TrailQuery, path, progress=None, language: str | None = None
) -> int:
    """Write the entries to `path`: an Excel workbook (.xlsx) or a CSV file (any other
    name); one row per changed field. Returns the number of rows written."""
    from isa_desk.core.privacy.trail_export import export as write

    return write(db, query, path, progress, language)
