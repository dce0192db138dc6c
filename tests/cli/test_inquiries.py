"""`isa-desk inquiries`: the morning check agrees with the due list of the service on the
demo data, as a table and as JSON, and bad input ends with one line and exit code 2."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from isa_desk.cli import main
from isa_desk.commands.inquiries import width
from isa_desk.core.db.engine import Database
from isa_desk.core.services import inquiries
from tests import copy_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def database(tmp_path, current_demo_file) -> Path:
    """The demo data relative to today (the command measures against today too)."""
    return copy_database(current_demo_file, tmp_path / "copy.sqlite")


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])  # English: the texts the tests compare with
    out, err = capsys.readouterr()
    return code, out, err


def service_rows(path: Path, **query):
    db = Database.open(str(path))
    try:
        if query.get("due"):
            return inquiries.due(db, dt.date.today())
        return inquiries.page(db, inquiries.InquiryQuery(**query), 0, 1000)
    finally:
        db.close()


def test_due_json_agrees_with_the_due_list(capsys, database):
    code, out, err = run(capsys, "--database", str(database), "inquiries", "--due", "--json")
    assert (code, err) == (0, "")
    printed = json.loads(out)
    due = service_rows(database, due=True)
    assert [item["id"] for item in printed] == [row.id for row in due]
    assert {item["city"] for item in printed} == {"Talbrück", "Kesselfeld", "Songhai", "Baixi"}
    for item, row in zip(printed, due, strict=False):
        assert set(item) == {"id", "city", "status", "contact", "next_follow_up", "days_open"}
        assert item == {
            "id": row.id,
            "city": row.city,
            "status": row.status,
            "contact": row.contact,
            "next_follow_up": row.next_follow_up.isoformat(),
            "days_open": row.days_open,
        }
        assert dt.date.fromisoformat(item["next_follow_up"]) <= dt.date.today()
        assert item["status"] in ("new", "in_contact", "documents_sent", "application_received")


def test_all_and_one_status_as_json(capsys, database):
    _code, out, _err = run(capsys, "--database", str(database), "inquiries", "--json")
    everything = json.loads(out)
    assert len(everything) == 9
    closed = [item for item in everything if item["next_follow_up"] is None]
    assert {item["status"] for item in closed} == {"accepted", "declined", "withdrawn"}
    _code, out, _err = run(
        capsys, "--database", str(database), "inquiries", "--status", "declined", "--json"
    )
    assert [item["city"] for item in json.loads(out)] == ["Landkreis Wiesengrund"]
    _code, out, _err = run(
        capsys, "--database", str(database), "inquiries", "--status", "open", "--json"
    )
    assert len(json.loads(out)) == 6


def test_table_marks_what_is_overdue(capsys, database):
    code, out, _err = run(capsys, "--database", str(database), "inquiries", "--due")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["#", "City", "Status"]
    body = lines[1:-1]
    assert len(body) == 4 and lines[-1] == "Due or overdue: 4"
    kessel = next(line for line in body if "Kesselfeld" in line)
    assert "(overdue)" in kessel and "In contact" in kessel
    assert "(today)" in next(line for line in body if "Talbrück" in line)
    # the columns line up, Chinese names (two terminal columns per character) included
    header_start = width(lines[0][: lines[0].index("Next follow-up")])
    starts = {width(line[: re.search(r"\d{4}-\d\d-\d\d", line).start()]) for line in body}
    assert starts == {header_start}
    assert any(re.search("[\u4e00-\u9fff]", line) for line in body)


def test_nothing_due_in_an_empty_database(capsys, tmp_path):
    path = tmp_path / "empty.sqlite"
    Database.open(str(path)).close()
    assert run(capsys, "--database", str(path), "inquiries", "--due") == (
        0,
        "Nothing is due.\n",
        "",
    )
    assert run(capsys, "--database", str(path), "inquiries", "--json") == (0, "[]\n", "")


def test_bad_input_ends_with_one_line(capsys, tmp_path, database):
    code, out, err = run(capsys, "--database", str(tmp_path / "missing.sqlite"), "inquiries")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "missing.sqlite" in err and not (tmp_path / "missing.sqlite").exists()
    code, _out, err = run(capsys, "--database", str(database), "inquiries", "--status", "x")
    assert code == 2 and "--status" in err and len(err.strip().splitlines()) == 1


def test_the_command_changes_nothing(capsys, database):
    before = database.read_bytes()
    run(capsys, "--database", str(database), "inquiries", "--due")
    assert database.read_bytes() == before


def test_as_a_real_process(database):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "isa_desk",
            "--database",
            str(database),
            "inquiries",
            "--due",
            "--json",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == len(service_rows(database, due=True))
