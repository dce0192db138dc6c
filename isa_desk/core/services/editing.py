"""Helpers the create/update services share: turning form values into column values,
fetching a record for an edit with its version checked, one write transaction whose
database errors come back as messages for the user, waiting out another program's
write, and the changes a user made to a record that someone else changed meanwhile."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, String
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from isa_desk.core.db.engine import Database, describe_operational_error
from isa_desk.core.db.models import DERIVED_FIELDS, Base
from isa_desk.core.domain.text import without_controls
from isa_desk.core.errors import ConflictError, DatabaseError, NotFoundError, ValidationError
from isa_desk.core.i18n import translate

R = TypeVar("R", bound=Base)  # a mapped record
T = TypeVar("T")

# How long a save waits for another program's write to end before it gives up (seconds);
# each try waits up to the engine's busy timeout as well.
LOCK_PATIENCE_S = 15.0

# kept by the program itself, never taken from a form
PROTECTED = frozenset({"id", "version", "created_at", "updated_at"}) | DERIVED_FIELDS


def _invalid(field: str, value) -> ValidationError:
    return ValidationError(
        translate("Records", "“{value}” is not a valid value for {field}.").format(
            value=value, field=field
        ),
        field,
    )


def _as_date(field: str, value) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise _invalid(field, value) from None


def _as_datetime(field: str, value) -> dt.datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    try:
        return dt.datetime.fromisoformat(str(value).strip())
    except ValueError:
        raise _invalid(field, value) from None


def column_value(model: type[Base], field: str, value):
    """A form value converted to what the column holds (enum, date, bool, trimmed text)."""
    column = model.__table__.c[field]
    kind = column.type
    if isinstance(kind, Enum) and kind.enum_class is not None:
        if value in (None, ""):
            return column.default.arg if column.default is not None else None
        try:
            return kind.enum_class(value)
        except ValueError:
            raise _invalid(field, value) from None
    if isinstance(kind, DateTime):
        return _as_datetime(field, value)
    if isinstance(kind, Date):
        return _as_date(field, value)
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, Integer):
        if value in (None, ""):
            return None if column.nullable else 0
        try:
            return int(value)
        except (TypeError, ValueError):
            raise _invalid(field, value) from None
    if isinstance(kind, String):
        if value is None:
            return None if column.nullable else ""
        text = without_controls(str(value))
        # short fields are trimmed; long texts (notes) keep their layout
        return text.strip() if kind.length else text.rstrip()
    return value


def assign(record: Base, data: dict, extra: frozenset[str] = frozenset()) -> None:
    """Set the record's columns from `data`; keys in `extra` are left for the caller."""
    model = type(record)
    columns = model.__table__.c
    for field, value in data.items():
        if field in PROTECTED or field in extra:
            continue
        if field not in columns:
            raise ValueError(f"{model.__name__} has no field {field!r}")
        setattr(record, field, column_value(model, field, value))


def require(value, message: str, field: str) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(message, field)


def for_update(session: Session, model: type[R], record_id: int, version: int | None, name_of) -> R:
    """The record to edit, if nobody changed or deleted it since the editor loaded it."""
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError(
            translate("Records", "The record was deleted by someone else in the meantime.")
        )
    if version is not None and getattr(record, "version", None) != version:
        raise ConflictError(
            translate(
                "Records",
                "“{name}” was changed by someone else since you opened it. "
                "Your changes were not saved; open the record again to see the current state.",
            ).format(name=name_of(record))
        )
    return record


@contextmanager
def writing(db: Database) -> Iterator[Session]:
    """One write transaction; a concurrent change or a broken rule ends it with a message."""
    try:
        with db.transaction() as session:
            yield session
    except StaleDataError as error:
        raise ConflictError(
            translate(
                "Records",
                "The record was changed by someone else while you were saving. "
                "Your changes were not saved; open the record again.",
            )
        ) from error
    except IntegrityError as error:
        raise ConflictError(
            translate(
                "Records", "The change breaks a rule of the database and was not saved: {reason}"
            ).format(reason=str(error.orig).strip())
        ) from error
    except OperationalError as error:
        message = describe_operational_error(error, db.target)
        if _is_busy(error):
            raise DatabaseBusy(message) from error
        raise DatabaseError(message) from error


class DatabaseBusy(DatabaseError):
    """Another program held the database's write lock for longer than the busy timeout."""


def _is_busy(error: OperationalError) -> bool:
    text = str(error.orig).lower()
    # SQLite's busy file; PostgreSQL's lock timeout and deadlock (SQLSTATE)
    return "locked" in text or "busy" in text or _sqlstate(error) in ("55P03", "40P01")


def _sqlstate(error: OperationalError) -> str | None:
    return getattr(error.orig, "sqlstate", None)


def retry_while_busy(
    work: Callable[[], T],
    check: Callable[[], None] | None = None,
    patience: float | None = None,
    pause: float = 0.2,
) -> T:
    """`work()` (one write transaction), tried again while another program holds the
    write lock, for up to `patience` seconds; then the DatabaseBusy goes to the caller.
    `check` (e.g. Progress.check) is called between tries, so waiting can be cancelled."""
    deadline = time.monotonic() + (LOCK_PATIENCE_S if patience is None else patience)
    while True:
        try:
            return work()
        except DatabaseBusy:
            if time.monotonic() + pause > deadline:
                raise
        if check is not None:
            check()
        time.sleep(pause)
        pause = min(pause * 2, 1.0)


def changed_fields(before: dict, after: dict) -> dict:
    """The values a user changed in a form: those of `after` that differ from `before`."""
    return {key: value for key, value in after.items() if key not in before or before[key] != value}


def merge_changes(fresh: dict, before: dict, after: dict) -> dict:
    """The record as someone else stored it meanwhile (`fresh`), with only the fields the
    user changed (from `before` to `after`) written over it: their other fields keep the
    newer values."""
    return {**fresh, **changed_fields(before, after)}
