"""A colleague's change reaches the open window: the list shows it with the selection kept,
and an open editor of the changed record says who changed it and when."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from isa_desk.core.db.engine import Database
from isa_desk.core.services import contacts, members
from isa_desk.ui.records.editors.contact_editor import ContactEditor
from tests.ui.typing import type_over

WAIT_MS = 6000  # the window looks every two seconds


def change_elsewhere(target: str, contact_id: int, values: dict, user: str = "kollegin") -> None:
    """A colleague at another computer saves the contact."""
    colleague = Database.open(target)
    colleague.user = user
    try:
        stored = contacts.get(colleague, contact_id)
        contacts.update(colleague, contact_id, values, stored.version)
    finally:
        colleague.close()


def shown_family_name(view, contact_id: int) -> str | None:
    row = view.model.row_of_id(contact_id)
    column = next(i for i, c in enumerate(view.model.columns) if c.field == "family_name")
    return view.model.index(row, column).data(Qt.ItemDataRole.DisplayRole) if row >= 0 else None


@pytest.fixture
def contacts_list(qtbot, window):
    window.show_area("contacts")
    view = window.areas["contacts"]
    qtbot.waitUntil(lambda: view.model.rowCount() > 20)
    return view


def choose(view, row: int) -> int:
    contact_id = view.model.record_id(row)
    view.select_ids([contact_id], contact_id)
    return contact_id


@pytest.mark.postgresql
def test_a_colleagues_rename_reaches_the_list(qtbot, window, contacts_list):
    view = contacts_list
    contact_id = choose(view, 12)
    view.table.verticalScrollBar().setValue(3)
    scroll = view.table.verticalScrollBar().value()

    change_elsewhere(window.db.target, contact_id, {"family_name": "Zwischenzahn"})

    qtbot.waitUntil(lambda: shown_family_name(view, contact_id) == "Zwischenzahn", timeout=WAIT_MS)
    assert view.selected_ids() == [contact_id]
    assert view.current_id() == contact_id
    assert view.table.verticalScrollBar().value() == scroll


def test_the_overview_counts_a_colleagues_member(qtbot, window):
    window.show_area("overview")
    tile = window.areas["overview"].tiles["members"]
    before = tile.number.text()
    colleague = Database.open(window.db.target)
    try:
        members.create(
            colleague, {"name": "Jinhua", "kind": "city", "country": "CN", "status": "member"}
        )
    finally:
        colleague.close()
    qtbot.waitUntil(lambda: tile.number.text() != before, timeout=WAIT_MS)


@pytest.fixture
def open_editor(qtbot, window, contacts_list):
    """The editor of a contact of the list, open (not waited for, as exec() would)."""
    contact_id = choose(contacts_list, 5)
    dialog = ContactEditor(contacts_list, window.db, contact_id)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    if shiboken6.isValid(dialog):  # else gone with the window
        dialog.form.mark_saved()  # closed without asking about what a test typed
        dialog.close()


def banner_buttons(dialog) -> dict[str, QPushButton]:
    return {
        button.text(): button
        for button in dialog.banner.findChildren(QPushButton)
        if button.isVisibleTo(dialog)
    }


@pytest.mark.postgresql
def test_an_untouched_editor_shows_the_colleagues_values(qtbot, window, open_editor):
    dialog = open_editor
    change_elsewhere(window.db.target, dialog.record_id, {"position": "Bürgermeisterin"})

    qtbot.waitUntil(dialog.banner.isVisible, timeout=WAIT_MS)
    text = dialog.banner.text.text()
    assert text.startswith("Changed by kollegin at ")
    assert text.endswith("The form shows the new values.")
    assert dialog.form.value("position") == "Bürgermeisterin"
    assert dialog.version == contacts.get(window.db, dialog.record_id).version
    assert not banner_buttons(dialog)


def test_typed_changes_stay_until_reload(qtbot, window, open_editor):
    dialog = open_editor
    type_over(qtbot, dialog.form.fields["email"].widget, "neu@example.org")
    change_elsewhere(window.db.target, dialog.record_id, {"position": "Bürgermeisterin"})

    qtbot.waitUntil(dialog.banner.isVisible, timeout=WAIT_MS)
    assert dialog.banner.text.text().startswith("Changed by kollegin at ")
    assert dialog.form.value("email") == "neu@example.org"  # nothing typed is lost
    buttons = banner_buttons(dialog)
    assert set(buttons) == {"Reload", "Keep editing"}

    buttons["Reload"].click()
    assert dialog.form.value("position") == "Bürgermeisterin"
    assert not dialog.form.is_dirty()
    assert dialog.banner.isHidden()


def test_keep_editing_is_not_asked_again_for_the_same_change(qtbot, window, open_editor):
    dialog = open_editor
    type_over(qtbot, dialog.form.fields["email"].widget, "neu@example.org")
    change_elsewhere(window.db.target, dialog.record_id, {"position": "Bürgermeisterin"})
    qtbot.waitUntil(dialog.banner.isVisible, timeout=WAIT_MS)
    banner_buttons(dialog)["Keep editing"].click()
    assert dialog.banner.isHidden()

    told = []
    window.live_updates.changed.connect(lambda: told.append(True))
    other = choose(window.areas["contacts"], 20)
    change_elsewhere(window.db.target, other, {"position": "Kämmerer"})  # another record
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT_MS)
    assert dialog.banner.isHidden()
    assert dialog.form.value("email") == "neu@example.org"


def test_another_database_is_watched_after_opening_it(qtbot, window, tmp_path):
    first = window.live_updates.watcher
    assert window.switch_database(str(tmp_path / "fresh.sqlite"))
    assert first.closed  # closed with the database it watched
    assert window.live_updates.watcher.db is window.db
    window.show_area("members")
    colleague = Database.open(window.db.target)
    try:
        members.create(colleague, {"name": "Jinhua", "kind": "city", "country": "CN"})
    finally:
        colleague.close()
    qtbot.waitUntil(lambda: window.areas["members"].model.total() == 1, timeout=WAIT_MS)
