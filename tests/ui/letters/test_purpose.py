"""The Serienbrief dialog's purpose: correspondence by default, invitations once an event is
chosen (until the user picks one); the summary counts and names those skipped for want of
consent, and the letters go only to those who agreed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from isa_desk.core.db.enums import ConsentPurpose
from isa_desk.core.db.models import Activity, ActivityKind
from isa_desk.core.services import events
from isa_desk.ui.letters.letters_dialog import LettersDialog
from tests.core.documents.consenting import NEWSLETTER, REASON, add_people
from tests.ui.letters.choosing import pick

EVENT = "Jahrestagung 2026"


@pytest.fixture
def people(db):
    found = add_people(db)
    events.create(db, {"title": EVENT, "starts_at": dt.datetime(2026, 11, 5, 10, 0)})
    return found


def opened(qtbot, db, tmp_path, **choices) -> LettersDialog:
    dialog = LettersDialog(db, tag=NEWSLETTER, **choices)
    qtbot.addWidget(dialog)
    dialog.combined_path.setText(str(tmp_path / "all.pdf"))
    dialog.open_result.setChecked(False)
    dialog.show()
    return dialog


def letters_logged_for(db) -> set[int]:
    with db.session() as session:
        return set(
            session.scalars(select(Activity.contact_id).where(Activity.kind == ActivityKind.LETTER))
        )


def test_a_newsletter_run_skips_and_names_those_without_consent(qtbot, db, people, tmp_path):
    dialog = opened(qtbot, db, tmp_path)
    assert dialog.purpose.purpose() is None
    assert dialog.purpose.currentText() == "Correspondence – no consent needed"
    assert dialog.summary.text() == "5 letters."

    pick(qtbot, dialog.purpose, "News")
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("2 letters."))

    summary = dialog.summary.text()
    assert summary.startswith("2 letters. Without consent for “Newsletter”: 3. Skipped 3: ")
    assert f"Clara Conrad ({REASON})" in summary and f"Dieter Dorn ({REASON})" in summary
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=30000)
    assert (tmp_path / "all.pdf").exists()
    assert letters_logged_for(db) == {people.agreed, people.again}
    assert "Without consent for “Newsletter”: 3." in dialog.summary.text()


def test_the_purpose_follows_the_event_until_the_user_picks_one(qtbot, db, people, tmp_path):
    event_id = events.choices(db)[0][0]
    dialog = opened(qtbot, db, tmp_path, event_id=event_id)
    assert dialog.purpose.purpose() == ConsentPurpose.INVITATIONS
    qtbot.mouseClick(dialog.by_tag, Qt.MouseButton.LeftButton)  # the tag, not the participants
    dialog.refresh()
    assert dialog.summary.text().startswith(
        "1 letters. Without consent for “Invitations”: 4. Skipped 4: Anna Albrecht (no consent "
        "for “Invitations”); "
    )

    dialog.event.setCurrentIndex(dialog.event.findData(None))
    assert dialog.purpose.purpose() is None
    dialog.event.set_event_id(event_id)
    assert dialog.purpose.purpose() == ConsentPurpose.INVITATIONS

    pick(qtbot, dialog.purpose, "Press")
    dialog.event.setCurrentIndex(dialog.event.findData(None))
    assert dialog.purpose.purpose() == ConsentPurpose.PRESS


def test_the_invitation_of_the_demo_event_is_for_invitations(qtbot, demo_db, tmp_path):
    event_id = events.choices(demo_db)[0][0]
    dialog = LettersDialog(demo_db, event_id=event_id)
    qtbot.addWidget(dialog)
    assert dialog.purpose.purpose() == ConsentPurpose.INVITATIONS
    assert dialog.plan is not None and dialog.plan.purpose == ConsentPurpose.INVITATIONS
