"""The invite dialog asks for consent to invitations by default: it lists, before anyone is
invited, who would be left out for want of it, and invites only the others."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from isa_desk.core.db.enums import ConsentPurpose
from isa_desk.core.services import events, participants
from isa_desk.ui.events.invite_dialog import InviteDialog, result_text
from tests.core.documents.consenting import NEWSLETTER, add_people
from tests.ui.letters.choosing import pick

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def event_id(db):
    add_people(db)
    return events.create(
        db, {"title": "Jahrestagung", "starts_at": dt.datetime(2026, 11, 5, 10, 0)}
    ).id


def opened(qtbot, db, event_id) -> InviteDialog:
    dialog = InviteDialog(None, db, event_id, "Jahrestagung", today=dt.date(2026, 9, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_those_without_consent_are_listed_and_left_out(qtbot, db, event_id):
    dialog = opened(qtbot, db, event_id)
    assert dialog.purpose.purpose() == ConsentPurpose.INVITATIONS
    assert dialog.left_out.text() == ""

    qtbot.mouseClick(dialog.by_tag, LEFT)
    dialog.tag.setCurrentText(NEWSLETTER)
    qtbot.waitUntil(lambda: dialog.left_out.text() != "")
    assert dialog.left_out.text() == (
        "4 left out without consent for “Invitations”: "
        "Anna Albrecht; Bernd Brandt; Clara Conrad; Dieter Dorn"
    )

    qtbot.mouseClick(dialog.invite_button, LEFT)

    assert dialog.result is not None and dialog.result.added == 1
    assert [row.family_name for row in participants.rows(db, event_id, ("invited",))] == ["Engel"]
    assert result_text(dialog.result) == "1 invited; 4 left out without consent"


def test_another_purpose_or_none(qtbot, db, event_id):
    dialog = opened(qtbot, db, event_id)
    qtbot.mouseClick(dialog.by_tag, LEFT)
    dialog.tag.setCurrentText(NEWSLETTER)
    pick(qtbot, dialog.purpose, "News")
    qtbot.waitUntil(lambda: dialog.left_out.text().startswith("3 left out"))
    pick(qtbot, dialog.purpose, "Corr")
    qtbot.waitUntil(lambda: dialog.left_out.text() == "")

    qtbot.mouseClick(dialog.invite_button, LEFT)

    assert dialog.result is not None and dialog.result.added == 5
    assert result_text(dialog.result) == "5 invited"
