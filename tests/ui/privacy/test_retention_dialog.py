"""The privacy and retention dialog, and the monthly reminder in the main window."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import select, update

from isa_desk import language
from isa_desk.core.db.models import AuditEntry, Contact, Inquiry, InquiryStatus, Member
from isa_desk.core.privacy import retention
from isa_desk.core.privacy.marker import ERASED
from isa_desk.core.privacy.retention import RetentionRules
from isa_desk.core.services import contacts
from isa_desk.ui.common import screen
from isa_desk.ui.privacy.reminder import maybe_remind, notice_of, open_review
from isa_desk.ui.privacy.retention_dialog import RetentionDialog
from isa_desk.ui.shell.undo import UndoStack
from tests.ui.dialogs import answer_next_dialog, patch_question
from tests.ui.typing import read_back, type_over

TODAY = dt.date(2026, 6, 15)
LONG_AGO = dt.datetime(2020, 3, 1, 10, 0)
ROOM = QSize(1280 - 16, 768 - 40 - 32)  # as in tests/ui/shell/test_screen_size.py


@pytest.fixture
def old_data(db):
    """An old contact, a recent one, an inquiry declined long ago, and old audit entries."""
    anna = contacts.create(db, {"given_name": "Anna", "family_name": "Alt"}).id
    contacts.create(db, {"given_name": "Dora", "family_name": "Neu"})
    with db.transaction() as session:
        city = Member(name="Zwickau", country="DE")
        session.add(city)
        session.flush()
        session.add(
            Inquiry(member_id=city.id, status=InquiryStatus.DECLINED, closed_on=dt.date(2020, 1, 1))
        )
    with db.transaction() as session:
        session.execute(update(Contact).where(Contact.id == anna).values(updated_at=LONG_AGO))
        session.execute(update(AuditEntry).where(AuditEntry.id <= 2).values(at=LONG_AGO))
    return db


def opened(qtbot, db, **options) -> RetentionDialog:
    dialog = RetentionDialog(None, db, today=TODAY, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.review is not None and not dialog.loading())
    return dialog


def texts(table) -> list[list[str]]:
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_months_typed_are_saved_and_read_back(qtbot, db):
    dialog = opened(qtbot, db)
    assert dialog.spins["inactive_contacts"].value() == 36

    type_over(qtbot, dialog.spins["inactive_contacts"], "12")
    type_over(qtbot, dialog.spins["finished_inquiries"], "0")
    type_over(qtbot, dialog.spins["audit_values"], "120")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert read_back(db, retention.rules) == RetentionRules(12, 0, 120)
    assert dialog.spins["finished_inquiries"].text() == "keep for ever"
    assert dialog.spins["audit_values"].text() == "120 months"


def test_the_lists_show_what_is_due(qtbot, old_data):
    dialog = opened(qtbot, old_data)

    assert texts(dialog.contacts) == [["Anna Alt", "01.03.2020", ""]]
    assert [row[0] for row in texts(dialog.inquiries)] == ["Zwickau"]
    assert dialog.tabs.tabText(0) == "Contacts (1)"
    assert dialog.tabs.tabText(1) == "Inquiries (1)"
    assert dialog.tabs.tabText(2) == "Audit values (2)"
    assert "2" in dialog.audit_text.text() and "15.06.2021" in dialog.audit_text.text()


def test_setting_a_rule_to_keep_for_ever_empties_its_list(qtbot, old_data):
    dialog = opened(qtbot, old_data)

    type_over(qtbot, dialog.spins["inactive_contacts"], "0")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading())

    assert dialog.contacts.rowCount() == 0
    assert dialog.tabs.tabText(0) == "Contacts (0)"
    assert not dialog.erase_button.isEnabled()


def test_old_values_are_removed_after_a_confirmation_that_states_the_count(
    qtbot, old_data, monkeypatch
):
    dialog = opened(qtbot, old_data)
    asked = patch_question(monkeypatch, QMessageBox.StandardButton.Yes)

    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.thin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading() and dialog.review.audit_count == 0)

    assert len(asked) == 1 and "from 2 entr" in asked[0]
    with old_data.session() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.id <= 2)).all()
    assert len(entries) == 2
    assert all(ERASED in entry.changes for entry in entries)
    assert "from 2 entr" in dialog.status.text()


def test_no_to_the_confirmation_removes_nothing(qtbot, old_data, monkeypatch):
    dialog = opened(qtbot, old_data)
    patch_question(monkeypatch, QMessageBox.StandardButton.No)

    qtbot.mouseClick(dialog.thin_button, Qt.MouseButton.LeftButton)

    assert retention.due(old_data, TODAY).audit_count == 2


def test_ticked_finished_inquiries_are_deleted_and_can_be_undone(qtbot, old_data, monkeypatch):
    stack = UndoStack()
    dialog = opened(qtbot, old_data, undo_stack=stack)
    asked = patch_question(monkeypatch, QMessageBox.StandardButton.Yes)
    changed = []
    dialog.changed.connect(lambda: changed.append(True))

    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)  # nothing ticked yet
    assert not asked and dialog.status.text() == "Tick the rows first."
    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(
        dialog.findChild(QPushButton, "dueInquiriesTickAll"), Qt.MouseButton.LeftButton
    )
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading() and dialog.inquiries.rowCount() == 0)

    assert "Delete 1 finished inquir" in asked[0] and changed
    with old_data.session() as session:
        assert session.scalars(select(Inquiry)).all() == []
    assert stack.can_undo()
    stack.undo(old_data)
    with old_data.session() as session:
        assert len(session.scalars(select(Inquiry)).all()) == 1


def test_mark_as_reviewed_stores_the_day(qtbot, old_data):
    dialog = opened(qtbot, old_data)
    assert retention.reminder_due(old_data, TODAY)

    qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)

    assert read_back(old_data, retention.reviewed_on) == TODAY
    assert not retention.reminder_due(old_data, TODAY)


@pytest.mark.parametrize("lang", ["de", "zh"])
def test_the_dialog_fits_a_small_screen(qtbot, old_data, restore_locale, monkeypatch, lang):
    monkeypatch.setattr(screen, "room", lambda _widget: ROOM)
    assert language.load(lang) == lang
    dialog = opened(qtbot, old_data)

    needed, shown = dialog.minimumSizeHint(), dialog.size()

    assert needed.width() <= ROOM.width() and needed.height() <= ROOM.height(), needed
    assert shown.width() <= ROOM.width() and shown.height() <= ROOM.height(), shown


# -- the reminder in the main window -------------------------------------------------------

LATER = dt.date(2040, 1, 1)  # every demo contact is past 36 months then


def test_the_reminder_is_a_notice_in_the_window_that_opens_the_dialog(qtbot, window):
    assert retention.reminder_due(window.db, LATER)

    maybe_remind(window, window.db, LATER).wait()

    notice = notice_of(window)
    assert notice is not None and notice.isVisible()
    assert QApplication.activeModalWidget() is None  # nothing stops the start
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(RetentionDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.review is not None and not dialog.loading())
    assert dialog.review.contact_count > 0 and dialog.contacts.rowCount() > 0
    qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: notice_of(window) is None)
    dialog.close()

    assert retention.reviewed_on(window.db) == LATER
    maybe_remind(window, window.db, LATER).wait()
    assert notice_of(window) is None  # reviewed this month


def test_no_notice_when_nothing_is_due(qtbot, window):
    maybe_remind(window, window.db, dt.date(2021, 9, 30)).wait()

    assert notice_of(window) is None


def test_the_menu_opens_the_dialog_without_a_notice(qtbot, window):
    dialog = open_review(window)
    qtbot.waitUntil(lambda: dialog.review is not None and not dialog.loading())

    assert dialog.isVisible() and dialog.db is window.db
    dialog.close()


def test_the_audit_entries_keep_their_ids_after_the_dialog_removes_values(
    qtbot, old_data, monkeypatch
):
    with old_data.session() as session:
        first = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).first()
        before = json.loads(first.changes)
    dialog = opened(qtbot, old_data)
    patch_question(monkeypatch, QMessageBox.StandardButton.Yes)

    qtbot.mouseClick(dialog.thin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading() and dialog.review.audit_count == 0)

    with old_data.session() as session:
        after = json.loads(session.get(AuditEntry, first.id).changes)
    assert set(after) == set(before)


def test_open_shows_the_chosen_contact_in_its_editor(qtbot, old_data):
    from isa_desk.ui.records.editors.dialog import EditorDialog

    dialog = opened(qtbot, old_data)
    dialog.contacts.selectRow(0)
    seen = []

    def look(editor):
        seen.append(editor.record_id)
        editor.reject()

    failures = answer_next_dialog(look, EditorDialog)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    assert not failures and seen == [dialog.contacts.ids()[0]]


def test_erase_without_a_ticked_contact_asks_to_tick_one(qtbot, old_data):
    dialog = opened(qtbot, old_data)

    assert dialog.erase_chosen() == 0

    assert dialog.status.text() == "Tick the rows first."
    assert retention.due(old_data, TODAY).contact_count == 1


def test_a_ticked_contact_is_erased_for_good_after_its_own_confirmation(qtbot, old_data):
    from PySide6.QtWidgets import QLineEdit

    from isa_desk.ui.privacy.erase_dialog import EraseDialog

    dialog = opened(qtbot, old_data, undo_stack=UndoStack())
    anna = dialog.contacts.ids()[0]
    dialog.contacts.tick(anna)

    def confirm(erase):
        field = erase.findChild(QLineEdit, "confirmName")
        field.setFocus()
        qtbot.keyClicks(field, "Alt")
        qtbot.mouseClick(erase.findChild(QPushButton, "eraseButton"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: erase.report is not None, timeout=30000)
        close = erase.findChild(QPushButton, "closeButton")
        # shown with the report: laid out first, or the click lands where it will be
        for _ in range(3):  # the dialog's layout, then the button box's
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)

    failures = answer_next_dialog(confirm, EraseDialog)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading() and dialog.contacts.rowCount() == 0)

    assert failures == []
    with old_data.session() as session:
        assert session.get(Contact, anna) is None
    assert dialog.tabs.tabText(0) == "Contacts (0)"
