"""The window's address block is the letter's: "Copy addresses", the contact editor (saved
and unsaved values) and the merge preview print what a letter run puts in the window field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from isa_desk.core.db.models import Gender, NameOrder
from isa_desk.core.documents.letters import mailing, recipients
from isa_desk.core.services import contacts, organisations
from isa_desk.ui.records import record_actions
from isa_desk.ui.records.editors.contact_editor import ContactEditor
from isa_desk.ui.records.merge_dialog import MergeDialog

TODAY = dt.date(2024, 5, 6)


@pytest.fixture
def people(db, sample) -> dict[str, int]:
    """A German, a Chinese (in Foshan, written in Latin script) and two other foreign contacts;
    the French one is written to at her organisation's address."""
    chen = contacts.create(
        db,
        {
            "gender": Gender.MALE,
            "given_name": "Wei",
            "family_name": "Chen",
            "name_order": NameOrder.CHINESE,
            "name_zh": "陈伟",
            "position": "市长",
            "organisation_id": sample.secretariat,
            "email": "chen.wei@example.cn",
            "street": "Fenjiang Zhonglu 1",
            "postcode": "528000",
            "town": "Foshan",
            "country": "CN",
            "language": "zh",
        },
    )
    smith = contacts.create(
        db,
        {
            "gender": Gender.FEMALE,
            "title": "Prof.",
            "given_name": "Jane",
            "family_name": "Smith",
            "department": "School of Engineering",
            "email": "j.smith@example.ac.uk",
            "street": "Trumpington Street",
            "postcode": "CB2 1PZ",
            "town": "Cambridge",
            "country": "GB",
            "language": "en",
        },
    )
    lyon = organisations.create(
        db,
        {
            "name": "Grand Lyon",
            "kind": "city_administration",
            "street": "20 rue du Lac",
            "postcode": "69003",
            "town": "Lyon",
            "country": "FR",
        },
    )
    martin = contacts.create(
        db,
        {
            "gender": Gender.FEMALE,
            "given_name": "Claire",
            "family_name": "Martin",
            "organisation_id": lyon.id,
            "email": "c.martin@example.fr",
            "country": "FR",
            "language": "en",
        },
    )
    return {"german": sample.anna, "chinese": chen.id, "british": smith.id, "french": martin.id}


def letter_block(db, contact_id: int) -> list[str]:
    """The address block of the letter a mail merge writes to the contact."""
    plan = mailing.prepare(db, "brief", recipients.Selection(contact_ids=(contact_id,)), TODAY)
    (letter,) = list(plan.letters())
    return list(letter.address)


KINDS = ("german", "chinese", "british", "french")


def test_the_letters_blocks(db, people):
    """What the window is compared with, spelt out once."""
    assert letter_block(db, people["german"]) == [
        "Frau Oberbürgermeisterin",
        "Dr. Anna Berg",
        "Stadt Aachen",
        "Markt 39",
        "52062 Aachen",
    ]
    assert letter_block(db, people["chinese"]) == [
        "Herrn Oberbürgermeister",
        "Chen Wei",
        "ISA-Sekretariat Foshan",
        "Fenjiang Zhonglu 1",
        "FOSHAN 528000",
        "CHINA",
    ]
    assert letter_block(db, people["british"]) == [
        "Frau",
        "Prof. Jane Smith",
        "School of Engineering",
        "Trumpington Street",
        "CAMBRIDGE CB2 1PZ",
        "VEREINIGTES KÖNIGREICH",
    ]
    assert letter_block(db, people["french"]) == [
        "Frau",
        "Claire Martin",
        "Grand Lyon",
        "20 rue du Lac",
        "69003 LYON",
        "FRANKREICH",
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_copy_addresses_puts_the_letters_block_on_the_clipboard(qtbot, db, people, kind):
    text = record_actions.copy_addresses(db, [people[kind]])
    assert text.splitlines() == letter_block(db, people[kind])
    assert QApplication.clipboard().text() == text


@pytest.mark.parametrize("kind", KINDS)
def test_the_editor_shows_the_letters_block(qtbot, db, people, kind):
    dialog = ContactEditor(None, db, people[kind], None)
    qtbot.addWidget(dialog)
    expected = letter_block(db, people[kind])
    assert dialog.address_block() == expected
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text().splitlines() == expected


@pytest.mark.parametrize("kind", KINDS)
def test_unsaved_values_give_the_block_the_saved_contact_will_get(qtbot, db, people, kind):
    """A new contact's form, filled with the same values (the organisation chosen by id)."""
    saved = ContactEditor(None, db, people[kind], None)
    qtbot.addWidget(saved)
    values = saved.values_of(contacts.get(db, people[kind]))
    dialog = ContactEditor(None, db, None, values)
    qtbot.addWidget(dialog)
    assert dialog.address_block() == letter_block(db, people[kind])


def test_the_merge_preview_shows_the_kept_contacts_block(qtbot, db, people):
    twin = contacts.create(
        db, {"given_name": "Wei", "family_name": "Chen", "email": "wei.chen@example.org"}
    )
    dialog = MergeDialog(None, db, people["chinese"], twin.id)
    qtbot.addWidget(dialog)
    block = dialog.preview.toPlainText().split("\n\n")[0]
    assert block.splitlines() == letter_block(db, people["chinese"])
