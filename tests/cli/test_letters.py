"""`isa-desk letters` keeps its files and its history together: a database that another
program locks while the letters are drawn gets one clear line and keeps no letter, and a
run killed at any moment leaves either every file with its history or neither."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from isa_desk.cli import main
from isa_desk.core.db import engine as db_module
from isa_desk.core.files import Publication
from isa_desk.core.paths import DATABASE_ENV, HOME_ENV
from tests import ROOT, copy_database


def letters_logged(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT count(*) FROM activity WHERE kind = 'letter'").fetchone()[
            0
        ]


def final_pdfs(folder: Path) -> list[str]:
    """The PDFs under their final names; temporary ones live in folders named ".~…"."""
    found = (path.relative_to(folder) for path in folder.rglob("*.pdf"))
    return sorted(str(p) for p in found if not any(part.startswith(".~") for part in p.parts))


def letters_arguments(database: Path, out: Path) -> list[str]:
    return [
        "--database",
        str(database),
        "letters",
        "--template",
        "brief",
        "--all",
        "--out",
        str(out / "all.pdf"),
        "--split",
        str(out / "split"),
        "--labels",
        str(out / "labels.pdf"),
    ]


def test_a_database_locked_while_drawing_keeps_no_letter(tmp_path, demo_file, capsys, monkeypatch):
    database = copy_database(demo_file, tmp_path / "demo.sqlite")
    out = tmp_path / "out"
    out.mkdir()
    before = letters_logged(database)
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(database, isolation_level=None)
    ready = Publication.ready

    def locked_then_ready(publication):
        holder.execute("BEGIN IMMEDIATE")  # another program begins to write
        ready(publication)

    monkeypatch.setattr(Publication, "ready", locked_then_ready)
    try:
        code = main(["--lang", "en", *letters_arguments(database, out)])
    finally:
        holder.close()
    captured = capsys.readouterr()
    assert code == 2 and "Traceback" not in captured.err
    assert captured.err.count("\n") == 1 and "locked" in captured.err
    assert final_pdfs(out) == [] and list(out.rglob(".~*")) == []
    assert letters_logged(database) == before


def start(home: Path, database: Path, out: Path) -> subprocess.Popen:
    env = {**os.environ, HOME_ENV: str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop(DATABASE_ENV, None)
    return subprocess.Popen(
        [sys.executable, "-m", "isa_desk", *letters_arguments(database, out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
    )


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no kill -9 here")
def test_a_killed_run_leaves_all_files_with_history_or_nothing(tmp_path, demo_file, home):
    # a whole run first: what "all" is, and how long it takes
    database = copy_database(demo_file, tmp_path / "whole" / "demo.sqlite")
    out = tmp_path / "whole" / "out"
    out.mkdir()
    before = letters_logged(database)
    began = time.monotonic()
    assert start(home, database, out).wait(timeout=120) == 0
    duration = time.monotonic() - began
    everything = final_pdfs(out)
    written = letters_logged(database) - before
    assert written > 50 and len(everything) == written + 2  # + the combined file and labels
    assert list(out.rglob(".~*")) == []

    chance = random.Random()
    for attempt in range(4):
        database = copy_database(demo_file, tmp_path / str(attempt) / "demo.sqlite")
        out = tmp_path / str(attempt) / "out"
        out.mkdir()
        delay = chance.uniform(0.4 * duration, 1.05 * duration)
        process = start(home, database, out)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        found, logged = final_pdfs(out), letters_logged(database) - before
        state = f"killed after {delay:.2f} s of {duration:.2f} s: {len(found)} files, {logged}"
        assert (found, logged) in (([], 0), (everything, written)), state
        with sqlite3.connect(database) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",), state
