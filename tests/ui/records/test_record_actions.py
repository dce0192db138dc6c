"""Delete with confirmation and undo, e-mail and address actions, against a real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from isa_desk.core.errors import NotFoundError
from isa_desk.core.services import activities, contacts, members, organisations
from isa_desk.core.services.common import ListQuery
from isa_desk.ui.records import record_actions
from isa_desk.ui.shell.undo import UndoStack
from tests.ui.dialogs import answer_next_dialog, click_named, patch_question


@pytest.fixture
def stack(qtbot):
    return UndoStack()


@pytest.fixture
def opened(monkeypatch):
    """The URLs handed to the desktop (no mail program is started)."""
    urls: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url) or True)
    )
    return urls


def test_delete_contact_names_it_and_undo_restores_everything(
    qtbot, db, sample, stack, monkeypatch
):
    asked = patch_question(monkeypatch, QMessageBox.StandardButton.Yes)
    changes = []
    stack.changed.connect(lambda: changes.append(stack.can_undo()))

    assert record_actions.delete_records(None, db, "contact", [sample.anna], stack)
    assert "Delete the contact “Anna Berg”?" in asked[0]
    with pytest.raises(NotFoundError):
        contacts.get(db, sample.anna)
    assert activities.for_contact(db, sample.anna) == []
    assert stack.can_undo() and changes == [True]
    assert stack.description() == "Delete contact “Anna Berg”"

    assert stack.undo(db) == "Delete contact “Anna Berg”"
    restored = contacts.get(db, sample.anna)
    assert restored.id == sample.anna
    assert [t.name for t in restored.tags] == ["Newsletter", "Presse"]
    assert (restored.organisation_id, restored.member_id) == (sample.city_hall, sample.aachen)
    assert len(activities.for_contact(db, sample.anna)) == 2
    assert not stack.can_undo() and changes == [True, False]


def test_delete_answered_no_keeps_the_record(qtbot, db, sample, stack, monkeypatch):
    patch_question(monkeypatch, QMessageBox.StandardButton.No)
    assert not record_actions.delete_records(None, db, "organisation", [sample.city_hall], stack)
    assert organisations.get(db, sample.city_hall).name == "Stadt Aachen"
    assert not stack.can_undo()


def test_delete_several_lists_their_names(qtbot, db, sample, stack, monkeypatch):
    asked = patch_question(monkeypatch, QMessageBox.StandardButton.Yes)
    ids = [sample.anna, sample.wang, sample.loose]
    assert record_actions.delete_records(None, db, "contact", ids, stack)
    assert asked[0].startswith("Delete these 3 contacts?")
    assert "• Wang Li" in asked[0] and "• Jens Kühn" in asked[0]
    assert contacts.count(db, ListQuery()) == 0
    stack.undo(db)
    assert contacts.count(db, ListQuery()) == 3


def test_undo_with_ctrl_z(qtbot, db, sample, stack, monkeypatch):
    """The main window binds QKeySequence.Undo to the stack the same way."""
    patch_question(monkeypatch, QMessageBox.StandardButton.Yes)
    window = QWidget()
    qtbot.addWidget(window)
    action = QAction(window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    action.triggered.connect(lambda: stack.undo(db))
    window.addAction(action)
    window.show()
    qtbot.waitExposed(window)
    record_actions.delete_records(window, db, "contact", [sample.wang], stack)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert contacts.get(db, sample.wang).name_zh == "王力"


def test_delete_member_keeping_contacts(qtbot, db, sample, stack):
    texts = []

    def keep(box):
        texts.append(box.text() + "\n" + box.informativeText())
        click_named("unlink")(box)

    errors = answer_next_dialog(keep, QMessageBox)
    assert record_actions.delete_records(None, db, "member", [sample.aachen], stack)
    assert not errors
    assert "Delete the member “Aachen”?" in texts[0] and ": 2." in texts[0]
    with pytest.raises(NotFoundError):
        members.get(db, sample.aachen)
    assert contacts.get(db, sample.anna).member_id is None
    assert contacts.get(db, sample.loose).member_id is None
    assert organisations.get(db, sample.city_hall).member_id is None

    stack.undo(db)
    member = members.get(db, sample.aachen)
    assert sorted(c.id for c in member.contacts) == sorted([sample.anna, sample.loose])
    assert [o.id for o in member.organisations] == [sample.city_hall]
    assert [t.name for t in member.tags] == ["Plenarversammlung"]


def test_delete_member_with_its_contacts(qtbot, db, sample, stack):
    errors = answer_next_dialog(click_named("delete"), QMessageBox)
    assert record_actions.delete_records(None, db, "member", [sample.aachen], stack)
    assert not errors
    for contact_id in (sample.anna, sample.loose):
        with pytest.raises(NotFoundError):
            contacts.get(db, contact_id)
    assert contacts.get(db, sample.wang)  # another member's contact stays

    stack.undo(db)
    assert contacts.get(db, sample.anna).member_id == sample.aachen
    assert len(activities.for_contact(db, sample.anna)) == 2


def test_delete_member_cancelled(qtbot, db, sample, stack):
    errors = answer_next_dialog(click_named("cancel"), QMessageBox)
    assert not record_actions.delete_records(None, db, "member", [sample.aachen], stack)
    assert not errors
    assert members.get(db, sample.aachen).name == "Aachen"
    assert not stack.can_undo()


def test_delete_member_without_contacts_asks_plainly(qtbot, db, sample, stack, monkeypatch):
    new = members.create(db, {"name": "Düren", "country": "DE"})
    asked = patch_question(monkeypatch, QMessageBox.StandardButton.Yes)
    assert record_actions.delete_records(None, db, "member", [new.id], stack)
    assert asked == ["Delete the member “Düren”?\n\nYou can undo this with Ctrl+Z."]


def test_write_email_to_one_contact(qtbot, db, sample, opened):
    assert record_actions.write_email(db, [sample.anna])
    assert [url.toString() for url in opened] == ["mailto:anna.berg@example.org"]
    assert opened[0].scheme() == "mailto"


def test_write_email_to_several_uses_bcc_and_skips_no_email(qtbot, db, sample, opened):
    wang = contacts.get(db, sample.wang)
    contacts.update(db, sample.wang, {"no_email": True}, wang.version)
    assert record_actions.write_email(db, [sample.anna, sample.wang, sample.loose])
    assert opened[0].toString() == ("mailto:?bcc=anna.berg@example.org,jens.kuehn@example.net")


def test_write_email_without_any_address(qtbot, db, sample, opened):
    loose = contacts.get(db, sample.loose)
    contacts.update(db, sample.loose, {"email": ""}, loose.version)
    assert not record_actions.write_email(db, [sample.loose])
    assert opened == []


def test_mailto_url_encodes_special_characters():
    url = record_actions.mailto_url(["o'neil+news@example.org", "a&b@example.org"])
    assert url.toString(QUrl.ComponentFormattingOption.FullyEncoded) == (
        "mailto:?bcc=o'neil+news@example.org,a%26b@example.org"
    )


def test_copy_addresses(qtbot, db, sample):
    text = record_actions.copy_addresses(db, [sample.anna, sample.loose, sample.wang])
    assert QApplication.clipboard().text() == text
    blocks = text.split("\n\n")
    assert blocks[0].splitlines() == [
        "Frau Oberbürgermeisterin",
        "Dr. Anna Berg",
        "Stadt Aachen",
        "Markt 39",
        "52062 Aachen",
    ]
    # Jens Kühn has no postal address (nor an organisation with one): left out
    assert len(blocks) == 2
    assert blocks[1].splitlines()[-1] == "CHINA"


def test_copy_address_falls_back_to_the_organisation(qtbot, db, sample):
    created = contacts.create(
        db, {"given_name": "Eva", "family_name": "Roth", "organisation_id": sample.city_hall}
    )
    text = record_actions.copy_addresses(db, [created.id])
    assert text.splitlines() == ["Eva Roth", "Stadt Aachen", "Markt 39", "52062 Aachen"]


def test_merge_needs_two_contacts(qtbot, db, sample, monkeypatch):
    shown = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda parent, title, text, *a: shown.append(text))
    )
    assert record_actions.merge_contacts(None, db, [sample.anna]) is None
    assert shown == ["Choose exactly two contacts to merge."]
