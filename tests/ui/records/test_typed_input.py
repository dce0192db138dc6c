"""Typing into the record editors as a person does: dates, completers, a locked database,
a colleague's change meanwhile, names that look like markup, where the focus starts."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from isa_desk.core.db import engine
from isa_desk.core.db.engine import Database
from isa_desk.core.privacy import consent
from isa_desk.core.services import contacts, editing, members, organisations
from isa_desk.ui.common import errors
from isa_desk.ui.records.editors.conflict_dialog import ConflictDialog
from isa_desk.ui.records.editors.contact_editor import ContactEditor
from isa_desk.ui.records.editors.member_editor import MemberEditor
from isa_desk.ui.records.editors.organisation_editor import OrganisationEditor
from tests.ui.dialogs import answer_next_dialog, click_named, patch_question
from tests.ui.typing import has_focus, press, read_back, type_over


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    """A dialog left with changes by a failing test closes without asking."""
    patch_question(monkeypatch, QMessageBox.StandardButton.Discard)


def shown(qtbot, cls, db, record_id=None):
    dialog = cls(None, db, record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def date_field(dialog, key):
    return dialog.form.fields[key].widget


def consent_tab(dialog):
    """The tab with the consents in front, as a person clicks it."""
    dialog.tabs.setCurrentIndex(dialog.consent_index)
    return dialog


def given_on(db, contact_id, purpose):
    states = consent.states(contacts.get(db, contact_id))
    return states[consent.ConsentPurpose(purpose)].given_on


@pytest.mark.parametrize("typed", ["18.03.2027", "18.3.27", "18032027", "18 March 2027"])
def test_a_date_typed_the_german_way_is_stored_as_typed(qtbot, db, sample, typed):
    dialog = consent_tab(shown(qtbot, ContactEditor, db, sample.anna))
    field = date_field(dialog, "consent_newsletter_given_on")
    type_over(qtbot, field, typed)
    assert field.edit.text() == "18.03.2027"  # written out in full on leaving the field
    assert field.note.text() == QLocale().toString(dt.date(2027, 3, 18), QLocale.LongFormat)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id == sample.anna
    stored = read_back(db, lambda fresh: given_on(fresh, sample.anna, "newsletter"))
    assert stored == dt.date(2027, 3, 18)


def test_an_unreadable_date_is_refused_at_its_field(qtbot, db, sample):
    dialog = shown(qtbot, MemberEditor, db, sample.aachen)
    field = date_field(dialog, "member_since")
    type_over(qtbot, field, "31.02.2027")
    message = dialog.form.fields["member_since"].message
    assert "is not a date" in message.text() and message.isVisible()
    assert "border" in field.edit.styleSheet()  # the red frame
    assert not dialog.save_button.isEnabled() and not dialog.save()
    stored = read_back(db, lambda fresh: members.get(fresh, sample.aachen).member_since)
    assert stored == dt.date(2017, 12, 1)  # unchanged, not moved to another day
    type_over(qtbot, field, "1.12.2018")
    assert dialog.save_button.isEnabled() and field.edit.styleSheet() == ""
    assert dialog.save()
    stored = read_back(db, lambda fresh: members.get(fresh, sample.aachen).member_since)
    assert stored == dt.date(2018, 12, 1)


def test_an_empty_optional_date_stays_empty(qtbot, db, sample):
    dialog = shown(qtbot, MemberEditor, db, sample.aachen)
    left = date_field(dialog, "left_on")
    type_over(qtbot, left, "04.03.2027")  # typed into the empty field: not today's month
    assert left.value() == dt.date(2027, 3, 4)
    type_over(qtbot, left, "")
    assert left.value() is None and left.problem() is None
    assert dialog.save()
    assert read_back(db, lambda fresh: members.get(fresh, sample.aachen).left_on) is None


def test_the_chinese_window_reads_the_year_first(qtbot, db, sample):
    before = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    try:
        dialog = consent_tab(shown(qtbot, ContactEditor, db, sample.wang))
        field = date_field(dialog, "consent_newsletter_given_on")
        type_over(qtbot, field, "2027/3/18")
        assert field.edit.text() == "2027-03-18"
        assert dialog.save()
    finally:
        QLocale.setDefault(before)
    stored = read_back(db, lambda fresh: given_on(fresh, sample.wang, "newsletter"))
    assert stored == dt.date(2027, 3, 18)


def test_the_region_is_stored_as_typed_not_glued_to_a_match(qtbot, db, sample):
    for name, region in (("Hannover", "Niedersachsen"), ("Dresden", "Sachsen")):
        members.create(db, {"name": name, "kind": "city", "country": "DE", "region": region})
    dialog = shown(qtbot, MemberEditor, db)
    type_over(qtbot, dialog.form.fields["name"].widget, "Leipzig")
    region = dialog.form.fields["region"].widget
    type_over(qtbot, region.lineEdit(), "Sachsen")  # Tab while the matches are listed
    assert region.currentText() == "Sachsen"
    assert dialog.save()
    stored = read_back(db, lambda fresh: members.get(fresh, dialog.saved_id).region)
    assert stored == "Sachsen"


def test_a_region_is_picked_from_the_matches_with_the_arrow_keys(qtbot, db, sample):
    for name, region in (("Hannover", "Niedersachsen"), ("Dresden", "Sachsen")):
        members.create(db, {"name": name, "kind": "city", "country": "DE", "region": region})
    dialog = shown(qtbot, MemberEditor, db, sample.aachen)
    region = dialog.form.fields["region"].widget
    type_over(qtbot, region.lineEdit(), "sachs", then=None)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.form.value("region") == "Sachsen"
    assert dialog.save()
    assert read_back(db, lambda fresh: members.get(fresh, sample.aachen).region) == "Sachsen"


def test_a_linked_record_and_tags_are_stored_as_typed(qtbot, db, sample):
    dialog = shown(qtbot, ContactEditor, db, sample.loose)
    organisation = dialog.form.fields["organisation_id"].widget
    type_over(qtbot, organisation.lineEdit(), "Stadt Aachen")
    type_over(qtbot, dialog.form.fields["tags"].widget, "Pres")  # "Presse" is only offered
    assert dialog.save()
    stored = read_back(db, lambda fresh: contacts.get(fresh, sample.loose))
    assert stored.organisation_id == sample.city_hall
    assert [tag.name for tag in stored.tags] == ["Pres"]


# -- another program holds the database ------------------------------------------------------


@pytest.fixture
def short_waits(monkeypatch, db):
    """The database opened with a busy timeout of a tenth of a second."""
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    database = Database.open(db.target)
    yield database
    database.close()


def lock(path: str) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writing
    return other


def test_a_save_waits_until_the_other_program_is_done(qtbot, sample, short_waits):
    dialog = shown(qtbot, ContactEditor, short_waits, sample.anna)
    type_over(qtbot, dialog.form.fields["given_name"].widget, "Annika")
    other = lock(short_waits.target)
    released = []

    def release():
        other.rollback()
        released.append(True)

    QTimer.singleShot(700, release)  # runs only if the window is alive during the save
    try:
        assert dialog.save()
        assert released
    finally:
        qtbot.waitUntil(lambda: bool(released))
        other.close()
    stored = read_back(short_waits, lambda fresh: contacts.get(fresh, sample.anna).given_name)
    assert stored == "Annika"


def test_a_database_locked_too_long_gives_a_plain_message(qtbot, sample, short_waits, monkeypatch):
    monkeypatch.setattr(editing, "LOCK_PATIENCE_S", 0.4)
    shown_errors = []
    monkeypatch.setattr(errors, "show_error", lambda *args, **kw: shown_errors.append(args))
    dialog = shown(qtbot, ContactEditor, short_waits, sample.anna)
    type_over(qtbot, dialog.form.fields["given_name"].widget, "Annika")
    other = lock(short_waits.target)
    try:
        assert not dialog.save()
    finally:
        other.rollback()
        other.close()
    assert "locked by another program" in dialog.banner.text.text()
    assert "Traceback" not in dialog.banner.text.text() and not shown_errors
    assert dialog.isVisible() and dialog.form.value("given_name") == "Annika"
    assert dialog.save()  # the other program is done: the same values are saved
    stored = read_back(short_waits, lambda fresh: contacts.get(fresh, sample.anna).given_name)
    assert stored == "Annika"


# -- a colleague's change meanwhile ------------------------------------------------------------


def test_save_my_changes_keeps_the_colleagues_other_changes(qtbot, db, sample):
    dialog = shown(qtbot, OrganisationEditor, db, sample.city_hall)
    before = organisations.get(db, sample.city_hall)
    organisations.update(db, sample.city_hall, {"phone": "+49 241 1111"}, before.version)
    type_over(qtbot, dialog.form.fields["town"].widget, "Aachen-Mitte")
    errors = answer_next_dialog(click_named("save_mine"), ConflictDialog)
    assert dialog.save()
    assert not errors
    assert dialog.saved_id == sample.city_hall
    stored = read_back(db, lambda fresh: organisations.get(fresh, sample.city_hall))
    assert (stored.town, stored.phone) == ("Aachen-Mitte", "+49 241 1111")


# -- names that look like markup ---------------------------------------------------------------


def test_a_name_written_like_markup_shows_as_typed(qtbot, db, sample):
    contact = contacts.create(db, {"given_name": "Karl", "family_name": "<i>Söhne</i>"})
    dialog = shown(qtbot, ContactEditor, db, contact.id)
    assert dialog.title.text() == "Karl <i>Söhne</i>"
    assert dialog.title.textFormat() == Qt.TextFormat.PlainText
    member = members.create(db, {"name": "<b>Neustadt</b>", "kind": "city", "country": "DE"})
    dialog = shown(qtbot, MemberEditor, db, member.id)
    assert dialog.title.text() == "<b>Neustadt</b>"
    assert dialog.title.textFormat() == dialog.subtitle.textFormat() == Qt.TextFormat.PlainText


# -- where typing starts -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "first"),
    [(ContactEditor, "gender"), (MemberEditor, "name"), (OrganisationEditor, None)],
)
def test_a_new_record_opens_with_the_focus_in_its_first_field(qtbot, db, cls, first):
    dialog = shown(qtbot, cls, db)
    first = first or next(iter(dialog.form.fields))
    widget = dialog.form.fields[first].widget
    qtbot.waitUntil(lambda: has_focus(widget))
    assert not isinstance(QApplication.focusWidget(), QPushButton)
