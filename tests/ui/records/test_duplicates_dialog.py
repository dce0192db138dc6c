"""Edit › Find duplicates…: the search in the background, marking a pair as two people
(it does not come again), merging a pair, and closing while the search runs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMessageBox

from isa_desk.core.errors import Cancelled, NotFoundError
from isa_desk.core.services import contacts, duplicate_finder
from isa_desk.ui.records.duplicates_dialog import DuplicatesDialog
from isa_desk.ui.records.merge_dialog import MergeDialog
from tests.ui.dialogs import answer_next_dialog, click_named, patch_question


@pytest.fixture
def twins(db, sample):
    """Anna Berg once more (the same member, another address), Jens Kühn spelt "ue", and
    a colleague of Li Wang whose name in characters is another (no pair)."""
    anna = contacts.create(
        db,
        {
            "given_name": "Anna",
            "family_name": "Berg",
            "email": "a.berg@example.net",
            "member_id": sample.aachen,
        },
    )
    jens = contacts.create(
        db, {"given_name": "Jens", "family_name": "Kuehn", "member_id": sample.aachen}
    )
    contacts.create(
        db,
        {
            "given_name": "Li",
            "family_name": "Wang",
            "name_order": "chinese",
            "name_zh": "王丽",
            "organisation_id": sample.secretariat,
        },
    )
    return {"anna": anna.id, "jens": jens.id}


def opened(qtbot, db, settings) -> DuplicatesDialog:
    dialog = DuplicatesDialog(None, db, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.op is not None and dialog.op.finished, timeout=10_000)
    return dialog


def rows(dialog: DuplicatesDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(y, x).text() for x in range(table.columnCount())]
        for y in range(table.rowCount())
    ]


def click_row(qtbot, dialog: DuplicatesDialog, first_name_part: str) -> None:
    [y] = [n for n, row in enumerate(rows(dialog)) if first_name_part in row[0]]
    table = dialog.table
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualItemRect(table.item(y, 0)).center(),
    )


def test_the_search_lists_the_pairs(qtbot, db, sample, twins, settings):
    dialog = opened(qtbot, db, settings)
    assert rows(dialog) == [
        [
            "Anna Berg",
            "Stadt Aachen",
            "anna.berg@example.org",
            "Anna Berg",
            "",
            "a.berg@example.net",
            "very similar name at the same member",
            "100 %",
        ],
        [
            "Jens Kühn",
            "",
            "jens.kuehn@example.net",
            "Jens Kuehn",
            "",
            "",
            "very similar name at the same member",
            "100 %",
        ],
    ]
    assert dialog.status.text() == "2 possible duplicates"
    assert dialog.merge_button.isEnabled() and dialog.apart_button.isEnabled()
    assert not dialog.stop_button.isVisible() and not dialog.progress.isVisible()


def test_not_a_duplicate_does_not_come_again(qtbot, db, sample, twins, settings):
    dialog = opened(qtbot, db, settings)
    click_row(qtbot, dialog, "Jens")
    qtbot.mouseClick(dialog.apart_button, Qt.MouseButton.LeftButton)
    assert [row[0] for row in rows(dialog)] == ["Anna Berg"]
    assert dialog.status.text() == "1 possible duplicates"
    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.op.finished, timeout=10_000)
    assert [row[3] for row in rows(dialog)] == ["Anna Berg"]
    dialog.close()
    again = opened(qtbot, db, settings)
    assert [row[0] for row in rows(again)] == ["Anna Berg"]  # remembered in the database
    assert contacts.get(db, twins["jens"]).family_name == "Kuehn"  # nothing else changed


def test_merge_a_pair_from_the_list(qtbot, db, sample, twins, settings, monkeypatch):
    dialog = opened(qtbot, db, settings)
    changed = []
    dialog.changed.connect(lambda: changed.append(True))
    click_row(qtbot, dialog, "Anna")
    patch_question(monkeypatch, QMessageBox.StandardButton.Yes)
    errors = answer_next_dialog(click_named("merge"), MergeDialog)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert not errors and changed == [True]
    assert [row[0] for row in rows(dialog)] == ["Jens Kühn"]
    with pytest.raises(NotFoundError):  # the right one was merged into the left one
        contacts.get(db, twins["anna"])
    assert contacts.get(db, sample.anna).email == "anna.berg@example.org"
    assert [pair.first.name for pair in duplicate_finder.find_pairs(db)] == ["Jens Kühn"]


def test_a_merge_cancelled_keeps_the_pair(qtbot, db, sample, twins, settings):
    dialog = opened(qtbot, db, settings)
    click_row(qtbot, dialog, "Anna")
    errors = answer_next_dialog(lambda merge: merge.reject(), MergeDialog)
    assert dialog.merge_selected() is None and not errors
    assert len(rows(dialog)) == 2


def test_closing_while_searching_stops_the_search(qtbot, db, sample, settings, monkeypatch):
    stopped = []

    def endless(db, progress=None, cancelled=None):
        try:
            while True:
                progress.step(1, 2)
        except Cancelled:
            stopped.append(True)
            raise

    monkeypatch.setattr(duplicate_finder, "find_pairs", endless)
    dialog = DuplicatesDialog(None, db, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.searching)
    assert dialog.stop_button.isVisible() and not dialog.search_button.isEnabled()
    assert dialog.status.text() == "Comparing the contacts…"
    dialog.resize(QSize(640, 420))
    dialog.close()
    assert stopped == [True] and not dialog.searching() and not dialog.isVisible()
    # the size is remembered for the next time
    again = DuplicatesDialog(None, db, settings)
    qtbot.addWidget(again)
    assert again.size() == QSize(640, 420)


def test_stop_keeps_the_dialog_open(qtbot, db, sample, settings, monkeypatch):
    def endless(db, progress=None, cancelled=None):
        while True:
            progress.step(1, 2)

    monkeypatch.setattr(duplicate_finder, "find_pairs", endless)
    dialog = DuplicatesDialog(None, db, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.searching)
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.searching())
    assert dialog.isVisible() and dialog.status.text() == "Search stopped."
    assert dialog.search_button.isEnabled() and rows(dialog) == []


def test_the_edit_menu_opens_it(qtbot, window):
    assert window.duplicates_action in window.menuBar().actions()[1].menu().actions()
    window.duplicates_action.trigger()
    [dialog] = window.findChildren(DuplicatesDialog)
    qtbot.waitUntil(lambda: dialog.op is not None and dialog.op.finished, timeout=20_000)
    assert dialog.isVisible() and dialog.status.text()
    dialog.reject()
    qtbot.waitUntil(lambda: not window.findChildren(DuplicatesDialog))  # deleted on close
