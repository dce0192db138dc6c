"""`isa-desk events`, `badges` and `attendance` on the demo data, and the letters helper's
`letters --template einladung --event …` for the demo plenary: the counts agree with the
service, the PDFs are written and read back, bad input ends with one line and exit 2."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from isa_desk.cli import main
from isa_desk.core.db.engine import Database
from isa_desk.core.services import events
from isa_desk.core.services.common import ListQuery
from tests import copy_database

PLENARY = "10. Plenarversammlung der ISA"
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed"
)


@pytest.fixture(scope="module")
def filled(tmp_path_factory, demo_file) -> Path:
    """The demo data with a second event."""
    path = copy_database(demo_file, tmp_path_factory.mktemp("events_cli") / "filled.sqlite")
    database = Database.open(str(path))
    events.create(
        database,
        {
            "title": "Neujahrsempfang",
            "place": "Berlin",
            "starts_at": dt.datetime(2022, 1, 14, 18, 0),
        },
    )
    database.close()
    return path


@pytest.fixture
def database(tmp_path, filled) -> Path:
    return copy_database(filled, tmp_path / "copy.sqlite")


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_events_json_agrees_with_the_service(capsys, database):
    code, out, err = run(capsys, "--database", str(database), "events", "--json")
    assert (code, err) == (0, "")
    printed = json.loads(out)
    assert [item["title"] for item in printed] == ["Neujahrsempfang", PLENARY]
    db = Database.open(str(database))
    try:
        rows = events.page(db, ListQuery(), 0, 10)
    finally:
        db.close()
    plenary = printed[1]
    assert plenary["starts_at"] == "2021-10-15T09:00:00"
    assert plenary["registration_deadline"] == "2021-10-11"
    assert {
        key: plenary[key]
        for key in ("total", "invited", "registered", "declined", "attended", "no_show")
    } == {"total": rows[1].total, **rows[1].counts()}
    assert all(
        plenary[key] > 0 for key in ("invited", "registered", "declined", "attended", "no_show")
    )
    assert printed[0]["total"] == 0 and printed[0]["ends_at"] is None


def test_events_table(capsys, database):
    code, out, _err = run(capsys, "--database", str(database), "events")
    assert code == 0
    header, _first, second = out.splitlines()
    assert header.split()[:3] == ["#", "Date", "Title"]
    assert "15/10/2021" in second and PLENARY in second  # British dates in English
    assert second.split()[-6:] == ["57", "6", "10", "11", "24", "6"]


def test_events_in_an_empty_database_and_nothing_changes(capsys, tmp_path, database):
    path = tmp_path / "empty.sqlite"
    Database.open(str(path)).close()
    assert run(capsys, "--database", str(path), "events") == (0, "No events.\n", "")
    assert run(capsys, "--database", str(path), "events", "--json") == (0, "[]\n", "")
    before = database.read_bytes()
    run(capsys, "--database", str(database), "events")
    assert database.read_bytes() == before


@needs_poppler
def test_badges_and_attendance_list(capsys, database, tmp_path):
    out_file = tmp_path / "badges.pdf"
    code, out, err = run(
        capsys, "--database", str(database), "badges", "--event", "plenar", "--out", str(out_file)
    )
    assert (code, err) == (0, "")
    assert out.strip() == f"34 name badges on 9 pages written to {out_file}."
    text = pdf_text(out_file)
    assert "Yi Liu" in text and "Cao Li" in text and "曹丽" in text
    listing = tmp_path / "attendance.pdf"
    code, out, err = run(
        capsys,
        "--database",
        str(database),
        "attendance",
        "--event",
        PLENARY,
        "--status",
        "all",
        "--out",
        str(listing),
    )
    assert code == 0 and "57 people" in out
    assert "Page 1 of" in pdf_text(listing)


def test_bad_input_ends_with_one_line(capsys, database, tmp_path):
    cases = [
        ("badges", "--event", "Sommerfest", "--out", str(tmp_path / "a.pdf")),
        ("badges", "--event", PLENARY, "--status", "maybe", "--out", str(tmp_path / "b.pdf")),
        ("attendance", "--event", PLENARY, "--out", str(tmp_path / "no" / "c.pdf")),
        ("badges", "--event", "Neujahrsempfang", "--out", str(tmp_path / "d.pdf")),
    ]
    for case in cases:
        code, out, err = run(capsys, "--database", str(database), *case)
        assert code == 2 and out == "", case
        assert len(err.strip().splitlines()) == 1, err
    assert not list(tmp_path.glob("*.pdf"))


@needs_poppler
def test_invitation_letters_for_the_demo_plenary(capsys, database, tmp_path):
    out_file = tmp_path / "einladungen.pdf"
    code, _out, err = run(
        capsys,
        "--database",
        str(database),
        "letters",
        "--template",
        "einladung",
        "--event",
        PLENARY,
        "--out",
        str(out_file),
    )
    assert code == 0, err
    text = pdf_text(out_file)
    assert PLENARY in text and "15. Oktober 2021" in text
    letters = text.count("Einladung: 10. Plenarversammlung der ISA")
    assert letters >= 10  # invited and registered participants with a postal address
