"""The schema: created at head, equal to the migrations, upgraded with a backup, a newer one
refused, and every stored database of a released schema opened with its data intact. On
both backends: every revision in turn from an empty database gives the models' schema, and
rows written at an older revision get what later revisions compute."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from isa_desk.core import files
from isa_desk.core.db import schema, search_index
from isa_desk.core.db.engine import Database, make_engine
from isa_desk.core.db.models import Base, Contact, Inquiry, Member, MemberPlace
from isa_desk.core.domain.sorting import name_sort_key, person_sort_key
from isa_desk.core.errors import DatabaseError

DATA = Path(__file__).resolve().parents[2] / "data"
STORED = sorted(DATA.glob("schema-*.sqlite"))
# computed from other columns: an upgrade computes them again when what they hold changes
# (0003: a contact's search text holds the names of its organisation and member)
DERIVED = {"search_text", "search_index_text"}


def rows(path: Path, table: str) -> dict[int, dict]:
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        found = connection.execute(f'SELECT rowid AS "_rowid", * FROM "{table}"').fetchall()
    finally:
        connection.close()
    return {row["_rowid"]: dict(row) for row in found}


def tables(path: Path) -> set[str]:
    """The tables of the models (not SQLite's own, nor the search index's)."""
    connection = sqlite3.connect(path)
    try:
        names = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {
            name
            for (name,) in names
            if not name.startswith("sqlite_") and not search_index.is_index_table(name)
        }
    finally:
        connection.close()


def schema_sql(engine, where: str) -> dict[str, str]:
    """The CREATE statements SQLite keeps of some of its objects."""
    with engine.connect() as connection:
        found = connection.exec_driver_sql(f"SELECT name, sql FROM sqlite_master WHERE {where}")
        return {name: " ".join((sql or "").split()) for name, sql in found}


def never_reusing_ids(engine) -> set[str]:
    """The tables that say AUTOINCREMENT, so that SQLite never hands an id out twice."""
    created = schema_sql(engine, "type = 'table'")
    return {name for name, sql in created.items() if "AUTOINCREMENT" in sql.upper()}


def revision_of(path: Path) -> str:
    return next(iter(rows(path, "alembic_version").values()))["version_num"]


def migrated_engine(path: Path):
    """An engine on a database built by running every migration from empty."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(schema.alembic_config(connection), "head")
    return engine


def differences(engine) -> list:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": schema.include_name}
        )
        return compare_metadata(context, Base.metadata)


def describe(engine) -> dict:
    """Everything the schema says about each table, in a comparable shape."""
    inspector = inspect(engine)
    result = {}
    for table in inspector.get_table_names():
        result[table] = {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"], c.get("default"))
                for c in inspector.get_columns(table)
            ],
            "primary_key": inspector.get_pk_constraint(table)["constrained_columns"],
            "indexes": sorted(
                (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                for i in inspector.get_indexes(table)
            ),
            "unique": sorted(
                (u["name"], tuple(u["column_names"]))
                for u in inspector.get_unique_constraints(table)
            ),
            "foreign_keys": sorted(
                (
                    f["name"] or "",
                    tuple(f["constrained_columns"]),
                    f["referred_table"],
                    tuple(f["referred_columns"]),
                    (f.get("options") or {}).get("ondelete", ""),
                )
                for f in inspector.get_foreign_keys(table)
            ),
        }
    return result


def migrations_with(tmp_path: Path, upgrade_body: str) -> Path:
    """A copy of the real migrations plus a revision 0002 running `upgrade_body`."""
    folder = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    head = schema.head_revision()
    (folder / "versions" / "9999_test_change.py").write_text(
        "from alembic import op\nimport sqlalchemy as sa\n\n"
        f"revision = 'test0002'\ndown_revision = {head!r}\n"
        "branch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade():\n" + "".join(f"    {line}\n" for line in upgrade_body.splitlines()),
        encoding="utf-8",
    )
    return folder


def database_with_data(path: Path) -> None:
    db = Database.open(str(path))
    with db.transaction() as session:
        member = Member(
            name="Kreis Düren",
            country="DE",
            region="Nordrhein-Westfalen",
            places=[MemberPlace(name="Düren")],
        )
        contact = Contact(
            given_name="Anna", family_name="Müller", member=member, email="anna@example.org"
        )
        session.add_all([member, contact, Inquiry(member=member, contact=contact)])
    db.close()


