"""A colleague saves the event the user is editing: Save shows both versions field by
field, and only the user's changed fields are written over the newer version."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from isa_desk.core.db import audit
from isa_desk.core.services import events
from isa_desk.ui.events.event_editor import EventEditor
from isa_desk.ui.records.editors.conflict_dialog import CHANGED_BY, KEEP, MINE, OPENED, THEIRS
from tests.ui.conflicts import answer_conflict, colleague_saves
from tests.ui.dialogs import patch_question
from tests.ui.typing import read_back, type_over

BEGINS = dt.datetime(2027, 3, 18, 10, 0)
HOURS = dt.timedelta(hours=3)


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    patch_question(monkeypatch, QMessageBox.StandardButton.Discard)


@pytest.fixture
def event_id(db) -> int:
    values = {"title": "Plenarversammlung", "starts_at": BEGINS, "ends_at": BEGINS + HOURS}
    return events.create(db, {**values, "place": "Berlin", "description": ""}).id


def open_editor(qtbot, db, event_id: int) -> EventEditor:
    dialog = EventEditor(None, db, event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def edited_meanwhile(qtbot, db, event_id: int) -> EventEditor:
    """The user changes the place and the title; meanwhile a colleague changes the place
    and the description."""
    dialog = open_editor(qtbot, db, event_id)
    type_over(qtbot, dialog.place, "Potsdam")
    type_over(qtbot, dialog.title, "11. Plenarversammlung")
    colleague_saves(db, events, event_id, place="Cottbus", description="Anmeldung bis Februar")
    return dialog


@pytest.mark.postgresql
def test_both_versions_are_compared_and_only_my_fields_are_written(qtbot, db, event_id):
    opened_version = events.get(db, event_id).version
    dialog = edited_meanwhile(qtbot, db, event_id)
    shown, errors = answer_conflict("mine:place", "save_mine")
    assert dialog.save()
    assert not errors
    (rows,) = shown
    assert set(rows) == {"Title", "Place", "Description"}
    place = rows["Place"]
    assert (place[OPENED], place[MINE], place[THEIRS]) == ("Berlin", "Potsdam", "Cottbus")
    assert audit.current_user() in place[CHANGED_BY]
    assert (rows["Title"][MINE], rows["Title"][KEEP]) == ("11. Plenarversammlung", "Mine")
    description = rows["Description"]
    assert (description[MINE], description[THEIRS], description[KEEP]) == (
        "(empty)",
        "Anmeldung bis Februar",
        "Theirs",
    )

    stored = read_back(db, lambda fresh: events.get(fresh, event_id))
    assert (stored.title, stored.place) == ("11. Plenarversammlung", "Potsdam")
    assert stored.description == "Anmeldung bis Februar"  # the colleague's other field
    assert stored.starts_at == BEGINS  # not sent, not changed
    assert stored.version == opened_version + 2
    assert dialog.saved_id == event_id
    assert dialog.result() == EventEditor.DialogCode.Accepted


def test_a_field_both_changed_can_keep_the_colleagues_value(qtbot, db, event_id):
    dialog = edited_meanwhile(qtbot, db, event_id)
    _shown, errors = answer_conflict("theirs:place", "save_mine")
    assert dialog.save()
    assert not errors
    stored = read_back(db, lambda fresh: events.get(fresh, event_id))
    assert (stored.title, stored.place, stored.description) == (
        "11. Plenarversammlung",
        "Cottbus",
        "Anmeldung bis Februar",
    )


def test_a_begin_moved_by_a_colleague_is_compared_with_its_time(qtbot, db, event_id):
    dialog = open_editor(qtbot, db, event_id)
    type_over(qtbot, dialog.place, "Potsdam")
    later = BEGINS + dt.timedelta(hours=1)
    colleague_saves(db, events, event_id, starts_at=later, ends_at=later + HOURS)
    shown, errors = answer_conflict("save_mine")
    assert dialog.save()
    assert not errors
    (rows,) = shown
    assert set(rows) == {"Begins", "Ends", "Place"}
    assert "11:00" in rows["Begins"][THEIRS] and rows["Begins"][KEEP] == "Theirs"
    stored = read_back(db, lambda fresh: events.get(fresh, event_id))
    assert (stored.starts_at, stored.ends_at, stored.place) == (later, later + HOURS, "Potsdam")


def test_cancel_keeps_the_typed_values_and_reload_shows_the_newer_version(qtbot, db, event_id):
    dialog = edited_meanwhile(qtbot, db, event_id)
    _shown, errors = answer_conflict()
    assert not dialog.save()
    assert not errors
    assert dialog.isVisible() and dialog.place.text() == "Potsdam"
    assert "changed by someone else" in dialog.problem.text()
    assert events.get(db, event_id).place == "Cottbus"

    _shown, errors = answer_conflict("reload")
    assert not dialog.save()
    assert not errors
    assert (dialog.place.text(), dialog.title.text()) == ("Cottbus", "Plenarversammlung")
    assert dialog.description.toPlainText() == "Anmeldung bis Februar"
    assert dialog.version == events.get(db, event_id).version
    assert dialog.values() == dialog.loaded and not dialog.problem.isVisible()
