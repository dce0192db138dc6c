"""A command on a database file on a network drive: the warning on stderr, the work done."""

from __future__ import annotations

import sqlite3

from isa_desk.cli import main
from isa_desk.core.db import network_drive


def test_a_command_warns_on_stderr_and_still_works(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(network_drive, "network_location", lambda path: "//nas/office, cifs")
    path = tmp_path / "office.sqlite"

    code = main(["--lang", "en", "--database", str(path), "demo"])
    out, err = capsys.readouterr()
    assert code == 0
    assert "Members: 46" in out
    lines = err.splitlines()
    assert len(lines) == 1  # said once
    assert lines[0].startswith(f"{path} lies on a network drive (//nas/office, cifs).")
    assert "File › Move to team server…" in lines[0]

    code = main(["--lang", "en", "--database", str(path), "info"])
    out, err = capsys.readouterr()
    assert code == 0 and "Members: 46 (DE 21, CN 25)" in out.splitlines()
    assert "lies on a network drive" in err

    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        connection.close()


def test_a_command_on_a_local_disk_says_nothing_on_stderr(tmp_path, capsys):
    path = tmp_path / "office.sqlite"
    code = main(["--lang", "en", "--database", str(path), "init"])
    _out, err = capsys.readouterr()
    assert (code, err) == (0, "")
