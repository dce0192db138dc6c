"""Contacts to write as vCards and as Outlook's CSV file, and a fresh database to read
them back into."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Contact
from isa_desk.core.services import contacts, organisations
from tests import copy_database

COMPARED = (
    "gender",
    "title",
    "given_name",
    "family_name",
    "name_zh",
    "position",
    "department",
    "email",
    "phone",
    "mobile",
    "fax",
    "street",
    "postcode",
    "town",
    "region",
    "country",
    "language",
    "notes",
)


@pytest.fixture
def partners(db) -> list[int]:
    """Three contacts: umlauts and ß, a Chinese partner with a Latin and a Chinese name,
    a person known by the name in characters only."""
    town_hall = organisations.create(db, {"name": "Stadtverwaltung Düren", "country": "DE"})
    weiss = contacts.create(
        db,
        {
            "gender": "female",
            "title": "Dr.",
            "given_name": "Käthe",
            "family_name": "Weiß",
            "position": "Oberbürgermeisterin",
            "organisation_id": town_hall.id,
            "department": "Büro; OB, Stab",
            "email": "k.weiss@example.org",
            "phone": "+49 2421 25-0",
            "mobile": "+49 171 1234567",
            "fax": "+49 2421 25-9",
            "street": "Kaiserplatz 2–4",
            "postcode": "52349",
            "town": "Düren",
            "region": "Nordrhein-Westfalen",
            "country": "DE",
            "language": "de",
            "notes": "Erste Zeile\nZweite Zeile, mit Komma; und Semikolon \\ Rückstrich",
            "tags": ["Presse", "Newsletter"],
        },
    )
    wang = contacts.create(
        db,
        {
            "gender": "male",
            "given_name": "Li",
            "family_name": "Wang",
            "name_zh": "王力",
            "name_order": "chinese",
            "language": "zh",
            "position": "市长",
            "email": "wang.li@foshan.example.cn",
            "phone": "+86 757 8333 1234",
            "street": "汾江中路 1号",
            "postcode": "528000",
            "town": "佛山",
            "region": "广东",
            "country": "CN",
        },
    )
    government = organisations.create(db, {"name": "佛山市人民政府", "country": "CN"})
    ouyang = contacts.create(
        db,
        {
            "gender": "female",
            "name_zh": "欧阳娜娜",
            "organisation_id": government.id,
            "language": "zh",
            "country": "CN",
        },
    )
    return [weiss.id, wang.id, ouyang.id]


@pytest.fixture
def fresh(tmp_path, empty_file) -> Iterator[Database]:
    """Another empty database, to import what was written into."""
    database = Database.open(str(copy_database(empty_file, tmp_path / "fresh.sqlite")))
    yield database
    database.close()


def stored(db: Database) -> dict[str, dict]:
    """Every contact's compared fields (plain values), its organisation and tags, by the
    name it is known by."""
    found = {}
    with db.session() as session:
        for contact in session.scalars(select(Contact)):
            fields = {
                key: getattr(getattr(contact, key), "value", getattr(contact, key))
                for key in COMPARED
            }
            fields["organisation"] = contact.organisation.name if contact.organisation else ""
            fields["tags"] = sorted(tag.name for tag in contact.tags)
            fields["name_order"] = contact.name_order.value
            found[contact.family_name or contact.name_zh] = fields
    return found
