"""`isa-desk export` and `isa-desk import`: exit codes, the --json shape, --dry-run,
--skip-invalid, --on-duplicate, and the round trip through the command line."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from isa_desk.cli import main
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Contact, ImportBatch
from isa_desk.core.services import events
from tests import copy_database
from tests.core.exchange.files import GERMAN_HEADERS, workbook
from tests.core.exchange.files import SCHMIDT as ROW


@pytest.fixture
def database(current_demo_file, tmp_path):
    return copy_database(current_demo_file, tmp_path / "copy.sqlite")


def isa(database, *args) -> int:
    return main(["--lang", "en", "--database", str(database), *args])


def contact_count(database) -> int:
    db = Database.open(str(database))
    try:
        with db.session() as session:
            return session.scalar(select(func.count(Contact.id)))
    finally:
        db.close()


def batches(database) -> int:
    db = Database.open(str(database))
    try:
        with db.session() as session:
            return session.scalar(select(func.count(ImportBatch.id)))
    finally:
        db.close()


def json_out(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def test_import_prints_the_documented_json(database, tmp_path, capsys):
    path = workbook(tmp_path / "l.xlsx", [GERMAN_HEADERS, ROW])
    before = contact_count(database)
    assert isa(database, "import", "contacts", str(path), "--json") == 0
    output = json_out(capsys)
    assert list(output) == ["created", "updated", "skipped", "duplicates", "errors"]
    assert output == {"created": 1, "updated": 0, "skipped": 0, "duplicates": 0, "errors": []}
    assert contact_count(database) == before + 1 and batches(database) == 1


def test_rows_with_errors_exit_1_and_nothing_is_written(database, tmp_path, capsys):
    bad = list(ROW)
    bad[10] = "anna(at)example.org"
    good = list(ROW)
    good[10], good[4] = "b@example.org", "Becker"
    path = workbook(tmp_path / "l.xlsx", [GERMAN_HEADERS, good, bad])
    before = contact_count(database)
    assert isa(database, "import", "contacts", str(path), "--json") == 1
    output = json_out(capsys)
    assert output["created"] == 0
    assert output["errors"] == [
        {
            "row": 3,
            "column": "E-Mail",
            "message": "“anna(at)example.org” is not a valid e-mail address.",
        }
    ]
    assert contact_count(database) == before and batches(database) == 0

    assert (
        isa(
            database,
            "import",
            "contacts",
            str(path),
            "--skip-invalid",
            "--errors-file",
            str(tmp_path / "fehler.xlsx"),
        )
        == 0
    )
    captured = capsys.readouterr()
    assert "1 created" in captured.out and "Row 3, column “E-Mail” (K)" in captured.err
    assert contact_count(database) == before + 1
    rows = list(load_workbook(tmp_path / "fehler.xlsx").active.iter_rows(values_only=True))
    assert len(rows) == 2 and "not a valid e-mail" in rows[1][-1]


def test_a_dry_run_writes_nothing(database, tmp_path, capsys):
    path = workbook(tmp_path / "l.xlsx", [GERMAN_HEADERS, ROW])
    before = contact_count(database)
    assert isa(database, "import", "contacts", str(path), "--dry-run", "--json") == 0
    assert json_out(capsys)["created"] == 1
    assert contact_count(database) == before and batches(database) == 0


def test_a_file_that_is_not_a_workbook_exits_2(database, tmp_path, capsys):
    path = tmp_path / "kontakte.xlsx"
    path.write_text("Vorname;Nachname\n")
    assert isa(database, "import", "contacts", str(path)) == 2
    err = capsys.readouterr().err
    assert "kontakte.xlsx" in err and "Excel workbook (.xlsx)" in err and "Traceback" not in err
    assert isa(database, "import", "contacts", str(path), "--json") == 2
    output = json_out(capsys)
    assert output["errors"][0]["row"] is None and "kontakte.xlsx" in output["errors"][0]["message"]


def test_a_workbook_with_no_known_column_exits_2(database, tmp_path, capsys):
    path = workbook(tmp_path / "fremd.xlsx", [["Spalte A", "Spalte B"], [1, 2]])
    assert isa(database, "import", "contacts", str(path)) == 2
    err = capsys.readouterr().err
    assert "fremd.xlsx" in err and "Vorname" in err


def test_duplicates_skip_update_and_fill(database, tmp_path, capsys):
    path = workbook(tmp_path / "l.xlsx", [GERMAN_HEADERS, ROW])
    assert isa(database, "import", "contacts", str(path)) == 0
    changed = list(ROW)
    changed[2], changed[10] = "Amtsleiterin", "ANNA.SCHMIDT@example.org"
    workbook(tmp_path / "l2.xlsx", [GERMAN_HEADERS, changed, changed])
    capsys.readouterr()
    assert isa(database, "import", "contacts", str(tmp_path / "l2.xlsx"), "--json") == 0
    assert json_out(capsys) == {
        "created": 0,
        "updated": 0,
        "skipped": 2,
        "duplicates": 2,
        "errors": [],
    }
    assert (
        isa(
            database,
            "import",
            "contacts",
            str(tmp_path / "l2.xlsx"),
            "--on-duplicate",
            "update",
            "--json",
        )
        == 0
    )
    assert json_out(capsys)["updated"] == 1


def test_export_and_reimport_through_the_command_line(database, tmp_path, capsys):
    path = tmp_path / "kontakte.xlsx"
    assert isa(database, "export", "contacts", str(path)) == 0
    assert "written to" in capsys.readouterr().out
    book = load_workbook(path)
    book.active["D3"] = "Geänderte Funktion"
    book.save(path)
    before = contact_count(database)
    assert isa(database, "import", "contacts", str(path), "--on-duplicate", "update", "--json") == 0
    output = json_out(capsys)
    assert (output["created"], output["updated"]) == (0, 1)
    assert output["duplicates"] == before
    assert contact_count(database) == before


def test_export_options(database, tmp_path, capsys):
    assert (
        isa(
            database,
            "export",
            "members",
            str(tmp_path / "m.xlsx"),
            "--country",
            "Deutschland",
            "--status",
            "Member",
        )
        == 0
    )
    rows = list(load_workbook(tmp_path / "m.xlsx").active.iter_rows(values_only=True))
    assert len(rows) == 22 and {r[4] for r in rows[1:]} == {"Germany"}  # --lang en
    assert isa(database, "export", "organizations", str(tmp_path / "o.xlsx")) == 0
    assert (
        isa(
            database,
            "export",
            "participants",
            str(tmp_path / "p.xlsx"),
            "--event",
            "10. Plenarversammlung der ISA",
            "--status",
            "registered",
        )
        == 0
    )
    assert isa(database, "export", "inquiries", str(tmp_path / "i.xlsx"), "--status", "new") == 0
    capsys.readouterr()
    assert isa(database, "export", "participants", str(tmp_path / "p.xlsx")) == 2
    assert "--event" in capsys.readouterr().err
    assert (
        isa(database, "export", "participants", str(tmp_path / "p.xlsx"), "--event", "Sommerfest")
        == 2
    )
    assert isa(database, "export", "members", str(tmp_path / "m.csv")) == 2
    assert (
        isa(database, "export", "members", str(tmp_path / "m.xlsx"), "--status", "irgendwas") == 2
    )
    assert isa(database, "export", "contacts", str(tmp_path / "nowhere" / "c.xlsx")) == 2


def test_skip_invalid_with_only_invalid_rows_still_exits_1(database, tmp_path, capsys):
    bad = list(ROW)
    bad[10] = "kaputt"
    path = workbook(tmp_path / "l.xlsx", [GERMAN_HEADERS, bad])
    assert isa(database, "import", "contacts", str(path), "--skip-invalid", "--json") == 1
    assert json_out(capsys)["created"] == 0 and batches(database) == 0


@pytest.mark.parametrize(
    "command",
    [
        ("export", "participants", "p.xlsx"),
        ("letters", "--template", "einladung", "--out", "l.pdf"),
        ("badges", "--out", "b.pdf"),
        ("attendance", "--out", "a.pdf"),
    ],
)
def test_an_event_two_titles_fit_is_refused_not_guessed(database, tmp_path, capsys, command):
    db = Database.open(str(database))
    try:
        events.create(
            db, {"title": "Plenarversammlung 2027", "starts_at": dt.datetime(2027, 6, 3, 9, 0)}
        )
    finally:
        db.close()
    name, *options = command
    args = [name, *(str(tmp_path / o) if o.endswith((".xlsx", ".pdf")) else o for o in options)]
    assert isa(database, *args, "--event", "Plenar") == 2
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert "10. Plenarversammlung der ISA (15/10/2021)" in err
    assert "Plenarversammlung 2027 (03/06/2027)" in err
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob("*.pdf"))


def test_an_errors_file_over_the_input_is_refused_in_one_line(tmp_path):
    """As a real process: nothing else may reach standard error (no "Exception ignored")."""
    bad = list(ROW)
    bad[10] = "kaputt"
    source = workbook(tmp_path / "l.xlsx", [GERMAN_HEADERS, bad])
    before = source.read_bytes()
    database = tmp_path / "x.sqlite"
    env = {**os.environ, "ISA_DESK_HOME": str(tmp_path / "home")}
    command = [sys.executable, "-m", "isa_desk", "--lang", "en", "--database", str(database)]
    subprocess.run([*command, "init"], check=True, capture_output=True, env=env)
    result = subprocess.run(
        [*command, "import", "contacts", str(source), "--dry-run", "--errors-file", str(source)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"{source} cannot be overwritten: it is the open database or the file being read. "
        "Choose another name."
    ]
    assert source.read_bytes() == before


def test_the_program_ends_with_the_import_written_and_the_database_closed(tmp_path):
    """As a real process, which ends without the collector's last pass: the rows are in
    the file, and nothing of the database is left open (no write-ahead log beside it)."""
    source = workbook(tmp_path / "l.xlsx", [GERMAN_HEADERS, ROW])
    database = tmp_path / "x.sqlite"
    env = {**os.environ, "ISA_DESK_HOME": str(tmp_path / "home")}
    command = [sys.executable, "-m", "isa_desk", "--lang", "en", "--database", str(database)]
    subprocess.run([*command, "init"], check=True, capture_output=True, env=env)
    result = subprocess.run(
        [*command, "import", "contacts", str(source)], capture_output=True, text=True, env=env
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert "1 created" in result.stdout
    assert not database.with_name("x.sqlite-wal").exists()
    assert contact_count(database) == 1


def test_an_import_onto_a_full_disk_writes_nothing_and_says_so(
    database, tmp_path, capsys, monkeypatch
):
    """The disk fills while the new contacts are being stored (in the second thread):
    one line, exit 2, and the database as it was."""
    from isa_desk.core.db import engine as engine_module

    rows = [GERMAN_HEADERS]
    for number in range(1500):
        row = list(ROW)
        row[GERMAN_HEADERS.index("E-Mail")] = f"person{number}@example.org"
        rows.append(row)
    path = workbook(tmp_path / "liste.xlsx", rows)
    before = contact_count(database)
    with sqlite3.connect(database) as connection:
        room = connection.execute("PRAGMA page_count").fetchone()[0] + 40
    usual = engine_module._sqlite_pragmas

    def on_a_full_disk(dbapi_connection, record) -> None:
        usual(dbapi_connection, record)
        dbapi_connection.execute(f"PRAGMA max_page_count = {room}")  # SQLite's "disk is full"

    monkeypatch.setattr(engine_module, "_sqlite_pragmas", on_a_full_disk)
    assert isa(database, "import", "contacts", str(path)) == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [
        f"The disk of the database {database} is full: the change was not saved. "
        "Make room on it and try again."
    ]
    monkeypatch.setattr(engine_module, "_sqlite_pragmas", usual)
    assert contact_count(database) == before


def test_a_file_over_a_limit_exits_2_with_one_line_naming_the_limit(
    database, tmp_path, capsys, monkeypatch
):
    from isa_desk.core.exchange.importing import bounds

    monkeypatch.setattr(bounds, "MAX_ROWS", 3)
    before = contact_count(database)
    path = workbook(tmp_path / "liste.xlsx", [GERMAN_HEADERS, ROW, ROW, ROW])
    assert isa(database, "import", "contacts", str(path)) == 2
    err = capsys.readouterr().err
    assert err == (
        "liste.xlsx cannot be read: more than 3 rows (the limit for one import). Split the list.\n"
    )
    assert contact_count(database) == before
