"""A damaged database at start or at File › Open: the window offers the last good backup;
the daily backup at start."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from isa_desk.core.backups import copying, listing
from isa_desk.ui.common import background
from isa_desk.ui.shell import app as app_module
from tests import copy_database
from tests.core.backups import count, damage
from tests.ui.dialogs import answer_next_dialog, click_named


@pytest.fixture
def damaged(tmp_path, demo_file):
    """A damaged database with a good backup from yesterday."""
    path = copy_database(demo_file, tmp_path / "office" / "office.sqlite")
    copying.make_backup(path, now=dt.datetime.now() - dt.timedelta(days=1))
    damage(path)
    return path


def test_at_start_the_last_backup_is_restored_and_opened(started, damaged):
    contacts = count(listing.backups(damaged)[0].path)
    answered = answer_next_dialog(click_named("restoreButton"), QMessageBox)

    assert app_module.run_gui(str(damaged), "en") == 0

    assert answered == []
    (window,) = started
    assert window.windowTitle() == "ISA Desk – office.sqlite"
    assert count(damaged) == contacts
    kinds = {b.kind for b in listing.backups(damaged)}
    assert kinds == {listing.DAMAGED, listing.DATED}  # and today's daily backup


def test_at_start_quitting_leaves_the_damaged_file_as_it_was(started, damaged):
    before = damaged.read_bytes()
    seen = []

    def quit_(box):
        seen.append((box.text(), [b.text() for b in box.buttons()]))
        click_named("stopButton")(box)

    answered = answer_next_dialog(quit_, QMessageBox)
    assert app_module.run_gui(str(damaged), "en") == 2
    assert answered == [] and started == []
    text, buttons = seen[0]
    assert text.startswith("office.sqlite is damaged. It was not changed")
    assert {"Restore the last backup", "Open another database…", "Quit"} <= set(buttons)
    assert damaged.read_bytes() == before
    assert [b.kind for b in listing.backups(damaged)] == [listing.DATED]


def test_opening_a_damaged_database_in_the_window_can_be_cancelled(window, damaged):
    before = damaged.read_bytes()
    answered = answer_next_dialog(click_named("stopButton"), QMessageBox)
    assert not window.switch_database(str(damaged))
    assert answered == []
    assert window.windowTitle() == "ISA Desk – demo.sqlite"
    assert damaged.read_bytes() == before


def test_the_first_start_of_the_day_makes_a_backup(started, tmp_path, demo_file, qtbot):
    path = copy_database(demo_file, tmp_path / "office" / "office.sqlite")
    assert app_module.run_gui(str(path), "en") == 0
    assert not background._running  # run_gui waited for it before closing the database
    (made,) = listing.backups(path)
    assert made.kind == listing.DATED and made.made.date() == dt.date.today()
    assert count(made.path) == count(path)
    (window,) = started
    assert window.statusBar().currentMessage() == f"Daily backup made: {made.path.name}"
