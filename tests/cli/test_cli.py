"""The `isa-desk` command, in-process and as a real process: version, demo, info, the
database it chooses, the window, and one clear line for every kind of bad input."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest

import isa_desk
from isa_desk.cli import main
from isa_desk.core.db import engine as db_module
from isa_desk.core.db import schema
from isa_desk.core.db.engine import Database
from isa_desk.core.paths import DATABASE_ENV, HOME_ENV
from tests import copy_database

ROOT = Path(__file__).resolve().parents[2]
MEMBERS_LINE = "Members: 46 (DE 21, CN 25)"


@pytest.fixture
def window(monkeypatch):
    """Stands in for the GUI module: records what the window would have opened."""
    opened = []
    module = types.ModuleType("isa_desk.ui.shell.app")
    module.run_gui = lambda target, language, demo=False: opened.append((target, language)) or 0
    monkeypatch.setitem(sys.modules, "isa_desk.ui.shell.app", module)
    return opened


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def member_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        query = "SELECT count(*) FROM member WHERE status = 'member'"
        return connection.execute(query).fetchone()[0]
    finally:
        connection.close()


def test_version(capsys):
    code, out, err = run(capsys, "--version")
    assert (code, out.strip(), err) == (0, f"isa-desk {isa_desk.__version__}", "")


def test_demo_then_info_shows_the_46_members(tmp_path, capsys):
    path = tmp_path / "office.sqlite"
    code, out, err = run(capsys, "--lang", "en", "--database", str(path), "demo")
    assert (code, err) == (0, "")
    assert MEMBERS_LINE in out.splitlines()

    code, out, err = run(capsys, "--lang", "en", "--database", str(path), "info")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Database: {path.resolve()}"
    assert lines[1] == f"Schema revision: {schema.head_revision()} (current)"
    assert MEMBERS_LINE in lines
    for label in (
        "Organisations",
        "Contacts",
        "Membership inquiries",
        "Events",
        "Participants",
        "Tags",
        "Audit trail entries",
    ):
        assert any(
            line.startswith(f"{label}: ") and int(line.split(": ")[1]) > 0 for line in lines
        ), label


def test_info_speaks_the_default_language_with_the_same_numbers(
    tmp_path, capsys, current_demo_file
):
    path = copy_database(current_demo_file, tmp_path / "office.sqlite")
    code, out, _err = run(capsys, "--database", str(path), "info")
    assert code == 0 and "46 (DE 21, CN 25)" in out


def test_info_changes_nothing(tmp_path, capsys):
    path = tmp_path / "office.sqlite"
    Database.open(str(path)).close()
    before = path.read_bytes()
    assert run(capsys, "--database", str(path), "info")[0] == 0
    assert path.read_bytes() == before


def test_the_environment_variable_chooses_the_database(
    tmp_path, capsys, monkeypatch, window, current_demo_file
):
    path = copy_database(current_demo_file, tmp_path / "from-env.sqlite")
    monkeypatch.setenv(DATABASE_ENV, str(path))
    code, out, _err = run(capsys, "--lang", "en", "info")
    assert code == 0 and f"Database: {path.resolve()}" in out.splitlines()
    assert run(capsys)[0] == 0
    assert window == [(str(path), None)]


def test_the_option_wins_over_the_environment(tmp_path, capsys, monkeypatch, window):
    monkeypatch.setenv(DATABASE_ENV, str(tmp_path / "from-env.sqlite"))
    chosen = tmp_path / "chosen.sqlite"
    assert run(capsys, "--database", str(chosen), "--lang", "zh")[0] == 0
    assert window == [(str(chosen), "zh")]


def test_without_a_choice_the_database_lives_in_the_user_data_folder(home, capsys, window):
    assert run(capsys)[0] == 0
    assert window == [(str(home / "isa-desk.sqlite"), None)]


def test_the_demo_option_uses_a_separate_database_filled_on_first_use(home, capsys):
    code, out, _err = run(capsys, "--lang", "en", "--demo", "info")
    assert code == 0 and MEMBERS_LINE in out
    assert member_count(home / "isa-desk-demo.sqlite") == 46
    assert not (home / "isa-desk.sqlite").exists()


def test_the_demo_window_opens_on_the_demo_database(home, capsys, window, current_demo_file):
    demo_path = copy_database(current_demo_file, home / "isa-desk-demo.sqlite")
    assert run(capsys, "--demo")[0] == 0
    assert window == [(str(demo_path), None)]  # the window fills it when empty (test_app)


def test_a_url_is_accepted(tmp_path, capsys, current_demo_file):
    path = copy_database(current_demo_file, tmp_path / "by-url.sqlite")
    code, out, _err = run(capsys, "--database", f"sqlite:///{path}", "info")
    assert code == 0 and "46 (DE 21, CN 25)" in out


# -- bad input: one line on stderr, exit code 2, nothing changed ---------------------------


def folder(tmp_path):
    target = tmp_path / "a-folder"
    target.mkdir()
    return target


def missing_folder(tmp_path):
    return tmp_path / "missing" / "office.sqlite"


def text_file(tmp_path):
    target = tmp_path / "notes.sqlite"
    target.write_text("keine Datenbank\n", encoding="utf-8")
    return target


def other_program(tmp_path):
    target = tmp_path / "recipes.sqlite"
    connection = sqlite3.connect(target)
    with connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    connection.close()
    return target


def newer_version(tmp_path):
    target = tmp_path / "newer.sqlite"
    Database.open(str(target)).close()
    connection = sqlite3.connect(target)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zz99'")
    connection.close()
    return target


BAD_TARGETS = [
    folder,
    missing_folder,
    text_file,
    newer_version,
    other_program,
]


def snapshot(path: Path):
    if path.is_dir():
        return sorted(p.name for p in path.iterdir())
    return path.read_bytes() if path.exists() else None


def assert_one_clear_line(code: int, out: str, err: str, *names: str) -> None:
    assert code == 2
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    for name in names:
        assert name in err


@pytest.mark.parametrize("command", ["demo", "info"])
@pytest.mark.parametrize("make", BAD_TARGETS)
def test_a_bad_database_gets_one_line_and_stays_as_it_was(tmp_path, capsys, make, command):
    target = make(tmp_path)
    before = snapshot(target)
    code, out, err = run(capsys, "--database", str(target), command)
    assert_one_clear_line(code, out, err, target.name)
    assert snapshot(target) == before
    assert list(tmp_path.glob("*.backup-*")) == []


@pytest.mark.parametrize("command", ["demo", "info"])
def test_a_locked_database_gets_one_line(tmp_path, capsys, monkeypatch, command):
    path = tmp_path / "locked.sqlite"
    Database.open(str(path)).close()
    setup = sqlite3.connect(path)
    setup.execute("PRAGMA journal_mode=DELETE")
    setup.close()
    before = path.read_bytes()
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, out, err = run(capsys, "--database", str(path), command)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_one_clear_line(code, out, err, path.name)
    assert path.read_bytes() == before


def test_info_on_a_missing_file_does_not_create_it(tmp_path, capsys):
    path = tmp_path / "typo.sqlite"
    code, out, err = run(capsys, "--database", str(path), "info")
    assert_one_clear_line(code, out, err, path.name)
    assert not path.exists()


def test_a_missing_database_driver_gets_one_line(capsys):
    code, out, err = run(capsys, "--database", "nosuchdialect://host/db", "info")
    assert_one_clear_line(code, out, err, "nosuchdialect://host/db")


@pytest.mark.parametrize(
    "argv",
    [
        ["--lang", "fr", "info"],
        ["--lang"],
        ["frobnicate"],
        ["--no-such-option"],
    ],
)
def test_bad_arguments_get_one_line(home, capsys, argv):
    code, out, err = run(capsys, *argv)
    assert_one_clear_line(code, out, err)
    assert err.startswith("isa-desk")
    assert not home.exists() or list(home.iterdir()) == []


def test_an_unknown_language_is_named(capsys):
    _code, _out, err = run(capsys, "--lang", "fr", "info")
    assert "fr" in err and "de, en" in err


# -- as a real process ------------------------------------------------------------------


def isa_desk_process(home: Path, *argv: str) -> subprocess.CompletedProcess:
    env = {**os.environ, HOME_ENV: str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop(DATABASE_ENV, None)
    return subprocess.run(
        [sys.executable, "-m", "isa_desk", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_as_a_process_version_demo_and_info(tmp_path, home):
    version = isa_desk_process(home, "--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"isa-desk {isa_desk.__version__}")

    path = tmp_path / "office.sqlite"
    filled = isa_desk_process(home, "--lang", "en", "--database", str(path), "demo")
    assert filled.returncode == 0, filled.stderr
    info = isa_desk_process(home, "--lang", "en", "--database", str(path), "info")
    assert info.returncode == 0, info.stderr
    assert MEMBERS_LINE in info.stdout.splitlines()


def test_as_a_process_bad_input_is_one_line(tmp_path, home):
    target = text_file(tmp_path)
    before = target.read_bytes()
    result = isa_desk_process(home, "--database", str(target), "info")
    assert_one_clear_line(result.returncode, result.stdout, result.stderr, target.name)
    assert target.read_bytes() == before


def test_an_unusable_user_data_folder_gets_one_line(tmp_path, capsys, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv(HOME_ENV, str(blocker))
    code, out, err = run(capsys, "info")
    assert_one_clear_line(code, out, err, blocker.name)
    assert blocker.read_text(encoding="utf-8") == "x"
