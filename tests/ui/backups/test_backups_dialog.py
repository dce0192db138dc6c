"""File › Backups…: make a backup, see it listed, restore it, and the data is back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from isa_desk import language
from isa_desk.core.backups import listing
from isa_desk.ui.backups.backups_dialog import BackupsDialog, open_backups
from isa_desk.ui.common import background
from tests.core.backups import damage
from tests.ui.dialogs import patch_question


def member_name(db) -> str:
    with db.session() as session:
        return session.execute(text("SELECT name FROM member WHERE id = 1")).scalar_one()


def idle(qtbot) -> None:
    qtbot.waitUntil(lambda: not background._running, timeout=20000)


def test_make_a_backup_then_restore_it_after_asking(qtbot, window, monkeypatch):
    window.backups_action.trigger()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None and dialog.table.rowCount() == 0
    original = member_name(window.db)

    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20000)
    idle(qtbot)
    assert dialog.table.item(0, 1).text() == "dated (rotated)"
    assert dialog.table.item(0, 3).text().startswith("demo-")

    with window.db.transaction() as session:
        session.execute(text("UPDATE member SET name = 'Changed' WHERE id = 1"))
    asked = patch_question(monkeypatch, QMessageBox.StandardButton.Yes)
    old = window.db

    assert dialog.restore_selected()
    qtbot.waitUntil(lambda: window.db is not old and dialog.isEnabled(), timeout=20000)
    idle(qtbot)

    assert "The current data is backed up first." in asked[0]
    assert member_name(window.db) == original
    kinds = [b.kind for b in listing.backups(Path(window.db.location))]
    assert kinds == [listing.BEFORE_RESTORE, listing.DATED]
    assert dialog.table.rowCount() == 2
    assert "Restored demo-" in window.statusBar().currentMessage()
    window.db.close()


def test_a_restore_not_confirmed_changes_nothing(qtbot, window, monkeypatch):
    dialog = open_backups(window)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20000)
    idle(qtbot)
    old = window.db
    patch_question(monkeypatch, QMessageBox.StandardButton.No)
    assert not dialog.restore_selected()
    assert window.db is old and dialog.table.rowCount() == 1


@pytest.mark.parametrize("lang", ["de", "en", "zh"])
def test_the_dialog_fits_1280_by_800(qtbot, window, restore_locale, lang):
    assert language.load(lang) == lang
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    for size in (dialog.minimumSizeHint(), dialog.size()):
        assert size.width() <= 1280 and size.height() <= 800, (lang, size)


def test_a_backup_that_fails_its_check_is_not_restored_and_the_window_goes_on(
    qtbot, window, monkeypatch
):
    dialog = open_backups(window)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20000)
    idle(qtbot)
    damage(dialog.selected().path)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    patch_question(monkeypatch, QMessageBox.StandardButton.Yes)
    old = window.db
    assert dialog.restore_selected()
    qtbot.waitUntil(lambda: bool(shown) and dialog.isEnabled(), timeout=20000)
    assert "was not restored" in shown[0] and "was not changed" in shown[0]
    assert window.db is old and member_name(window.db)  # still at work


def test_the_folder_opens_in_the_file_manager(window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    open_backups(window).folder_button.click()
    folder = Path(window.db.location).parent / "backups"
    assert folder.is_dir() and opened[0].toLocalFile() == str(folder)
