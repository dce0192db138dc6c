"""A trigram index over contacts' search text, so that a search word is found without
reading every contact: SQLite's FTS5, PostgreSQL's pg_trgm; without either, LIKE.

Both index `contact.search_index_text`, the search text as the index reads it:

- SQLite: an FTS5 table with the trigram tokenizer, kept in step by triggers, so every
  way of writing contacts (the services, bulk inserts, undo, other tools) keeps it
  current. Migration 0002 makes it, and `install` makes or repairs it when a database is
  opened (a table rebuilt by a later batch migration loses its triggers).
- PostgreSQL: a GIN index with `gin_trgm_ops` (extension pg_trgm, trusted since
  PostgreSQL 13, so the database's owner may create it), which serves `LIKE '%word%'`.
  `install` makes both when missing; a server that refuses them is searched with LIKE.
  pg_trgm reads only letters and digits, as the database's LC_CTYPE classifies them: a
  database made with a UTF-8 locale (C.UTF-8, de_DE.UTF-8, …) counts Chinese characters
  as letters; one made with the plain "C" locale does not, and Chinese words are then
  searched without the index (see `Index.unicode_letters`).

Trigrams find words of three or more characters. Chinese names are short ("刘",
"佛山"), so in the indexed text, and in a search word, every CJK character is
written three times ("佛山" -> "佛佛佛山山山"): a one-character word becomes a
trigram, and a word occurs in the tripled text exactly when it occurs in the text.
Shorter Latin words (one or two letters) are searched with LIKE.
"""

from __future__ import annotations

import logging
import re
import weakref
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

log = logging.getLogger(__name__)

# table -> its trigram index; members and organisations are few enough for LIKE
INDEXED = {"contact": "contact_search"}
COLUMN = "search_index_text"
MIN_LENGTH = 3  # a trigram index cannot look up shorter words

# CJK ideographs, kana, hangul and their punctuation: scripts written without spaces
_CJK = re.compile("([\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\U00020000-\U0003ffff])")


def index_text(search_text: str) -> str:
    """The text as the index holds it: every CJK character tripled."""
    if not search_text or search_text.isascii() or not _CJK.search(search_text):
        return search_text or ""  # most texts: nothing to triple
    return _CJK.sub(r"\1\1\1", search_text)


def indexable(word: str) -> bool:
    """Whether SQLite's index can look the (folded) word up: any three characters."""
    return len(index_text(word)) >= MIN_LENGTH


@dataclass(frozen=True)
class Index:
    """A trigram index a database has."""

    name: str
    table: str
    dialect: str  # "sqlite" (FTS5) or "postgresql" (pg_trgm)
    # PostgreSQL: letters beyond ASCII (Chinese among them) make trigrams, as they do
    # where the database's LC_CTYPE is a UTF-8 locale
    unicode_letters: bool = True

    def indexable(self, word: str) -> bool:
        """Whether the index can look the (folded) word up. pg_trgm makes trigrams of
        runs of letters and digits only: a word needs three of them in a row ("100%"
        does, "a-b" does not), else the whole index would be read."""
        if self.dialect == "sqlite":
            return indexable(word)
        run = 0
        for char in index_text(word):
            letter = char.isalnum() and (char.isascii() or self.unicode_letters)
            run = run + 1 if letter else 0
            if run >= MIN_LENGTH:
                return True
        return False


def is_index_table(name: str) -> bool:
    """The index and its shadow tables: not part of the models (autogenerate skips them)."""
    return any(name == index or name.startswith(index + "_") for index in INDEXED.values())


def ddl(table: str, index: str) -> list[tuple[str, str]]:
    """(name, statement) of SQLite's index table and its triggers; migration 0002 holds
    the same statements."""
    delete_old = (
        f"INSERT INTO {index}({index}, rowid, {COLUMN}) VALUES ('delete', old.id, old.{COLUMN});"
    )
    insert_new = f"INSERT INTO {index}(rowid, {COLUMN}) VALUES (new.id, new.{COLUMN});"
    return [
        (
            index,
            f"CREATE VIRTUAL TABLE {index} USING fts5({COLUMN}, content='{table}', "
            f"content_rowid='id', tokenize='trigram')",
        ),
        (
            f"{index}_insert",
            f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN {insert_new} END",
        ),
        (
            f"{index}_delete",
            f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN {delete_old} END",
        ),
        (
            f"{index}_update",
            f"CREATE TRIGGER {index}_update AFTER UPDATE OF {COLUMN} ON {table} "
            f"BEGIN {delete_old} {insert_new} END",
        ),
    ]


def pg_ddl(table: str, index: str) -> str:
    """PostgreSQL's index: GIN over the trigrams of the index text."""
    return f"CREATE INDEX IF NOT EXISTS {index} ON {table} USING gin ({COLUMN} gin_trgm_ops)"


