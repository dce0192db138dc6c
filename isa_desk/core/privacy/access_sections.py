"""The sections of the access export that list the person's rows: each row's columns
(without computed keys), codes with their labels, dates as ISO texts."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from isa_desk.core import i18n
from isa_desk.core.db.audit import changes_of
from isa_desk.core.db.models import (
    DERIVED_FIELDS,
    Activity,
    Base,
    ImportBatch,
    Inquiry,
    MailingMessage,
    NotDuplicate,
    Participant,
)
from isa_desk.core.domain import countries, labels
from isa_desk.core.privacy import consent

# kept out of every record: computed keys and the lock counter mean nothing to a person
_HIDDEN = DERIVED_FIELDS | {"version"}


def plain(value: Any) -> Any:
    """A stored value as JSON holds it: ISO dates, a code with its label."""
    if isinstance(value, enum.Enum):
        return {"code": value.value, "label": labels.label(type(value), value)}
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def record(record: Base, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The record's columns (without computed keys), codes labelled, countries named."""
    values: dict[str, Any] = {}
    for column in record.__mapper__.column_attrs:
        if column.key in _HIDDEN:
            continue
        value = getattr(record, column.key)
        if column.key == "country" and value:
            value = {"code": value, "label": countries.country_name(value, i18n.language())}
        values[column.key] = plain(value)
    return {**values, **(extra or {})}


def consent_row(row) -> dict[str, Any]:
    return record(row, {"in_force": consent.in_force(row.given_on, row.withdrawn_on)})


def _rows(session: Session, model, contact_id: int, *order, parent=None) -> list:
    """The contact's rows of `model` in `order`, with the record `parent` names loaded."""
    stmt = select(model).where(model.contact_id == contact_id).order_by(*order, model.id)
    if parent is not None:
        stmt = stmt.options(selectinload(parent))
    return list(session.scalars(stmt))


def activities(session: Session, contact_id: int) -> list[dict[str, Any]]:
    return [record(row) for row in _rows(session, Activity, contact_id, Activity.occurred_at)]


def inquiries(session: Session, contact_id: int) -> list[dict[str, Any]]:
    rows = _rows(session, Inquiry, contact_id, Inquiry.received_on, parent=Inquiry.member)
    return [record(row, {"member_name": row.member.name}) for row in rows]


EVENT_FIELDS = ("id", "title", "starts_at", "ends_at", "place")
MAILING_FIELDS = ("id", "created_at", "subject", "template_key", "mode", "user", "finished_at")


def _with_parent(row: Base, key: str, parent: Base, fields: tuple[str, ...]) -> dict[str, Any]:
    """The row with the record it belongs to (its event, its mailing) under `key`."""
    return record(row, {key: {field: plain(getattr(parent, field)) for field in fields}})


def participations(session: Session, contact_id: int) -> list[dict[str, Any]]:
    rows = _rows(session, Participant, contact_id, parent=Participant.event)
    found = [_with_parent(row, "event", row.event, EVENT_FIELDS) for row in rows]
    return sorted(found, key=lambda item: item["event"]["starts_at"])


def emails(session: Session, contact_id: int) -> list[dict[str, Any]]:
    rows = _rows(session, MailingMessage, contact_id, parent=MailingMessage.mailing)
    return [_with_parent(row, "mailing", row.mailing, MAILING_FIELDS) for row in rows]


def imports(session: Session, contact_id: int) -> list[dict[str, Any]]:
    """The imports that created or changed the contact, with the values they replaced."""
    rows = session.scalars(
        select(ImportBatch)
        .where(ImportBatch.entity == "contact", ImportBatch.undo_data.contains(str(contact_id)))
        .order_by(ImportBatch.at, ImportBatch.id)
    )
    found = []
    for row in rows:
        undo = changes_of(row.undo_data)
        created = contact_id in (undo.get("created") or [])
        replaced = (undo.get("updated") or {}).get(str(contact_id))
        if created or replaced is not None or str(contact_id) in (undo.get("versions") or {}):
            found.append(
                {
                    "id": row.id,
                    "at": plain(row.at),
                    "user": row.user,
                    "source": row.source,
                    "created": created,
                    "replaced_values": replaced or {},
                    "undone_at": plain(row.undone_at),
                }
            )
    return found


def not_duplicates(session: Session, contact_id: int) -> list[dict[str, Any]]:
    found = []
    for column in (NotDuplicate.first_id, NotDuplicate.second_id):
        for row in session.scalars(select(NotDuplicate).where(column == contact_id)):
            other = row.second_id if row.first_id == contact_id else row.first_id
            found.append(
                {
                    "id": row.id,
                    "other_contact_id": other,
                    "decided_at": plain(row.decided_at),
                    "user": row.user,
                }
            )
    return sorted(found, key=lambda item: item["id"])
