"""Moving up to the team server: the whole database copied into an empty PostgreSQL
database, in one transaction, and checked before it is committed.

    report = transfer(source_db, "postgresql+psycopg://anna@server/isa", progress)

The target is opened with `Database.open`, which gives an empty database the current
schema (in a transaction of its own). Then, in ONE transaction on the target: every
table of the models is copied in foreign-key order, in chunks (read from the source,
written with executemany; memory stays bounded), the rows of each table are counted on
both sides, the sequences are set past the highest id, and only then it is committed.
On any error, a value the server refuses or a cancel, the transaction is rolled back:
the target keeps its schema and no row, so trying again works.

The rows are written as they are, past the ORM: no audit entries are added, the audit
trail is copied as it stands. SQLite's search index (FTS5) is no model and is not
copied; the server searches its own way.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import (
    Connection,
    Enum,
    Integer,
    String,
    Table,
    func,
    insert,
    select,
    text,
    type_coerce,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from isa_desk.core.db import schema, server_login
from isa_desk.core.db.engine import Database, describe_operational_error
from isa_desk.core.db.models import Base
from isa_desk.core.domain.text import too_long
from isa_desk.core.errors import IsaDeskError, ValidationError
from isa_desk.core.i18n import translate
from isa_desk.core.progress import Progress, or_silent

CHUNK = 1000  # rows read and written at a time
INT4 = 2**31 - 1  # PostgreSQL's INTEGER

log = logging.getLogger(__name__)


class TransferError(IsaDeskError):
    """The copy was refused or failed; nothing was written into the target."""


@dataclass
class TransferReport:
    """What was copied: rows per table, in the order they were copied."""

    target: str  # the URL without the password
    tables: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.tables.values())


def tables() -> list[Table]:
    """Every table of the models, each after the tables it refers to."""
    return list(Base.metadata.sorted_tables)


def transfer(
    source: Database, target: str, progress: Progress | None = None, chunk: int = CHUNK
) -> TransferReport:
    """Copy all of `source` into the empty PostgreSQL database at `target` (a URL; the
    password is filled in from the password store when it has none)."""
    progress = or_silent(progress)
    shown = _check_target_url(target, source)
    _check_source(source)
    progress.step(0, 0, translate("Transfer", "Preparing the database on the server…"))
    if server_login.probe(target).holds == "isa_desk":  # refused before anything is changed
        raise TransferError(holds_records(shown))
    server = Database.open(target)  # an empty database gets the current schema here
    try:
        with _snapshot(source) as reading, server.engine.connect() as writing:
            counts = {table.name: _count(reading, table) for table in tables()}
            sequences = _sqlite_sequences(reading)
            with writing.begin():
                _copy_all(reading, writing, counts, sequences, progress, chunk)
    except IsaDeskError:
        raise
    except SQLAlchemyError as error:
        raise TransferError(
            translate("Transfer", "Nothing was copied. {reason}").format(
                reason=server_login.one_line(describe_operational_error(error, shown))
            )
        ) from error
    finally:
        server.close()
    log.info("copied %s rows from %s to %s", sum(counts.values()), source.location, shown)
    return TransferReport(target=shown, tables=counts)


@contextmanager
def _snapshot(source: Database) -> Iterator[Connection]:
    """A connection that reads the source as it was at its first read, whatever others
    write meanwhile: counts and copied rows agree."""
    with source.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN")  # pysqlite would not begin for reads
        else:
            connection.execution_options(isolation_level="REPEATABLE READ")
        try:
            yield connection
        finally:
            connection.rollback()  # nothing was written: the read ends


def checked_target(target: str) -> str:
    """`target` as shown to the user (without the password); ValidationError when it is
    not the URL of a PostgreSQL database."""
    try:
        url = make_url(target)
    except Exception as error:  # ArgumentError, ValueError: not a URL at all
        raise ValidationError(server_login.not_a_server_url(target)) from error
    shown = url.render_as_string(hide_password=True)
    if url.get_backend_name() != "postgresql" or not url.host or not url.database:
        raise ValidationError(server_login.not_a_server_url(shown))
    return shown


def _check_target_url(target: str, source: Database) -> str:
    shown = checked_target(target)
    if shown == make_url_or_none(source.target):
        raise TransferError(
            translate("Transfer", "{target} is the database being copied.").format(target=shown)
        )
    return shown


def make_url_or_none(target: str) -> str | None:
    try:
        return make_url(target).render_as_string(hide_password=True)
    except Exception:  # a file path
        return None


def _check_source(source: Database) -> None:
    with source.engine.connect() as connection:
        revision = schema.current_revision(connection)
    head = schema.head_revision()
    if revision != head:
        raise TransferError(
            translate(
                "Transfer",
                "{source} is at schema {revision}, not at this program's {head}. Open it in "
                "ISA Desk once (which upgrades it), then copy it.",
            ).format(source=source.location, revision=revision, head=head)
        )


def _count(connection: Connection, table: Table) -> int:
    return connection.execute(select(func.count()).select_from(table)).scalar_one()


def _sqlite_sequences(connection: Connection) -> dict[str, int]:
    """The highest id SQLite ever gave in each table (AUTOINCREMENT): ids of deleted
    records never come back on the server either."""
    if connection.dialect.name != "sqlite":
        return {}
    found = connection.execute(
        text("SELECT name FROM sqlite_master WHERE type='table' AND name='sqlite_sequence'")
    ).first()
    if found is None:
        return {}
    rows = connection.execute(text("SELECT name, seq FROM sqlite_sequence"))
    return {name: int(seq or 0) for name, seq in rows}


def _copy_all(
    reading: Connection,
    writing: Connection,
    counts: dict[str, int],
    sequences: dict[str, int],
    progress: Progress,
    chunk: int,
) -> None:
    writing.execute(text("SET LOCAL lock_timeout = '10s'"))  # not for ever behind another
    _refuse_records(writing)
    # colleagues may open the new database meanwhile: they read, but write nothing
    names = ", ".join(writing.dialect.identifier_preparer.quote(t.name) for t in tables())
    writing.execute(text(f"LOCK TABLE {names} IN EXCLUSIVE MODE"))
    total, done = sum(counts.values()), 0
    for table in tables():
        message = translate("Transfer", "Copying {table}…").format(table=table.name)
        progress.step(done, total, message)
        for rows in _chunks(reading, table, chunk):
            _write(writing, table, rows)
            done += len(rows)
            progress.step(done, total, message)
    progress.step(done, total, translate("Transfer", "Checking the copy…"))
    for table in tables():
        copied = _count(writing, table)
        if copied != counts[table.name]:
            raise TransferError(
                translate(
                    "Transfer",
                    "The copy of the table {table} holds {copied} rows where the database "
                    "holds {count}; nothing was copied.",
                ).format(table=table.name, copied=copied, count=counts[table.name])
            )
    _set_sequences(writing, sequences)
    progress.check()  # the last moment a cancel takes everything back


def _refuse_records(writing: Connection) -> None:
    for table in tables():
        if _count(writing, table):
            raise TransferError(
                holds_records(writing.engine.url.render_as_string(hide_password=True))
            )


def holds_records(target: str) -> str:
    return translate(
        "Transfer",
        "The database {target} already holds records; ISA Desk copies only into an empty "
        "database. Nothing was copied: create a new database on the server.",
    ).format(target=target)


def _chunks(reading: Connection, table: Table, chunk: int) -> Iterator[list[dict]]:
    # enumerations read as the text they are stored as: copied as they are, even a value
    # this program does not know
    columns = [
        type_coerce(column, String()).label(column.key)
        if isinstance(column.type, Enum)
        else column.label(column.key)
        for column in table.columns
    ]
    query = select(*columns).order_by(*table.primary_key.columns)
    try:
        result = reading.execute(query.execution_options(yield_per=chunk))
        for part in result.partitions(chunk):
            yield [dict(row._mapping) for row in part]
    except (ValueError, TypeError, SQLAlchemyError) as error:  # a value that cannot be read
        raise TransferError(
            translate("Transfer", "The table {table} cannot be read: {reason}").format(
                table=table.name, reason=server_login.one_line(str(error))
            )
        ) from error


def _write(writing: Connection, table: Table, rows: list[dict]) -> None:
    """Write `rows` into `table`; a value the server would refuse, or refuses, ends the
    copy with a message naming the table, the record and the column."""
    _check_values(table, rows)
    try:
        with writing.begin_nested():
            writing.execute(insert(table), rows)
    except DBAPIError as error:
        raise _refused(writing, table, rows, error) from error


def _check_values(table: Table, rows: list[dict]) -> None:
    """What SQLite holds and PostgreSQL refuses: a NUL character, a text longer than its
    column, a number beyond INTEGER. (The columns are looked at once per chunk: this
    runs for every value of the database.)"""
    texts = [
        (column, column.type.length) for column in table.columns if isinstance(column.type, String)
    ]
    numbers = [column for column in table.columns if isinstance(column.type, Integer)]
    for row in rows:
        for column, length in texts:
            value = row[column.key]
            if type(value) is not str:
                continue
            if "\x00" in value:
                problem = translate(
                    "Transfer", "a NUL character (code 0), which the server does not store."
                )
                raise TransferError(_refusal(table, row, column.name, problem))
            if length is not None and len(value) > length:
                problem = too_long(value, length) or ""
                raise TransferError(_refusal(table, row, column.name, problem))
        for column in numbers:
            value = row[column.key]
            if type(value) is int and abs(value) > INT4:
                problem = translate("Transfer", "the number {value} is too large for the server.")
                raise TransferError(_refusal(table, row, column.name, problem.format(value=value)))


def _refusal(table: Table, row: dict, column: str | None, problem: str) -> str:
    record = record_name(table, row)
    if column:
        return translate(
            "Transfer",
            "Nothing was copied: table {table}, record {record}, column {column}: {problem}",
        ).format(table=table.name, record=record, column=column, problem=problem)
    return translate(
        "Transfer", "Nothing was copied: table {table}, record {record}: {problem}"
    ).format(table=table.name, record=record, problem=problem)


def record_name(table: Table, row: dict) -> str:
    """The record by its key: "17", or "contact_id=3, tag_id=5" for a key of two columns."""
    keys = list(table.primary_key.columns)
    if len(keys) == 1:
        return str(row[keys[0].key])
    return ", ".join(f"{column.name}={row[column.key]}" for column in keys)


def _refused(
    writing: Connection, table: Table, rows: Sequence[dict], error: DBAPIError
) -> TransferError:
    """The server refused a chunk: find the row, one at a time, for the message."""
    for row in rows:
        try:
            with writing.begin_nested():
                writing.execute(insert(table), row)
        except DBAPIError as single:
            diagnosis = getattr(single.orig, "diag", None)
            column = getattr(diagnosis, "column_name", None)
            reason = getattr(diagnosis, "message_primary", None) or str(single.orig)
            return TransferError(_refusal(table, row, column, server_login.one_line(reason)))
    reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
    return TransferError(
        translate("Transfer", "Nothing was copied: table {table}: {reason}").format(
            table=table.name, reason=reason
        )
    )


def _set_sequences(writing: Connection, sequences: dict[str, int]) -> None:
    """Each table's id sequence continues after the highest id (or the highest SQLite
    ever gave): a new record never gets the id of a copied or deleted one."""
    for table in tables():
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        quoted = writing.dialect.identifier_preparer.quote(table.name)
        sequence = writing.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": quoted, "column": keys[0].name},
        ).scalar_one()
        if sequence is None:
            continue
        highest = writing.execute(select(func.max(keys[0]))).scalar_one() or 0
        highest = max(highest, sequences.get(table.name, 0))
        writing.execute(
            text("SELECT setval(CAST(:sequence AS regclass), :value, :called)"),
            {"sequence": sequence, "value": max(highest, 1), "called": highest > 0},
        )


def count_lines(report: TransferReport) -> list[str]:
    """One line per table: "contact: 120"."""
    return [f"{name}: {count}" for name, count in report.tables.items()]