_present: weakref.WeakKeyDictionary[Engine, dict[str, Index]] = weakref.WeakKeyDictionary()


def _schema_names(connection: Connection) -> set[str]:
    rows = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"
    )
    return {name for (name,) in rows}


def _pg_valid(connection: Connection, index: str) -> bool | None:
    """Whether PostgreSQL has the index: True, False (left invalid by a failed build),
    None (missing)."""
    return connection.execute(
        text("SELECT indisvalid FROM pg_index WHERE indexrelid = to_regclass(:name)"),
        {"name": index},
    ).scalar()


def _pg_unicode_letters(connection: Connection) -> bool:
    """Whether pg_trgm makes trigrams of Chinese characters on this database."""
    try:
        with connection.begin_nested():
            return bool(connection.exec_driver_sql("SELECT show_trgm('佛佛佛') <> '{}'").scalar())
    except DBAPIError:
        return False


def _lookup(engine: Engine) -> dict[str, Index]:
    dialect = engine.dialect.name
    found: dict[str, Index] = {}
    with engine.begin() as connection:
        if dialect == "sqlite":
            names = _schema_names(connection)
            for table, index in INDEXED.items():
                if index in names:
                    found[table] = Index(index, table, dialect)
        elif dialect == "postgresql":
            for table, index in INDEXED.items():
                if _pg_valid(connection, index):
                    letters = _pg_unicode_letters(connection)
                    found[table] = Index(index, table, dialect, letters)
    return found


def lookup(engine: Engine) -> dict[str, Index]:
    """Table -> the trigram index it has (looked up once per engine)."""
    if engine not in _present:
        _present[engine] = _lookup(engine)
    return _present[engine]


def available(engine: Engine) -> frozenset[str]:
    """The names of the trigram indexes this database has."""
    return frozenset(index.name for index in lookup(engine).values())


def install(engine: Engine) -> bool:
    """Make the index where missing: on SQLite the index table and triggers (filled
    again when anything was missing), on PostgreSQL pg_trgm and the GIN index. True
    when the index is in place; False when the database cannot have it (SQLite without
    FTS5, a server that refuses the extension): searches then use LIKE."""
    dialect = engine.dialect.name
    try:
        if dialect == "sqlite":
            return _install_sqlite(engine)
        if dialect == "postgresql":
            return _install_postgresql(engine)
        return False
    finally:
        _present.pop(engine, None)  # looked up again at the next search


def _install_sqlite(engine: Engine) -> bool:
    try:
        with engine.begin() as connection:
            have = _schema_names(connection)
            for table, index in INDEXED.items():
                missing = [sql for name, sql in ddl(table, index) if name not in have]
                for statement in missing:
                    connection.exec_driver_sql(statement)
                if missing:
                    connection.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('rebuild')")
    except OperationalError:  # without FTS5 or trigrams, or read-only: LIKE still works
        return False
    return True


def _install_postgresql(engine: Engine) -> bool:
    """pg_trgm and the index, each only when missing: a login that may not create them
    still uses them once the database's owner opened the database."""
    with engine.begin() as connection:
        missing = [(t, i) for t, i in INDEXED.items() if not _pg_valid(connection, i)]
    if not missing:
        return True
    try:
        with engine.begin() as connection:
            has_trgm = connection.exec_driver_sql(
                "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'"
            ).first()
            if not has_trgm:
                connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            for table, index in missing:
                if _pg_valid(connection, index) is False:  # a build that failed half-way
                    connection.exec_driver_sql(f"DROP INDEX {index}")
                connection.exec_driver_sql(pg_ddl(table, index))
    except DBAPIError as error:  # not allowed, pg_trgm not installed, a colleague's lock
        log.warning("no trigram index, contacts are searched with LIKE: %s", error.orig)
        with engine.begin() as connection:  # another copy may have made it meanwhile
            return all(_pg_valid(connection, index) for _table, index in missing)
    return True


def drop(engine: Engine) -> None:
    """Remove the index (and SQLite's triggers): searches then use LIKE, as on a database
    without the index (for comparing both ways; the next start makes it again)."""
    try:
        with engine.begin() as connection:
            for table, index in INDEXED.items():
                if engine.dialect.name != "sqlite":
                    connection.exec_driver_sql(f"DROP INDEX IF EXISTS {index}")
                    continue
                for name, _sql in reversed(ddl(table, index)):
                    kind = "TABLE" if name == index else "TRIGGER"
                    connection.exec_driver_sql(f"DROP {kind} IF EXISTS {name}")
    finally:
        _present.pop(engine, None)


def fts_query(words: list[str]) -> str:
    """An FTS5 query in which every word must occur as a substring."""
    return " AND ".join('"' + index_text(word).replace('"', '""') + '"' for word in words)
