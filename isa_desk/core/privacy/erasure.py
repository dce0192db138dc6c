"""Erasure for good (Art. 17 GDPR): a person removed from everywhere in the database.

In one transaction: the contact and its own rows (consents, activities, participations,
tag links, duplicate decisions) are deleted; inquiries stay with the member, without the
person; the e-mails of mailings keep their status (the mailing's counts stay) but not the
name and address; imports forget the person (their undo no longer touches them); the
audit trail keeps its entries with the person's values replaced by the marker. One
entry records the erasure itself, naming no one. Then the database's files are rewritten
without the erased values (erasure_compact.py).

Backups are not touched: the report lists those that still hold the person, and when
each of them goes (erasure_backups.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import Table, delete, func, or_, select, update
from sqlalchemy.orm import Session

from isa_desk.core.addressing.person import full_name
from isa_desk.core.db import audit
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import (
    Activity,
    AuditAction,
    AuditEntry,
    Consent,
    Contact,
    ImportBatch,
    Inquiry,
    MailingMessage,
    MailStatus,
    NotDuplicate,
    Participant,
    contact_tag,
)
from isa_desk.core.errors import NotFoundError
from isa_desk.core.i18n import translate
from isa_desk.core.privacy import erasure_audit, erasure_backups, erasure_compact
from isa_desk.core.privacy.erasure_backups import HeldBackup
from isa_desk.core.privacy.marker import ERASED
from isa_desk.core.progress import Progress, or_silent

# every table that holds a person's own data (privacy/coverage.py) and what erasure does
# with its rows of the person
REMOVED, UNLINKED, SCRUBBED = "removed", "unlinked", "scrubbed"
HANDLED = {
    "contact": REMOVED,
    "contact_tag": REMOVED,
    "consent": REMOVED,
    "activity": REMOVED,
    "participant": REMOVED,
    "not_duplicate": REMOVED,
    "inquiry": UNLINKED,
    "mailing_message": SCRUBBED,
    "import_batch": SCRUBBED,
    "audit_entry": SCRUBBED,
}


@dataclass(frozen=True)
class ErasurePreview:
    """What an erasure of the contact will remove, for the confirmation."""

    contact_id: int
    name: str
    counts: dict[str, int]  # table -> rows removed, unlinked or scrubbed
    backups: list[HeldBackup]
    notes: list[str] = field(default_factory=list)
    family_name: str = ""  # what the confirmation asks to type ("" without one)


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure did."""

    contact_id: int
    counts: dict[str, int]
    warnings: list[str]
    backups: list[HeldBackup]
    notes: list[str] = field(default_factory=list)


@dataclass
class _Plan:
    contact_id: int
    name: str
    family_name: str
    rows: dict[str, list[int]]  # consent, activity, participant, not_duplicate -> ids
    tags: int
    inquiries: list[int]
    mailings: list[int]
    batches: dict[int, str]  # import batch -> its undo data without the person
    contact_entries: list[AuditEntry]
    row_entries: list[AuditEntry]
    other_entries: list[AuditEntry]
    identifiers: erasure_audit.Identifiers

    def counts(self) -> dict[str, int]:
        entries = len(self.contact_entries) + len(self.row_entries) + len(self.other_entries)
        return {
            "contact": 1,
            "contact_tag": self.tags,
            **{table: len(ids) for table, ids in self.rows.items()},
            "inquiry": len(self.inquiries),
            "mailing_message": len(self.mailings),
            "import_batch": len(self.batches),
            "audit_entry": entries,
        }


def _table(model) -> Table:
    return cast(Table, model.__table__)


def _ids(session: Session, column, contact_id: int) -> list[int]:
    table = column.table
    return list(session.scalars(select(table.c.id).where(column == contact_id)))


def _without(undo_data: str, contact_id: int) -> str | None:
    """The import's undo data without the contact; None when it does not name them."""
    data = audit.changes_of(undo_data)
    key, changed = str(contact_id), False
    created = data.get("created")
    if isinstance(created, list) and contact_id in created:
        data["created"] = [i for i in created if i != contact_id]
        changed = True
    for part in ("updated", "versions"):
        if isinstance(data.get(part), dict) and key in data[part]:
            del data[part][key]
            changed = True
    return json.dumps(data, ensure_ascii=False) if changed else None


