"""Fixtures for the core tests: a few records in the empty database of each test."""

from __future__ import annotations

import pytest

from isa_desk.core.db import search_index
from isa_desk.core.services import contacts, members, organisations


@pytest.fixture
def indexed_db(db):
    """The database with the trigram search index (as the schema will have it)."""
    assert search_index.install(db.engine)
    return db


@pytest.fixture
def duren(db):
    return members.create(
        db,
        {
            "name": "Kreis Düren",
            "name_zh": "迪伦县",
            "kind": "district",
            "country": "DE",
            "region": "Nordrhein-Westfalen",
            "status": "member",
            "places": ["Düren", "Jülich"],
            "tags": ["Plenarversammlung"],
        },
    )


@pytest.fixture
def foshan(db):
    return members.create(
        db,
        {
            "name": "Foshan",
            "name_zh": "佛山市",
            "kind": "city",
            "country": "CN",
            "region": "Guangdong",
            "status": "member",
        },
    )


@pytest.fixture
def city_hall(db, duren):
    return organisations.create(
        db,
        {
            "name": "Kreisverwaltung Düren",
            "kind": "city_administration",
            "member_id": duren.id,
            "town": "Düren",
            "country": "DE",
            "postcode": "52351",
        },
    )


@pytest.fixture
def mueller(db, duren, city_hall):
    return contacts.create(
        db,
        {
            "given_name": "Hans",
            "family_name": "Müller",
            "title": "Dr.",
            "position": "Landrat",
            "email": "Hans.Mueller@example.org",
            "organisation_id": city_hall.id,
            "member_id": duren.id,
            "postcode": "52351",
            "town": "Düren",
            "country": "DE",
            "tags": ["Presse", "Newsletter"],
        },
    )
