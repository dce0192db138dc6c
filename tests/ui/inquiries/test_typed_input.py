"""Typing into the event and inquiry dialogs as a person does; the stored values are read
back from the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from isa_desk.core.services import events, inquiries, members
from isa_desk.core.services.common import ListQuery
from isa_desk.ui.events.event_editor import EventEditor
from isa_desk.ui.inquiries.inquiry_dialog import NewInquiryDialog
from isa_desk.ui.inquiries.inquiry_editor import InquiryEditor
from tests.ui.dialogs import patch_question
from tests.ui.typing import has_focus, read_back, type_over

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    patch_question(monkeypatch, QMessageBox.StandardButton.Discard)


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_event_begin_and_deadline_typed_the_german_way(qtbot, db):
    dialog = shown(qtbot, EventEditor(None, db))
    qtbot.waitUntil(lambda: has_focus(dialog.title))  # a new event starts with its title
    type_over(qtbot, dialog.title, "Plenarversammlung")
    type_over(qtbot, dialog.starts, "18.03.2027 10:00")
    assert dialog.starts.edit.text() == "18.03.2027 10:00"
    assert dialog.ends.value() == dt.datetime(2027, 3, 18, 13, 0)  # keeps its three hours
    type_over(qtbot, dialog.deadline, "04.03.2027")  # into the empty deadline
    assert dialog.save()
    event = read_back(db, lambda fresh: events.get(fresh, dialog.saved_id))
    assert event.starts_at == dt.datetime(2027, 3, 18, 10, 0)
    assert event.registration_deadline == dt.date(2027, 3, 4)


def test_an_event_with_an_unreadable_begin_is_not_saved(qtbot, db):
    dialog = shown(qtbot, EventEditor(None, db))
    type_over(qtbot, dialog.title, "Plenarversammlung")
    type_over(qtbot, dialog.starts, "18.03.2027 10:75")
    assert not dialog.save()
    assert "is not a date with a time" in dialog.problem.text()
    assert read_back(db, lambda fresh: events.count(fresh, ListQuery())) == 0


def new_inquiry(db) -> int:
    return inquiries.create(
        db,
        {
            "channel": "email",
            "received_on": TODAY,
            "assigned_to": "office",
            "summary": "",
            "city": {"name": "Auenstadt", "kind": "city", "country": "DE", "region": ""},
            "contact": {"family_name": "Vogt"},
        },
        today=TODAY,
    ).id


def test_new_inquiry_region_and_dates_as_typed(qtbot, db):
    for name, region in (("Hannover", "Niedersachsen"), ("Dresden", "Sachsen")):
        members.create(db, {"name": name, "kind": "city", "country": "DE", "region": region})
    dialog = shown(qtbot, NewInquiryDialog(None, db, today=TODAY))
    qtbot.waitUntil(lambda: has_focus(dialog.city))  # not on "Save"
    dialog.new_city.setChecked(True)
    type_over(qtbot, dialog.city_name, "Leipzig")
    type_over(qtbot, dialog.city_region.lineEdit(), "Sachsen")
    dialog.new_contact.setChecked(True)
    type_over(qtbot, dialog.contact_fields["family_name"], "Vogt")
    type_over(qtbot, dialog.received_on, "24.11.26")
    type_over(qtbot, dialog.follow_up, "4.12.2026")
    type_over(qtbot, dialog.assigned_to.lineEdit(), "of")  # "office" is only offered
    dialog.save()
    assert dialog.saved_id is not None, dialog.banner.text.text()
    inquiry = read_back(db, lambda fresh: inquiries.get(fresh, dialog.saved_id))
    assert inquiry.member.region == "Sachsen"
    assert (inquiry.received_on, inquiry.next_follow_up) == (
        dt.date(2026, 11, 24),
        dt.date(2026, 12, 4),
    )
    assert inquiry.assigned_to == "of"


def test_a_follow_up_typed_over_keeps_its_day(qtbot, db):
    inquiry_id = new_inquiry(db)
    dialog = shown(qtbot, InquiryEditor(None, db, inquiry_id, today=TODAY))
    type_over(qtbot, dialog.follow_up, "18.3.27")
    assert dialog.save()
    stored = read_back(db, lambda fresh: inquiries.get(fresh, inquiry_id).next_follow_up)
    assert stored == dt.date(2027, 3, 18)


def test_a_history_entry_without_a_time_is_dated_now_and_a_typed_one_as_typed(qtbot, db):
    inquiry_id = new_inquiry(db)
    dialog = shown(qtbot, InquiryEditor(None, db, inquiry_id, today=TODAY))
    assert dialog.entry_when.value() is None  # empty means now
    type_over(qtbot, dialog.entry_when, "18.3.2027 9:30")
    type_over(qtbot, dialog.entry_subject, "Anruf", then=Qt.Key.Key_Return)
    history = read_back(db, lambda fresh: inquiries.history(fresh, inquiry_id))
    assert [(a.subject, a.occurred_at) for a in history if a.subject == "Anruf"] == [
        ("Anruf", dt.datetime(2027, 3, 18, 9, 30))
    ]
    assert dialog.entry_when.text() == "" and QApplication.activeModalWidget() is None
