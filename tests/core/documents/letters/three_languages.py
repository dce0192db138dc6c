"""Recipients who read German, English and Chinese, and an event to invite them to: shared by
the tests of letters in each recipient's language (core, command line, dialog)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from isa_desk.core.db.engine import Database
from isa_desk.core.services import contacts, events, members, organisations

EVENT = "11. Plenarversammlung der ISA"
TODAY = dt.date(2027, 2, 15)
# each of them agreed to be invited, so that a run for the event (invitations) reaches them
INVITATIONS = {"invitations": {"given_on": dt.date(2026, 5, 4), "source": "Formular"}}


@dataclass(frozen=True)
class People:
    beispiel: int  # German, in Aachen
    smith: int  # English, in Manchester
    liu: int  # Chinese, at the city government of Foshan
    event: int


def add_people(db: Database) -> People:
    foshan = members.create(
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
    government = organisations.create(
        db,
        {
            "name": "Volksregierung der Stadt Foshan",
            "name_zh": "佛山市人民政府",
            "kind": "city_administration",
            "member_id": foshan.id,
            "street": "禅城区岭南大道北12号",
            "postcode": "528000",
            "town": "Foshan",
            "region": "Guangdong",
            "country": "CN",
        },
    )
    beispiel = contacts.create(
        db,
        {
            "gender": "female",
            "title": "Dr.",
            "given_name": "Anna",
            "family_name": "Beispiel",
            "street": "Markt 1",
            "postcode": "52062",
            "town": "Aachen",
            "country": "DE",
            "language": "de",
            "consents": INVITATIONS,
        },
    )
    smith = contacts.create(
        db,
        {
            "gender": "male",
            "given_name": "John",
            "family_name": "Smith",
            "street": "1 Albert Square",
            "postcode": "M60 2LA",
            "town": "Manchester",
            "country": "GB",
            "language": "en",
            "consents": INVITATIONS,
        },
    )
    liu = contacts.create(
        db,
        {
            "gender": "female",
            "given_name": "Yi",
            "family_name": "Liu",
            "name_order": "chinese",
            "name_zh": "刘毅",
            "organisation_id": government.id,
            "member_id": foshan.id,
            "language": "zh",
            "consents": INVITATIONS,
        },
    )
    event = events.create(
        db,
        {
            "title": EVENT,
            "place": "Berlin, Rotes Rathaus",
            "starts_at": dt.datetime(2027, 3, 18, 14, 0),
            "ends_at": dt.datetime(2027, 3, 18, 17, 30),
            "registration_deadline": dt.date(2027, 3, 1),
        },
    )
    return People(beispiel.id, smith.id, liu.id, event.id)
