"""People with and without consent to the newsletter, for the tests of runs for a purpose
(letters, e-mails, invitations; core, command line, dialogs)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from isa_desk.core.db.engine import Database
from isa_desk.core.services import contacts

NEWSLETTER = "Newsletter"  # the tag all of them have
REASON = "no consent for “Newsletter”"
SENDER = "isa@pks-gmbh.net"


@dataclass(frozen=True)
class People:
    agreed: int  # consent to the newsletter in force
    again: int  # withdrew, then agreed again: in force
    never: int  # no consent at all
    withdrawn: int  # agreed, then withdrew
    invitations: int  # consent to invitations only


def _person(db: Database, given: str, family: str, consents: dict) -> int:
    return contacts.create(
        db,
        {
            "given_name": given,
            "family_name": family,
            "email": f"{given.lower()}.{family.lower()}@example.org",
            "street": "Markt 1",
            "postcode": "52062",
            "town": "Aachen",
            "country": "DE",
            "language": "de",
            "tags": [NEWSLETTER],
            "consents": consents,
        },
    ).id


def given(day: dt.date, withdrawn: dt.date | None = None) -> dict:
    return {"given_on": day, "source": "Anmeldeformular", "withdrawn_on": withdrawn}


def add_people(db: Database) -> People:
    return People(
        agreed=_person(db, "Anna", "Albrecht", {"newsletter": given(dt.date(2024, 3, 1))}),
        again=_person(
            db,
            "Bernd",
            "Brandt",
            {"newsletter": given(dt.date(2025, 6, 1), withdrawn=dt.date(2024, 5, 1))},
        ),
        never=_person(db, "Clara", "Conrad", {}),
        withdrawn=_person(
            db,
            "Dieter",
            "Dorn",
            {"newsletter": given(dt.date(2023, 1, 10), withdrawn=dt.date(2025, 2, 3))},
        ),
        invitations=_person(db, "Eva", "Engel", {"invitations": given(dt.date(2024, 1, 1))}),
    )


def withdraw(db: Database, contact_id: int, day: dt.date = dt.date(2026, 1, 2)) -> None:
    """The contact withdraws their consent to the newsletter, as the editor saves it."""
    current = contacts.get(db, contact_id)
    contacts.update(
        db, contact_id, {"consents": {"newsletter": {"withdrawn_on": day}}}, current.version
    )
