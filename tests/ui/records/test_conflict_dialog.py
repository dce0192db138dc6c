"""A colleague saves the contact the user is editing: Save shows both versions field by
field, and only the user's changed fields are written over the newer version."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton, QRadioButton

from isa_desk.core.db import audit
from isa_desk.core.services import contacts
from isa_desk.ui.records.editors.conflict_dialog import (
    CHANGED_BY,
    KEEP,
    MINE,
    OPENED,
    THEIRS,
    ConflictDialog,
)
from isa_desk.ui.records.editors.contact_editor import ContactEditor
from tests.ui.conflicts import colleague_saves, table_rows
from tests.ui.dialogs import answer_next_dialog, patch_question
from tests.ui.typing import read_back, type_over

BEHMER = 2  # Stefanie Behmer of the demo data: "Ansprechpartnerin", Berlin, a phone number

MINE_POSITION = "Leiterin der Geschaeftsstelle"  # typed: QTest types ASCII
THEIR_POSITION = "<b>Referentin</b>"  # markup a colleague typed: shown as typed
THEIR_PHONE = "+49 30 1234567"


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    """A dialog left with changes by a failing test closes without asking."""
    patch_question(monkeypatch, QMessageBox.StandardButton.Discard)


def open_contact(qtbot, window) -> ContactEditor:
    dialog = ContactEditor(window, window.db, BEHMER)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.postgresql
def test_both_versions_are_compared_and_only_my_fields_are_written(qtbot, window):
    db = window.db
    opened_version = contacts.get(db, BEHMER).version
    dialog = open_contact(qtbot, window)
    type_over(qtbot, dialog.form.fields["position"].widget, MINE_POSITION)
    type_over(qtbot, dialog.form.fields["town"].widget, "Potsdam")
    colleague_saves(db, contacts, BEHMER, position=THEIR_POSITION, phone=THEIR_PHONE)
    seen: dict = {}

    def compare(conflict: ConflictDialog) -> None:
        seen["rows"] = table_rows(conflict)
        seen["choice"] = conflict.table.cellWidget(0, KEEP) is not None
        conflict.findChild(QRadioButton, "mine:position").click()
        conflict.findChild(QPushButton, "save_mine").click()

    errors = answer_next_dialog(compare, ConflictDialog)
    assert dialog.save()
    assert not errors
    rows = seen["rows"]
    assert set(rows) == {"Office or position", "Phone", "Town"}
    position = rows["Office or position"]
    assert position[OPENED] == "Ansprechpartnerin"
    assert position[MINE] == MINE_POSITION
    assert position[THEIRS] == THEIR_POSITION
    assert audit.current_user() in position[CHANGED_BY]
    assert seen["choice"]  # changed by both: a choice, in the first row (the form's order)
    phone = rows["Phone"]
    assert (phone[MINE], phone[THEIRS], phone[KEEP]) == (
        "+49 (30) 25 79 72 – 23",
        THEIR_PHONE,
        "Theirs",
    )
    assert (rows["Town"][MINE], rows["Town"][THEIRS], rows["Town"][KEEP]) == (
        "Potsdam",
        "Berlin",
        "Mine",
    )

    stored = read_back(db, lambda fresh: contacts.get(fresh, BEHMER))
    assert stored.position == MINE_POSITION and stored.town == "Potsdam"
    assert stored.phone == THEIR_PHONE  # the colleague's other field is kept
    assert stored.version == opened_version + 2
    assert dialog.result() == ContactEditor.DialogCode.Accepted


def test_a_field_both_changed_can_keep_the_colleagues_value(qtbot, window):
    db = window.db
    dialog = open_contact(qtbot, window)
    type_over(qtbot, dialog.form.fields["position"].widget, MINE_POSITION)
    type_over(qtbot, dialog.form.fields["town"].widget, "Potsdam")
    colleague_saves(db, contacts, BEHMER, position=THEIR_POSITION, phone=THEIR_PHONE)

    def keep_theirs(conflict: ConflictDialog) -> None:
        conflict.findChild(QRadioButton, "theirs:position").click()
        conflict.findChild(QPushButton, "save_mine").click()

    errors = answer_next_dialog(keep_theirs, ConflictDialog)
    assert dialog.save()
    assert not errors
    stored = read_back(db, lambda fresh: contacts.get(fresh, BEHMER))
    assert (stored.position, stored.phone, stored.town) == (THEIR_POSITION, THEIR_PHONE, "Potsdam")


def test_a_third_change_in_between_is_caught_and_compared_again(qtbot, window):
    db = window.db
    dialog = open_contact(qtbot, window)
    type_over(qtbot, dialog.form.fields["town"].widget, "Potsdam")
    colleague_saves(db, contacts, BEHMER, phone=THEIR_PHONE)
    rounds: list[dict] = []

    def first(conflict: ConflictDialog) -> None:
        rounds.append(table_rows(conflict))
        # while the dialog is open
        colleague_saves(db, contacts, BEHMER, town="Cottbus", position="Büroleiterin")
        errors.extend(answer_next_dialog(second, ConflictDialog))
        conflict.findChild(QPushButton, "save_mine").click()

    def second(conflict: ConflictDialog) -> None:
        rounds.append(table_rows(conflict))
        conflict.findChild(QPushButton, "save_mine").click()  # mine, the default

    errors = answer_next_dialog(first, ConflictDialog)
    assert dialog.save()
    assert not errors
    assert set(rounds[0]) == {"Phone", "Town"}
    assert set(rounds[1]) == {"Office or position", "Phone", "Town"}
    assert rounds[1]["Town"][THEIRS] == "Cottbus"
    stored = read_back(db, lambda fresh: contacts.get(fresh, BEHMER))
    assert (stored.town, stored.position, stored.phone) == ("Potsdam", "Büroleiterin", THEIR_PHONE)


def test_cancel_goes_back_to_the_form_and_reload_shows_the_newer_version(qtbot, window):
    db = window.db
    dialog = open_contact(qtbot, window)
    type_over(qtbot, dialog.form.fields["position"].widget, MINE_POSITION)
    newer = colleague_saves(db, contacts, BEHMER, phone=THEIR_PHONE)

    errors = answer_next_dialog(lambda conflict: conflict.reject(), ConflictDialog)
    assert not dialog.save()
    assert not errors
    assert dialog.isVisible() and dialog.form.value("position") == MINE_POSITION
    assert "changed by someone else" in dialog.banner.text.text()
    assert contacts.get(db, BEHMER).position == "Ansprechpartnerin"

    reload = answer_next_dialog(
        lambda conflict: conflict.findChild(QPushButton, "reload").click(), ConflictDialog
    )
    assert not dialog.save()
    assert not reload
    assert dialog.form.value("position") == "Ansprechpartnerin"
    assert dialog.form.value("phone") == THEIR_PHONE
    assert dialog.version == newer and not dialog.form.is_dirty()
