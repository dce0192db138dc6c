"""The demo's plenary assembly as the mailing of the tests: its invited and registered
participants, looked up by name."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from isa_desk.core.db.models import Activity, ActivityKind, Contact
from isa_desk.core.documents.letters.recipients import Selection
from isa_desk.core.documents.mail import compose

EVENT = "10. Plenarversammlung der ISA"
TODAY = dt.date(2021, 9, 30)
SELECTION = Selection(event=EVENT)  # invited and registered


def prepared(db, **options) -> compose.MailPlan:
    return compose.prepare(db, "einladung", SELECTION, today=TODAY, **options)


def contact_id(db, given: str, family: str) -> int:
    with db.session() as session:
        return session.scalars(
            select(Contact.id).filter_by(given_name=given, family_name=family)
        ).one()


def change(db, given: str, family: str, **values) -> int:
    """Change a contact as stored (also to what the editor would refuse)."""
    found = contact_id(db, given, family)
    with db.transaction() as session:
        contact = session.get(Contact, found)
        for name, value in values.items():
            setattr(contact, name, value)
    return found


def email_activities(db) -> list[Activity]:
    with db.session() as session:
        return list(
            session.scalars(
                select(Activity).where(Activity.kind == ActivityKind.EMAIL).order_by(Activity.id)
            )
        )
