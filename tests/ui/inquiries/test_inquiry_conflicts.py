"""A colleague saves the inquiry the user is editing: Save shows both versions field by
field, and only the user's changed fields are written over the newer version."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from isa_desk.core.db import audit
from isa_desk.core.services import inquiries
from isa_desk.ui.common import display
from isa_desk.ui.inquiries.inquiry_editor import InquiryEditor
from isa_desk.ui.records.editors.conflict_dialog import CHANGED_BY, KEEP, MINE, OPENED, THEIRS
from tests.ui.conflicts import answer_conflict, colleague_saves
from tests.ui.dialogs import patch_question
from tests.ui.typing import read_back, type_over

TODAY = dt.date(2026, 11, 25)
FOLLOW_UP = dt.date(2027, 3, 18)


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    patch_question(monkeypatch, QMessageBox.StandardButton.Discard)


@pytest.fixture
def inquiry_id(db) -> int:
    city = {"name": "Auenstadt", "kind": "city", "country": "DE", "region": ""}
    values = {
        "channel": "email",
        "received_on": TODAY,
        "assigned_to": "office",
        "summary": "Fragt nach einer Partnerschaft",
        "city": city,
        "contact": {"family_name": "Vogt"},
    }
    return inquiries.create(db, values, today=TODAY).id


def edited_meanwhile(qtbot, db, inquiry_id: int) -> InquiryEditor:
    """The user changes the follow-up and the summary in the editor; meanwhile a colleague
    changes the summary and the assignee."""
    dialog = InquiryEditor(None, db, inquiry_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_over(qtbot, dialog.follow_up, "18.3.27")
    type_over(qtbot, dialog.summary, "Unterlagen geschickt")
    colleague_saves(db, inquiries, inquiry_id, summary="Ruft zurueck", assigned_to="Jana")
    return dialog


@pytest.mark.postgresql
def test_both_versions_are_compared_and_only_my_fields_are_written(qtbot, db, inquiry_id):
    opened_version = inquiries.get(db, inquiry_id).version
    dialog = edited_meanwhile(qtbot, db, inquiry_id)
    shown, errors = answer_conflict("mine:summary", "save_mine")
    assert dialog.save()
    assert not errors
    (rows,) = shown
    assert set(rows) == {"Assigned to", "Next follow-up", "Summary"}
    summary = rows["Summary"]
    assert summary[OPENED] == "Fragt nach einer Partnerschaft"
    assert (summary[MINE], summary[THEIRS]) == ("Unterlagen geschickt", "Ruft zurueck")
    assert audit.current_user() in summary[CHANGED_BY]
    assigned = rows["Assigned to"]
    assert (assigned[MINE], assigned[THEIRS], assigned[KEEP]) == ("office", "Jana", "Theirs")
    follow_up = rows["Next follow-up"]
    assert (follow_up[MINE], follow_up[THEIRS], follow_up[KEEP]) == (
        display.date_text(FOLLOW_UP),
        "(empty)",
        "Mine",
    )

    stored = read_back(db, lambda fresh: inquiries.get(fresh, inquiry_id))
    assert (stored.summary, stored.next_follow_up) == ("Unterlagen geschickt", FOLLOW_UP)
    assert stored.assigned_to == "Jana"  # the colleague's other field is kept
    assert stored.version == opened_version + 2
    assert not dialog.is_dirty() and dialog.version == stored.version


def test_a_field_both_changed_can_keep_the_colleagues_value(qtbot, db, inquiry_id):
    dialog = edited_meanwhile(qtbot, db, inquiry_id)
    _shown, errors = answer_conflict("theirs:summary", "save_mine")
    assert dialog.save()
    assert not errors
    stored = read_back(db, lambda fresh: inquiries.get(fresh, inquiry_id))
    assert (stored.summary, stored.assigned_to, stored.next_follow_up) == (
        "Ruft zurueck",
        "Jana",
        FOLLOW_UP,
    )


def test_cancel_keeps_the_typed_values_and_reload_shows_the_newer_version(qtbot, db, inquiry_id):
    dialog = edited_meanwhile(qtbot, db, inquiry_id)
    _shown, errors = answer_conflict()
    assert not dialog.save()
    assert not errors
    assert dialog.values()["summary"] == "Unterlagen geschickt"
    assert "changed by someone else" in dialog.banner.text.text()
    assert inquiries.get(db, inquiry_id).summary == "Ruft zurueck"

    _shown, errors = answer_conflict("reload")
    assert not dialog.save()
    assert not errors
    assert (dialog.values()["summary"], dialog.values()["assigned_to"]) == ("Ruft zurueck", "Jana")
    assert dialog.version == inquiries.get(db, inquiry_id).version and not dialog.is_dirty()
