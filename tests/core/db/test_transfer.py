"""Moving up to the team server: the demo database copied into an empty PostgreSQL
database whole (counts and records equal, ids and sequences right), or, when refused,
failed or cancelled, not at all."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import create_engine, func, select, text

from isa_desk.core.db import transfer as moving
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Base, ColumnMapping, ImportBatch
from isa_desk.core.documents.letters import sender, templates
from isa_desk.core.errors import Cancelled, ValidationError
from isa_desk.core.progress import Progress
from isa_desk.core.services import contacts
from tests import copy_database

TABLES = list(Base.metadata.sorted_tables)


@pytest.fixture
def source(demo_file, tmp_path) -> Iterator[Database]:
    """The demo data plus what the demo lacks: letter templates, settings, an import,
    a saved column mapping, and a deleted last contact (its id must not come back)."""
    db = Database.open(str(copy_database(demo_file, tmp_path / "office.sqlite")))
    templates.ensure_builtins(db)
    sender.save(db, replace(sender.DEFAULT, town="Berlin-Mitte 柏林"))
    with db.transaction() as session:
        session.add(ImportBatch(entity="contact", source="Liste 佛山.xlsx", created=0))
        session.add(ColumnMapping(name="Foshan", entity="contact", mapping='{"姓名": "name_zh"}'))
    last = max(ids_of(db, "contact"))
    contacts.delete(db, [last])
    yield db
    db.close()


@pytest.fixture
def server(postgres_templates) -> Iterator[str]:
    """The URL of a new, empty database on the server (no schema yet)."""
    with postgres_templates.new() as url:
        yield url


def ids_of(db: Database, table: str) -> list[int]:
    with db.engine.connect() as connection:
        return list(connection.execute(text(f"SELECT id FROM {table}")).scalars())


def counts(url_or_db) -> dict[str, int]:
    engine = url_or_db.engine if isinstance(url_or_db, Database) else create_engine(url_or_db)
    try:
        with engine.connect() as connection:
            return {
                table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
                for table in TABLES
            }
    finally:
        if not isinstance(url_or_db, Database):
            engine.dispose()


def row(db: Database, table: str, **where) -> dict:
    """One record as the database gives it back, every column."""
    table_ = Base.metadata.tables[table]
    query = select(table_).filter_by(**where)
    with db.engine.connect() as connection:
        return dict(connection.execute(query).one()._mapping)


def raw_sql(db: Database, statement: str) -> None:
    """Write past the program's checks, as another tool could have done."""
    with db.engine.begin() as connection:
        connection.exec_driver_sql(statement)


def test_the_whole_database_arrives_and_is_checked(source, server):
    before = counts(source)
    assert before["letter_template"] and before["setting"] and before["audit_entry"]
    steps = []

    report = moving.transfer(source, server, Progress(lambda *step: steps.append(step)))

    assert report.tables == before and report.total == sum(before.values())
    assert list(report.tables) == [table.name for table in TABLES]  # foreign keys first
    assert counts(server) == before  # no audit entry added on either side
    assert counts(source) == before
    assert steps[-1][0] == steps[-1][1] == report.total
    copied = Database.open(server)
    try:
        ids = ids_of(source, "contact")
        chinese = next(i for i in ids if row(source, "contact", id=i)["name_zh"])
        for table, key in (
            ("contact", {"id": chinese}),
            ("organisation", {"id": min(ids_of(source, "organisation"))}),
            ("member", {"id": min(ids_of(source, "member"))}),
            ("audit_entry", {"id": max(ids_of(source, "audit_entry"))}),
            ("letter_template", {"id": max(ids_of(source, "letter_template"))}),
            ("setting", {"key": "letters.sender.town"}),
            ("import_batch", {"id": 1}),
            ("column_mapping", {"name": "Foshan"}),
        ):
            assert row(copied, table, **key) == row(source, table, **key), table
        assert row(copied, "setting", key="letters.sender.town")["value"] == "Berlin-Mitte 柏林"
        assert row(copied, "contact", id=chinese)["name_zh"]

        # new records get fresh ids, after the highest SQLite ever gave (a deleted one too)
        deleted = max(ids_of(source, "contact")) + 1
        new = contacts.create(copied, {"given_name": "Xiaoming", "family_name": "Wang"})
        assert new.id == deleted + 1
        assert row(copied, "audit_entry", entity="contact", entity_id=new.id)["action"].value
    finally:
        copied.close()


def test_a_database_that_holds_records_is_refused_and_left_alone(source, postgres_templates):
    with postgres_templates.copy("demo") as url:
        before = counts(url)
        with pytest.raises(moving.TransferError, match="already holds records"):
            moving.transfer(source, url)
        assert counts(url) == before


@pytest.mark.parametrize(
    ("statement", "table", "record", "column", "problem"),
    [
        (
            "UPDATE contact SET notes = 'vor' || char(0) || 'nach' WHERE id = 7",
            "contact",
            "7",
            "notes",
            "a NUL character (code 0)",
        ),
        (
            "UPDATE organisation SET name = printf('%.301c', 'x') WHERE id = 3",
            "organisation",
            "3",
            "name",
            "Too long: 301 characters where at most 300 fit",
        ),
    ],
    ids=["nul", "overlong"],
)
def test_a_value_the_server_refuses_leaves_it_without_rows(
    source, server, statement, table, record, column, problem
):
    raw_sql(source, statement)
    with pytest.raises(moving.TransferError) as refused:
        moving.transfer(source, server)
    message = str(refused.value)
    assert f"table {table}, record {record}, column {column}: {problem}" in message
    assert message.startswith("Nothing was copied") and "\n" not in message
    assert not any(counts(server).values())  # the schema stays, without a row

    # corrected, the copy works into the same database
    raw_sql(source, f"UPDATE {table} SET {column} = 'korrigiert' WHERE id = {record}")
    assert moving.transfer(source, server).tables == counts(source)


def test_a_row_the_server_refuses_is_found_and_named(source, server):
    """What no check in the program foresees (a tag of a contact that is gone) the server
    refuses; the message names the record all the same."""
    with source.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.exec_driver_sql("INSERT INTO contact_tag VALUES (99999, 1)")
        connection.commit()
    with pytest.raises(moving.TransferError) as refused:
        moving.transfer(source, server, chunk=50)
    message = str(refused.value)
    assert "table contact_tag, record contact_id=99999, tag_id=1" in message
    assert "foreign key" in message
    assert not any(counts(server).values())


def test_a_cancel_takes_everything_back(source, server):
    progress = Progress(lambda done, total, _message: done > 300 and progress.cancel())
    with pytest.raises(Cancelled):
        moving.transfer(source, server, progress, chunk=20)
    assert not any(counts(server).values())


def test_a_source_not_at_the_current_schema_or_a_wrong_target_is_refused(source, server):
    raw_sql(source, "UPDATE alembic_version SET version_num = '0004'")
    with pytest.raises(moving.TransferError, match="at schema 0004, not at this program's"):
        moving.transfer(source, server)
    raw_sql(source, f"UPDATE alembic_version SET version_num = '{head()}'")
    for wrong in ("sqlite:///elsewhere.sqlite", "postgresql+psycopg://anna@server", "no url"):
        with pytest.raises(ValidationError, match="is not the address of a PostgreSQL database"):
            moving.transfer(source, wrong)


def head() -> str:
    from isa_desk.core.db import schema

    return schema.head_revision()
