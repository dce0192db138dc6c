"""The length of every text column, held before anything is written.

SQLite stores any length in a VARCHAR(100); PostgreSQL refuses it. So that both hold the
same data, every flush checks the text columns of new and changed records against their
declared length and stops with a message naming the field.
"""

from __future__ import annotations

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from isa_desk.core.db.models import Base
from isa_desk.core.domain.text import too_long
from isa_desk.core.errors import ValidationError


def limit(model: type[Base], field: str) -> int | None:
    """The most characters the text column `field` of `model` holds; None: no limit."""
    column = inspect(model).columns.get(field)
    kind = column.type if column is not None else None
    return kind.length if isinstance(kind, String) else None


def _before_flush(session: Session, _context, _instances) -> None:
    for record in (*session.new, *session.dirty):
        if not isinstance(record, Base):
            continue
        state = inspect(record)
        for attribute in state.mapper.column_attrs:
            column = attribute.columns[0]
            if not isinstance(column.type, String) or not column.type.length:
                continue
            value = state.dict.get(attribute.key)
            if isinstance(value, str):
                message = too_long(value, column.type.length)
                if message:
                    raise ValidationError(message, attribute.key)


def install(factory: sessionmaker) -> None:
    """Check the lengths at every flush of the factory's sessions (call once per factory)."""
    event.listen(factory, "before_flush", _before_flush)
