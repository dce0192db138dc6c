"""The event picker: every event with its date, newest first, the chosen id back; the
dialog that asks for one event when the participants are exported from the File menu."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from isa_desk.core.services import events
from isa_desk.ui.events.event_picker import EventDialog, EventPicker
from isa_desk.ui.exchange.export_action import export_participants
from tests.ui.dialogs import answer_next_dialog


@pytest.fixture
def two(db):
    older = events.create(
        db, {"title": "Städtekonferenz Düren", "starts_at": dt.datetime(2024, 5, 2, 10, 0)}
    )
    newer = events.create(
        db, {"title": "Plenarversammlung 2027", "starts_at": dt.datetime(2027, 6, 3, 9, 0)}
    )
    return older, newer


def test_lists_the_events_and_returns_the_chosen_id(qtbot, db, two):
    older, newer = two
    picker = EventPicker(db)
    qtbot.addWidget(picker)
    assert [picker.itemText(i) for i in range(picker.count())] == [
        "Plenarversammlung 2027 (03.06.2027)",
        "Städtekonferenz Düren (02.05.2024)",
    ]
    assert picker.event_count() == 2 and picker.event_id() == newer.id
    picker.setCurrentIndex(1)
    assert picker.event_id() == older.id
    picker.set_event_id(newer.id)
    assert picker.currentIndex() == 0


def test_the_no_event_entry_and_reload_keeps_the_choice(qtbot, db, two):
    older, _newer = two
    picker = EventPicker(db, none_text="(no event)")
    qtbot.addWidget(picker)
    assert picker.itemText(0) == "(no event)" and picker.event_id() is None
    assert picker.event_count() == 2
    picker.set_event_id(older.id)
    added = events.create(
        db, {"title": "Neujahrsempfang", "starts_at": dt.datetime(2030, 1, 14, 18, 0)}
    )
    picker.reload()
    assert picker.event_count() == 3 and picker.event_id() == older.id
    picker.set_event_id(None)
    assert picker.event_id() is None
    picker.set_event_id(added.id)
    assert picker.currentText() == "Neujahrsempfang (14.01.2030)"


def test_an_empty_list(qtbot, db):
    picker = EventPicker(db)
    qtbot.addWidget(picker)
    assert picker.event_count() == 0 and picker.event_id() is None


def test_the_dialog_gives_the_chosen_event_or_none(qtbot, db, two):
    older, _newer = two

    def choose_older(dialog):
        dialog.picker.set_event_id(older.id)
        dialog.accept()

    errors = answer_next_dialog(choose_older, EventDialog)
    assert EventDialog(None, db, "Export", "Event:").chosen() == older.id
    assert errors == []
    errors = answer_next_dialog(QDialog.reject, EventDialog)
    assert EventDialog(None, db, "Export", "Event:").chosen() is None
    assert errors == []


def test_export_participants_asks_for_the_event(qtbot, demo_db, settings, tmp_path, monkeypatch):
    path = tmp_path / "participants.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(path), "")))
    plenary = events.find(demo_db, "10. Plenarversammlung der ISA")

    def choose_plenary(dialog):
        assert dialog.picker.event_count() == len(events.choices(demo_db))
        dialog.picker.set_event_id(plenary.id)
        dialog.accept()

    errors = answer_next_dialog(choose_plenary, EventDialog)
    assert export_participants(None, demo_db, settings) == path
    assert errors == []
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][12] == "Participation" and len(rows) > 5


def test_export_participants_without_events_says_so(qtbot, db, settings, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert export_participants(None, db, settings) is None
    assert shown == ["There is no event yet."]
