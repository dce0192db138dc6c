"""The letters go to the platform's documents folder, made when missing; a disk that is
full is told with the file the user chose (not its temporary name), in plain words."""

from __future__ import annotations

import errno
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from isa_desk.core import files
from isa_desk.core.services import events
from isa_desk.ui.letters.letters_dialog import LettersDialog
from tests.ui.dialogs import answer_next_dialog


@pytest.fixture
def dialog(qtbot, demo_db, home, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    assert not (home / "Documents").exists()
    shown = LettersDialog(demo_db, event_id=events.choices(demo_db)[0][0])
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_letters_are_offered_in_the_documents_folder_made_for_them(qtbot, home, dialog):
    documents = home / "Documents"
    assert documents.is_dir()
    for field in (dialog.combined_path, dialog.split_path, dialog.labels_path):
        assert os.path.dirname(field.text()) == str(documents)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None and dialog.operation is None, timeout=30000)
    chosen = os.path.basename(dialog.combined_path.text())
    assert [path.name for path in documents.glob("*.pdf")] == [chosen]


def test_a_full_disk_names_the_chosen_file_in_plain_words(qtbot, home, dialog, monkeypatch):
    def full(path):  # the staged letters cannot be flushed to the disk
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(files, "sync_file", full)
    chosen = home / "Documents" / "Einladung.pdf"
    dialog.combined_path.setText(str(chosen))
    shown = []
    errors = answer_next_dialog(lambda box: shown.append(box.text()) or box.accept(), attempts=1500)
    dialog.make()
    qtbot.waitUntil(lambda: dialog.operation is None and bool(shown), timeout=30000)
    assert errors == []
    assert shown == [f"Cannot write {chosen}: there is not enough space on the disk."]
    assert list((home / "Documents").iterdir()) == []  # nothing left behind
