"""Retention: how long the office keeps people nobody has heard of, finished inquiries and
the values in the audit trail, and the monthly review of what is past its time.

Nothing here erases on its own: `due` only lists, and the person reviewing decides what
goes (`thin_audit_values`, `delete_finished_inquiries`, or erasure for good).
The rules and the day of the last review are kept in the database's settings, shared by
everyone who uses it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import AuditEntry, Contact, Inquiry, Setting
from isa_desk.core.errors import NotFoundError, ValidationError
from isa_desk.core.i18n import translate
from isa_desk.core.privacy import retention_queries as queries
from isa_desk.core.privacy.erasure_audit import OWN_ROW_TABLES, id_fields
from isa_desk.core.privacy.marker import scrub_changes
from isa_desk.core.privacy.retention_queries import (
    FINISHED,
    THINNED_BEFORE,
    DueContact,
    DueInquiry,
    midnight,
    months_before,
)
from isa_desk.core.progress import Progress
from isa_desk.core.services import inquiries
from isa_desk.core.services.undo import Deleted

PREFIX = "privacy.retention."
REVIEWED_ON = "privacy.reviewed_on"
MAX_MONTHS = 600
# audit entries whose summary names a person (the others name a city, an event ...)
PERSONAL_ENTITIES = frozenset({"contact", *OWN_ROW_TABLES})
BATCH = 1000


@dataclass(frozen=True)
class RetentionRules:
    """Months to keep each kind of data; 0 keeps it for ever."""

    inactive_contacts: int = 36
    finished_inquiries: int = 24
    audit_values: int = 60


FIELDS = tuple(field.name for field in fields(RetentionRules))
DEFAULT = RetentionRules()


def field_label(name: str) -> str:
    return {
        "inactive_contacts": translate("Retention", "Inactive contacts"),
        "finished_inquiries": translate("Retention", "Finished inquiries"),
        "audit_values": translate("Retention", "Old values in the audit trail"),
    }[name]


# -- the rules -----------------------------------------------------------------------------


def _months(name: str, value: object) -> int:
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isdigit():
        number = int(value.strip())
    if number is None or not 0 <= number <= MAX_MONTHS:
        raise ValidationError(
            translate(
                "Retention",
                "{field}: enter a whole number of months from 0 to {most} (0 = keep for ever).",
            ).format(field=field_label(name), most=MAX_MONTHS),
            name,
        )
    return number


def _stored(text: str | None, default: int) -> int:
    try:
        number = int(text or "")
    except ValueError:
        return default
    return number if 0 <= number <= MAX_MONTHS else default


def rules(db: Database) -> RetentionRules:
    """The rules as saved; a rule never saved (or unreadable) has its default."""
    with db.session() as session:
        stored = _settings(session, PREFIX)
    return RetentionRules(
        **{name: _stored(stored.get(PREFIX + name), getattr(DEFAULT, name)) for name in FIELDS}
    )


def save_rules(db: Database, wanted: RetentionRules) -> RetentionRules:
    """Check and store every rule, in one transaction."""
    checked = RetentionRules(**{name: _months(name, getattr(wanted, name)) for name in FIELDS})
    with db.transaction() as session:
        for name in FIELDS:
            _put(session, PREFIX + name, str(getattr(checked, name)))
    return checked


def _settings(session: Session, prefix: str) -> dict[str, str]:
    rows = session.scalars(select(Setting).where(Setting.key.startswith(prefix)))
    return {row.key: row.value for row in rows}


def _get(db: Database, key: str) -> str | None:
    with db.session() as session:
        row = session.get(Setting, key)
        return None if row is None else row.value


def _put(session: Session, key: str, text: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    elif row.value != text:
        row.value = text


# -- what is due ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Review:
    """What is past its time on `today`; each list holds at most LISTED rows, oldest
    first, and the counts say how many there are in all."""

    today: dt.date
    rules: RetentionRules
    contacts: tuple[DueContact, ...] = ()
    contact_count: int = 0
    inquiries: tuple[DueInquiry, ...] = ()
    inquiry_count: int = 0
    audit_count: int = 0
    audit_before: dt.datetime | None = None  # hand it to thin_audit_values

    @property
    def empty(self) -> bool:
        return not (self.contact_count or self.inquiry_count or self.audit_count)


def due(db: Database, today: dt.date) -> Review:
    """What the rules say is due for review or erasure on `today`."""
    current = rules(db)
    found: dict = {}
    with db.session() as session:
        if current.inactive_contacts:
            cut = midnight(months_before(today, current.inactive_contacts))
            people, found["contact_count"] = queries.due_contacts(session, cut)
            found["contacts"] = tuple(people)
        if current.finished_inquiries:
            day = months_before(today, current.finished_inquiries)
            finished, found["inquiry_count"] = queries.due_inquiries(session, day)
            found["inquiries"] = tuple(finished)
        if current.audit_values:
            before = midnight(months_before(today, current.audit_values))
            found["audit_count"] = queries.count_audit(session, before)
            found["audit_before"] = before
    return Review(today=today, rules=current, **found)


def anything_due(db: Database, today: dt.date) -> bool:
    """Whether `due` would list anything (each kind stops at the first it finds)."""
    current = rules(db)
    checks = []
    with db.session() as session:
        if current.inactive_contacts:
            cut = midnight(months_before(today, current.inactive_contacts))
            checks.append(select(Contact.id).where(*queries.silent_since(cut)))
        if current.finished_inquiries:
            day = months_before(today, current.finished_inquiries)
            checks.append(select(Inquiry.id).where(*queries.finished_before(day)))
        if current.audit_values:
            before = midnight(months_before(today, current.audit_values))
            checks.append(select(AuditEntry.id).where(*queries.with_values(session, before)))
        return any(session.scalar(check.limit(1)) is not None for check in checks)


# -- what the reviewer decides -------------------------------------------------------------


def _thinned(entity: str, entity_id: int | None, summary: str, changes: str) -> tuple[str, str]:
    """An entry's summary and changes without values; a summary that names a person (or
    an activity's subject) becomes the row's number, as an erasure leaves it."""
    if entity in PERSONAL_ENTITIES:
        summary = f"#{entity_id}" if entity_id is not None else ""
    return summary, scrub_changes(changes, id_fields(changes))


def thin_audit_values(
    db: Database, before: dt.datetime | dt.date, progress: Progress | None = None
) -> int:
    """Replace the values in the audit entries older than `before` with the marker (ids
    stay, and so do the entries and their field names), in one transaction; the number
    of entries whose values were removed."""
    if not isinstance(before, dt.datetime):
        before = midnight(before)
    done = 0
    with db.transaction() as session:
        where = queries.with_values(session, before)
        total = queries.count(session, AuditEntry, where)
        last = 0
        while True:
            rows = session.execute(
                select(
                    AuditEntry.id,
                    AuditEntry.entity,
                    AuditEntry.entity_id,
                    AuditEntry.summary,
                    AuditEntry.changes,
                )
                .where(*where, AuditEntry.id > last)
                .order_by(AuditEntry.id)
                .limit(BATCH)
            ).all()
            if not rows:
                break
            values = []
            for entry_id, entity, entity_id, summary, changes in rows:
                summary, changes = _thinned(entity, entity_id, summary, changes)
                values.append({"id": entry_id, "summary": summary, "changes": changes})
            session.execute(update(AuditEntry), values)
            done += len(rows)
            last = rows[-1][0]
            if progress is not None:
                progress.step(done, total)
        earlier = queries.thinned_before(session)
        if earlier is None or earlier < before:
            _put(session, THINNED_BEFORE, before.isoformat())
    return done


def delete_finished_inquiries(db: Database, ids: list[int]) -> Deleted:
    """Delete those of the inquiries that are finished (with their history), through the
    inquiries' delete, so that the deletion can be undone; what was deleted."""
    wanted = list(dict.fromkeys(ids))
    with db.session() as session:
        finished = list(
            session.scalars(
                select(Inquiry.id).where(Inquiry.id.in_(wanted), Inquiry.status.in_(FINISHED))
            )
        )
    if not finished:
        raise NotFoundError(
            translate("Retention", "None of the chosen inquiries is finished (any more).")
        )
    return inquiries.delete(db, finished)


# -- the monthly reminder ------------------------------------------------------------------


def reviewed_on(db: Database) -> dt.date | None:
    try:
        return dt.date.fromisoformat(_get(db, REVIEWED_ON) or "")
    except ValueError:
        return None


def reminder_due(db: Database, today: dt.date) -> bool:
    """True when the last review is a month or more ago (or there was none) and something
    is due."""
    last = reviewed_on(db)
    if last is not None and months_before(today, 1) < last:
        return False
    return anything_due(db, today)


def mark_reviewed(db: Database, today: dt.date) -> None:
    """Remember `today` as the day of the last review: the reminder waits a month."""
    with db.transaction() as session:
        _put(session, REVIEWED_ON, today.isoformat())
