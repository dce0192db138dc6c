"""The contacts' trigram index on both backends: every statement of a search for
"mueller", "佛山" or one Chinese character reads the index (SQLite's FTS5 table,
PostgreSQL's GIN index with pg_trgm), and on a server that refuses pg_trgm, or whose
database does not count Chinese characters as letters, the search finds the same rows
without it."""

from __future__ import annotations

import itertools
import logging
import os
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url

from isa_desk.core.db import search_index
from isa_desk.core.db.engine import Database
from isa_desk.core.services import contacts
from isa_desk.core.services.common import ListQuery

PEOPLE = [
    ("Hans", "Müller", "", "Düren"),
    ("Petra", "Mueller-Lüdenscheidt", "", "Köln"),
    ("Wei", "Li", "李伟", "佛山市"),
    ("Yi", "Liu", "刘毅", "佛山市"),
    ("Anna", "Schmidt", "", "Jülich"),
]
SEARCHES = {  # what a search finds, on every backend, with the index or without
    "mueller": ["Mueller-Lüdenscheidt", "Müller"],
    "duren": ["Müller"],
    "佛山": ["Li", "Liu"],
    "刘": ["Liu"],
    "伟": ["Li"],
    "liu 佛": ["Liu"],
    "li": ["Li", "Liu", "Schmidt"],  # Jülich
}
_numbers = itertools.count(1)


def add_people(db: Database) -> None:
    for given, family, zh, town in PEOPLE:
        contacts.create(
            db, {"given_name": given, "family_name": family, "name_zh": zh, "town": town}
        )


def found(db: Database, words: str) -> list[str]:
    query = ListQuery(text=words)
    rows = contacts.page(db, query, 0, 50)
    assert contacts.count(db, query) == len(rows)
    return [row.family_name for row in rows]


@contextmanager
def statements(db: Database):
    """The SELECTs (with their parameters) the block sends to the database."""
    seen: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def plan(db: Database, statement: str, parameters) -> str:
    """How the database reads the statement; PostgreSQL is told to use an index wherever
    one serves (it would rather read a table of five rows whole)."""
    with db.engine.connect() as connection:
        if db.engine.dialect.name == "sqlite":
            rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            return " ".join(str(row) for row in rows)
        connection.exec_driver_sql("SET enable_seqscan = off")
        rows = connection.exec_driver_sql("EXPLAIN " + statement, parameters)
        return "\n".join(row[0] for row in rows)


@pytest.mark.parametrize("words", ["mueller", "佛山", "刘", "duren"])
def test_every_statement_of_a_search_reads_the_index(db, words):
    add_people(db)
    assert search_index.available(db.engine) == {"contact_search"}
    with statements(db) as seen:
        found(db, words)
    searching = [(s, p) for s, p in seen if "search_index_text" in s or "contact_search" in s]
    assert searching, seen
    for statement, parameters in searching:
        shown = plan(db, statement, parameters)
        if db.engine.dialect.name == "sqlite":
            assert "contact_search VIRTUAL TABLE" in shown, shown
        else:
            assert "Bitmap Index Scan on contact_search" in shown, shown


def test_the_same_rows_are_found_with_and_without_the_index(db):
    add_people(db)
    with_index = {words: found(db, words) for words in SEARCHES}
    search_index.drop(db.engine)
    assert search_index.available(db.engine) == frozenset()
    assert {words: found(db, words) for words in SEARCHES} == with_index == SEARCHES


def test_words_the_index_can_look_up():
    sqlite = search_index.Index("contact_search", "contact", "sqlite")
    server = search_index.Index("contact_search", "contact", "postgresql")
    ascii_only = search_index.Index("contact_search", "contact", "postgresql", False)
    for word in ("muller", "刘", "佛山", "100%"):
        assert sqlite.indexable(word) and server.indexable(word), word
    assert sqlite.indexable("a-b") and not server.indexable("a-b")  # pg_trgm: letters only
    assert not sqlite.indexable("li") and not server.indexable("li")
    assert ascii_only.indexable("muller") and not ascii_only.indexable("刘")


