"""A person spread over every place the database keeps people, for the erasure tests
(core, command line and window): the record, consents, activities, a participation, an
inquiry, a mailing, an import, duplicate decisions, old values in the audit trail (also
in another record's) and a delete taken back by undo; and a colleague of theirs who must
stay as she is."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import (
    AuditEntry,
    Consent,
    ImportBatch,
    Inquiry,
    Mailing,
    MailingMessage,
    NotDuplicate,
)
from isa_desk.core.services import (
    activities,
    contacts,
    events,
    members,
    organisations,
    participants,
    undo,
)

FAMILY = "Zwiebelhuber"
GIVEN = "Wilhelmine"
NAME_ZH = "欧阳娜娜"
EMAILS = (
    "wilhelmine.zwiebelhuber@example.org",
    "w.zwiebelhuber@kreis-example.de",
    "wz.privat@zwiebel-post.example",
)
PHONE = "+49 30 98765432"
PHONE_KEY = "+493098765432"
MOBILE = "+49 171 5556667"


@dataclass(frozen=True)
class People:
    person: int  # the one to erase
    colleague: int  # stays
    member: int
    inquiry: int
    event: int
    mailing: int
    batch: int

    @staticmethod
    def needles() -> list[bytes]:
        """The person's values as they could stand in a file (UTF-8)."""
        words = [*EMAILS, FAMILY, PHONE, PHONE_KEY, MOBILE, NAME_ZH]
        words.append("".join(char * 3 for char in NAME_ZH))  # as the search index holds it
        return [word.encode() for word in words]


def make(db: Database) -> People:
    member = members.create(db, {"name": "Kreis Beispielfeld", "country": "DE"})
    person = contacts.create(
        db,
        {
            "given_name": GIVEN,
            "family_name": FAMILY,
            "name_zh": NAME_ZH,
            "email": EMAILS[0],
            "phone": PHONE,
            "mobile": MOBILE,
            "member_id": member.id,
            "country": "DE",
            "tags": ["Presse"],
        },
    )
    colleague = contacts.create(
        db,
        {
            "given_name": "Bertha",
            "family_name": "Ottokarsdottir",
            "email": "bertha.ottokarsdottir@example.org",
            "member_id": member.id,
            "country": "DE",
        },
    )
    # two changes of the e-mail address: the old ones stand in the audit trail
    for email in EMAILS[1:]:
        current = contacts.get(db, person.id)
        contacts.update(db, person.id, {"email": email}, current.version)
    # the office's address was once the person's: only the trail of the office holds it
    office = organisations.create(
        db, {"name": "Kreisverwaltung Beispielfeld", "email": EMAILS[1], "country": "DE"}
    )
    organisations.update(db, office.id, {"email": "info@kreis-example.de"}, office.version)
    activities.add(db, "call", f"Rückruf unter {PHONE}", contact_id=person.id, subject=FAMILY)
    activities.add(
        db, "note", "Interesse an Mitgliedschaft", contact_id=person.id, member_id=member.id
    )
    event = events.create(
        db, {"title": "Plenarversammlung", "starts_at": dt.datetime(2026, 5, 4, 10, 0)}
    )
    participants.invite(db, event.id, contact_ids=[person.id, colleague.id])
    # a delete taken back: the trail holds the delete and the restore, with all values
    undo.restore(db, contacts.delete(db, [person.id]))
    with db.transaction() as session:
        session.add(Consent(contact_id=person.id, purpose="newsletter", source=EMAILS[2]))
        session.add(
            Consent(
                contact_id=person.id, purpose="press", given_on=dt.date(2025, 1, 2), source="Form"
            )
        )
        inquiry = Inquiry(member_id=member.id, contact_id=person.id, summary="Beitritt 2026")
        session.add(inquiry)
        first, second = sorted((person.id, colleague.id))
        session.add(NotDuplicate(first_id=first, second_id=second, user="office"))
        mailing = Mailing(template_key="invitation", subject="Einladung", mode="eml")
        mailing.messages = [
            MailingMessage(
                contact_id=person.id,
                name=f"{GIVEN} {FAMILY}",
                address=EMAILS[1],
                status="sent",
                file_name=f"{FAMILY}_{GIVEN}.eml",
            ),
            MailingMessage(
                contact_id=colleague.id,
                name="Bertha Ottokarsdottir",
                address="bertha.ottokarsdottir@example.org",
                status="pending",
            ),
        ]
        session.add(mailing)
        batch = ImportBatch(
            entity="contact",
            source="liste.xlsx",
            created=1,
            updated=1,
            undo_data=json.dumps(
                {
                    "created": [colleague.id],
                    "updated": {str(person.id): {"email": EMAILS[0], "phone": PHONE}},
                    "versions": {str(person.id): 3},
                }
            ),
        )
        session.add(batch)
        session.flush()
        ids = (inquiry.id, mailing.id, batch.id)
    return People(person.id, colleague.id, member.id, ids[0], event.id, ids[1], ids[2])


def trail(db: Database, entity: str, entity_id: int) -> list[tuple]:
    """(action, summary, changes) of a record's entries, oldest first."""
    with db.session() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.summary, AuditEntry.changes)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.id)
        )
        return [tuple(row) for row in rows]
