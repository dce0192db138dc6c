"""The window warns once when its database is open in another copy of ISA Desk or lies on a
network drive, and holds its own presence on the file while it shows it."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from isa_desk.core.db import network_drive, presence
from isa_desk.core.db.audit import current_user
from isa_desk.core.db.engine import Database
from isa_desk.ui.shell.app import create_main_window
from tests import ROOT
from tests.core.db.holders import held_elsewhere

ASK = """
import sys
from pathlib import Path
from isa_desk.core.db import presence
print(presence.take(Path(sys.argv[1])).warning() or "nobody")
"""


def asked_from_outside(database: Path) -> str:
    """What another process learns about `database`."""
    return subprocess.run(
        [sys.executable, "-c", ASK, str(database)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.strip()


def open_window(qtbot, target, settings):
    window = create_main_window(Database.open(str(target)), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def warnings_of(window) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox, "openingWarning") if box.isVisible()]


def test_a_database_open_in_another_copy_is_warned_about_once(qtbot, demo_db, settings):
    path = Path(demo_db.target)
    with held_elsewhere(path):
        window = open_window(qtbot, path, settings)

    qtbot.waitUntil(lambda: len(warnings_of(window)) == 1)
    qtbot.wait(50)
    (box,) = warnings_of(window)
    assert box.text().startswith(
        f"{path} is already open in ISA Desk for {current_user()} on {socket.gethostname()}"
    )
    assert "File › Move to team server…" in box.text()
    window.show_area("members")  # the data is shown all the same
    assert window.count_label.text() == "55 members"
    box.accept()
    window.show_area("overview")
    qtbot.wait(50)
    assert warnings_of(window) == []  # once, not again


def test_the_window_holds_its_file_until_it_closes(qtbot, demo_db, settings):
    path = Path(demo_db.target)
    window = open_window(qtbot, path, settings)
    qtbot.wait(50)
    assert warnings_of(window) == []
    told = asked_from_outside(path)
    assert told.startswith(f"{path} is already open in ISA Desk for {current_user()}")

    window.close()
    assert not presence.side_file(path).exists()
    assert asked_from_outside(path) == "nobody"


def test_switching_gives_up_the_old_file_and_warns_about_the_new(
    qtbot, demo_db, settings, tmp_path
):
    window = open_window(qtbot, demo_db.target, settings)
    held = tmp_path / "office.sqlite"
    Database.open(str(held)).close()
    with held_elsewhere(held):
        assert window.switch_database(str(held))
    qtbot.waitUntil(lambda: len(warnings_of(window)) == 1)
    assert "is already open in ISA Desk" in warnings_of(window)[0].text()
    assert asked_from_outside(Path(demo_db.target)) == "nobody"


def test_a_database_on_a_network_drive_is_warned_about(qtbot, tmp_path, settings, monkeypatch):
    monkeypatch.setattr(network_drive, "network_location", lambda path: r"\\fileserver\isa")
    path = tmp_path / "office.sqlite"
    window = open_window(qtbot, path, settings)

    qtbot.waitUntil(lambda: len(warnings_of(window)) == 1)
    text = warnings_of(window)[0].text()
    assert text.startswith(f"{path} lies on a network drive (\\\\fileserver\\isa).")
    assert "is already open" not in text
