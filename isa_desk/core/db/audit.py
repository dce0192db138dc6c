"""The audit trail: every insert, update and delete of a record, written in the same
transaction as the change itself, with the operating-system user as its author."""

from __future__ import annotations

import datetime as dt
import enum
import getpass
import json

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from isa_desk.core.db.models import (
    DERIVED_FIELDS,
    AuditAction,
    AuditEntry,
    Base,
    ImportBatch,
    Mailing,
    MailingMessage,
    Tag,
    utcnow,
)

_SKIPPED = {"created_at", "updated_at", "version"} | DERIVED_FIELDS


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (some services, containers)
        return "unknown"


def _plain(value):
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Base):
        return None
    return value


def label(record: Base) -> str:
    for attribute in ("full_name", "name", "title", "subject"):
        value = getattr(record, attribute, None)
        if value:
            return str(value)[:300]
    return f"#{getattr(record, 'id', '')}"


def _column_changes(record: Base, action: AuditAction) -> dict:
    state = inspect(record)
    changes = {}
    for column in state.mapper.column_attrs:
        key = column.key
        if key in _SKIPPED or key == "id":
            continue
        history = state.attrs[key].history
        if action == AuditAction.UPDATE:
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if _plain(old) == _plain(new):
                continue
            changes[key] = [_plain(old), _plain(new)]
        else:
            value = state.attrs[key].value
            if value not in (None, "", False):
                changes[key] = _plain(value)
    return changes


def _entry(record: Base, action: AuditAction, user: str) -> dict | None:
    changes = _column_changes(record, action)
    if action == AuditAction.UPDATE and not changes:
        return None
    return {
        "at": utcnow(),
        "user": user,
        "action": action,
        "entity": record.__tablename__,
        "entity_id": getattr(record, "id", None),
        "summary": label(record),
        "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
    }


def changes_of(text: str | None) -> dict:
    """The JSON object an entry's `changes` (or an import's undo data) holds; empty when
    it holds none or cannot be read."""
    try:
        loaded = json.loads(text or "{}")
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _audited(record) -> bool:
    # imports and mailings keep their own record of who did what when
    logs = AuditEntry | Tag | ImportBatch | Mailing | MailingMessage
    return isinstance(record, Base) and not isinstance(record, logs)


def _after_flush(session: Session, _context) -> None:
    user = session.info.get("user") or current_user()
    rows = []
    for records, action in (
        (session.new, AuditAction.CREATE),
        (session.dirty, AuditAction.UPDATE),
        (session.deleted, AuditAction.DELETE),
    ):
        for record in records:
            if _audited(record) and (action != AuditAction.UPDATE or session.is_modified(record)):
                row = _entry(record, action, user)
                if row:
                    rows.append(row)
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def install(factory: sessionmaker) -> None:
    """Record every flush of the factory's sessions; call once for each new factory.

    No `event.contains` guard: SQLAlchemy keys its registry by id(), and a new factory
    can get the id of a collected one, which would leave the new one unaudited."""
    event.listen(factory, "after_flush", _after_flush)