# PostgreSQL only -------------------------------------------------------------------------


@contextmanager
def new_database(templates, options: str = ""):
    """A database of its own, made with CREATE DATABASE … `options`, dropped afterwards."""
    name = f"isa_test_{os.getpid()}_trgm{next(_numbers)}"
    with templates.admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" {options}'))
    try:
        yield templates.url(name)
    finally:
        with templates.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@contextmanager
def clerk(url: str):
    """A login that may read and write the records, nothing more: it may not create an
    extension or an index. Its URL; the role is dropped afterwards."""
    role = f"isa_clerk_{os.getpid()}_{next(_numbers)}"
    admin = create_engine(url)  # not opened as the program does: that makes the index
    grants = [
        f"CREATE ROLE {role} LOGIN",
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
    ]
    with admin.begin() as connection:
        for statement in grants:
            connection.exec_driver_sql(statement)
    try:
        yield make_url(url).set(username=role).render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP OWNED BY {role}")
            connection.exec_driver_sql(f"DROP ROLE {role}")
        admin.dispose()


def test_a_login_that_may_not_make_the_index_searches_without_it(server_db, caplog):
    add_people(server_db)
    search_index.drop(server_db.engine)  # as on a server where nobody made it yet
    with server_db.engine.begin() as connection:
        connection.exec_driver_sql("DROP EXTENSION pg_trgm")
    with clerk(server_db.target) as url, caplog.at_level(logging.WARNING):
        colleague = Database.open(url)
        try:
            assert search_index.available(colleague.engine) == frozenset()
            assert {words: found(colleague, words) for words in SEARCHES} == SEARCHES
        finally:
            colleague.close()
    assert "no trigram index" in caplog.text
    assert search_index.install(server_db.engine)  # the owner may: the next opening makes it
    assert search_index.available(server_db.engine) == {"contact_search"}


def test_a_login_that_may_not_make_the_index_uses_the_one_there_is(server_db):
    add_people(server_db)
    with clerk(server_db.target) as url:
        colleague = Database.open(url)
        try:
            assert search_index.available(colleague.engine) == {"contact_search"}
            assert found(colleague, "佛山") == ["Li", "Liu"]
        finally:
            colleague.close()


def test_an_index_left_invalid_by_a_failed_build_is_made_again_at_the_next_opening(server_db):
    add_people(server_db)
    valid = "SELECT indisvalid FROM pg_index WHERE indexrelid = 'contact_search'::regclass"
    with server_db.engine.begin() as connection:  # as CREATE INDEX CONCURRENTLY may leave it
        connection.exec_driver_sql(
            "UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'contact_search'::regclass"
        )
    again = Database.open(server_db.target)
    try:
        with again.engine.connect() as connection:
            assert connection.exec_driver_sql(valid).scalar() is True
        assert found(again, "刘") == ["Liu"]
    finally:
        again.close()


def test_a_database_in_the_c_locale_finds_chinese_words_without_the_index(postgres_templates):
    options = "TEMPLATE template0 LC_CTYPE 'C' LC_COLLATE 'C'"
    with new_database(postgres_templates, options) as url:
        db = Database.open(url)
        try:
            add_people(db)
            index = search_index.lookup(db.engine)["contact"]
            assert not index.unicode_letters  # pg_trgm sees no letters in "佛山" here
            assert index.indexable("muller") and not index.indexable("佛山")
            assert {words: found(db, words) for words in SEARCHES} == SEARCHES
        finally:
            db.close()


def test_a_database_in_a_utf8_locale_counts_chinese_characters_as_letters(server_db):
    with server_db.engine.connect() as connection:
        ctype = connection.exec_driver_sql(
            "SELECT datctype FROM pg_database WHERE datname = current_database()"
        ).scalar()
    assert "utf" in ctype.lower().replace("-", "")
    assert search_index.lookup(server_db.engine)["contact"].unicode_letters
