"""Starting the window: run_gui and create_main_window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from isa_desk import language as i18n
from isa_desk.core import paths
from isa_desk.ui.shell import app as app_module
from isa_desk.ui.shell.settings import Settings
from tests import copy_database
from tests.core.backups import count
from tests.ui.dialogs import answer_next_dialog, click_named


@pytest.fixture
def started(monkeypatch, qapp):
    """run_gui without entering the event loop (the opening after the first paint is run
    in its stead); the windows that opened a database, all closed afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    made = []
    windows = []

    def exec_(*args):
        for window in made:
            window.open_now()
            if window.db is not None:
                windows.append(window)
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    real_factory = app_module.create_main_window

    def remember(db, settings=None):
        window = real_factory(db, settings)
        made.append(window)
        return window

    monkeypatch.setattr(app_module, "create_main_window", remember)
    locale = QLocale()
    yield windows
    for window in made:
        window.close()
        window.deleteLater()
    i18n.uninstall()
    QLocale.setDefault(locale)


@pytest.fixture
def boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    return shown


def test_a_file_that_is_no_database_gives_a_clear_dialog_and_exit_code_2(started, boxes, tmp_path):
    junk = tmp_path / "letter.docx"
    junk.write_bytes(b"PK\x03\x04 not a database")
    assert app_module.run_gui(str(junk), None) == 2
    assert len(boxes) == 1
    assert "letter.docx" in boxes[0]
    assert "Traceback" not in boxes[0]
    assert started == []
    assert junk.read_bytes() == b"PK\x03\x04 not a database"  # nothing changed


def test_a_database_that_does_not_exist_is_not_made_when_the_user_quits(started, boxes, tmp_path):
    target = tmp_path / "missing" / "x.sqlite"
    assert app_module.run_gui(str(target), "en") == 2
    assert boxes == [f"Create a new, empty database at {target}?"]
    assert not (tmp_path / "missing").exists() and started == []


def test_run_gui_opens_the_window_on_the_database(started, tmp_path):
    target = tmp_path / "office.sqlite"
    answered = answer_next_dialog(click_named("createButton"), QMessageBox)
    assert app_module.run_gui(str(target), "en") == 0
    assert answered == []
    assert target.exists()
    (window,) = started
    assert window.isVisible()
    assert window.windowTitle() == "ISA Desk – office.sqlite"
    assert QCoreApplication.applicationName() == paths.APP_NAME
    assert QCoreApplication.organizationName() == paths.APP_AUTHOR
    assert sys.excepthook.__name__ == "handle_exception"


def test_the_demo_window_fills_an_empty_demo_database_once_the_frame_is_shown(started, home):
    target = paths.database_target(None, demo=True)
    assert app_module.run_gui(target, "en", demo=True) == 0
    (window,) = started
    assert window.windowTitle() == "ISA Desk – isa-desk-demo.sqlite"
    assert count(Path(target)) == 152  # the demo's contacts


def test_run_gui_uses_the_saved_language(started, monkeypatch, tmp_path, empty_file):
    copy_database(empty_file, tmp_path / "x.sqlite")
    Settings().set_language("zh")
    chosen = []
    monkeypatch.setattr(i18n, "load", lambda language: chosen.append(language) or language)
    app_module.run_gui(str(tmp_path / "x.sqlite"), None)
    app_module.run_gui(str(tmp_path / "x.sqlite"), "en")  # --lang wins over the setting
    assert chosen == ["zh", "en"]


def test_create_main_window_without_an_event_loop(qtbot, db):
    window = app_module.create_main_window(db, Settings())
    qtbot.addWidget(window)
    assert window.windowTitle() == "ISA Desk – t.sqlite"
    assert not window.isVisible()
    assert window.db is db


CLOSED_WHILE_CHECKING = """
import sys, time
from isa_desk.core.privacy import retention
from isa_desk.ui.shell import main_window

def slow_check(db, today):  # the retention check of the start, still running at the close
    time.sleep(1.5)
    return False

retention.reminder_due = slow_check
fill = main_window.MainWindow.fill

def fill_then_close(window):
    fill(window)
    window.close()

main_window.MainWindow.fill = fill_then_close
from isa_desk.cli import program
sys.exit(program())
"""


def test_closing_while_work_runs_in_the_background_ends_the_program_cleanly(tmp_path, demo_file):
    # Qt aborts the process when a thread is destroyed while it runs: the program waits
    # for the work of its threads before it ends
    database = copy_database(demo_file, tmp_path / "demo.sqlite")
    env = {**os.environ, "ISA_DESK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", CLOSED_WHILE_CHECKING, "--database", str(database)]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "QThread" not in result.stderr
