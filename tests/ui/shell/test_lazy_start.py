"""The window starts lazily: its frame is shown before the database layer loads, the
database opens once the frame has painted itself, the overview reads its figures after
the next paint (or at once when asked for), and an area is built when it is first shown."""

from __future__ import annotations

import os
import subprocess
import sys

from isa_desk.ui.shell.app import create_main_window
from tests import copy_database


def test_the_window_is_shown_before_the_overview_reads_its_figures(qtbot, demo_db, settings):
    window = create_main_window(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    overview = window.areas.area("overview")  # the area, without what it waits for
    assert window.isVisible() and window.stack.currentWidget() is overview
    assert overview.tiles["members"].number.text() == "–"  # not read yet
    assert not window._due_notice.text()
    qtbot.waitUntil(lambda: overview.tiles["members"].number.text() == "46", timeout=3000)
    assert "6 follow-ups overdue" in window._due_notice.text()  # read with the figures


def test_the_figures_are_read_at_once_when_asked_for(qtbot, demo_db, settings):
    window = create_main_window(demo_db, settings)  # never shown, so never painted
    qtbot.addWidget(window)
    assert window.areas["overview"].tiles["contacts"].number.text() == "152"
    assert "6 follow-ups overdue" in window.due_notice.text()


def test_an_area_is_built_when_first_shown(window):
    built = set(window.areas.built())
    assert built == {"overview"}
    assert window.stack.count() == 1
    window.show_area("events")  # the events invite from the contacts list: built with them
    assert set(window.areas.built()) == {"overview", "events", "contacts"}
    assert window.current_list() is window.areas.area("events")
    assert window.count_label.text() == "1 event"
    inquiries = window.areas["inquiries"]  # asked for by key: built, not shown
    assert window.areas.is_built("inquiries") and window.current_area_key() == "events"
    assert window.stack.indexOf(inquiries) >= 0
    assert list(window.areas) == window.area_keys()  # every key, built or not


def test_the_frame_waits_for_the_database_with_nothing_to_act_on(qtbot, demo_db, settings):
    settings.set_last_area("contacts")
    window = create_main_window(None, settings)  # the frame run_gui shows first
    qtbot.addWidget(window)
    window.show()
    assert window.db is None and window.stack.count() == 0
    assert window.windowTitle() == "ISA Desk"
    assert window.statusBar().currentMessage() == "Opening the database…"
    assert not any(action.isEnabled() for action in window.actions())
    window.navigation.setCurrentRow(4)  # clicked in the frame: nothing is built yet
    window.area_actions[5].trigger()  # Ctrl+6
    assert window.areas.built() == {}

    window.attach(demo_db)
    assert window.windowTitle() == "ISA Desk – demo.sqlite"
    assert window.statusBar().currentMessage() == ""
    assert window.current_area_key() == "contacts"  # where the user was last time
    assert window.navigation.currentRow() == 3 and window.area_actions[3].isChecked()
    assert set(window.areas.built()) == {"contacts"}
    assert window.open_database_action.isEnabled() and window.find_action.isEnabled()
    assert window.count_label.text().startswith("152 contacts")


FIRST_PAINT = """
import sys
from isa_desk.ui.shell import main_window

seen = []
opening = main_window.MainWindow.open_now

def open_now(window):
    seen.append(("sqlalchemy" in sys.modules, window.isVisible(), window.db is None))
    opening(window)
    seen.append(window.windowTitle())
    window.close()

main_window.MainWindow.open_now = open_now
from isa_desk.cli import main

code = main(["--database", sys.argv[1], "--lang", "en"])
print(code, seen)
"""


def test_the_window_is_on_the_screen_before_the_database_layer_loads(tmp_path, demo_file):
    database = copy_database(demo_file, tmp_path / "office.sqlite")
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ISA_DESK_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(database)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert done.stdout.strip() == "0 [(False, True, True), 'ISA Desk – office.sqlite']", done.stderr