def _batches(session: Session, contact_id: int) -> dict[int, str]:
    found = {}
    rows = session.execute(
        select(ImportBatch.id, ImportBatch.undo_data).where(
            ImportBatch.entity == "contact", ImportBatch.undo_data.like(f"%{contact_id}%")
        )
    )
    for batch_id, undo_data in rows:
        new = _without(undo_data, contact_id)
        if new is not None:
            found[batch_id] = new
    return found


def _plan(session: Session, contact_id: int) -> _Plan:
    table = _table(Contact)
    contact = session.execute(select(table).where(table.c.id == contact_id)).mappings().first()
    if contact is None:
        raise NotFoundError(translate("Privacy", "There is no contact {id}.").format(id=contact_id))
    rows = {
        "consent": _ids(session, Consent.__table__.c.contact_id, contact_id),
        "activity": _ids(session, Activity.__table__.c.contact_id, contact_id),
        "participant": _ids(session, Participant.__table__.c.contact_id, contact_id),
        "not_duplicate": list(
            session.scalars(
                select(NotDuplicate.id).where(
                    or_(NotDuplicate.first_id == contact_id, NotDuplicate.second_id == contact_id)
                )
            )
        ),
    }
    name = full_name(contact)
    contact_entries = erasure_audit.own_entries(session, contact_id)
    own_rows = erasure_audit.own_rows(session, contact_id)
    row_entries = erasure_audit.entries_of_rows(session, own_rows)
    identifiers = erasure_audit.identifiers(
        dict(contact), contact_entries, [name, str(contact["name_zh"] or "")]
    )
    skip = {entry.id for entry in contact_entries + row_entries}
    emails = sorted(value for value in identifiers.values if "@" in value)
    mailings = list(
        session.scalars(
            select(MailingMessage.id).where(
                or_(
                    MailingMessage.contact_id == contact_id,
                    func.lower(MailingMessage.address).in_(emails),
                )
            )
        )
    )
    return _Plan(
        contact_id=contact_id,
        name=name or str(contact["email"] or "") or f"#{contact_id}",
        family_name=str(contact["family_name"] or "").strip(),
        rows=rows,
        tags=len(
            session.execute(
                select(contact_tag.c.tag_id).where(contact_tag.c.contact_id == contact_id)
            ).all()
        ),
        inquiries=_ids(session, Inquiry.__table__.c.contact_id, contact_id),
        mailings=mailings,
        batches=_batches(session, contact_id),
        contact_entries=contact_entries,
        row_entries=row_entries,
        other_entries=erasure_audit.other_entries(session, identifiers, skip, contact_id),
        identifiers=identifiers,
    )


def _server_notes(db: Database) -> list[str]:
    if db.engine.dialect.name == "sqlite":
        return []
    return [
        translate(
            "Privacy",
            "Backups of the server database (pg_dump and the like) follow the server's own "
            "rules: ask its administrator when the last backup holding the person is removed.",
        )
    ]


def preview(db: Database, contact_id: int) -> ErasurePreview:
    """What an erasure of the contact would remove; NotFoundError for an unknown id."""
    with db.session() as session:
        plan = _plan(session, contact_id)
    return ErasurePreview(
        contact_id=contact_id,
        name=plan.name,
        counts=plan.counts(),
        backups=erasure_backups.holding(db, contact_id),
        notes=_server_notes(db),
        family_name=plan.family_name,
    )


