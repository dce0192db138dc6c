"""The events area against the demo data: invite from a tag, register by the quick box,
change statuses, the event editor, name badges and the attendance list (PDF read back),
the participant export (workbook read back), letters for a status, and the way through
the main window (overview, delete and undo). Dialogs are answered by clicking them;
file dialogs and the PDF viewer are stood in for."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from isa_desk import language
from isa_desk.core.domain.text import search_key
from isa_desk.core.services import contacts, events, participants
from isa_desk.core.services.common import ListQuery
from isa_desk.ui.common import display, errors, style
from isa_desk.ui.events import event_widgets
from isa_desk.ui.events.events_view import EventsView
from isa_desk.ui.shell.undo import UndoStack
from tests import DEMO_TODAY

PLENARY = "10. Plenarversammlung der ISA"
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed"
)


def answer(handle) -> None:
    """Handle the next modal dialog as soon as it is open (inside its exec())."""

    def attempt(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None and tries < 100:
            QTimer.singleShot(20, lambda: attempt(tries + 1))
            return
        try:
            handle(dialog)
        except BaseException:
            dialog.reject()  # a failed check must not leave the test waiting
            raise

    QTimer.singleShot(0, attempt)


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(errors, "show_message", lambda _p, text, _t=None: shown.append(text))
    return shown


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    files: list[Path] = []
    monkeypatch.setattr(event_widgets, "open_file", files.append)
    return files


def save_as(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


@pytest.fixture
def view(qtbot, demo_db, settings):
    area = EventsView(demo_db, settings, UndoStack(), today=DEMO_TODAY)
    qtbot.addWidget(area)
    area.resize(1100, 760)
    area.show()
    qtbot.waitExposed(area)
    return area


@pytest.fixture
def plenary(demo_db):
    return events.find(demo_db, PLENARY)


def shown_rows(view) -> list:
    return view.participants.row_objects()


def counts(view) -> dict[str, int]:
    return view.panel.row.counts()


# -- the area ------------------------------------------------------------------------------


def test_the_area_opens_on_the_next_event_with_its_participants(view, plenary):
    assert view.current_id() == plenary.id  # the next event, seen from 30 September 2021
    assert view.panel.title.text() == PLENARY
    details = view.panel.details.text()
    assert display.date_text(dt.date(2021, 10, 11)) in details  # the deadline, near: marked
    assert style.DEADLINE_NEAR in details and "11" in details
    assert len(shown_rows(view)) == 57
    assert view.participants.status_buttons["registered"].text().endswith(" 10")
    view.participants.status_buttons["declined"].click()
    assert {row.status for row in shown_rows(view)} == {"declined"}
    assert len(shown_rows(view)) == 11
    view.participants.status_buttons[None].click()
    assert len(shown_rows(view)) == 57


def test_invite_from_a_tag(qtbot, view, demo_db, messages):
    event = events.create(
        demo_db, {"title": "Beiratssitzung 2021", "starts_at": dt.datetime(2021, 11, 23, 14, 0)}
    )
    view.reload()
    view.select_event(event.id)
    assert view.panel.event_id() == event.id and shown_rows(view) == []
    tagged = contacts.count(demo_db, ListQuery(tag="Beirat", active_only=True))

    def invite_advisory_board(dialog):
        dialog.tag.setCurrentText("Beirat")
        dialog.by_tag.setChecked(True)
        dialog.invite_button.click()

    answer(invite_advisory_board)
    assert view.panel.invite()
    assert tagged > 0 and len(shown_rows(view)) == tagged
    assert {row.status for row in shown_rows(view)} == {"invited"}
    assert view.participants.status_buttons["invited"].text().endswith(f" {tagged}")
    row = view.model.row_object(view.model.row_of_id(event.id))
    assert row.total == tagged  # the events list counts them too
    assert view.last_message.startswith(f"{tagged} invited")

    answer(invite_advisory_board)  # again: nobody twice
    view.panel.invite()
    assert len(shown_rows(view)) == tagged
    assert f"{tagged} were on the list already" in view.last_message


def test_quick_box_registers_declines_and_adds(qtbot, view, demo_db, plenary):
    invited = participants.rows(demo_db, plenary.id, ("invited",))
    first = invited[0]
    # typed as the office types it: folded ("Böhm" as "bohm"), in any order
    second = next(p for p in invited[1:] if search_key(p.family_name).isascii())
    typed = f"{search_key(second.given_name)} {search_key(second.family_name)}"
    box = view.panel.quick
    box.field.setFocus()
    qtbot.keyClicks(box.field, first.email.upper())
    qtbot.keyClick(box.field, Qt.Key.Key_Return)  # typed fast: Enter finds first
    assert counts(view)["registered"] == 11
    stored = participants.get(demo_db, first.id)
    assert (stored.status.value, stored.registered_on) == ("registered", DEMO_TODAY)
    assert box.field.text() == "" and "registered" in box.result.text().lower()
    assert view.participants.current_id() == first.id  # shown in the list

    qtbot.keyClicks(box.field, typed)
    qtbot.waitUntil(lambda: bool(box.hits))
    assert box.hits[0].contact_id == second.contact_id
    qtbot.keyClick(box.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert participants.get(demo_db, second.id).status.value == "declined"

    on_list = {row.contact_id for row in participants.rows(demo_db, plenary.id)}
    newcomer = next(
        row
        for row in contacts.page(demo_db, ListQuery(), 0, 200)
        if row.id not in on_list and row.email
    )
    qtbot.keyClicks(box.field, newcomer.email)
    qtbot.waitUntil(lambda: bool(box.hits))
    assert box.hits[0].status is None and "not invited" in box.list.item(0).text()
    qtbot.keyClick(box.field, Qt.Key.Key_Enter)
    assert counts(view)["registered"] == 12 and view.panel.row.total == 58
    assert "added to the list" in box.result.text()


def test_change_statuses_from_the_list(qtbot, view, demo_db, plenary, messages):
    view.participants.status_buttons["registered"].click()
    rows = shown_rows(view)
    view.participants.table.selectAll()
    view.participants.status_actions["attended"].trigger()
    # the plenary is on 15 October; seen from 30 September nobody can have attended yet
    assert messages and "begun" in messages[0]
    assert counts(view)["registered"] == 10
    view.participants.today = view.panel.today = dt.date(2021, 10, 15)
    view.participants.table.selectAll()
    view.participants.status_actions["attended"].trigger()
    assert counts(view)["attended"] == 24 + len(rows) and counts(view)["registered"] == 0
    assert shown_rows(view) == []  # the filter still shows the registered: none left
    view.participants.status_buttons["attended"].click()
    assert len(shown_rows(view)) == 24 + len(rows)
    view.participants.table.selectRow(0)
    view.participants.status_actions["no_show"].trigger()
    assert counts(view)["no_show"] == 7


def test_participant_dialog(qtbot, view, demo_db, plenary):
    target = participants.rows(demo_db, plenary.id, ("invited",))[0]

    def fill(dialog):
        dialog.status.setCurrentIndex(dialog.status.findData("registered"))
        dialog.accompanying.setValue(2)
        dialog.interpreting.setCurrentIndex(dialog.interpreting.findData("zh"))
        dialog.notes.setPlainText("Anreise am Vortag")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    answer(fill)
    assert view.participants.open_record(target.id) == target.id
    stored = participants.get(demo_db, target.id)
    assert (
        stored.status.value,
        stored.accompanying,
        stored.interpreting_language,
        stored.notes,
        stored.registered_on,
    ) == ("registered", 2, "zh", "Anreise am Vortag", DEMO_TODAY)
    assert counts(view)["registered"] == 11


def test_event_editor_checks_and_saves(qtbot, view, demo_db):
    seen = {}

    def fill(dialog):
        dialog.title.setText("Delegationsreise Foshan")
        dialog.starts.set_value(dt.datetime(2021, 11, 8, 9, 0))
        dialog.place.setText("Foshan")
        dialog.deadline.set_value(dt.date(2021, 11, 20))  # after the trip: refused
        dialog.save()
        seen["problem"] = dialog.problem.text()
        dialog.deadline.set_value(dt.date(2021, 10, 20))
        dialog.save()

    answer(fill)
    saved = view.new_record()
    assert "deadline" in seen["problem"]
    event = events.get(demo_db, saved)
    assert (event.title, event.place, event.registration_deadline) == (
        "Delegationsreise Foshan",
        "Foshan",
        dt.date(2021, 10, 20),
    )
    assert event.ends_at == dt.datetime(2021, 11, 8, 12, 0)  # three hours by default
    assert view.current_id() == saved and view.panel.title.text() == "Delegationsreise Foshan"


@needs_poppler
def test_badges_and_attendance_list(qtbot, view, demo_db, plenary, tmp_path, monkeypatch, opened):
    path = tmp_path / "badges.pdf"
    save_as(monkeypatch, path)
    view.panel.badges_button.click()
    assert opened == [path]
    people = participants.rows(demo_db, plenary.id, ("registered", "attended"))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) == -(-len(people) // 4)
    for number, page in enumerate(pages):
        on_page = people[number * 4 : number * 4 + 4]
        assert all(p.name in page for p in on_page)
        assert all(p.name_zh in page for p in on_page if p.name_zh)
        assert sum(p.name in page for p in people) >= len(on_page)
    assert any(p.name_zh for p in people)
    assert "34 name badges on 9 pages" in view.last_message

    listing = tmp_path / "attendance.pdf"
    save_as(monkeypatch, listing)
    view.participants.status_buttons["declined"].click()  # the list for one status
    view.panel.attendance_button.click()
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(listing), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    declined = participants.rows(demo_db, plenary.id, ("declined",))
    assert all(p.name in text for p in declined)
    assert not any(p.name in text for p in people if p.name not in {d.name for d in declined})


def test_participant_export(qtbot, view, demo_db, plenary, tmp_path, monkeypatch):
    path = tmp_path / "teilnehmer.xlsx"
    save_as(monkeypatch, path)
    view.participants.status_buttons["registered"].click()
    assert view.panel.export() == path
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    registered = participants.rows(demo_db, plenary.id, ("registered",))
    assert len(rows) == 1 + len(registered)
    emails = {cell for row in rows[1:] for cell in row if isinstance(cell, str) and "@" in cell}
    assert emails == {p.email for p in registered}


def test_letters_for_one_status(qtbot, view, plenary, monkeypatch):
    from isa_desk.ui.letters.letters_dialog import LettersDialog

    seen = {}

    def look(dialog):
        seen["event"] = dialog.event.currentData()
        seen["by_event"] = dialog.by_event.isChecked()
        seen["statuses"] = [key for key, check in dialog.statuses.items() if check.isChecked()]
        seen["template"] = dialog.template.currentData()
        return 0

    monkeypatch.setattr(LettersDialog, "exec", look)
    view.participants.status_buttons["invited"].click()
    view.panel.letters_button.click()
    assert seen == {
        "event": plenary.id,
        "by_event": True,
        "statuses": ["invited"],
        "template": "einladung",
    }


# -- through the main window ---------------------------------------------------------------


def test_the_window_has_the_area_and_the_overview_leads_to_it(qtbot, window, monkeypatch):
    assert "events" in window.area_keys()
    assert window.area_keys().index("events") == window.area_keys().index("inquiries") + 1
    window.show_area("overview")
    section = window.areas["overview"].findChild(object, "eventSection")
    assert section is not None and section.row.title == PLENARY
    section.open_button.click()
    assert window.current_area_key() == "events"
    area = window.areas["events"]
    assert area.panel.title.text() == PLENARY

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    area.table.setFocus()
    window.delete_records()
    assert area.model.rowCount() == 0 and area.panel.event_id() is None
    window.undo()
    assert area.model.rowCount() == 1
    area.select_ids([area.model.record_id(0)], area.model.record_id(0))
    assert area.panel.row.total == 57


def test_in_the_window_enter_and_delete_act_where_the_keyboard_is(
    qtbot, window, demo_db, monkeypatch
):
    window.show_area("events")
    area = window.areas["events"]
    plenary = area.panel.row
    invited = participants.rows(demo_db, plenary.id, ("invited",))[0]
    box = area.panel.quick
    box.field.setFocus()
    qtbot.keyClicks(box.field, invited.email)
    qtbot.keyClick(box.field, Qt.Key.Key_Return)  # not the window's "open" shortcut
    assert participants.get(demo_db, invited.id).status.value == "registered"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    table = area.participants.table
    table.setFocus()
    area.participants.select_ids([invited.id], invited.id)
    window.delete_records()  # Del in the participant list: off the list, the event stays
    assert area.panel.row.total == plenary.total - 1
    assert area.model.rowCount() == 1
    window.undo()
    assert participants.get(demo_db, invited.id).status.value == "registered"


def test_invite_the_selection_and_the_filter_of_the_contacts_list(qtbot, window, demo_db):
    event = events.create(
        demo_db, {"title": "Pressegespräch", "starts_at": dt.datetime(2030, 3, 4, 11, 0)}
    )
    contacts_area = window.areas["contacts"]
    window.show_area("contacts")
    contacts_area.filter_bar.search.setText("foshan")
    contacts_area.filter_bar.flush()
    shown = contacts_area.model.total()
    contacts_area.table.selectRow(0)
    chosen = contacts_area.selected_ids()
    window.show_area("events")
    area = window.areas["events"]
    area.select_event(event.id)

    def selection_only(dialog):
        assert dialog.by_selection.isEnabled() and dialog.by_filter.isEnabled()
        dialog.by_selection.setChecked(True)
        dialog.invite_button.click()

    answer(selection_only)
    assert area.panel.invite()
    assert [row.contact_id for row in shown_rows(area)] == chosen

    def the_filter(dialog):
        dialog.by_filter.setChecked(True)
        dialog.invite_button.click()

    answer(the_filter)
    before = QLocale()
    language.load("en")  # the English catalogue writes the singular
    try:
        area.panel.invite()
    finally:
        QLocale.setDefault(before)
    assert shown > 1 and len(shown_rows(area)) == shown
    assert "1 was on the list already" in area.last_message


def test_overview_section_marks_a_near_deadline(qtbot, demo_db):
    from isa_desk.ui.overview.event_section import section_for

    near = section_for(demo_db, None, dt.date(2021, 10, 4))
    qtbot.addWidget(near)
    assert near.title() == "Next event" and near.row.title == PLENARY
    assert not near.deadline.isHidden()
    assert style.DEADLINE_NEAR in near.deadline.text()
    assert "in 7 days" in near.deadline.text()
    assert near.figures["invited"] == 57 and near.figures["no answer yet"] == 6
    far = section_for(demo_db, None, dt.date(2021, 8, 1))
    qtbot.addWidget(far)
    assert style.DEADLINE_NEAR not in far.deadline.text()
    after = section_for(demo_db, None, dt.date(2022, 1, 1))
    qtbot.addWidget(after)
    assert after.title() == "Last event" and after.deadline.isHidden()
