"""The audit view: every change to the database, from the menu, filtered, read a page at a
time, exported, and a double click opens the changed record."""

from __future__ import annotations

import csv
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import insert

from isa_desk.core.db.models import AuditEntry
from isa_desk.core.privacy import trail
from isa_desk.core.privacy.trail import TrailQuery
from isa_desk.ui.privacy.audit_view import AuditView
from isa_desk.ui.privacy.trail_model import PAGE_SIZE
from isa_desk.ui.records.editors.contact_editor import ContactEditor
from tests.ui.dialogs import answer_next_dialog
from tests.ui.typing import type_over

MANY = 2000


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def first_lines(view: AuditView, key: str) -> list[str]:
    model = view.model
    return [model.text(row, key) for row in range(model.rowCount()) if model.line(row).first]


def test_open_from_the_menu_filter_and_export(qtbot, window, tmp_path, monkeypatch):
    view_menu = window.menuBar().actions()[2].menu()
    assert window.audit_trail_action in view_menu.actions()
    window.audit_trail_action.trigger()
    view = window.audit_view
    qtbot.waitExposed(view)
    assert not view.isModal()
    window.audit_trail_action.trigger()
    assert window.audit_view is view  # one at a time
    db = window.db
    assert view.model.total() == trail.count(db, TrailQuery()) > 0

    view.filters.kind.setCurrentIndex(view.filters.kind.findData("organisation"))
    assert view.model.total() == trail.count(db, TrailQuery("organisation"))
    assert set(first_lines(view, "kind")) == {"Organisation"}
    name = first_lines(view, "record")[-1]
    type_over(qtbot, view.filters.text, name, None)
    found = TrailQuery("organisation", text=name)
    qtbot.waitUntil(lambda: view.model.total() == trail.count(db, found))
    assert set(first_lines(view, "record")) == {name}

    path = tmp_path / "out" / "trail.csv"
    path.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(path), "")))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][4] == "Record" and {row[4] for row in rows[1:]} == {name}
    assert len(rows) - 1 == view.model.rowCount()  # one row per changed field, as shown
    assert "trail.csv" in view.status.text()


def add_entries(db, number: int) -> None:
    start = dt.datetime(2027, 1, 1)
    rows = [
        {
            "at": start + dt.timedelta(minutes=i),
            "user": "anna" if i % 2 else "ben",
            "action": "update",
            "entity": "contact",
            "entity_id": 1,
            "summary": f"Person {i}",
            "changes": f'{{"town": ["Aachen", "Town {i}"]}}',
        }
        for i in range(number)
    ]
    with db.transaction() as session:
        session.execute(insert(AuditEntry), rows)


def test_a_long_trail_is_read_a_page_at_a_time(qtbot, db, settings):
    add_entries(db, MANY)
    view = shown(qtbot, AuditView(None, db, settings))
    assert view.model.total() == MANY
    assert view.model.entries_loaded() == PAGE_SIZE
    assert first_lines(view, "record")[0] == f"Person {MANY - 1}"  # the newest first
    assert view.status.text() == f"{PAGE_SIZE} of {MANY} change(s)"
    view.table.scrollToBottom()  # the view asks for the next page at the end
    qtbot.waitUntil(lambda: view.model.entries_loaded() == 2 * PAGE_SIZE)
    while view.more_button.isEnabled():
        qtbot.mouseClick(view.more_button, Qt.MouseButton.LeftButton)
    assert view.model.entries_loaded() == MANY
    assert first_lines(view, "record")[-1] == "Person 0"
    assert view.status.text() == f"{MANY} change(s)"

    view.filters.user.setCurrentIndex(view.filters.user.findData("ben"))
    assert view.model.total() == MANY // 2
    assert set(first_lines(view, "user")) == {"ben"}


def test_the_size_is_remembered(qtbot, db, settings):
    view = shown(qtbot, AuditView(None, db, settings))
    view.resize(720, 450)  # the test's screen is small
    view.close()
    again = shown(qtbot, AuditView(None, db, settings))
    assert (again.width(), again.height()) == (720, 450)
    assert again.minimumSizeHint().width() <= 1280 and again.minimumSizeHint().height() <= 800


def test_a_double_click_opens_the_changed_record(qtbot, window):
    window.audit_trail_action.trigger()
    view = window.audit_view
    qtbot.waitExposed(view)
    view.filters.kind.setCurrentIndex(view.filters.kind.findData("contact"))
    entry = view.model.line(0).entry
    opened = []

    def seen(dialog):
        opened.append((type(dialog), dialog.record_id))
        dialog.reject()

    errors = answer_next_dialog(seen, ContactEditor)
    table = view.table
    rect = table.visualRect(view.model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(opened or errors))
    assert not errors
    assert opened == [(ContactEditor, entry.entity_id)]