def _write(session: Session, plan: _Plan) -> None:
    contact_id = plan.contact_id
    erasure_audit.scrub(
        session, plan.contact_entries, plan.row_entries, plan.other_entries, plan.identifiers
    )
    for batch_id, undo_data in plan.batches.items():
        session.execute(
            update(_table(ImportBatch))
            .where(_table(ImportBatch).c.id == batch_id)
            .values(undo_data=undo_data)
        )
    messages = _table(MailingMessage)
    if plan.mailings:
        session.execute(
            update(messages)
            .where(messages.c.id.in_(plan.mailings))
            .values(contact_id=None, name=ERASED, address=ERASED, answer="", file_name="")
        )
        # a resumed mailing never writes to the person
        session.execute(
            update(messages)
            .where(messages.c.id.in_(plan.mailings), messages.c.status == MailStatus.PENDING)
            .values(status=MailStatus.SKIPPED)
        )
    inquiries = _table(Inquiry)
    session.execute(
        update(inquiries).where(inquiries.c.contact_id == contact_id).values(contact_id=None)
    )
    for model in (Activity, Participant, Consent):
        own = _table(model)
        session.execute(delete(own).where(own.c.contact_id == contact_id))
    pairs = _table(NotDuplicate)
    session.execute(
        delete(pairs).where(or_(pairs.c.first_id == contact_id, pairs.c.second_id == contact_id))
    )
    session.execute(delete(contact_tag).where(contact_tag.c.contact_id == contact_id))
    contacts = _table(Contact)
    session.execute(delete(contacts).where(contacts.c.id == contact_id))
    erasure_compact.rebuild_search_index(session)
    session.add(
        AuditEntry(
            user=session.info.get("user") or audit.current_user(),
            action=AuditAction.ERASE,
            entity="contact",
            entity_id=contact_id,
            summary="",
            changes="{}",
        )
    )


def erase(db: Database, contact_id: int, progress: Progress | None = None) -> ErasureReport:
    """Erase the contact for good (see the module's text); NotFoundError for an unknown
    id. Cancelling before the end takes everything back."""
    steps = or_silent(progress)
    steps.step(0, 3, translate("Privacy", "Finding the person's data…"))
    with db.transaction() as session:
        plan = _plan(session, contact_id)
        steps.step(1, 3, translate("Privacy", "Erasing…"))
        _write(session, plan)
        steps.step(2, 3, translate("Privacy", "Compacting the database…"))
    warnings = erasure_compact.compact(db)
    return ErasureReport(
        contact_id=contact_id,
        counts=plan.counts(),
        warnings=warnings,
        backups=erasure_backups.holding(db, contact_id),
        notes=_server_notes(db),
    )


def count_lines(counts: dict[str, int]) -> list[str]:
    """One line per kind of data of the person, for the confirmation and the report."""
    texts = {
        "contact": translate("Privacy", "Contact record: {count}"),
        "contact_tag": translate("Privacy", "Tag links: {count}"),
        "consent": translate("Privacy", "Consents: {count}"),
        "activity": translate("Privacy", "Activities (notes, calls, e-mails): {count}"),
        "participant": translate("Privacy", "Event participations: {count}"),
        "not_duplicate": translate("Privacy", "“Not a duplicate” decisions: {count}"),
        "inquiry": translate("Privacy", "Inquiries that stay, without the person: {count}"),
        "mailing_message": translate(
            "Privacy", "E-mails of mailings, name and address erased: {count}"
        ),
        "import_batch": translate("Privacy", "Imports that forget the person: {count}"),
        "audit_entry": translate("Privacy", "History entries, values erased: {count}"),
    }
    return [texts[table].format(count=count) for table, count in counts.items() if count]


def backup_section(backups: list[HeldBackup], notes: list[str]) -> list[str]:
    """The backups that still hold the person, under a heading, then the notes."""
    if not backups:
        lines = [translate("Privacy", "No backup beside the database holds the person.")]
    else:
        lines = [
            translate(
                "Privacy",
                "Backups that still hold the person (dated backups go with the rotation, if "
                "ISA Desk is started every day):",
            )
        ]
        lines += [f"  {line}" for line in backup_lines(backups)]
    return lines + notes


def backup_lines(backups: list[HeldBackup]) -> list[str]:
    """One line per backup that still holds the person: where, and until when."""
    from isa_desk.core.domain.dates import format_date
    from isa_desk.core.i18n import language

    lines = []
    for backup in backups:
        if backup.expires is None:
            line = translate("Privacy", "{path}: kept until removed by hand")
        else:
            line = translate("Privacy", "{path}: removed by the rotation on {date}")
        lines.append(line.format(path=backup.path, date=format_date(backup.expires, language())))
    return lines
