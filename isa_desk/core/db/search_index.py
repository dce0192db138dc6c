"""A trigram index over contacts' search text, so that a search word is found without
reading every contact (SQLite FTS5; other databases search with LIKE).

The index is an FTS5 table with the trigram tokenizer over `contact.search_index_text`,
kept in step by triggers, so every way of writing contacts (the services, bulk
inserts, undo, other tools) keeps it current. It is part of the schema: migration
0002 makes it, and `install` makes or repairs it when a database is opened (a table
rebuilt by a later batch migration loses its triggers).

Trigrams find words of three or more characters. Chinese names are short ("刘",
"佛山"), so in the indexed text, and in a search word, every CJK character is
written three times ("佛山" -> "佛佛佛山山山"): a one-character word becomes a
trigram, and a word occurs in the tripled text exactly when it occurs in the text.
Shorter Latin words (one or two letters) are searched with LIKE.
"""

from __future__ import annotations

import re
import weakref

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

# table -> its trigram index; members and organisations are few enough for LIKE
INDEXED = {"contact": "contact_search"}
MIN_LENGTH = 3  # a trigram index cannot look up shorter words

# CJK ideographs, kana, hangul and their punctuation: scripts written without spaces
_CJK = re.compile("([\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\U00020000-\U0003ffff])")


def index_text(search_text: str) -> str:
    """The text as the index holds it: every CJK character tripled."""
    return _CJK.sub(r"\1\1\1", search_text or "")


def indexable(word: str) -> bool:
    """Whether the index can look the (folded) word up."""
    return len(index_text(word)) >= MIN_LENGTH


def is_index_table(name: str) -> bool:
    """The index and its shadow tables: not part of the models (autogenerate skips them)."""
    return any(name == index or name.startswith(index + "_") for index in INDEXED.values())


def ddl(table: str, index: str) -> list[tuple[str, str]]:
    """(name, statement) of the index table and its triggers; migration 0002 holds the
    same statements."""
    column = "search_index_text"
    delete_old = (
        f"INSERT INTO {index}({index}, rowid, {column}) VALUES ('delete', old.id, old.{column});"
    )
    insert_new = f"INSERT INTO {index}(rowid, {column}) VALUES (new.id, new.{column});"
    return [
        (
            index,
            f"CREATE VIRTUAL TABLE {index} USING fts5({column}, content='{table}', "
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
            f"CREATE TRIGGER {index}_update AFTER UPDATE OF {column} ON {table} "
            f"BEGIN {delete_old} {insert_new} END",
        ),
    ]


_present: weakref.WeakKeyDictionary[Engine, frozenset[str]] = weakref.WeakKeyDictionary()


def _schema_names(connection) -> set[str]:
    rows = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"
    )
    return {name for (name,) in rows}


def available(engine: Engine) -> frozenset[str]:
    """The index tables this database has (looked up once per engine)."""
    if engine.dialect.name != "sqlite":
        return frozenset()
    if engine not in _present:
        with engine.connect() as connection:
            names = _schema_names(connection)
        _present[engine] = frozenset(index for index in INDEXED.values() if index in names)
    return _present[engine]


def install(engine: Engine) -> bool:
    """Make the index table and triggers where missing, and fill the index again when
    anything was missing (SQLite with FTS5 only). True when the index is in place."""
    if engine.dialect.name != "sqlite":
        return False
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
    finally:
        _present.pop(engine, None)  # looked up again at the next search
    return True


def drop(engine: Engine) -> None:
    """Remove the index and its triggers: searches then use LIKE, as on a database
    without FTS5 (for comparing both ways; the next start makes the index again)."""
    try:
        with engine.begin() as connection:
            for table, index in INDEXED.items():
                for name, _sql in reversed(ddl(table, index)):
                    kind = "TABLE" if name == index else "TRIGGER"
                    connection.exec_driver_sql(f"DROP {kind} IF EXISTS {name}")
    finally:
        _present.pop(engine, None)


def fts_query(words: list[str]) -> str:
    """An FTS5 query in which every word must occur as a substring."""
    return " AND ".join('"' + index_text(word).replace('"', '""') + '"' for word in words)
