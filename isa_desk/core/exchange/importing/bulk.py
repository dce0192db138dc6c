"""Inserting thousands of new rows in one go, with their new ids in the order given.

SQLAlchemy keeps the order of the ids only row by row on SQLite (slow for thousands), and
its INSERT … RETURNING of many rows spends more time on each row's parameters than SQLite
spends storing it. On SQLite the rows therefore go in as multi-row INSERT statements
written here, with what SQLAlchemy's INSERT would do to them done the same way: the
columns' Python defaults for values not given, each value through its type's bind
processor (enumerations, dates), and the texts checked (core.db.limits). One statement
for many rows, not one a row: the full-text index's triggers cost far less so. SQLite
has one writer at a time and numbers the rows of an INSERT in the order given, so the
ids returned, sorted, are the rows' ids in order.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from isa_desk.core.db import limits

_MAX_VARIABLES = 32_766  # SQLite's limit of parameters in one statement (3.32 and later)
_MAX_ROWS = 500  # rows in one statement
Statement = tuple[str, tuple]  # SQL and its values


def insert_returning_ids(session: Session, table: Table, rows: list[dict]) -> list[int]:
    """Insert `rows` (all with the same keys) into `table`; their new ids in order."""
    if not rows:
        return []
    if session.get_bind().dialect.name != "sqlite":
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(session.scalars(stmt, rows))
    if not _all_defaults_known(table, rows):
        ids = sorted(session.scalars(insert(table).returning(table.c.id), rows))
    else:
        ids = sorted(_sqlite_insert(session, table, rows, returning=True))
    if len(ids) != len(rows):  # pragma: no cover - a broken driver
        raise RuntimeError("the database returned fewer ids than rows inserted")
    return ids


def insert_rows(session: Session, table: Table, rows: list[dict]) -> None:
    """Insert `rows` (all with the same keys) into `table`, their ids not wanted."""
    if not rows:
        return
    if session.get_bind().dialect.name != "sqlite" or not _all_defaults_known(table, rows):
        session.execute(insert(table), rows)
    else:
        _sqlite_insert(session, table, rows, returning=False)


def _all_defaults_known(table: Table, rows: list[dict]) -> bool:
    return all(_python_default(c) for c in table.columns if c.key not in rows[0])


def _python_default(column) -> bool:
    """Whether the column's default, if any, is one this module fills in (a value or a
    function, not SQL for the database to compute)."""
    return column.default is None or column.default.is_callable or column.default.is_scalar


class _Context:
    """What a column's default function reads: the parameters of the row being inserted."""

    def __init__(self, parameters: dict):
        self.current_parameters = parameters

    def get_current_parameters(self, isolate_multiinsert_groups: bool = True) -> dict:
        return self.current_parameters


def _with_defaults(table: Table, rows: list[dict]) -> tuple[list[str], list[dict]]:
    """The columns SQLAlchemy's INSERT would write (those given and those with a Python
    default), and the rows with those defaults filled in."""
    given = rows[0].keys()
    defaulted = [c for c in table.columns if c.key not in given and c.default is not None]
    if not defaulted:
        return list(given), rows
    filled = []
    for row in rows:
        row = dict(row)
        for column in defaulted:
            default: Any = column.default
            row[column.key] = default.arg(_Context(row)) if default.is_callable else default.arg
        filled.append(row)
    return [*given, *(c.key for c in defaulted)], filled


def _sqlite_insert(session: Session, table: Table, rows: list[dict], returning: bool) -> list[int]:
    connection = session.connection()
    found: list[int] = []
    for statement, values in _statements(session, table, rows, returning):
        result = connection.exec_driver_sql(statement, values)
        if returning:
            found += result.scalars().all()
    return found


def insert_statements(session: Session, table: Table, rows: list[dict]) -> list[Statement]:
    """The multi-row INSERT statements of `rows` (all with the same keys) on SQLite, each
    with its values checked and converted, to be run later (background_writes.py)."""
    if not rows:
        return []
    if session.get_bind().dialect.name != "sqlite" or not _all_defaults_known(table, rows):
        raise ValueError("only rows whose every default is known, on SQLite")
    return list(_statements(session, table, rows, returning=False))


def next_id(session: Session, table: Table) -> int:
    """The id SQLite gives the next row of `table` (one after the highest; a table whose
    rows are numbered by their rowid). Rows given ids counting up from it get the ids
    SQLite would have given them, as long as the transaction holds the write lock."""
    return (session.scalar(select(func.max(table.c.id))) or 0) + 1


def _statements(
    session: Session, table: Table, rows: list[dict], returning: bool
) -> Iterator[Statement]:
    dialect = session.get_bind().dialect
    # checked as the INSERT's parameters are (limits.py), before the defaults are added
    keys, rows = _with_defaults(table, limits.checked_rows(table, rows))
    values_of = itemgetter(*keys)
    processors = [table.c[key].type._cached_bind_processor(dialect) for key in keys]
    processed = [
        (i, _once_for_each_value(process)) for i, process in enumerate(processors) if process
    ]
    names = ", ".join(dialect.identifier_preparer.quote(table.c[key].name) for key in keys)
    marks = "(" + ", ".join("?" * len(keys)) + ")"
    size = max(1, min(_MAX_ROWS, _MAX_VARIABLES // len(keys)))
    width = len(keys)
    for start in range(0, len(rows), size):
        part = rows[start : start + size]
        if width > 1:  # row after row, then each column that needs it converted
            values = list(chain.from_iterable(map(values_of, part)))
        else:
            values = [row[keys[0]] for row in part]
        for i, process in processed:
            values[i::width] = list(map(process, values[i::width]))
        statement = (
            f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({names}) "
            f"VALUES {', '.join([marks] * len(part))}{' RETURNING id' if returning else ''}"
        )
        yield statement, tuple(values)


def _once_for_each_value(process):
    """A bind processor that converts a value given again and again (the same time of
    every row, the same enumeration member) only once."""
    last: list = [object(), None]  # the value, and what it became

    def processed(value):
        if value is not last[0]:
            last[:] = value, process(value)
        return last[1]

    return processed
