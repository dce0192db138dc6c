"""The overview's sections lead elsewhere by signals, which the main window connects: an
event to its participant list, a due inquiry to its editor, "all that is due" to the
filtered inquiries."""

from __future__ import annotations

from PySide6.QtCore import Qt

from isa_desk.ui.inquiries.inquiries_view import InquiriesView
from isa_desk.ui.overview.event_section import EventSection
from isa_desk.ui.overview.inquiry_section import InquirySection


def test_clicking_the_event_in_the_overview_opens_it_in_the_window(qtbot, window):
    window.show_area("overview")
    overview = window.areas["overview"]
    section = overview.findChild(EventSection)
    assert section is not None
    with qtbot.waitSignal(overview.eventRequested) as requested:
        qtbot.mouseClick(section.open_button, Qt.MouseButton.LeftButton)
    assert requested.args == [section.row.id]
    events = window.areas["events"]
    assert window.current_area_key() == "events"
    assert events.current_id() == section.row.id
    assert events.panel.event_id() == section.row.id
    assert events.panel.title.text() == section.row.title


def test_a_due_inquiry_of_the_overview_opens_in_the_window(qtbot, window, monkeypatch):
    opened: list[int] = []
    monkeypatch.setattr(
        InquiriesView, "open_record", lambda self, record_id, *a, **k: opened.append(record_id)
    )
    window.show_area("overview")
    overview = window.areas["overview"]
    section = overview.findChild(InquirySection)
    item = section.due_list.topLevelItem(0)
    inquiry_id = item.data(0, Qt.ItemDataRole.UserRole)
    with qtbot.waitSignal(overview.inquiryRequested) as requested:
        section.due_list.itemActivated.emit(item, 0)
    assert requested.args == [inquiry_id]
    assert window.current_area_key() == "inquiries" and opened == [inquiry_id]


def test_all_that_is_due_from_the_overview_and_from_the_status_bar(qtbot, window):
    overview = window.areas["overview"]
    section = overview.findChild(InquirySection)
    with qtbot.waitSignal(overview.dueInquiriesRequested):
        qtbot.mouseClick(section.show_all, Qt.MouseButton.LeftButton)
    inquiries = window.areas["inquiries"]
    assert window.current_area_key() == "inquiries" and inquiries.filter_bar.due.isChecked()

    inquiries.filter_bar.reset()
    window.show_area("members")
    qtbot.mouseClick(window.due_notice, Qt.MouseButton.LeftButton)
    assert window.current_area_key() == "inquiries" and inquiries.filter_bar.due.isChecked()


def test_the_events_area_invites_from_the_contacts_list_of_the_window(window):
    contacts = window.areas["contacts"]
    contacts.activate()
    contacts.table.selectRow(0)
    selected, query = window.areas["events"].contacts_source()
    assert selected == contacts.selected_ids() and query == contacts.query()
