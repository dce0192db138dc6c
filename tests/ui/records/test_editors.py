"""The record editors against a real database: load, edit, validate, save, conflicts."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from isa_desk.core.services import audit_log, contacts, members, organisations
from isa_desk.ui.common import display, style
from isa_desk.ui.records.editors import open_editor
from isa_desk.ui.records.editors.conflict_dialog import ConflictDialog
from isa_desk.ui.records.editors.contact_editor import ContactEditor
from isa_desk.ui.records.editors.dialog import EditorDialog
from isa_desk.ui.records.editors.duplicate_warning import DuplicateDialog
from isa_desk.ui.records.editors.member_editor import MemberEditor
from isa_desk.ui.records.editors.organisation_editor import OrganisationEditor
from tests.ui.dialogs import answer_next_dialog, click_named, patch_question


def editor(qtbot, cls, db, record_id=None, initial=None):
    dialog = cls(None, db, record_id, initial)
    qtbot.addWidget(dialog)
    return dialog


def type_into(qtbot, dialog, key: str, text: str) -> None:
    widget = dialog.form.fields[key].widget
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:  # QTest types Latin-1 only; other text arrives as an input method would send it
        widget.insert(text)


def message(dialog, key: str) -> str:
    item = dialog.form.fields[key]
    return item.message.text() if not item.message.isHidden() else ""


def test_edit_existing_contact_and_save(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db, sample.anna)
    assert dialog.form.value("family_name") == "Berg"
    assert dialog.form.value("organisation_id") == sample.city_hall
    assert dialog.form.value("tags") == ["Newsletter", "Presse"]
    assert not dialog.form.is_dirty()

    type_into(qtbot, dialog, "given_name", "Annabell")
    dialog.form.set_value("tags", ["Presse", "Beirat"])
    assert dialog.form.is_dirty()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.saved_id == sample.anna
    stored = contacts.get(db, sample.anna)
    assert stored.given_name == "Annabell"
    assert sorted(t.name for t in stored.tags) == ["Beirat", "Presse"]
    latest = audit_log.trail(db, "contact", sample.anna)[0]
    assert latest.action == "update"
    assert json.loads(latest.changes)["given_name"] == ["Anna", "Annabell"]


def test_contact_shows_history_and_links(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db, sample.anna)
    assert dialog.history.topLevelItemCount() == 2
    newest = dialog.history.topLevelItem(0)
    assert newest.text(0) == display.date_text(dt.datetime(2021, 9, 15, 9, 0))
    assert newest.text(2) == "office"
    assert newest.text(3) == "Einladung"
    dialog.history.setCurrentItem(newest)
    assert "Sent the invitation." in dialog.history_text.toPlainText()
    assert dialog.form.fields["member_id"].widget.currentText() == "Aachen"
    assert dialog.subtitle.text() == "Oberbürgermeisterin · Stadt Aachen"


def test_email_validation_while_typing(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db, sample.anna)
    type_into(qtbot, dialog, "email", "anna@")
    assert not dialog.save_button.isEnabled()
    assert "not a valid e-mail address" in message(dialog, "email")
    assert "E-mail" in dialog.hint.text()
    qtbot.keyClicks(dialog.form.fields["email"].widget, "example.org")
    assert dialog.save_button.isEnabled()
    assert message(dialog, "email") == ""


def test_a_phone_number_that_is_not_valid_is_a_warning_and_saved_as_written(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db, sample.anna)
    type_into(qtbot, dialog, "mobile", "12345")
    assert "“12345” does not look like a valid phone number" in message(dialog, "mobile")
    assert style.WARNING in dialog.form.fields["mobile"].message.styleSheet()
    assert dialog.form.problems() == {}
    assert dialog.save_button.isEnabled()
    type_into(qtbot, dialog, "mobile", "+49 (170) 123-4567")
    assert message(dialog, "mobile") == ""
    type_into(qtbot, dialog, "phone", "12345")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id == sample.anna
    stored = contacts.get(db, sample.anna)
    assert (stored.phone, stored.mobile) == ("12345", "+49 (170) 123-4567")


def test_a_phone_number_is_read_in_the_contacts_country(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db, sample.anna)
    type_into(qtbot, dialog, "phone", "010 6552 9988")  # Beijing, no German number
    assert message(dialog, "phone")
    dialog.form.set_value("country", "CN")
    assert message(dialog, "phone") == ""


def test_an_address_pasted_with_its_name_is_saved_alone(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db, sample.anna)
    type_into(qtbot, dialog, "email", "Anna Berg <anna.berg@stadt.中国>")
    assert message(dialog, "email") == ""
    assert dialog.save()
    assert contacts.get(db, sample.anna).email == "anna.berg@stadt.中国"


def test_postcode_depends_on_country(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db, sample.anna)
    type_into(qtbot, dialog, "postcode", "1234")
    assert "five digits" in message(dialog, "postcode")
    assert not dialog.save_button.isEnabled()
    type_into(qtbot, dialog, "postcode", "10117")
    assert message(dialog, "postcode") == ""
    assert dialog.save_button.isEnabled()

    type_into(qtbot, dialog, "postcode", "1234")
    dialog.form.set_value("country", "CN")  # a Chinese postcode is not forced to 5 digits
    assert message(dialog, "postcode") == ""
    assert dialog.save_button.isEnabled()
    dialog.form.set_value("country", "DE")  # the message comes back with the country
    assert "five digits" in message(dialog, "postcode")


def test_chinese_contact_keeps_six_digit_postcode(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db, sample.wang)
    assert dialog.form.value("postcode") == "528000"
    assert dialog.title.text() == "Wang Li · 王力"
    type_into(qtbot, dialog, "town", "佛山市")
    assert dialog.save()
    assert contacts.get(db, sample.wang).town == "佛山市"


def test_required_fields(qtbot, db):
    dialog = editor(qtbot, MemberEditor, db)
    assert "*" in dialog.form.fields["name"].label.text()
    assert not dialog.save_button.isEnabled()
    assert message(dialog, "name") == ""  # not shouted at before typing
    assert "Name" in dialog.hint.text()
    type_into(qtbot, dialog, "name", "Düren")
    assert dialog.save_button.isEnabled()
    dialog.form.fields["name"].widget.clear()
    assert message(dialog, "name") == "This field is required."
    type_into(qtbot, dialog, "name", "Düren")
    dialog.form.set_value("region", "Nordrhein-Westfalen")
    assert dialog.save()
    stored = members.get(db, dialog.saved_id)
    assert (stored.name, stored.country, stored.region) == ("Düren", "DE", "Nordrhein-Westfalen")


def test_contact_needs_family_name_or_organisation(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db)
    assert not dialog.save_button.isEnabled()
    dialog.form.set_value("organisation_id", sample.city_hall)
    assert dialog.save_button.isEnabled()
    dialog.form.set_value("organisation_id", None)
    assert message(dialog, "family_name") == ""  # untouched: no message yet
    assert not dialog.save()  # trying to save shows every problem
    assert "family name or choose an organisation" in message(dialog, "family_name")


def test_new_contact_from_organisation_takes_its_member(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db, None, {"organisation_id": sample.secretariat})
    assert dialog.form.value("member_id") == sample.foshan
    assert not dialog.form.is_dirty()


def test_cancel_with_unsaved_changes_asks(qtbot, db, sample, monkeypatch):
    dialog = editor(qtbot, ContactEditor, db, sample.anna)
    dialog.show()
    type_into(qtbot, dialog, "position", "Bürgermeisterin")

    asked = patch_question(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert asked and dialog.isVisible()
    assert dialog.form.value("position") == "Bürgermeisterin"

    patch_question(monkeypatch, QMessageBox.StandardButton.Discard)
    dialog.close()
    assert not dialog.isVisible()
    assert contacts.get(db, sample.anna).position == "Oberbürgermeisterin"


def test_unsaved_changes_saved_on_request(qtbot, db, sample, monkeypatch):
    dialog = editor(qtbot, ContactEditor, db, sample.anna)
    dialog.show()
    type_into(qtbot, dialog, "department", "Büro der OB")
    patch_question(monkeypatch, QMessageBox.StandardButton.Save)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.saved_id == sample.anna
    assert contacts.get(db, sample.anna).department == "Büro der OB"


def test_cancel_without_changes_does_not_ask(qtbot, db, sample, monkeypatch):
    dialog = editor(qtbot, ContactEditor, db, sample.anna)
    dialog.show()
    asked = patch_question(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert not asked and not dialog.isVisible()


def test_duplicate_email_in_other_case_warns(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db)
    type_into(qtbot, dialog, "family_name", "Berg")
    type_into(qtbot, dialog, "email", "ANNA.Berg@Example.org")
    seen = {}

    def look_and_go_back(duplicates):
        seen["rows"] = [
            duplicates.list.topLevelItem(i).text(2)
            for i in range(duplicates.list.topLevelItemCount())
        ]
        seen["save_enabled"] = duplicates.save_button.isEnabled()
        duplicates.back_button.click()

    errors = answer_next_dialog(look_and_go_back, DuplicateDialog)
    assert not dialog.save()
    assert not errors
    assert seen == {"rows": ["anna.berg@example.org"], "save_enabled": False}
    assert dialog.saved_id is None
    assert dialog.form.value("email") == "ANNA.Berg@Example.org"  # nothing lost
    assert contacts.count(db, contacts.ListQuery()) == 3


def test_similar_name_at_same_organisation_save_anyway(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db, None, {"organisation_id": sample.city_hall})
    type_into(qtbot, dialog, "given_name", "Ana")
    type_into(qtbot, dialog, "family_name", "Berg")
    reasons = []

    def save_anyway(duplicates):
        reasons.append(duplicates.list.topLevelItem(0).text(3))
        duplicates.save_button.click()

    errors = answer_next_dialog(save_anyway, DuplicateDialog)
    assert dialog.save()
    assert not errors
    assert reasons == ["very similar name at the same organisation"]
    assert contacts.get(db, dialog.saved_id).given_name == "Ana"


def test_duplicate_open_existing_keeps_new_contact_open(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db, None, {"organisation_id": sample.city_hall})
    type_into(qtbot, dialog, "given_name", "Anna")
    type_into(qtbot, dialog, "family_name", "Berg")
    opened = []

    def look_at_existing(existing):
        opened.append((existing.record_id, existing.form.value("email")))
        existing.reject()

    def open_existing(duplicates):
        answer_next_dialog(look_at_existing, ContactEditor)
        duplicates.open_button.click()

    errors = answer_next_dialog(open_existing, DuplicateDialog)
    assert not dialog.save()
    qtbot.waitUntil(lambda: bool(opened))
    assert not errors
    assert opened == [(sample.anna, "anna.berg@example.org")]
    assert dialog.saved_id is None and dialog.form.is_dirty()
    assert dialog.form.value("given_name") == "Anna"


def test_conflict_when_changed_meanwhile(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db, sample.anna)
    stored = contacts.get(db, sample.anna)
    contacts.update(db, sample.anna, {"phone": "+49 241 999999"}, stored.version)

    type_into(qtbot, dialog, "position", "Oberbürgermeisterin a. D.")
    errors = answer_next_dialog(lambda conflict: conflict.reject(), ConflictDialog)
    assert not dialog.save()
    assert not errors
    assert dialog.banner.isVisibleTo(dialog)
    assert "changed by someone else" in dialog.banner.text.text()
    assert dialog.form.value("position") == "Oberbürgermeisterin a. D."  # nothing lost
    assert contacts.get(db, sample.anna).position == "Oberbürgermeisterin"

    errors = answer_next_dialog(click_named("save_mine"), ConflictDialog)
    assert dialog.save()
    assert not errors
    assert dialog.saved_id == sample.anna
    # only the field the user changed is written: the colleague's phone stays
    stored = contacts.get(db, sample.anna)
    assert stored.position == "Oberbürgermeisterin a. D."
    assert stored.phone == "+49 241 999999"


def test_conflict_reload_takes_stored_values(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db, sample.anna)
    stored = contacts.get(db, sample.anna)
    contacts.update(db, sample.anna, {"phone": "+49 241 999999"}, stored.version)
    type_into(qtbot, dialog, "position", "Stadträtin")
    errors = answer_next_dialog(click_named("reload"), ConflictDialog)
    assert not dialog.save()
    assert not errors
    assert dialog.form.value("phone") == "+49 241 999999"
    assert dialog.form.value("position") == "Oberbürgermeisterin"
    assert not dialog.form.is_dirty()
    assert dialog.banner.isHidden()


def test_service_validation_error_focuses_field(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db, sample.wang)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    type_into(qtbot, dialog, "email", "Anna.Berg@example.org")  # belongs to Anna
    assert not dialog.save()
    assert "already belongs to" in dialog.banner.text.text()
    assert "already belongs to" in message(dialog, "email")
    assert dialog.tabs.currentIndex() == 0  # the field's tab came to the front
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.form.fields["email"].widget)
    type_into(qtbot, dialog, "email", "li.wang@example.cn")
    assert message(dialog, "email") == ""
    assert dialog.save()


def test_an_overlong_name_typed_in_is_refused_at_its_field(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db, sample.anna)
    dialog.show()
    type_into(qtbot, dialog, "family_name", "B" * 101)
    assert not dialog.save()
    assert "101 characters" in message(dialog, "family_name")
    assert contacts.get(db, sample.anna).family_name == "Berg"  # nothing was written
    type_into(qtbot, dialog, "family_name", "Berg-Schulte")
    assert dialog.save()
    assert contacts.get(db, sample.anna).family_name == "Berg-Schulte"


def test_write_email_button_builds_mailto(qtbot, db, sample, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    dialog = editor(qtbot, ContactEditor, db, sample.anna)
    qtbot.mouseClick(dialog.email_button, Qt.MouseButton.LeftButton)
    assert [url.toString() for url in opened] == ["mailto:anna.berg@example.org"]
    dialog.form.set_value("no_email", True)
    assert not dialog.email_button.isEnabled()


def test_copy_address_button(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db, sample.wang)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text().splitlines() == [
        "Herrn Oberbürgermeister",
        "Wang Li",
        "ISA-Sekretariat Foshan",
        "汾江中路 1号",
        "佛山 528000",
        "CHINA",
    ]


def test_member_editor_shows_related_and_opens_contact(qtbot, db, sample):
    dialog = editor(qtbot, MemberEditor, db, sample.aachen)
    assert dialog.form.value("tags") == ["Plenarversammlung"]
    assert dialog.organisation_list.ids() == [sample.city_hall]
    assert sorted(dialog.contact_list.ids()) == sorted([sample.anna, sample.loose])
    assert dialog.related.tabText(1) == "Contacts (2)"
    seen = []

    def edit_contact(contact_editor):
        seen.append(contact_editor.record_id)
        contact_editor.form.set_value("position", "Kämmerer")
        contact_editor.save()

    errors = answer_next_dialog(edit_contact, ContactEditor)
    item = next(
        dialog.contact_list.topLevelItem(i)
        for i in range(dialog.contact_list.topLevelItemCount())
        if dialog.contact_list.topLevelItem(i).text(0) == "Jens Kühn"
    )
    dialog.contact_list.itemActivated.emit(item, 0)
    assert not errors and seen == [sample.loose]
    rows = {
        dialog.contact_list.topLevelItem(i).text(0): dialog.contact_list.topLevelItem(i)
        for i in range(dialog.contact_list.topLevelItemCount())
    }
    assert rows["Jens Kühn"].text(1) == "Kämmerer"  # the list was read again


def test_member_places_and_regions(qtbot, db, sample):
    dialog = editor(qtbot, MemberEditor, db, sample.foshan)
    assert dialog.form.value("places") == ["Chancheng", "Nanhai", "Shunde"]
    region = dialog.form.fields["region"].widget
    assert [region.itemText(i) for i in range(region.count())] == ["Guangdong"]
    dialog.form.set_value("country", "DE")
    assert [region.itemText(i) for i in range(region.count())] == ["Nordrhein-Westfalen"]
    dialog.form.set_value("country", "CN")

    places = dialog.form.fields["places"].widget
    places.add_place()
    places.list.currentItem().setText("Sanshui")
    places.list.setCurrentRow(0)
    places.move(1)
    assert dialog.form.value("places") == ["Nanhai", "Chancheng", "Shunde", "Sanshui"]
    assert dialog.save()
    assert [p.name for p in members.get(db, sample.foshan).places] == [
        "Nanhai",
        "Chancheng",
        "Shunde",
        "Sanshui",
    ]


def test_member_cannot_leave_before_joining(qtbot, db, sample):
    dialog = editor(qtbot, MemberEditor, db, sample.aachen)
    dialog.form.set_value("left_on", dt.date(2016, 1, 1))
    assert "leave before joining" in message(dialog, "left_on")
    assert not dialog.save_button.isEnabled()
    dialog.form.fields["left_on"].widget.clear()
    assert dialog.form.value("left_on") is None
    assert dialog.save_button.isEnabled()


def test_organisation_editor_saves_every_field(qtbot, db, sample):
    dialog = editor(qtbot, OrganisationEditor, db)
    type_into(qtbot, dialog, "name", "NRW.Global Business")
    dialog.form.set_value("kind", "economic_development")
    dialog.form.set_value("member_id", sample.aachen)
    dialog.form.set_value("advisory_board", True)
    type_into(qtbot, dialog, "street", "Völklinger Straße 4")
    type_into(qtbot, dialog, "postcode", "40219")
    type_into(qtbot, dialog, "town", "Düsseldorf")
    type_into(qtbot, dialog, "phone", "+49 211 13000")
    type_into(qtbot, dialog, "email", "info@example.com")
    dialog.form.set_value("tags", ["Beirat"])
    assert dialog.save()
    stored = organisations.get(db, dialog.saved_id)
    assert (stored.name, stored.kind, stored.member_id, stored.advisory_board) == (
        "NRW.Global Business",
        "economic_development",
        sample.aachen,
        True,
    )
    assert (stored.postcode, stored.town, stored.email) == (
        "40219",
        "Düsseldorf",
        "info@example.com",
    )
    assert [t.name for t in stored.tags] == ["Beirat"]


def test_organisation_shows_its_contacts(qtbot, db, sample):
    dialog = editor(qtbot, OrganisationEditor, db, sample.city_hall)
    assert dialog.contact_list.ids() == [sample.anna]
    assert dialog.contacts_box.title() == "Contacts (1)"


@pytest.mark.parametrize("kind", ["member", "organisation", "contact"])
def test_open_editor_cancel_returns_none(qtbot, db, sample, kind):
    record_id = {"member": sample.aachen, "organisation": sample.city_hall, "contact": sample.anna}[
        kind
    ]
    errors = answer_next_dialog(lambda dialog: dialog.reject(), EditorDialog)
    assert open_editor(None, db, kind, record_id) is None
    assert not errors


def test_open_editor_new_contact_returns_id(qtbot, db, sample):
    def fill_in(dialog):
        dialog.form.set_value("given_name", "Petra")
        dialog.form.set_value("family_name", "Lange")
        dialog.save_button.click()

    errors = answer_next_dialog(fill_in, ContactEditor)
    new_id = open_editor(None, db, "contact", None, {"member_id": sample.aachen})
    assert not errors
    stored = contacts.get(db, new_id)
    assert (stored.full_name, stored.member_id) == ("Petra Lange", sample.aachen)


def test_open_editor_on_deleted_record_says_so(qtbot, db, sample, monkeypatch):
    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text))
    )
    assert open_editor(None, db, "contact", 9999) is None
    assert "9999" in shown[0]


def test_link_combo_rejects_unknown_names(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db, sample.anna)
    combo = dialog.form.fields["organisation_id"].widget
    combo.setEditText("Stadt Nirgendwo")
    assert "Choose an entry of the list" in message(dialog, "organisation_id")
    assert not dialog.save_button.isEnabled()
    combo.setEditText("isa-sekretariat foshan")  # found in any case
    assert dialog.form.value("organisation_id") == sample.secretariat
    assert dialog.save_button.isEnabled()
    combo.setEditText("")
    assert dialog.form.value("organisation_id") is None


def test_tag_editor_completes_the_last_tag(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db, sample.wang)
    edit = dialog.form.fields["tags"].widget
    edit.setText("Presse, news")
    completer = edit.completer()
    assert completer.splitPath(edit.text()) == ["news"]
    completer.setCompletionPrefix(edit.text())
    assert completer.currentCompletion() == "Presse, Newsletter"  # what the field receives
    edit.setText(" Presse ,presse,, Beirat ")
    assert dialog.form.value("tags") == ["Presse", "Beirat"]


def test_optional_date_stays_empty_and_is_cleared(qtbot, db, sample):
    dialog = editor(qtbot, ContactEditor, db, sample.anna)
    field = dialog.form.fields["consent_newsletter_given_on"].widget
    assert field.value() is None and field.edit.text() == ""
    qtbot.keyClick(field.edit, Qt.Key.Key_1)  # a digit alone is no date, and not today
    assert field.value() is None and field.problem()
    assert not dialog.save_button.isEnabled()
    field.clear()
    assert field.value() is None and field.problem() is None
    assert dialog.save_button.isEnabled()
    dialog.form.set_value("consent_newsletter_given_on", dt.date(2021, 5, 4))
    dialog.form.set_value("consent_newsletter_source", "Anmeldeformular")
    assert dialog.save()
    stored = contacts.get(db, sample.anna)
    assert [(c.purpose, c.given_on, c.source) for c in stored.consents] == [
        ("newsletter", dt.date(2021, 5, 4), "Anmeldeformular")
    ]
