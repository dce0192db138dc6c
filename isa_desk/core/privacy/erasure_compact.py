"""After an erasure: the erased values out of the database's files, not only out of its
tables. A deleted row's bytes stay in the file's free pages (SQLite) or as a dead tuple
(PostgreSQL) until the file is rewritten.

- SQLite: VACUUM rewrites the file, then a checkpoint folds the write-ahead log into it
  and empties the log.
- PostgreSQL: VACUUM FULL rewrites every table of the program and its indexes (an old
  row version of any table may hold the person's values: an organisation whose e-mail
  address was once theirs), ANALYZE renews their statistics (which hold sample values)
  and VACUUM FULL pg_statistic drops the old ones. This needs the tables' owner or the
  database's owner; without that right the erasure stands and the report says so. The
  server's write-ahead log and its backups follow the server's own rules.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from isa_desk.core.db import search_index
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Base
from isa_desk.core.i18n import translate


def rebuild_search_index(session) -> None:
    """SQLite's search index keeps a deleted contact's words in its segments until they
    are merged: rebuilt from the contacts that remain (in the erasure's transaction)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    names = {
        name
        for (name,) in session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
    }
    for index in search_index.INDEXED.values():
        if index in names:
            session.execute(text(f"INSERT INTO {index}({index}) VALUES ('rebuild')"))


def compact(db: Database) -> list[str]:
    """Rewrite the database's files without the erased values; returns warnings."""
    dialect = db.engine.dialect.name
    if dialect == "sqlite":
        return _sqlite(db)
    if dialect == "postgresql":
        return _postgresql(db, [table.name for table in Base.metadata.sorted_tables])
    return []


def _sqlite(db: Database) -> list[str]:
    try:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM")
            busy = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
    except DBAPIError as error:
        return [
            translate(
                "Privacy",
                "The database file could not be compacted ({reason}): the erased values may "
                "remain in its free space until the file is compacted.",
            ).format(reason=str(error.orig).strip())
        ]
    if busy is not None and busy[0]:
        return [
            translate(
                "Privacy",
                "Another program is reading the database: its write-ahead log will be "
                "emptied when that program closes it.",
            )
        ]
    return []


_MAY_VACUUM = text(
    "SELECT r.rolsuper OR pg_has_role(current_user, c.relowner, 'MEMBER') "
    "OR pg_has_role(current_user, d.datdba, 'MEMBER') "
    "FROM pg_roles r, pg_class c, pg_database d "
    "WHERE r.rolname = current_user AND c.oid = to_regclass(:table) "
    "AND d.datname = current_database()"
)


def _postgresql(db: Database, tables: list[str]) -> list[str]:
    warnings: list[str] = []
    refused: list[str] = []
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for table in [*tables, "pg_statistic"]:
            if not connection.execute(_MAY_VACUUM, {"table": table}).scalar():
                refused.append(table)
                continue
            try:
                connection.exec_driver_sql(f"VACUUM FULL {table}")
                if table != "pg_statistic":
                    connection.exec_driver_sql(f"ANALYZE {table}")
            except DBAPIError as error:  # a colleague's lock outlasted the lock timeout
                warnings.append(
                    translate(
                        "Privacy",
                        "The table {table} could not be compacted on the server ({reason}): "
                        "the erased values stay in its files until the server reuses the "
                        "space. Ask the server's administrator to run VACUUM FULL.",
                    ).format(table=table, reason=str(error.orig).strip())
                )
    if refused:
        warnings.append(
            translate(
                "Privacy",
                "Your login may not compact the tables {tables} on the server: the erased "
                "values stay in the server's files until it reuses the space. Ask the "
                "database's owner to run VACUUM FULL on them.",
            ).format(tables=", ".join(refused))
        )
    return warnings