def test_new_database_is_created_at_head(tmp_path):
    path = tmp_path / "new.sqlite"
    Database.open(str(path)).close()
    assert revision_of(path) == schema.head_revision()
    assert tables(path) == set(Base.metadata.tables) | {schema.VERSION_TABLE}


def test_the_head_checked_at_every_start_is_alembics_head():
    # a new revision without HEAD_REVISION moved on would open databases unmigrated
    assert schema.head_revision() == schema.HEAD_REVISION


def test_models_and_migrations_agree(tmp_path):
    engine = migrated_engine(tmp_path / "migrated.sqlite")
    try:
        assert differences(engine) == []
    finally:
        engine.dispose()


def test_database_created_from_models_matches_the_models(tmp_path):
    db = Database.open(str(tmp_path / "created.sqlite"))
    try:
        assert differences(db.engine) == []
    finally:
        db.close()


def test_migrations_from_empty_give_the_schema_a_new_database_gets(tmp_path):
    migrated = migrated_engine(tmp_path / "migrated.sqlite")
    created = Database.open(str(tmp_path / "created.sqlite"))
    try:
        assert describe(migrated) == describe(created.engine)
    finally:
        migrated.dispose()
        created.close()


def test_tables_never_reuse_ids_and_the_search_index_is_made_either_way(tmp_path):
    migrated = migrated_engine(tmp_path / "migrated.sqlite")
    created = Database.open(str(tmp_path / "created.sqlite"))
    try:
        expected = {
            table.name
            for table in Base.metadata.tables.values()
            if table.dialect_kwargs.get("sqlite_autoincrement")
        }
        assert {"member", "contact", "activity", "import_batch"} <= expected
        assert never_reusing_ids(migrated) == never_reusing_ids(created.engine) == expected
        index = "name LIKE 'contact_search%'"
        assert schema_sql(migrated, index) == schema_sql(created.engine, index)
        assert set(schema_sql(migrated, "type = 'trigger'")) == {
            "contact_search_insert",
            "contact_search_delete",
            "contact_search_update",
        }
    finally:
        migrated.dispose()
        created.close()


def test_an_older_database_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "office.sqlite"
    database_with_data(path)
    old_revision = revision_of(path)
    scripts = migrations_with(
        tmp_path,
        (
            "op.create_table('extra', sa.Column('id', sa.Integer, primary_key=True))\n"
            "with op.batch_alter_table('member') as batch:\n"
            "    batch.add_column(sa.Column('nickname', sa.String(50), server_default='x'))"
        ),
    )
    engine = make_engine(str(path))
    try:
        backup = schema.prepare(engine, script_location=scripts)
    finally:
        engine.dispose()

    assert backup is not None and backup.parent == path.parent
    assert backup.name.startswith(f"office.backup-{old_revision}-")
    assert backup.suffix == ".sqlite"
    # the backup is the old database, whole
    assert revision_of(backup) == old_revision
    assert "extra" not in tables(backup)
    assert [m["name"] for m in rows(backup, "member").values()] == ["Kreis Düren"]
    # the database itself is upgraded and keeps its data
    assert revision_of(path) == "test0002"
    assert "extra" in tables(path)
    assert [(m["name"], m["nickname"]) for m in rows(path, "member").values()] == [
        ("Kreis Düren", "x")
    ]
    assert len(rows(path, "inquiry")) == 1


def test_an_upgrade_that_rebuilds_a_table_keeps_the_rows_that_refer_to_it(tmp_path):
    path = tmp_path / "office.sqlite"
    database_with_data(path)
    scripts = migrations_with(
        tmp_path,
        (
            "with op.batch_alter_table('member', recreate='always') as batch:\n"
            "    batch.alter_column('website', type_=sa.String(400),"
            " existing_type=sa.String(300))"
        ),
    )
    engine = make_engine(str(path))
    try:
        schema.prepare(engine, script_location=scripts)
    finally:
        engine.dispose()
    assert len(rows(path, "inquiry")) == 1
    assert len(rows(path, "member_place")) == 1
    assert [c["member_id"] for c in rows(path, "contact").values()] == [1]


