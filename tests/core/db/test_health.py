"""A damaged database is refused at open, unchanged, with its last good backup named;
`check` finds what is wrong without writing into the file."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from isa_desk.core.backups import copying
from isa_desk.core.db import health
from isa_desk.core.db.engine import Database
from isa_desk.core.errors import DatabaseError
from tests import copy_database
from tests.core.backups import damage

NOW = dt.datetime(2024, 3, 7, 9, 5, 1)


@pytest.fixture
def office(tmp_path, demo_file):
    return copy_database(demo_file, tmp_path / "office" / "office.sqlite")


def test_a_damaged_database_is_refused_unchanged_and_its_last_backup_named(office):
    backup = copying.make_backup(office, now=NOW)
    damage(office)
    before = office.read_bytes()

    with pytest.raises(health.DamagedDatabaseError) as raised:
        Database.open(str(office))

    error = raised.value
    assert isinstance(error, DatabaseError)
    assert (error.path, error.backup) == (office, backup)
    message = str(error)
    assert "is damaged (On tree page" in message and "it was not changed" in message
    assert f"isa-desk --database {office} restore {backup}" in message
    assert "\n" not in message
    assert office.read_bytes() == before


def test_without_a_backup_the_message_points_to_the_check(office):
    damage(office)
    with pytest.raises(health.DamagedDatabaseError, match="There is no backup in .*check$"):
        Database.open(str(office), upgrade=False)


def test_the_last_good_backup_passes_the_check_itself(office):
    good = copying.make_backup(office, now=NOW - dt.timedelta(days=1))
    newer = copying.make_backup(office, now=NOW)
    damage(newer)
    assert health.last_good_backup(office) == good


def test_a_whole_database_opens_and_a_new_one_is_made(office, tmp_path):
    Database.open(str(office)).close()
    Database.open(str(tmp_path / "new.sqlite")).close()
    assert health.quick_problems(office) == []


def report(path):
    return {finding.key: (finding.ok, finding.lines) for finding in health.check(path)}


def test_check_of_a_whole_database(office):
    assert report(office) == {
        "integrity": (True, ["ok"]),
        "foreign_keys": (True, ["ok"]),
        "revision": (True, [f"{current_revision(office)} (current)"]),
        "search_index": (True, ["ok"]),
    }


def current_revision(path):
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def test_check_of_a_damaged_database_leaves_it_unchanged(office):
    damage(office)
    before = office.read_bytes()
    found = report(office)
    assert office.read_bytes() == before
    ok, lines = found["integrity"]
    assert not ok and lines[0].startswith("On tree page")


def change(path, *statements):
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys=OFF")
    with connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()


def test_check_finds_a_broken_reference(office):
    change(office, "UPDATE contact SET organisation_id = 99999 WHERE id = 3")
    ok, lines = report(office)["foreign_keys"]
    assert not ok and lines == ["contact row 3 refers to a missing organisation"]


def test_check_finds_a_search_index_out_of_step_and_it_can_be_rebuilt(office):
    change(
        office,
        "DROP TRIGGER contact_search_update",
        "UPDATE contact SET search_index_text = 'zzz' WHERE id = 1",
    )
    ok, lines = report(office)["search_index"]
    assert not ok and "does not match the contacts" in lines[0]
    assert "check --rebuild-index" in lines[0]
    health.rebuild_search_index(office)
    assert report(office)["search_index"] == (True, ["ok"])


def test_check_of_schema_revisions(office):
    change(office, "UPDATE alembic_version SET version_num = '9999'")
    assert report(office)["revision"] == (False, ["9999 is of a newer version of ISA Desk"])
    change(office, "DROP TABLE alembic_version")
    assert report(office)["revision"][0] is False


def test_a_missing_search_index_is_made_again_at_the_next_open(office):
    change(office, "DROP TABLE contact_search")
    ok, lines = report(office)["search_index"]
    assert ok and "made again" in lines[0]
