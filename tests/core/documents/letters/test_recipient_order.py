"""A letter run writes its letters in the order of the contacts list: DIN 5007-1, the
particles of a family name passed over, names in characters by pinyin."""

from __future__ import annotations

import datetime as dt

from isa_desk.core.documents.letters import mailing, recipients
from isa_desk.core.services import contacts, organisations
from tests.core.documents.pdf_text import needs_poppler, page_texts

pytestmark = needs_poppler

# (family name, given name, name in characters), in the order of the letters
PEOPLE = [
    ("Armel", "Anna", ""),
    ("Ärmel", "Eva", ""),
    ("Böhm", "Berta", ""),
    ("Busch", "Bernd", ""),
    ("von der Leyen", "Ursula", ""),
    ("de Maizière", "Thomas", ""),
    ("Özdemir", "Cem", ""),
    ("Übel", "Uwe", ""),
    ("", "", "曾静"),  # Zeng
    ("Zimmermann", "Hans", ""),
]


def test_the_letters_come_in_the_order_of_the_contacts_list(db, tmp_path):
    office = organisations.create(
        db, {"name": "Rathaus", "street": "Markt 1", "postcode": "52062", "town": "Aachen"}
    )
    for family, given, zh in reversed(PEOPLE):
        contacts.create(
            db,
            {
                "family_name": family,
                "given_name": given,
                "name_zh": zh,
                "organisation_id": office.id,
                "tags": ["Post"],
            },
        )
    found = recipients.collect(db, recipients.Selection(tag="Post"))
    assert [c.family_name or c.name_zh for c in found.contacts] == [
        family or zh for family, _given, zh in PEOPLE
    ]
    plan = mailing.prepare(db, "brief", recipients.Selection(tag="Post"), dt.date(2030, 5, 2))
    out = tmp_path / "letters.pdf"
    mailing.produce(db, plan, out)
    pages = page_texts(out)
    assert len(pages) == len(PEOPLE)
    for page, (family, given, zh) in zip(pages, PEOPLE, strict=True):
        assert (f"{given} {family}" if family else zh) in page


def test_a_contact_without_a_name_is_filed_under_its_organisation(db):
    for name in ("Zollamt", "Amt für Wirtschaft", "Ämterverbund"):
        office = organisations.create(
            db, {"name": name, "street": "Markt 1", "postcode": "52062", "town": "Aachen"}
        )
        contacts.create(db, {"organisation_id": office.id, "position": "Poststelle"})
    contacts.create(db, {"family_name": "Bauer", "organisation_id": office.id})
    found = recipients.collect(db, recipients.Selection(everyone=True))
    filed = [c.family_name or c.organisation.name for c in found.contacts]
    assert filed == ["Amt für Wirtschaft", "Ämterverbund", "Bauer", "Zollamt"]
