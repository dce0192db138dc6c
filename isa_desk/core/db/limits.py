"""The length of every text column, and no NUL in any text: held before anything is
written, the same on SQLite and PostgreSQL.

SQLite stores any length in a VARCHAR(100), and a NUL inside a text; PostgreSQL refuses
both (psycopg refuses a NUL before the server sees it). So that both backends hold the
same data and answer bad input the same way:

- a text longer than its column stops the write with a ValidationError naming the field
  (the flush of the ORM checks new and changed records before any SQL; every INSERT and
  UPDATE written past the ORM, such as the import's bulk insert and undo, is checked as
  it is executed);
- a NUL is removed, as forms (services.editing.column_value) and the import remove it
  with the other control characters; tab and line breaks are kept.
"""

from __future__ import annotations

import weakref
from itertools import chain, repeat
from operator import eq, gt, itemgetter

from sqlalchemy import Engine, String, Table, event, inspect
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.dml import Insert, Update

from isa_desk.core.db.models import DERIVED_FIELDS, Base
from isa_desk.core.domain.text import too_long
from isa_desk.core.errors import ValidationError

NUL = "\x00"
_NO_LIMIT = 1 << 62


def limit(model: type[Base], field: str) -> int | None:
    """The most characters the text column `field` of `model` holds; None: no limit."""
    column = inspect(model).columns.get(field)
    kind = column.type if column is not None else None
    return kind.length if isinstance(kind, String) else None


def _checked(value: str, length: int | None, field: str) -> str:
    """The value without NUL; a ValidationError naming the field when it is too long."""
    if NUL in value:
        value = value.replace(NUL, "")
    if length and len(value) > length:
        raise ValidationError(too_long(value, length) or "", field)
    return value


def _before_flush(session: Session, _context, _instances) -> None:
    for record in (*session.new, *session.dirty):
        if not isinstance(record, Base):
            continue
        state = inspect(record)
        for attribute in state.mapper.column_attrs:
            column = attribute.columns[0]
            value = state.dict.get(attribute.key)
            if not isinstance(column.type, String) or not isinstance(value, str):
                continue
            if attribute.key in DERIVED_FIELDS:  # computed later in the flush, checked below
                continue
            kept = _checked(value, column.type.length, attribute.key)
            if kept != value:  # the record holds what the database holds
                setattr(record, attribute.key, kept)


# table -> its text columns' keys and lengths (None: no limit)
_texts: weakref.WeakKeyDictionary[Table, dict[str, int | None]] = weakref.WeakKeyDictionary()


def _text_columns(table: Table) -> dict[str, int | None]:
    if table not in _texts:
        _texts[table] = {c.key: c.type.length for c in table.columns if isinstance(c.type, String)}
    return _texts[table]


def _checked_row(columns: dict[str, int | None], row: dict) -> dict:
    """The row with NUL removed from its texts (the same dict when there is none)."""
    cleaned = None
    for key, value in row.items():
        if value.__class__ is not str or key not in columns:
            continue
        length = columns[key]
        if NUL in value or (length is not None and len(value) > length):  # seldom
            cleaned = cleaned if cleaned is not None else dict(row)
            cleaned[key] = _checked(value, length, key)
    return row if cleaned is None else cleaned


def checked_rows(table: Table, rows: list[dict]) -> list[dict]:
    """The rows of an INSERT or UPDATE of `table` with their texts checked: NUL removed,
    a ValidationError for a text too long (for rows written past SQLAlchemy's statements,
    which _before_execute checks)."""
    columns = _text_columns(table)
    if not columns or not rows:
        return rows
    keys = rows[0].keys()
    texts = [key for key in keys if key in columns]
    if len(texts) < 2:
        return [_checked_row(columns, row) for row in rows]
    if _all_clean(rows, keys, texts, columns):  # nearly always: nothing to change
        return list(rows)
    values_of = itemgetter(*texts)
    lengths = [columns[key] or _NO_LIMIT for key in texts]
    checked = []
    for row in rows:  # thousands at once from the import: a quick look at each row first
        if row.keys() == keys:
            found = [value if value.__class__ is str else "" for value in values_of(row)]
            if NUL not in "".join(found) and not any(map(gt, map(len, found), lengths)):
                checked.append(row)
                continue
        checked.append(_checked_row(columns, row))
    return checked


def _all_clean(rows: list[dict], keys, texts: list[str], columns: dict[str, int | None]) -> bool:
    """Whether the rows all have the same `keys` (in the same order), and no text of
    theirs holds a NUL or is too long: looked at all at once (the loops in C); otherwise
    checked_rows checks them a row at a time."""
    if not all(map(eq, repeat(tuple(keys)), map(tuple, rows))):
        return False
    is_text = str.__instancecheck__  # (None and numbers are no texts)
    found = list(chain.from_iterable(map(itemgetter(*texts), rows)))  # row after row
    if NUL in "".join(filter(is_text, found)):
        return False
    for i, key in enumerate(texts):
        length = columns[key]
        if length is not None:  # the column's values: every len(texts)-th
            if max(map(len, filter(is_text, found[i :: len(texts)])), default=0) > length:
                return False
    return True


def _before_execute(_connection, statement, multiparams, params, _options):
    """Every INSERT and UPDATE, the ORM's and those past it: the values' texts checked."""
    if isinstance(statement, (Insert, Update)) and isinstance(statement.table, Table):
        if _text_columns(statement.table):
            multiparams = checked_rows(statement.table, multiparams)
            params = checked_rows(statement.table, [params])[0] if params else params
    return statement, multiparams, params


def install(factory: sessionmaker) -> None:
    """Check the texts at every flush of the factory's sessions and every INSERT or UPDATE
    on its engine (call once per factory)."""
    # first, so that the audit trail records what is stored
    event.listen(factory, "before_flush", _before_flush, insert=True)
    engine = factory.kw.get("bind")
    if isinstance(engine, Engine) and not event.contains(engine, "before_execute", _before_execute):
        event.listen(engine, "before_execute", _before_execute, retval=True)
