"""Activities: logging calls, notes, e-mails, and reading a record's history."""

import datetime as dt
import getpass

import pytest

from isa_desk.core.db.models import ActivityKind, Inquiry, Member
from isa_desk.core.errors import ValidationError
from isa_desk.core.services import activities


def test_an_activity_has_the_os_user_as_author_by_default(db, mueller):
    call = activities.add(db, "call", "Termin vereinbart", contact_id=mueller.id, subject="Rückruf")
    assert call.author == getpass.getuser()
    assert call.kind == ActivityKind.CALL
    assert (call.subject, call.text) == ("Rückruf", "Termin vereinbart")
    assert call.contact.full_name == "Hans Müller"  # loaded for the history view
    other = activities.add(db, ActivityKind.NOTE, "x", contact_id=mueller.id, author="Frau Lehmann")
    assert other.author == "Frau Lehmann"


def test_histories_are_newest_first(db, duren, mueller):
    with db.transaction() as session:
        prospect = Member(name="Neustadt", country="DE", status="prospect")
        session.add(prospect)
        session.flush()
        inquiry = Inquiry(member_id=prospect.id, contact_id=mueller.id)
        session.add(inquiry)
        session.flush()
        inquiry_id = inquiry.id
    days = [dt.datetime(2024, 1, day, 10) for day in (3, 1, 2)]
    for number, when in enumerate(days):
        activities.add(db, "note", f"Kontakt {number}", contact_id=mueller.id, occurred_at=when)
    activities.add(
        db,
        "meeting",
        "Mitglied",
        member_id=duren.id,
        contact_id=mueller.id,
        occurred_at="2024-01-05T09:00",
    )
    activities.add(db, "email", "Anfrage", inquiry_id=inquiry_id)
    assert [a.text for a in activities.for_contact(db, mueller.id)] == [
        "Mitglied",
        "Kontakt 0",
        "Kontakt 2",
        "Kontakt 1",
    ]
    assert [a.text for a in activities.for_member(db, duren.id)] == ["Mitglied"]
    assert [a.text for a in activities.for_inquiry(db, inquiry_id)] == ["Anfrage"]
    assert activities.for_member(db, duren.id)[0].member.name == "Kreis Düren"


@pytest.mark.parametrize(
    "kind, text, targets, field",
    [
        ("call", "x", {}, "contact_id"),
        ("call", "  ", {"contact_id": 1}, "text"),
        ("fax", "x", {"contact_id": 1}, "kind"),
        ("call", "x", {"member_id": 999}, "member_id"),
    ],
)
def test_incomplete_activities_are_refused(db, mueller, kind, text, targets, field):
    with pytest.raises(ValidationError) as caught:
        activities.add(db, kind, text, **targets)
    assert caught.value.field == field
    assert activities.for_contact(db, mueller.id) == []
