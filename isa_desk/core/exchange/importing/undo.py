"""Taking an import back: delete what it created, restore what it changed, as the import
batch recorded it (write.py). Refused when any of those records changed since."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import (
    Activity,
    Contact,
    ImportBatch,
    Inquiry,
    Member,
    MemberPlace,
    Organisation,
    Participant,
    utcnow,
)
from isa_desk.core.errors import ConflictError, NotFoundError
from isa_desk.core.exchange.importing.match import chunks
from isa_desk.core.exchange.importing.write import TagCache
from isa_desk.core.i18n import translate
from isa_desk.core.services import contact_consents
from isa_desk.core.services.editing import column_value, writing


def batches(db: Database, limit: int = 50) -> list[ImportBatch]:
    """The latest imports, newest first."""
    with db.session() as session:
        stmt = select(ImportBatch).order_by(ImportBatch.id.desc()).limit(limit)
        return list(session.scalars(stmt))


def last_batch(db: Database) -> ImportBatch | None:
    """The newest import that was not undone yet."""
    with db.session() as session:
        stmt = (
            select(ImportBatch)
            .where(ImportBatch.undone_at.is_(None))
            .order_by(ImportBatch.id.desc())
            .limit(1)
        )
        return session.scalars(stmt).first()


def _label(record) -> str:
    return getattr(record, "full_name", None) or getattr(record, "name", "") or f"#{record.id}"


def _used_since(session, model, ids: list[int]) -> list[int]:
    """Records made by the import that other records refer to by now."""
    if not ids:
        return []
    if model is Contact:
        sources = [
            (Activity, Activity.contact_id),
            (Participant, Participant.contact_id),
            (Inquiry, Inquiry.contact_id),
        ]
    else:
        sources = [
            (Contact, Contact.member_id),
            (Organisation, Organisation.member_id),
            (Inquiry, Inquiry.member_id),
            (Activity, Activity.member_id),
        ]
    used: set[int] = set()
    for part in chunks(ids):
        for _table, column in sources:
            used |= set(session.scalars(select(column).where(column.in_(part)).distinct()))
    return sorted(used)


def undo(db: Database, batch_id: int) -> str:
    """Take an import back: delete what it created, restore what it changed. Refused
    when any of those records changed since, so that no later work is lost."""
    with writing(db) as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFoundError(
                translate("Exchange", "The import {id} does not exist.").format(id=batch_id)
            )
        if batch.undone_at is not None:
            raise ConflictError(
                translate("Exchange", "The import {id} was undone already.").format(id=batch_id)
            )
        model = Contact if batch.entity == "contact" else Member
        data = json.loads(batch.undo_data or "{}")
        records = _records(session, model, data)
        _refuse_later_changes(session, model, data, records)
        for record_id, old in data.get("updated", {}).items():
            record = records.get(int(record_id))
            if record is not None:
                _restore(session, model, record, old)
        for record_id in data.get("created", []):
            if record_id in records:
                session.delete(records[record_id])
        session.flush()
        _remove_new_organisations(session, data.get("organisations", []))
        batch.undone_at = utcnow()
        return translate("Exchange", "Import of {source}").format(source=batch.source)


def _records(session, model, data: dict) -> dict[int, object]:
    ids = {int(i) for i in data.get("versions", {})} | set(data.get("created", []))
    found = {}
    for part in chunks(ids):
        stmt = select(model).where(model.id.in_(part))
        if model is Contact:  # what restoring changed contacts needs
            stmt = stmt.options(selectinload(Contact.consents))
        found.update({r.id: r for r in session.scalars(stmt)})
    return found


def _versions(data: dict) -> dict[int, int]:
    """The version each record had when the import ended; a created record that no later
    row of the file changed is not listed: it had the first version."""
    versions = {int(i): version for i, version in data.get("versions", {}).items()}
    for record_id in data.get("created", []):
        versions.setdefault(record_id, 1)
    return versions


def _refuse_later_changes(session, model, data: dict, records: dict) -> None:
    changed = [
        records[i]
        for i, version in _versions(data).items()
        if i in records and records[i].version != version
    ]
    used = _used_since(session, model, [i for i in data.get("created", []) if i in records])
    changed += [records[i] for i in used if records[i] not in changed]
    if changed:
        names = ", ".join(_label(r) for r in changed[:5])
        more = len(changed) - 5
        if more > 0:
            names += " " + translate("Exchange", "and {count} more").format(count=more)
        raise ConflictError(
            translate(
                "Exchange",
                "The import cannot be undone: these records were changed or used "
                "since ({names}). Undoing it would lose that work.",
            ).format(names=names)
        )


def _restore(session, model, record, old: dict) -> None:
    for key, value in old.items():
        if key == "tags":
            record.tags = TagCache(session).get(value)
            record.updated_at = utcnow()
        elif key == "consents":
            contact_consents.apply(record, {"consents": value})
            record.updated_at = utcnow()
        elif key == "places":
            record.places = [MemberPlace(name=n, position=i) for i, n in enumerate(value)]
            record.updated_at = utcnow()
        else:
            setattr(record, key, column_value(model, key, value))


def _remove_new_organisations(session, ids: list[int]) -> None:
    for organisation_id in ids:
        organisation = session.get(Organisation, organisation_id)
        if organisation is None:
            continue
        in_use = session.scalar(
            select(func.count(Contact.id)).where(Contact.organisation_id == organisation_id)
        )
        if not in_use:
            session.delete(organisation)
