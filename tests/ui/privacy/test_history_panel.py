"""A record's Changes: edited in its editor, the change shows with before and after, can be
filtered by user and date, and exported."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from isa_desk.core.db.models import AuditAction, Gender
from isa_desk.core.domain import labels
from isa_desk.core.services import contacts, events, inquiries, members
from isa_desk.ui.common import display
from isa_desk.ui.events.event_editor import EventEditor
from isa_desk.ui.inquiries.inquiry_editor import InquiryEditor
from isa_desk.ui.privacy.history_panel import ChangesDialog, HistoryPanel
from isa_desk.ui.records.editors.contact_editor import ContactEditor
from isa_desk.ui.records.editors.member_editor import MemberEditor
from tests.ui.typing import focus, press, type_over

CTRL = Qt.KeyboardModifier.ControlModifier


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def berg(db):
    db.user = "anna"
    contact = contacts.create(
        db, {"given_name": "Anna", "family_name": "Berg", "gender": "female", "country": "DE"}
    )
    db.user = "ben"
    return contact


def lines(panel: HistoryPanel) -> list[dict]:
    model = panel.model
    return [{key: model.text(row, key) for key in model.columns} for row in range(model.rowCount())]


def open_changes(qtbot, editor) -> ChangesDialog:
    assert editor.changes_button.isEnabled()
    qtbot.mouseClick(editor.changes_button, Qt.MouseButton.LeftButton)
    dialog = editor.findChild(ChangesDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def edit_given_name(qtbot, db, berg) -> None:
    editor = shown(qtbot, ContactEditor(None, db, berg.id))
    type_over(qtbot, editor.form.fields["given_name"].widget, "Annabell")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.saved_id == berg.id


def test_an_edit_in_the_editor_shows_before_and_after(qtbot, db, berg):
    edit_given_name(qtbot, db, berg)
    editor = shown(qtbot, ContactEditor(None, db, berg.id))
    panel = open_changes(qtbot, editor).panel
    shown_lines = lines(panel)
    changed = shown_lines[0]
    assert changed["user"] == "ben"
    assert changed["action"] == labels.label(AuditAction, "update")
    assert changed["old"] == "Anna" and changed["new"] == "Annabell"
    assert changed["at"] == display.date_text(panel.model.line(0).entry.at)
    created = [line for line in shown_lines if line["new"] == labels.label(Gender, "female")]
    assert created and created[0]["old"] == ""
    # the lines of one entry after its first name no one and no time again
    assert all(line["user"] == "" for line in shown_lines[2:])


def test_filter_by_user_and_by_date(qtbot, db, berg):
    edit_given_name(qtbot, db, berg)
    panel = shown(qtbot, HistoryPanel(db, "contact", berg.id))
    assert [panel.filters.user.itemText(i) for i in range(1, panel.filters.user.count())] == [
        "anna",
        "ben",
    ]
    focus(qtbot, panel.filters.user)
    panel.filters.user.setCurrentIndex(panel.filters.user.findData("anna"))
    assert {line["action"] for line in lines(panel) if line["action"]} == {
        labels.label(AuditAction, "create")
    }
    panel.filters.user.setCurrentIndex(0)
    yesterday = dt.date.today() - dt.timedelta(days=1)
    type_over(qtbot, panel.filters.date_to.edit, display.date_text(yesterday), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert panel.status.text() == "No changes found"
    type_over(qtbot, panel.filters.date_from.edit, display.date_text(dt.date.today()), None)
    panel.filters.date_to.edit.clear()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.total() == 2)


def test_export_the_changes(qtbot, db, berg, tmp_path, monkeypatch):
    edit_given_name(qtbot, db, berg)
    panel = shown(qtbot, HistoryPanel(db, "contact", berg.id))
    panel.filters.user.setCurrentIndex(panel.filters.user.findData("ben"))
    path = tmp_path / "out" / "changes.xlsx"
    path.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(path), "")))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert [r[1:] for r in rows[1:]] == [
        ("ben", labels.label(AuditAction, "update"), "Contact", "Annabell Berg")
        + (rows[1][5], "Anna", "Annabell")
    ]
    assert "changes.xlsx" in panel.status.text()


def test_a_new_record_has_no_changes_yet(qtbot, db):
    editor = shown(qtbot, MemberEditor(None, db))
    assert not editor.changes_button.isEnabled()


def test_the_member_editor_opens_the_members_changes(qtbot, db):
    member = members.create(db, {"name": "Aachen", "country": "DE"})
    editor = shown(qtbot, MemberEditor(None, db, member.id))
    dialog = open_changes(qtbot, editor)
    assert lines(dialog.panel)[0]["new"] == "Aachen"  # the name first
    assert dialog.minimumSizeHint().width() <= 1280 and dialog.minimumSizeHint().height() <= 800


def test_the_event_editor_opens_the_events_changes_with_its_shortcut(qtbot, db):
    event = events.create(db, {"title": "Plenum", "starts_at": dt.datetime(2027, 3, 18, 10)})
    editor = shown(qtbot, EventEditor(None, db, event.id))
    focus(qtbot, editor.title)
    press(qtbot, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: editor.findChild(ChangesDialog) is not None)
    dialog = editor.findChild(ChangesDialog)
    assert display.date_text(dt.datetime(2027, 3, 18, 10)) in [
        line["new"] for line in lines(dialog.panel)
    ]
    assert not shown(qtbot, EventEditor(None, db)).findChild(QPushButton, "changes").isEnabled()


def test_the_inquiry_editor_opens_the_inquirys_changes(qtbot, db, berg):
    member = members.create(db, {"name": "Aachen", "country": "DE", "status": "prospect"})
    inquiry = inquiries.create(db, {"member_id": member.id, "contact_id": berg.id})
    editor = shown(qtbot, InquiryEditor(None, db, inquiry.id))
    qtbot.mouseClick(editor.findChild(QPushButton, "changes"), Qt.MouseButton.LeftButton)
    dialog = editor.findChild(ChangesDialog)
    assert dialog.windowTitle().endswith("Aachen")
    assert "Aachen" in [line["new"] for line in lines(dialog.panel)]  # the city by its name
