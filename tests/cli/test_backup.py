"""`isa-desk backup`, `restore` and `check` end to end, with real files."""

from __future__ import annotations

import re
import sqlite3

import pytest

from isa_desk.cli import main
from tests import copy_database
from tests.core.backups import count, damage, delete_contacts


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def office(tmp_path, demo_file):
    return copy_database(demo_file, tmp_path / "office" / "office.sqlite")


def backups_of(office):
    folder = office.parent / "backups"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_backup_into_the_backups_folder_and_to_a_chosen_file(office, capsys):
    code, out, err = run(capsys, "--database", str(office), "backup")
    assert (code, err) == (0, "")
    (name,) = backups_of(office)
    assert re.fullmatch(r"office-\d{4}-\d\d-\d\d_\d{6}\.sqlite", name)
    written = office.parent / "backups" / name
    size = round(written.stat().st_size / 1000)
    assert out.strip() == f"Backup of {office} written to {written} ({size} kB)"

    chosen = office.parent / "before-the-move.sqlite"
    code, out, err = run(capsys, "--database", str(office), "backup", str(chosen))
    assert (code, err) == (0, "")
    assert count(chosen) == count(office)


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_backup_over_the_database_or_its_companions_is_refused(office, capsys, suffix):
    before = office.read_bytes()
    code, out, err = run(capsys, "--database", str(office), "backup", f"{office}{suffix}")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "cannot be overwritten" in err
    assert office.read_bytes() == before


def test_a_server_database_or_a_missing_file_is_a_usage_error(tmp_path, capsys):
    for command in (["backup"], ["check"], ["restore", str(tmp_path / "x.sqlite"), "--yes"]):
        code, out, err = run(capsys, "--database", "postgresql://office@server/isa", *command)
        assert (code, out) == (2, "")
        assert "backups, restores and checks are for SQLite files" in err
    missing = tmp_path / "missing.sqlite"
    for command in (["backup"], ["check"]):
        code, _out, err = run(capsys, "--database", str(missing), *command)
        assert code == 2 and "does not exist" in err
    assert not missing.exists()


def test_restore_asks_for_yes_then_backs_up_and_replaces(office, capsys):
    backup = office.parent / "kept.sqlite"
    run(capsys, "--database", str(office), "backup", str(backup))
    contacts = count(office)
    delete_contacts(office)

    code, out, err = run(capsys, "--database", str(office), "restore", str(backup))
    assert (code, err) == (1, "")
    assert "Run the command again with --yes" in out
    assert count(office) == 0 and backups_of(office) == []

    code, out, err = run(capsys, "--database", str(office), "restore", str(backup), "--yes")
    assert (code, err) == (0, "")
    (kept,) = backups_of(office)
    assert kept.startswith("office-before-restore-")
    assert out.splitlines() == [
        f"{office} now holds the data of {backup}.",
        f"The data it held before was backed up to {office.parent / 'backups' / kept}",
    ]
    assert count(office) == contacts
    assert count(office.parent / "backups" / kept) == 0


def test_restore_refuses_the_database_itself_and_a_file_that_is_no_database(office, capsys):
    before = office.read_bytes()
    code, out, err = run(capsys, "--database", str(office), "restore", str(office), "--yes")
    assert (code, out) == (2, "")
    assert err.strip() == f"{office} is the database itself. Choose a backup to restore."
    text = office.parent / "notes.sqlite"
    text.write_text("shopping list")
    code, out, err = run(capsys, "--database", str(office), "restore", str(text), "--yes")
    assert (code, out) == (2, "")
    assert "not an SQLite file" in err
    assert office.read_bytes() == before and backups_of(office) == []


def test_check_a_whole_database(office, capsys):
    code, out, err = run(capsys, "--database", str(office), "check")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:2] == ["Integrity: ok", "Foreign keys: ok"]
    assert lines[2].startswith("Schema revision: ") and lines[2].endswith(" (current)")
    assert lines[3:] == ["Search index: ok", f"{office}: no problems found."]


def test_a_damaged_database_is_refused_the_check_says_why_and_a_restore_repairs_it(office, capsys):
    run(capsys, "--database", str(office), "backup")
    (backup,) = backups_of(office)
    backup = office.parent / "backups" / backup
    damage(office)
    before = office.read_bytes()

    code, out, err = run(capsys, "--database", str(office), "info")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert f"restore it with isa-desk --database {office} restore {backup}" in err

    code, out, err = run(capsys, "--database", str(office), "check", "--rebuild-index")
    assert (code, err) == (1, "")
    assert out.startswith("The search index was not rebuilt")
    assert "Integrity: On tree page" in out
    assert out.splitlines()[-1].startswith(f"{office}: problems found (Integrity")
    assert office.read_bytes() == before

    code, out, err = run(capsys, "--database", str(office), "restore", str(backup), "--yes")
    assert (code, err) == (0, "")
    assert "office-damaged-" in out
    assert run(capsys, "--database", str(office), "check")[0] == 0
    assert run(capsys, "--database", str(office), "info")[0] == 0


def test_check_rebuilds_a_search_index_out_of_step(office, capsys):
    connection = sqlite3.connect(office)
    with connection:
        connection.execute("DROP TRIGGER contact_search_update")
        connection.execute("UPDATE contact SET search_index_text = 'zzz' WHERE id = 1")
    connection.close()
    code, out, _err = run(capsys, "--database", str(office), "check")
    assert code == 1 and "Search index: the contacts' search index does not match" in out
    code, out, _err = run(capsys, "--database", str(office), "check", "--rebuild-index")
    assert code == 0
    assert out.splitlines()[0] == "The search index was rebuilt."
    assert "Search index: ok" in out
