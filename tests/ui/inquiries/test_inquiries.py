"""The inquiries area: an inquiry walked from the dialog through every status to a new
member, the list's filters and marks, the board's drag and drop, logging a call,
bad input in the dialog, delete and undo. Dialogs are answered by clicking them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer
from PySide6.QtGui import QDropEvent, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from isa_desk.core.services import inquiries, members
from isa_desk.ui.common import display, style
from isa_desk.ui.inquiries.inquiries_view import InquiriesView
from isa_desk.ui.inquiries.inquiry_board import MIME
from isa_desk.ui.inquiries.inquiry_dialog import NewInquiryDialog
from isa_desk.ui.inquiries.inquiry_editor import InquiryEditor
from isa_desk.ui.shell.undo import UndoStack
from tests import DEMO_TODAY

TODAY = dt.date.today()


def answer(handle, seen: list | None = None) -> None:
    """Handle the next modal dialog as soon as it is open (inside its exec())."""

    def attempt(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None and tries < 100:
            QTimer.singleShot(20, lambda: attempt(tries + 1))
            return
        if seen is not None:
            seen.append(dialog)
        handle(dialog)

    QTimer.singleShot(0, attempt)


def click_ok(dialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def view(qtbot, demo_db, settings):
    return show(qtbot, InquiriesView(demo_db, settings, UndoStack(), today=DEMO_TODAY))


def cities(view) -> list[str]:
    return [view.model.row_object(n).city for n in range(view.model.rowCount())]


def select_city(view, city: str) -> None:
    row = cities(view).index(city)
    view.table.selectRow(row)


def timeline_subjects(editor) -> list[str]:
    return [a.subject for a in reversed(editor.history)]


# -- the whole way -------------------------------------------------------------------------


def fill_new_inquiry(dialog: NewInquiryDialog) -> None:
    dialog.new_city.setChecked(True)
    dialog.city_name.setText("Auenstadt")
    dialog.city_name_zh.setText("奥恩施塔特")
    dialog.city_country.set_value("DE")
    dialog.city_region.set_value("Hessen")
    dialog.new_contact.setChecked(True)
    dialog.contact_fields["given_name"].setText("Jana")
    dialog.contact_fields["family_name"].setText("Vogt")
    dialog.contact_fields["email"].setText("j.vogt@auenstadt.example")
    dialog.channel.set_value("phone")
    dialog.summary.setPlainText("Interesse an Partnerstädten in Jiangsu.")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_walk_an_inquiry_from_the_dialog_to_a_new_member(qtbot, db, settings):
    view = show(qtbot, InquiriesView(db, settings))
    answer(fill_new_inquiry)
    inquiry_id = view.new_record()
    assert inquiry_id is not None
    assert cities(view) == ["Auenstadt"] and view.current_id() == inquiry_id
    row = view.model.row_object(0)
    assert (row.status, row.contact, row.next_follow_up) == (
        "new",
        "Jana Vogt",
        TODAY + dt.timedelta(days=7),
    )

    editor = show(qtbot, InquiryEditor(view, db, inquiry_id))
    assert editor.step_buttons["new"].isChecked()
    for step in ("in_contact", "documents_sent", "application_received"):
        qtbot.mouseClick(editor.step_buttons[step], Qt.MouseButton.LeftButton)
        assert editor.step_buttons[step].isChecked()
    assert "Applicant" in editor.subtitle.text()

    editor.entry_kind.set_value("call")
    editor.entry_text.setPlainText("Rückfragen zum Antrag geklärt.")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.entry_text.toPlainText() == ""

    since = TODAY - dt.timedelta(days=3)

    def accept_with_date(dialog):
        dialog.member_since.set_value(since)
        dialog.note.setPlainText("Beschluss der Plenarversammlung")
        click_ok(dialog)

    answer(accept_with_date)
    qtbot.mouseClick(editor.accept_button, Qt.MouseButton.LeftButton)

    assert editor.closed_label.isVisible() and "Accepted" in editor.closed_label.text()
    assert not any(b.isEnabled() for b in editor.step_buttons.values())
    assert not editor.accept_button.isVisible()
    assert timeline_subjects(editor) == [
        "Inquiry received",
        "Status: New → In contact",
        "Status: In contact → Documents sent",
        "Status: Documents sent → Application received",
        "",  # the logged call: a text without subject
        f"Auenstadt is a member since {since.isoformat()}.",
        "Status: Application received → Accepted",
    ]
    kinds = [a.kind for a in reversed(editor.history)]
    assert kinds[0] == "call" and kinds[4] == "call"  # came in by phone; the logged call
    assert "Beschluss der Plenarversammlung" in editor.timeline.toPlainText()
    assert "Rückfragen zum Antrag geklärt." in editor.timeline.toPlainText()
    member = members.get(db, row.member_id)
    assert (member.status, member.member_since) == ("member", since)
    assert [c.family_name for c in member.contacts] == ["Vogt"]
    assert editor.changed
    editor.reject()
    view.reload()
    assert view.model.row_object(0).status == "accepted"


def test_accepting_a_member_offers_to_leave_the_member_as_it_is(qtbot, view, demo_db):
    songhai = next(r for r in inquiries.due(demo_db, DEMO_TODAY) if r.city == "Songhai")
    member = members.get(demo_db, songhai.member_id)
    members.update(
        demo_db, member.id, {"status": "member", "member_since": "2019-05-01"}, member.version
    )
    editor = show(qtbot, InquiryEditor(view, demo_db, songhai.id, today=DEMO_TODAY))
    seen: list = []

    def keep_member(box):
        assert "already a member" in box.text()
        next(b for b in box.findChildren(QPushButton) if "leave the member" in b.text()).click()

    answer(lambda dialog: (click_ok(dialog), answer(keep_member, seen)))
    qtbot.mouseClick(editor.accept_button, Qt.MouseButton.LeftButton)
    assert seen, "the choice was not offered"
    assert inquiries.get(demo_db, songhai.id).status == "accepted"
    assert members.get(demo_db, member.id).member_since == dt.date(2019, 5, 1)


# -- the list ------------------------------------------------------------------------------


def style_of(view, city: str, field: str):
    index = view.model.index(cities(view).index(city), view.model.column_of(field))
    option = view.table.viewOptions() if hasattr(view.table, "viewOptions") else None
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.table.itemDelegate().initStyleOption(option, index)
    return option


def test_the_list_marks_overdue_and_due_follow_ups(view):
    assert view.model.total() == 9
    overdue = style_of(view, "Kesselfeld", "next_follow_up")
    assert overdue.palette.color(QPalette.ColorRole.Text).name() == style.OVERDUE
    assert not overdue.icon.isNull() and overdue.font.bold()
    today = style_of(view, "Talbrück", "next_follow_up")
    assert today.palette.color(QPalette.ColorRole.Text).name() == style.DUE_TODAY
    later = style_of(view, "Hohenmoor", "next_follow_up")
    assert later.icon.isNull() and later.palette.color(QPalette.ColorRole.Text).name() not in (
        style.OVERDUE,
        style.DUE_TODAY,
    )
    assert view.count_text(9, 9) == "9 inquiries"


def test_the_table_model_keeps_the_rules(qtmodeltester, view):
    qtmodeltester.check(view.model, force_py=True)
    view.model.sort(view.model.column_of("days_open"), Qt.SortOrder.DescendingOrder)
    days = [view.model.row_object(n).days_open for n in range(view.model.rowCount())]
    assert days == sorted(days, reverse=True)
    qtmodeltester.check(view.model, force_py=True)


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def test_filters_status_assignee_country_due_and_text(qtbot, view):
    bar = view.filter_bar
    choose(bar.combos["status"], "In contact")
    assert sorted(cities(view)) == ["Baixi", "Hohenmoor", "Kesselfeld"]
    choose(bar.combos["country"], display.country_name("CN"))
    assert cities(view) == ["Baixi"]
    bar.reset()
    bar.due.setChecked(True)
    assert cities(view) == ["Baixi", "Kesselfeld", "Songhai", "Talbrück"]
    choose(bar.combos["assignee"], "t.brandt")
    assert all(
        view.model.row_object(n).assigned_to == "t.brandt" for n in range(view.model.rowCount())
    )
    bar.reset()
    assert view.model.total() == 9
    bar.search.setText("松海")  # typed through an input method: no key events
    qtbot.waitUntil(lambda: cities(view) == ["Songhai"], timeout=2000)
    bar.search.clear()
    choose(bar.combos["status"], "Closed")
    assert sorted(cities(view)) == ["Brunnfelden", "Landkreis Wiesengrund", "Qingtan"]


def test_show_due_lists_what_is_due(view):
    view.set_mode("board")
    view.filter_bar.search.setText("zzz")
    view.show_due()
    assert view.mode() == "list" and view.filter_bar.due.isChecked()
    assert view.filter_bar.text() == ""
    assert cities(view) == ["Baixi", "Kesselfeld", "Songhai", "Talbrück"]


def test_log_a_call_from_the_list(qtbot, view, demo_db):
    select_city(view, "Kesselfeld")
    assert view.log_button.isEnabled()

    def log(dialog):
        assert dialog.kind.currentData() == "call"
        # proposed: a week from today, as the old date is overdue
        assert dialog.follow_up.value() == DEMO_TODAY + dt.timedelta(days=7)
        dialog.text.setPlainText("Rat entscheidet im November.")
        dialog.follow_up.set_value(DEMO_TODAY + dt.timedelta(days=30))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    answer(log)
    qtbot.mouseClick(view.log_button, Qt.MouseButton.LeftButton)
    row = view.model.row_object(cities(view).index("Kesselfeld"))
    assert row.next_follow_up == DEMO_TODAY + dt.timedelta(days=30) and not row.overdue
    latest = inquiries.history(demo_db, row.id)[0]
    assert (latest.kind, latest.text) == ("call", "Rat entscheidet im November.")


def test_a_past_follow_up_is_refused_in_the_call_dialog(qtbot, view, demo_db):
    select_city(view, "Talbrück")
    before = len(inquiries.history(demo_db, view.current_id()))
    messages = []

    def log(dialog):
        dialog.text.setPlainText("x")
        dialog.follow_up.set_value(DEMO_TODAY - dt.timedelta(days=2))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        messages.append(dialog.message.text())
        dialog.reject()

    answer(log)
    assert not view.log_call()
    assert "past" in messages[0]
    assert len(inquiries.history(demo_db, view.current_id())) == before


def test_move_from_the_menu_asks_for_a_reason_when_declining(qtbot, view, demo_db):
    select_city(view, "Baixi")

    def decline(dialog):
        dialog.note.setPlainText("Kein Budget")
        click_ok(dialog)

    answer(decline)
    view.status_actions["declined"].trigger()
    row = view.model.row_object(cities(view).index("Baixi"))
    assert (row.status, row.closed_on, row.next_follow_up) == ("declined", DEMO_TODAY, None)
    entry = inquiries.history(demo_db, row.id)[0]
    assert (entry.subject, entry.text) == ("Status: In contact → Declined", "Kein Budget")

    editor = show(qtbot, InquiryEditor(view, demo_db, row.id, today=DEMO_TODAY))
    assert editor.reopen_button.isVisible() and not editor.accept_button.isVisible()
    qtbot.mouseClick(editor.reopen_button, Qt.MouseButton.LeftButton)
    assert inquiries.get(demo_db, row.id).status == "in_contact"
    assert editor.step_buttons["in_contact"].isChecked() and not editor.closed_label.isVisible()


# -- the board -----------------------------------------------------------------------------


def drop(column, inquiry_id: int, source: str) -> None:
    data = QMimeData()
    data.setData(MIME, f"{inquiry_id} {source}".encode())
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    column.dropEvent(event)
    assert event.isAccepted()


def board_cities(view, status: str) -> list[str]:
    return [row.city for row in view.board.columns[status].rows()]


def test_dragging_a_card_changes_the_status(qtbot, view, demo_db):
    view.set_mode("board")
    assert board_cities(view, "in_contact") == ["Baixi", "Kesselfeld", "Hohenmoor"]
    assert "3" in view.board.headers["in_contact"].text()
    kessel = view.board.columns["in_contact"].rows()[1]
    assert kessel.overdue
    drop(view.board.columns["documents_sent"], kessel.id, "in_contact")
    qtbot.waitUntil(lambda: "Kesselfeld" in board_cities(view, "documents_sent"), timeout=2000)
    assert "Kesselfeld" not in board_cities(view, "in_contact")
    assert inquiries.history(demo_db, kessel.id)[0].subject == (
        "Status: In contact → Documents sent"
    )
    assert view.board.current_row().id == kessel.id  # the moved card stays chosen

    # a card dropped on its own column, or something that is no card, changes nothing
    own = QMimeData()
    own.setData(MIME, f"{kessel.id} documents_sent".encode())
    for data, column in ((QMimeData(), "new"), (own, "documents_sent")):
        event = QDropEvent(
            QPointF(5, 5),
            Qt.DropAction.MoveAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        view.board.columns[column].dropEvent(event)
        assert not event.isAccepted()
    assert (
        view.board.columns["new"]
        .mimeData([view.board.columns["new"].item(0)])
        .data(MIME)
        .data()
        .decode()
        .endswith(" new")
    )


def test_dropping_on_accepted_makes_a_member(qtbot, view, demo_db):
    view.set_mode("board")
    songhai = view.board.columns["application_received"].rows()[0]
    answer(click_ok)
    drop(view.board.columns["accepted"], songhai.id, "application_received")
    qtbot.waitUntil(lambda: "Songhai" in board_cities(view, "accepted"), timeout=3000)
    assert members.get(demo_db, songhai.member_id).status == "member"


def test_the_board_follows_the_filters(view):
    view.set_mode("board")
    view.filter_bar.due.setChecked(True)
    shown = {s: board_cities(view, s) for s in view.board.columns}
    assert sorted(c for cs in shown.values() for c in cs) == [
        "Baixi",
        "Kesselfeld",
        "Songhai",
        "Talbrück",
    ]
    assert not view.filter_bar.combos["status"].isEnabled()


# -- the new inquiry dialog ----------------------------------------------------------------


def test_the_dialog_finds_contacts_by_typing_and_refuses_bad_input(qtbot, demo_db):
    before = inquiries.count(demo_db, inquiries.InquiryQuery())
    dialog = NewInquiryDialog(None, demo_db, today=DEMO_TODAY)
    show(qtbot, dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert "Choose the interested city" in dialog.banner.text.text()

    dialog.city.set_value(next(i for i, n in inquiries.candidates(demo_db) if n == "Talbrück"))
    facts = dialog.city_facts.text()
    assert display.country_name("DE") in facts and "Prospect" in facts
    assert dialog.finder.hits.count() == 1  # the city's own contact, before any typing
    save.click()
    assert "already has an open inquiry" in dialog.banner.text.text()

    dialog.new_city.setChecked(True)
    dialog.city_name.setText("Waldhofen")
    save.click()
    assert "Choose the contact person" in dialog.banner.text.text()
    assert dialog.focusWidget() is dialog.finder.search

    dialog.finder.search.setText("邓强")
    dialog.finder.search.textEdited.emit("邓强")  # as an input method delivers it
    qtbot.waitUntil(lambda: dialog.finder.value() is not None, timeout=2000)
    dialog.follow_up.set_value(DEMO_TODAY - dt.timedelta(days=1))
    save.click()
    assert "past" in dialog.banner.text.text()
    assert dialog.focusWidget() is dialog.follow_up.edit
    assert inquiries.count(demo_db, inquiries.InquiryQuery()) == before

    dialog.follow_up.set_value(DEMO_TODAY)
    save.click()
    assert dialog.saved_id is not None
    created = inquiries.get(demo_db, dialog.saved_id)
    assert created.member.name == "Waldhofen" and created.contact.name_zh == "邓强"


# -- the editor ----------------------------------------------------------------------------


def test_editor_saves_fields_and_writes_the_assignee_change(qtbot, view, demo_db):
    yunfeng = next(
        view.model.row_object(n)
        for n in range(view.model.rowCount())
        if view.model.row_object(n).city == "Yunfeng"
    )
    editor = show(qtbot, InquiryEditor(view, demo_db, yunfeng.id, today=DEMO_TODAY))
    assert "Documents sent" in editor.step_buttons["documents_sent"].text()
    editor.assigned_to.setCurrentText("t.brandt")
    editor.summary.setPlainText("Sucht Partner in der Zulieferindustrie; Besuch geplant.")
    editor.save_and_close()
    saved = inquiries.get(demo_db, yunfeng.id)
    assert saved.assigned_to == "t.brandt" and "Besuch geplant" in saved.summary
    assert inquiries.history(demo_db, yunfeng.id)[0].subject == ("Assigned to: a.winter → t.brandt")


def test_editor_asks_before_unsaved_changes_are_lost(qtbot, view, demo_db, monkeypatch):
    editor = show(qtbot, InquiryEditor(view, demo_db, 1, today=DEMO_TODAY))
    editor.summary.setPlainText("geändert")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    editor.reject()
    assert editor.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    editor.reject()
    assert not editor.isVisible()
    assert inquiries.get(demo_db, 1).summary != "geändert"


def test_opening_from_the_list_and_a_history_entry_in_the_editor(qtbot, view, demo_db):
    select_city(view, "Hohenmoor")
    inquiry_id = view.current_id()

    def add_note(editor):
        editor.entry_kind.set_value("meeting")
        editor.entry_subject.setText("Besuch im Rathaus")
        qtbot.keyClick(editor.entry_subject, Qt.Key.Key_Return)  # adds; does not close
        assert "Besuch im Rathaus" in editor.timeline.toPlainText()
        editor.reject()

    answer(add_note)
    assert view.open_record(inquiry_id) == inquiry_id
    assert inquiries.history(demo_db, inquiry_id)[0].kind == "meeting"


def test_delete_and_undo(qtbot, view, demo_db, monkeypatch):
    select_city(view, "Qingtan")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert view.delete_selected()
    assert "Qingtan" not in cities(view) and view.undo_stack.can_undo()
    view.undo_stack.undo(demo_db)
    view.reload()
    assert "Qingtan" in cities(view)


# -- in the main window --------------------------------------------------------------------
# The window measures against the computer's date: every open demo follow-up (2021) is
# overdue there.


def test_the_status_bar_tells_what_is_overdue_and_one_click_lists_it(qtbot, window):
    notice = window.due_notice
    assert notice.isVisible() and "6 follow-ups overdue" in notice.text()
    assert window.current_area_key() == "overview"
    qtbot.mouseClick(notice, Qt.MouseButton.LeftButton)
    area = window.areas["inquiries"]
    assert window.current_area_key() == "inquiries" and area.filter_bar.due.isChecked()
    assert area.model.total() == 6 and all(
        area.model.row_object(n).overdue for n in range(area.model.rowCount())
    )
    assert window.count_label.text() == "6 of 9 inquiries"

    answer(click_ok)  # accept Songhai: one overdue follow-up less
    assert area.move_inquiry(
        next(
            area.model.row_object(n).id
            for n in range(6)
            if area.model.row_object(n).city == "Songhai"
        ),
        "accepted",
    )
    assert "5 follow-ups overdue" in notice.text()


def test_the_overview_shows_due_follow_ups_and_open_inquiries_per_status(qtbot, window):
    from isa_desk.ui.overview.inquiry_section import InquirySection

    section = window.areas["overview"].findChild(InquirySection)
    assert section is not None
    listed = [
        section.due_list.topLevelItem(n).text(1)
        for n in range(section.due_list.topLevelItemCount())
    ]
    assert listed == ["Baixi", "Kesselfeld", "Songhai", "Talbrück", "Yunfeng", "Hohenmoor"]
    assert section.chart.items() == [
        ("New", 1),
        ("In contact", 3),
        ("Documents sent", 1),
        ("Application received", 1),
    ]
    qtbot.mouseClick(section.show_all, Qt.MouseButton.LeftButton)
    assert window.current_area_key() == "inquiries"
    assert window.areas["inquiries"].filter_bar.due.isChecked()


def test_the_inquiries_area_in_the_window(qtbot, window):
    window.show_area("overview")
    window.areas["overview"].tiles["inquiries"].clicked.emit()
    assert window.current_area_key() == "inquiries"
    area = window.current_list()
    assert area.model.total() == 9 and window.count_label.text() == "9 inquiries"
    seen = []
    answer(lambda dialog: dialog.reject(), seen)
    window.new_action.trigger()  # Ctrl+N: the new inquiry dialog
    assert type(seen[0]).__name__ == "NewInquiryDialog"
    area.table.selectRow(0)
    assert window.open_action.isEnabled() and window.delete_action.isEnabled()