def test_a_failing_upgrade_changes_nothing_and_says_so(tmp_path):
    path = tmp_path / "office.sqlite"
    database_with_data(path)
    scripts = migrations_with(
        tmp_path,
        (
            "op.create_table('extra', sa.Column('id', sa.Integer, primary_key=True))\n"
            "op.add_column('member', sa.Column('nickname', sa.String(50)))\n"
            "raise RuntimeError('this migration fails half-way')"
        ),
    )
    engine = make_engine(str(path))
    try:
        with pytest.raises(DatabaseError, match="office.sqlite"):
            schema.prepare(engine, script_location=scripts)
    finally:
        engine.dispose()
    assert revision_of(path) == schema.head_revision()
    assert "extra" not in tables(path)
    assert "nickname" not in next(iter(rows(path, "member").values()))


def test_an_older_database_is_not_upgraded_when_told_not_to(tmp_path):
    path = tmp_path / "office.sqlite"
    database_with_data(path)
    scripts = migrations_with(tmp_path, "op.create_table('extra', sa.Column('id', sa.Integer))")
    engine = make_engine(str(path))
    try:
        with pytest.raises(DatabaseError, match="needs an upgrade"):
            schema.prepare(engine, upgrade=False, script_location=scripts)
    finally:
        engine.dispose()
    assert revision_of(path) == schema.head_revision()
    assert list(tmp_path.glob("*.backup-*")) == []


