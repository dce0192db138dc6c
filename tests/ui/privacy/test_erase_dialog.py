"""Erase for good in the window: the confirmation asks for the family name, the erasure
runs, the report shows, and Undo holds nothing of the person any more."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)
from sqlalchemy import select

from isa_desk.core.db.models import Contact
from isa_desk.core.errors import NotFoundError
from isa_desk.core.privacy import erasure
from isa_desk.core.services import contacts, events, organisations
from isa_desk.ui.privacy.erase_dialog import EraseDialog, erase_contact
from isa_desk.ui.shell.undo import UndoStack
from tests.core.privacy import erasure_people
from tests.core.privacy.erasure_people import EMAILS, FAMILY
from tests.ui.dialogs import answer_next_dialog


def _contact_ids(db) -> set[int]:
    with db.session() as session:
        return set(session.scalars(select(Contact.id)))


def test_typing_the_family_name_erases_and_undo_forgets_the_person(qtbot, db):
    people = erasure_people.make(db)
    stack = UndoStack()
    # a delete of the person and a colleague, and an event's delete with both on its list
    stack.push(contacts.delete(db, [people.person, people.colleague]))
    from isa_desk.core.services import undo

    undo.restore(db, stack._stack[-1])
    stack.push(events.delete(db, [people.event]))
    answers = []

    def handle(dialog):
        details = dialog.findChild(QPlainTextEdit, "details").toPlainText()
        assert "Consents: 2" in details
        assert "No backup beside the database holds the person." in details
        button = dialog.findChild(QPushButton, "eraseButton")
        field = dialog.findChild(QLineEdit, "confirmName")
        assert not button.isEnabled()
        field.setFocus()
        qtbot.keyClicks(field, FAMILY[:-1])
        assert not button.isEnabled()  # half the name is not enough
        qtbot.keyClicks(field, FAMILY[-1])
        assert button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
        answers.append(dialog.findChild(QPlainTextEdit, "details").toPlainText())
        close = dialog.findChild(QPushButton, "closeButton")
        # shown with the report: laid out first, or the click lands where it will be
        for _ in range(3):  # the dialog's layout, then the button box's
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)

    failed = answer_next_dialog(handle, EraseDialog)

    erased = erase_contact(None, db, people.person, stack)
    assert failed == []
    assert erased is True
    assert "Activities (notes, calls, e-mails): 2" in answers[0]
    assert _contact_ids(db) == {people.colleague}
    # both snapshots stay for the colleague, with nothing of the person in them
    assert len(stack._stack) == 2
    for deleted in stack._stack:
        assert EMAILS[-1] not in repr(deleted.rows) + repr(deleted.links)
    stack.undo(db)  # the event comes back with the colleague on its list
    assert events.get(db, people.event).title == "Plenarversammlung"
    assert _contact_ids(db) == {people.colleague}


def test_a_snapshot_of_the_person_alone_goes(qtbot, db):
    people = erasure_people.make(db)
    stack = UndoStack()
    stack.push(contacts.delete(db, [people.person]))
    from isa_desk.core.services import undo

    undo.restore(db, stack._stack[-1])
    erasure.erase(db, people.person)
    with qtbot.waitSignal(stack.changed):
        assert stack.forget_contact(people.person) == 1
    assert not stack.can_undo()


def test_cancel_erases_nothing(qtbot, db):
    people = erasure_people.make(db)
    shown = erasure.preview(db, people.person)
    dialog = EraseDialog(None, db, shown)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "confirmName"), "Zwiebel")
    dialog.erase()  # not confirmed: nothing happens
    dialog.reject()
    assert dialog.report is None
    assert contacts.get(db, people.person).family_name == FAMILY


def test_a_contact_without_family_name_is_confirmed_with_the_box(qtbot, db):
    office = organisations.create(db, {"name": "Stadt Foshan", "country": "CN"})
    person = contacts.create(
        db, {"organisation_id": office.id, "position": "Pressestelle", "email": "press@foshan.cn"}
    )
    dialog = EraseDialog(None, db, erasure.preview(db, person.id))
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.findChild(QPushButton, "eraseButton")
    box = dialog.findChild(QCheckBox, "understood")
    assert not dialog.findChild(QLineEdit, "confirmName").isVisible()
    assert not button.isEnabled()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    assert dialog.findChild(QPushButton, "closeButton").isVisible()
    try:
        contacts.get(db, person.id)
        raise AssertionError("the contact is still there")
    except NotFoundError:
        pass


def test_an_unknown_contact_is_reported(qtbot, db, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "isa_desk.ui.common.errors.show_error",
        lambda parent, error, details="": shown.append(error),
    )
    assert erase_contact(None, db, 4711) is False
    assert "4711" in str(shown[0])
