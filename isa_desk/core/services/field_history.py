"""Who last changed each field of a record, and when, from the audit trail: what the
editor's conflict dialog shows beside a colleague's value."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import AuditAction, AuditEntry
from isa_desk.core.domain.dates import local_time

# A record's recent changes are enough: the fields in question changed since the
# editor opened it, minutes or hours ago.
RECENT = 200


@dataclass(frozen=True)
class FieldChange:
    user: str
    at: dt.datetime  # on this computer's clock (the trail keeps UTC)


def last_changes(
    db: Database, entity: str, entity_id: int, fields: Iterable[str]
) -> dict[str, FieldChange]:
    """For each of `fields` that the trail saw change, its latest change.

    `entity` is the table's name ("contact"). Fields the trail does not keep (tags, the
    places of a member) are not in the answer."""
    wanted = set(fields)
    stmt = (
        select(AuditEntry.user, AuditEntry.at, AuditEntry.changes)
        .where(
            AuditEntry.entity == entity,
            AuditEntry.entity_id == entity_id,
            AuditEntry.action == AuditAction.UPDATE,
        )
        .order_by(AuditEntry.id.desc())
        .limit(RECENT)
    )
    found: dict[str, FieldChange] = {}
    with db.session() as session:
        rows = session.execute(stmt).all()
    for user, at, changes in rows:  # newest first: the first sighting of a field counts
        try:
            keys = json.loads(changes or "{}")
        except ValueError:
            continue
        if not isinstance(keys, dict):
            continue
        for key in wanted.intersection(keys).difference(found):
            found[key] = FieldChange(user or "", local_time(at))
        if len(found) == len(wanted):
            break
    return found
