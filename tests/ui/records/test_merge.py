"""Merging two contacts: per-field choice, preview, relinking of the history."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from isa_desk.core.db.models import Event, Inquiry, Participant
from isa_desk.core.errors import NotFoundError
from isa_desk.core.services import activities, contacts
from isa_desk.ui.records import record_actions
from isa_desk.ui.records.merge_dialog import LEFT, RIGHT, MergeDialog
from tests.ui.dialogs import answer_next_dialog, patch_question


@pytest.fixture
def twin(db, sample):
    """A second record of Anna Berg with her private e-mail, a mobile and own history."""
    created = contacts.create(
        db,
        {
            "given_name": "Anna",
            "family_name": "Berg",
            "email": "anna@example.net",
            "mobile": "+49 170 1234567",
            "notes": "Met at the trade fair.",
            "tags": ["Beirat"],
        },
    )
    activities.add(db, "meeting", "Trade fair talk", contact_id=created.id, author="office")
    with db.transaction() as session:
        plenary = Event(
            title="10. Plenarversammlung der ISA", starts_at=dt.datetime(2021, 10, 15, 10, 0)
        )
        workshop = Event(title="Workshop", starts_at=dt.datetime(2021, 11, 2, 14, 0))
        session.add_all([plenary, workshop])
        session.flush()
        session.add_all(
            [
                Participant(event_id=plenary.id, contact_id=sample.anna, status="registered"),
                Participant(event_id=plenary.id, contact_id=created.id, status="invited"),
                Participant(event_id=workshop.id, contact_id=created.id, status="registered"),
                Inquiry(member_id=sample.aachen, contact_id=created.id, summary="Question"),
            ]
        )
    return created.id


def dialog_for(qtbot, db, left, right) -> MergeDialog:
    dialog = MergeDialog(None, db, left, right)
    qtbot.addWidget(dialog)
    return dialog


def test_defaults_prefer_non_empty_left(qtbot, db, sample, twin):
    dialog = dialog_for(qtbot, db, sample.anna, twin)
    assert dialog.groups["email"].checkedId() == LEFT  # both filled: the left one
    assert dialog.groups["mobile"].checkedId() == RIGHT  # only the right one has it
    assert dialog.groups["notes"].checkedId() == RIGHT
    assert "given_name" not in dialog.groups  # the same on both sides: nothing to choose
    values = dialog.values()
    assert values["email"] == "anna.berg@example.org"
    assert values["mobile"] == "+49 170 1234567"
    assert values["organisation_id"] == sample.city_hall
    preview = dialog.preview.toPlainText()
    assert "Stadt Aachen" in preview and "+49 170 1234567" in preview


def test_preview_follows_the_choice(qtbot, db, sample, twin):
    dialog = dialog_for(qtbot, db, sample.anna, twin)
    dialog.choose("email", RIGHT)
    assert "anna@example.net" in dialog.preview.toPlainText()
    assert "anna.berg@example.org" not in dialog.preview.toPlainText()


def test_merge_relinks_history_and_removes_the_other(qtbot, db, sample, twin, monkeypatch):
    asked = patch_question(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog = dialog_for(qtbot, db, sample.anna, twin)
    dialog.choose("email", RIGHT)
    dialog.merge_button.click()

    assert asked and dialog.kept_id == sample.anna
    with pytest.raises(NotFoundError):
        contacts.get(db, twin)
    kept = contacts.get(db, sample.anna)
    assert kept.email == "anna@example.net"
    assert kept.mobile == "+49 170 1234567"
    assert kept.position == "Oberbürgermeisterin"
    assert [t.name for t in kept.tags] == ["Beirat", "Newsletter", "Presse"]
    assert len(activities.for_contact(db, sample.anna)) == 3
    with db.session() as session:
        participations = session.execute(
            select(Participant.event_id, Participant.status)
            .where(Participant.contact_id == sample.anna)
            .order_by(Participant.event_id)
        ).all()
        inquiry_contact = session.scalars(select(Inquiry.contact_id)).one()
    # one participation per event: the kept contact's registration stays
    assert [status for _event, status in participations] == ["registered", "registered"]
    assert inquiry_contact == sample.anna


def test_merge_both_notes_and_swap(qtbot, db, sample, twin, monkeypatch):
    contacts.update(
        db, sample.anna, {"notes": "Prefers phone calls."}, contacts.get(db, sample.anna).version
    )
    patch_question(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog = dialog_for(qtbot, db, sample.anna, twin)
    dialog.swap()  # keep the twin instead
    dialog.groups["notes"].button(2).setChecked(True)
    dialog.merge_button.click()
    assert dialog.kept_id == twin
    kept = contacts.get(db, twin)
    assert kept.notes == "Met at the trade fair.\n\nPrefers phone calls."
    assert kept.email == "anna@example.net"  # the kept side's value by default
    with pytest.raises(NotFoundError):
        contacts.get(db, sample.anna)


def test_merge_not_confirmed_changes_nothing(qtbot, db, sample, twin, monkeypatch):
    patch_question(monkeypatch, QMessageBox.StandardButton.No)
    dialog = dialog_for(qtbot, db, sample.anna, twin)
    dialog.merge_button.click()
    assert dialog.kept_id is None
    assert contacts.get(db, twin).email == "anna@example.net"


def test_merge_contacts_action_returns_the_kept_id(qtbot, db, sample, twin, monkeypatch):
    patch_question(monkeypatch, QMessageBox.StandardButton.Yes)
    errors = answer_next_dialog(lambda dialog: dialog.merge_button.click(), MergeDialog)
    assert record_actions.merge_contacts(None, db, [twin, sample.anna]) == twin
    assert not errors
    with pytest.raises(NotFoundError):
        contacts.get(db, sample.anna)
