"""The contact editor's consent per purpose, typed as a person does: given on, source,
withdrawn on; saved and read back; a colleague's consent change meanwhile."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from isa_desk.core.privacy import consent
from isa_desk.core.privacy.consent import ConsentPurpose
from isa_desk.core.services import contacts
from isa_desk.ui.records.editors.conflict_dialog import ConflictDialog
from isa_desk.ui.records.editors.contact_editor import ContactEditor
from isa_desk.ui.records.merge_dialog import MergeDialog
from tests.ui.dialogs import answer_next_dialog, click_named, patch_question
from tests.ui.typing import read_back, type_over


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    patch_question(monkeypatch, QMessageBox.StandardButton.Discard)


def shown(qtbot, db, record_id):
    dialog = ContactEditor(None, db, record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(dialog.consent_index)
    return dialog


def widget(dialog, purpose: str, part: str):
    return dialog.form.fields[f"consent_{purpose}_{part}"].widget


def states(db, contact_id):
    return read_back(db, lambda fresh: consent.states(contacts.get(fresh, contact_id)))


def test_consents_typed_per_purpose_are_stored_as_typed(qtbot, db, sample):
    dialog = shown(qtbot, db, sample.anna)
    assert dialog.tabs.tabText(dialog.consent_index).endswith("(0)")
    type_over(qtbot, widget(dialog, "invitations", "given_on"), "18.03.2027")
    type_over(qtbot, widget(dialog, "invitations", "source"), "Plenarversammlung")
    type_over(qtbot, widget(dialog, "press", "given_on"), "1.2.26")
    assert dialog.findChild(object, "consent_press_state").text() == "In force"
    assert dialog.tabs.tabText(dialog.consent_index).endswith("(2)")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id == sample.anna
    stored = states(db, sample.anna)
    assert stored[ConsentPurpose.INVITATIONS] == consent.ConsentState(
        dt.date(2027, 3, 18), "Plenarversammlung"
    )
    assert stored[ConsentPurpose.PRESS].given_on == dt.date(2026, 2, 1)
    assert stored[ConsentPurpose.NEWSLETTER].empty


def test_a_withdrawal_typed_ends_the_consent(qtbot, db, sample):
    made = contacts.get(db, sample.anna)
    contacts.update(db, sample.anna, {"consent_newsletter_given_on": "2021-05-04"}, made.version)
    dialog = shown(qtbot, db, sample.anna)
    assert widget(dialog, "newsletter", "given_on").edit.text() == "04.05.2021"
    type_over(qtbot, widget(dialog, "newsletter", "withdrawn_on"), "10.01.2027")
    assert dialog.findChild(object, "consent_newsletter_state").text() == "Withdrawn"
    assert dialog.save()
    stored = states(db, sample.anna)[ConsentPurpose.NEWSLETTER]
    assert stored.withdrawn_on == dt.date(2027, 1, 10) and not stored.in_force


def test_an_unreadable_consent_date_stops_the_save_at_its_field(qtbot, db, sample):
    dialog = shown(qtbot, db, sample.anna)
    type_over(qtbot, widget(dialog, "secretariat", "given_on"), "31.02.2027")
    assert not dialog.save_button.isEnabled() and not dialog.save()
    assert "is not a date" in dialog.form.fields["consent_secretariat_given_on"].message.text()
    assert states(db, sample.anna)[ConsentPurpose.SECRETARIAT].empty


def test_a_colleagues_consent_change_meanwhile_is_kept(qtbot, db, sample):
    dialog = shown(qtbot, db, sample.anna)
    before = contacts.get(db, sample.anna)
    contacts.update(
        db,
        sample.anna,
        {"consent_press_given_on": "2026-01-05", "position": "Leiterin"},
        before.version,
    )
    type_over(qtbot, widget(dialog, "newsletter", "given_on"), "18.03.2027")
    errors = answer_next_dialog(click_named("save_mine"), ConflictDialog)
    assert dialog.save()
    assert not errors
    stored = states(db, sample.anna)
    assert stored[ConsentPurpose.NEWSLETTER].given_on == dt.date(2027, 3, 18)
    assert stored[ConsentPurpose.PRESS].given_on == dt.date(2026, 1, 5)


def test_the_conflict_dialog_names_the_purpose_of_a_consent_both_changed(qtbot, db, sample):
    dialog = shown(qtbot, db, sample.anna)
    before = contacts.get(db, sample.anna)
    contacts.update(db, sample.anna, {"consent_press_given_on": "2026-01-05"}, before.version)
    type_over(qtbot, widget(dialog, "press", "given_on"), "18.03.2027")
    compared = dialog.conflict_with(contacts.get(db, sample.anna))
    qtbot.addWidget(compared)
    rows = {row.label: row for row in compared.rows}
    assert list(rows) == ["Press list: consent given on"]
    row = rows["Press list: consent given on"]
    assert (row.mine, row.theirs, row.contested) == ("18.03.2027", "05.01.2026", True)


def test_the_editor_fits_a_small_screen(qtbot, db, sample):
    dialog = shown(qtbot, db, sample.anna)
    assert dialog.width() <= 1280 and dialog.height() <= 800
    page = dialog.consent_page
    assert page.sizeHint().width() <= dialog.tabs.width()
    details = dialog.tabs.widget(0).widget()
    assert details.sizeHint().height() <= 720


# -- merging two records of a person -----------------------------------------------------------


def test_a_merge_shows_and_keeps_the_consents_of_both(qtbot, db, sample, monkeypatch):
    patch_question(monkeypatch, QMessageBox.StandardButton.Yes)
    anna = contacts.get(db, sample.anna)
    contacts.update(db, sample.anna, {"consent_press_given_on": "2020-01-01"}, anna.version)
    twin = contacts.create(
        db,
        {
            "given_name": "Anna",
            "family_name": "Berg",
            "consent_press_withdrawn_on": "2024-05-06",
            "consent_newsletter_given_on": "2022-03-04",
            "consent_newsletter_source": "Messe",
        },
    )
    dialog = MergeDialog(None, db, sample.anna, twin.id)
    qtbot.addWidget(dialog)
    shown_consents = dialog.findChild(QLabel, "consents").text().splitlines()
    assert shown_consents == [
        "Newsletter: given on 04.03.2022, Messe",
        "Press list: withdrawn on 06.05.2024",
    ]
    dialog.merge_button.click()
    assert dialog.kept_id == sample.anna
    stored = states(db, sample.anna)
    assert stored[ConsentPurpose.NEWSLETTER] == consent.ConsentState(dt.date(2022, 3, 4), "Messe")
    # the withdrawal on the other record came after the consent on this one: it stands
    assert stored[ConsentPurpose.PRESS] == consent.ConsentState(None, "", dt.date(2024, 5, 6))