def test_a_database_of_a_newer_version_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "newer.sqlite"
    database_with_data(path)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zz99'")
    connection.close()
    before = path.read_bytes()

    with pytest.raises(DatabaseError) as raised:
        Database.open(str(path))

    assert "newer version" in str(raised.value) and "zz99" in str(raised.value)
    assert str(path) in str(raised.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["newer.sqlite"]


def test_there_is_a_stored_database_of_the_current_schema():
    assert DATA / f"schema-{schema.head_revision()}.sqlite" in STORED


@pytest.mark.parametrize("stored", STORED, ids=lambda p: p.name)
def test_a_stored_database_of_a_released_schema_opens_with_its_data(tmp_path, stored):
    copy = tmp_path / stored.name
    shutil.copy(stored, copy)
    before = {table: rows(copy, table) for table in tables(copy) - {schema.VERSION_TABLE}}
    assert all(before.values()), "a stored database holds rows in every table"

    db = Database.open(str(copy))
    db.close()

    assert revision_of(copy) == schema.head_revision()
    for table, old_rows in before.items():
        new_rows = rows(copy, table)
        assert new_rows.keys() == old_rows.keys(), table
        moved = MOVED.get(table, set())
        for key, old in old_rows.items():
            kept = {
                column: value
                for column, value in new_rows[key].items()
                if column in old and column not in DERIVED
            }
            expected = {c: v for c, v in old.items() if c not in DERIVED | moved}
            assert kept == expected, f"{table} row {key}"


# columns a later revision moved to a table of their own (checked by the tests below)
MOVED = {"contact": {"consent_on", "consent_source"}}


def test_an_upgrade_to_0007_keeps_the_one_consent_as_the_newsletters(tmp_path):
    copy = tmp_path / "office.sqlite"
    shutil.copy(DATA / "schema-0006.sqlite", copy)
    old = rows(copy, "contact")

    Database.open(str(copy)).close()

    consents = {row["contact_id"]: row for row in rows(copy, "consent").values()}
    given = {key: row for key, row in old.items() if row["consent_on"] or row["consent_source"]}
    assert given and consents.keys() == given.keys()
    for key, row in given.items():
        consent = consents[key]
        assert consent["purpose"] == "newsletter" and consent["withdrawn_on"] is None
        assert (consent["given_on"], consent["source"]) == (
            row["consent_on"],
            row["consent_source"],
        )
    assert not MOVED["contact"] & set(next(iter(rows(copy, "contact").values())))


def test_the_first_stored_database_holds_what_was_written():
    connection = sqlite3.connect(DATA / "schema-0001.sqlite")
    try:
        names = connection.execute(
            "SELECT given_name, family_name, name_zh, email_key FROM contact ORDER BY id"
        ).fetchall()
    finally:
        connection.close()
    assert names[:2] == [
        ("Anna", "Müller-Lüdenscheidt", "", "anna.mueller@example.org"),
        ("Wei", "Wang", "王伟", "wang.wei@foshan.example"),
    ]


def test_a_full_disk_during_the_backup_leaves_no_half_backup_and_no_upgrade(tmp_path, monkeypatch):
    path = tmp_path / "office.sqlite"
    database_with_data(path)
    old_revision = revision_of(path)
    scripts = migrations_with(
        tmp_path, "op.create_table('extra', sa.Column('id', sa.Integer, primary_key=True))"
    )
    before = sorted(p.name for p in tmp_path.iterdir())

    def disk_full(_path):  # the disk fills up as the copy is made durable
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "sync_file", disk_full)
    engine = make_engine(str(path))
    try:
        with pytest.raises(DatabaseError, match="No backup of .* could be made") as raised:
            schema.prepare(engine, script_location=scripts)
    finally:
        engine.dispose()
    assert "No space left on device" in str(raised.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no backup, no temp file
    assert revision_of(path) == old_revision and "extra" not in tables(path)


def test_an_upgrade_to_0004_fills_the_sort_and_phone_keys(tmp_path):
    copy = tmp_path / "office.sqlite"
    shutil.copy(DATA / "schema-0003.sqlite", copy)
    connection = sqlite3.connect(copy)
    with connection:
        connection.execute("UPDATE contact SET phone = '030 1234567' WHERE id = 1")
        connection.execute("UPDATE contact SET mobile = '138 0013 8000' WHERE id = 2")
    connection.close()

    Database.open(str(copy)).close()

    contacts = rows(copy, "contact")
    anna, wang = contacts[1], contacts[2]
    assert anna["sort_name"].startswith("muller ludenscheidt\x01anna")
    assert anna["sort_given"].startswith("anna\x01muller ludenscheidt")
    assert anna["phone_key"] == "+49301234567" and anna["mobile_key"] == ""
    assert wang["sort_name"].startswith("wang\x01wei") and wang["mobile_key"] == "+8613800138000"
    assert "+49301234567" in anna["search_text"] and "+8613800138000" in wang["search_text"]
    for table in ("organisation", "member"):
        for record in rows(copy, table).values():
            assert record["sort_name"] == name_sort_key(record["name"], record["name_zh"])


# Both backends: every revision from an empty database, with rows written along the way --


@pytest.fixture
def empty_database(backend, tmp_path, request) -> Iterator[str]:
    """The URL of an empty database (no schema): an SQLite file or one on the test server."""
    if backend == "postgresql":
        with request.getfixturevalue("postgres_templates").new() as url:
            yield url
        return
    yield f"sqlite:///{tmp_path / 'empty.sqlite'}"


def upgrade(engine, revision: str) -> None:
    with engine.begin() as connection:
        command.upgrade(schema.alembic_config(connection), revision)


def revisions() -> list[str]:
    """Every revision, oldest first."""
    script = ScriptDirectory.from_config(schema.alembic_config())
    return [revision.revision for revision in reversed(list(script.walk_revisions()))]


def comparable(engine) -> dict:
    """`describe` without the search index (made at opening, not by the migrations) and
    with the server's two spellings of the current time as one."""
    found = describe(engine)
    for table in found.values():
        table["indexes"] = [i for i in table["indexes"] if not search_index.is_index_table(i[0])]
        table["columns"] = [
            (name, kind, nullable, "CURRENT_TIMESTAMP" if default == "now()" else default)
            for name, kind, nullable, default in table["columns"]
        ]
    return found


def sort_key_collations(engine) -> dict[str, str | None]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT table_name || '.' || column_name, collation_name "
            "FROM information_schema.columns WHERE column_name IN ('sort_name', 'sort_given')"
        )
        return dict(rows.all())


