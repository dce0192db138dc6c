"""Names that look like markup are shown as typed: a contact named "<i>Söhne</i>" is never
italic, in the overview, the event panel, the invite, letters and merge dialogs, and the
questions and messages that name it."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from isa_desk.core.services import contacts, events, members, organisations
from isa_desk.ui.common import errors
from isa_desk.ui.events.event_panel import EventPanel
from isa_desk.ui.events.invite_dialog import InviteDialog
from isa_desk.ui.letters.letters_dialog import LettersDialog
from isa_desk.ui.overview.event_section import EventSection
from isa_desk.ui.records import record_actions
from isa_desk.ui.records.merge_dialog import MergeDialog
from tests.ui.dialogs import patch_question

MARKUP = ("<i>Söhne</i>", "<b>Amt</b>", "<b>Neustadt</b>", "<i>Tagung</i>", "<b>Saal</b>")


@pytest.fixture
def marked(demo_db):
    """A member, organisation, two contacts (the first without a postal address) and an
    event whose names are written like markup."""
    member = members.create(demo_db, {"name": "<b>Neustadt</b>", "kind": "city", "country": "DE"})
    organisation = organisations.create(demo_db, {"name": "<b>Amt</b>"})
    data = {"given_name": "Karl", "family_name": "<i>Söhne</i>", "member_id": member.id}
    contact = contacts.create(demo_db, {**data, "organisation_id": organisation.id})
    twin = contacts.create(demo_db, {**data, "email": "karl@example.org"})
    tomorrow = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(10))
    event = events.create(
        demo_db, {"title": "<i>Tagung</i>", "place": "<b>Saal</b>", "starts_at": tomorrow}
    )
    return SimpleNamespace(contact=contact.id, twin=twin.id, event=event.id)


def shows_as_typed(text: str, text_format: Qt.TextFormat) -> bool:
    """False when a text with raw markup in it would be read as rich text."""
    if not any(m in text for m in MARKUP) or text_format == Qt.TextFormat.PlainText:
        return True
    if text_format == Qt.TextFormat.RichText:
        return False
    return not GuiQt.mightBeRichText(text)


def assert_labels_as_typed(widget: QWidget) -> None:
    labels = widget.findChildren(QLabel)
    named = [label for label in labels if any(m in label.text() for m in MARKUP)]
    escaped = [label for label in labels if "&lt;" in label.text()]
    assert named or escaped, f"no label of {widget!r} shows a name"
    wrong = [
        label.text() for label in named if not shows_as_typed(label.text(), label.textFormat())
    ]
    assert wrong == []


def test_the_overview_shows_the_names_as_typed(qtbot, window, marked):
    window.show_area("overview")
    overview = window.areas["overview"]
    overview.refresh()
    assert_labels_as_typed(overview)
    section = EventSection(events.row(window.db, marked.event), dt.date.today())
    qtbot.addWidget(section)
    assert_labels_as_typed(section)
    title = section.findChild(QLabel, "nextEventTitle")
    assert title.text() == "<i>Tagung</i>"


def test_the_event_panel_and_invite_dialog_show_the_names_as_typed(qtbot, window, marked):
    window.open_event(marked.event)
    panel = window.findChild(EventPanel)
    panel.show_event(marked.event)
    assert panel.title.text() == "<i>Tagung</i>"
    assert_labels_as_typed(panel)
    assert "&lt;b&gt;Saal&lt;/b&gt;" in panel.details.text()
    assert panel.details.textFormat() == Qt.TextFormat.RichText
    dialog = InviteDialog(window, window.db, marked.event, "<i>Tagung</i>", [marked.contact])
    qtbot.addWidget(dialog)
    assert_labels_as_typed(dialog)


def test_the_letters_dialog_names_the_skipped_as_typed(qtbot, demo_db, marked):
    dialog = LettersDialog(demo_db, contact_ids=[marked.contact])
    qtbot.addWidget(dialog)
    dialog.template.setCurrentIndex(dialog.template.findData("brief"))
    dialog.refresh()
    assert [s.name for s in dialog.plan.skipped] == ["Karl <i>Söhne</i>"]
    assert "<i>Söhne</i>" in dialog.summary.text()
    assert_labels_as_typed(dialog)


def test_the_merge_dialog_shows_the_names_as_typed(qtbot, demo_db, marked):
    dialog = MergeDialog(None, demo_db, marked.contact, marked.twin)
    qtbot.addWidget(dialog)
    assert_labels_as_typed(dialog.scroll.widget())


def test_questions_and_messages_show_the_names_as_typed(demo_db, marked, monkeypatch):
    asked = patch_question(monkeypatch, QMessageBox.StandardButton.No)
    assert not record_actions.delete_records(None, demo_db, "contact", [marked.contact], None)
    assert "Söhne" in asked[0]
    assert shows_as_typed(asked[0], Qt.TextFormat.AutoText)
    assert "&lt;i&gt;Söhne&lt;/i&gt;" in asked[0] or not GuiQt.mightBeRichText(asked[0])
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    errors.show_message(None, "Karl <i>Söhne</i> was changed meanwhile.")
    assert boxes[0].text() == "Karl <i>Söhne</i> was changed meanwhile."
    assert boxes[0].textFormat() == Qt.TextFormat.PlainText
