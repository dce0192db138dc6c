"""Reading the audit trail: who changed what and when."""

from __future__ import annotations

from sqlalchemy import select

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import AuditEntry


def trail(db: Database, entity: str, entity_id: int) -> list[AuditEntry]:
    """The changes of one record (entity = table name, e.g. "contact"), newest first."""
    stmt = (
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    )
    with db.session() as session:
        return list(session.scalars(stmt))