def test_every_revision_in_turn_gives_the_schema_of_the_models(empty_database, tmp_path, request):
    engine = create_engine(empty_database)
    try:
        for revision in revisions():  # one at a time: each revision's upgrade on its own
            upgrade(engine, revision)
            with engine.connect() as connection:
                assert schema.current_revision(connection) == revision
        assert differences(engine) == []
        if engine.dialect.name == "postgresql":
            assert set(sort_key_collations(engine).values()) == {"C"}
            templates = request.getfixturevalue("postgres_templates")
            with templates.new() as url:
                created = Database.open(url)  # a new database: from the models, at head
                try:
                    assert differences(created.engine) == []
                    assert sort_key_collations(created.engine) == sort_key_collations(engine)
                    assert comparable(created.engine) == comparable(engine)
                finally:
                    created.close()
    finally:
        engine.dispose()


def test_rows_written_at_0003_get_the_keys_of_0004_and_their_order(empty_database):
    engine = create_engine(empty_database)
    stamp = "2021-09-01 08:30:00"
    tracked = f"'{stamp}', '{stamp}', 1"
    people = [  # id, family, given, name_zh, phone, mobile, country
        (1, "Müller-Lüdenscheidt", "Anna", "", "030 1234567", "", "DE"),
        (2, "Wang", "Wei", "王伟", "", "138 0013 8000", "CN"),
        (3, "von der Leyen", "Ursula", "", "", "", "DE"),
        (4, "", "", "曾静", "", "", "CN"),
        (5, "Ärmel", "Eva", "", "", "", "DE"),
    ]
    try:
        upgrade(engine, "0003")
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO member (id, name, name_zh, kind, country, region, status, "
                "website, notes, search_text, created_at, updated_at, version) VALUES "
                f"(1, 'Foshan', '佛山市', 'city', 'CN', '', 'member', '', '', 'foshan', {tracked})"
            )
            connection.exec_driver_sql(
                "INSERT INTO organisation (id, name, name_zh, kind, member_id, advisory_board, "
                "street, postcode, town, region, country, phone, email, website, notes, "
                "search_text, created_at, updated_at, version) VALUES (1, 'Ämterverbund', '', "
                f"'other', 1, false, '', '', '', '', 'DE', '', '', '', '', '', {tracked})"
            )
            for number, family, given, zh, phone, mobile, country in people:
                connection.execute(
                    text(
                        "INSERT INTO contact (id, gender, title, position, given_name, "
                        "family_name, name_order, name_zh, organisation_id, member_id, "
                        "department, email, phone, mobile, fax, street, postcode, town, region, "
                        "country, language, salutation_override, no_post, no_email, "
                        "consent_source, notes, active, search_text, search_index_text, "
                        "created_at, updated_at, version) VALUES (:id, 'unknown', '', '', :given, "
                        ":family, 'western', :zh, 1, 1, '', '', :phone, :mobile, '', '', '', '', "
                        f"'', :country, 'de', '', false, false, '', '', true, '', '', {tracked})"
                    ),
                    {"id": number, "given": given, "family": family, "zh": zh}
                    | {"phone": phone, "mobile": mobile, "country": country},
                )
        upgrade(engine, "head")
        with engine.connect() as connection:
            stored = {
                row.id: row
                for row in connection.exec_driver_sql(
                    "SELECT id, sort_name, sort_given, phone_key, mobile_key, search_text, "
                    "search_index_text FROM contact"
                )
            }
            order = connection.exec_driver_sql("SELECT id FROM contact ORDER BY sort_name, id")
            by_name = [number for (number,) in order]
            places = connection.exec_driver_sql(
                "SELECT o.sort_name, m.sort_name FROM organisation o, member m"
            ).one()
    finally:
        engine.dispose()
    anna, wang = stored[1], stored[2]
    assert anna.sort_name.startswith("muller ludenscheidt\x01anna")
    assert anna.sort_given.startswith("anna\x01muller ludenscheidt")
    assert (anna.phone_key, wang.mobile_key) == ("+49301234567", "+8613800138000")
    assert "+49301234567" in anna.search_text and "foshan" in anna.search_text  # 0003, 0004
    assert "佛佛佛山山山市市市" in wang.search_index_text
    for number, family, given, zh, *_ in people:
        assert stored[number].sort_name == person_sort_key(family, given, zh)
    # Ärmel, Leyen (von der), Müller-Lüdenscheidt, Wang, 曾 (zeng): code point by code point
    assert by_name == [5, 3, 1, 2, 4]
    assert places == (name_sort_key("Ämterverbund"), name_sort_key("Foshan", "佛山市"))
