"""A letter run for a purpose writes only to those with consent in force for it and lists
the others with the reason; correspondence (no purpose) needs none."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from isa_desk.core.db.enums import ConsentPurpose
from isa_desk.core.db.models import Activity, ActivityKind
from isa_desk.core.documents.letters import mailing, recipients
from isa_desk.core.documents.letters.recipients import Selection
from isa_desk.core.services import contacts
from tests.core.documents.consenting import NEWSLETTER, REASON, add_people, withdraw
from tests.core.documents.pdf_text import needs_poppler, text

TODAY = dt.date(2026, 3, 2)


def for_newsletter(**more) -> Selection:
    return Selection(tag=NEWSLETTER, purpose=ConsentPurpose.NEWSLETTER, **more)


def letters_to(db) -> set[int]:
    with db.session() as session:
        return set(
            session.scalars(select(Activity.contact_id).where(Activity.kind == ActivityKind.LETTER))
        )


@needs_poppler
def test_a_newsletter_run_writes_only_to_those_who_agreed(db, tmp_path):
    people = add_people(db)
    plan = mailing.prepare(db, "brief", for_newsletter(), TODAY)

    outcome = mailing.produce(db, plan, tmp_path / "all.pdf")

    assert outcome.letters == 2
    printed = text(tmp_path / "all.pdf")
    assert "Albrecht" in printed and "Brandt" in printed
    assert not any(name in printed for name in ("Conrad", "Dorn", "Engel"))
    assert [(s.contact_id, s.reason, s.no_consent) for s in outcome.skipped] == [
        (people.never, REASON, True),
        (people.withdrawn, REASON, True),
        (people.invitations, REASON, True),
    ]
    assert letters_to(db) == {people.agreed, people.again}


def test_a_withdrawal_counts_from_the_next_run_on(db):
    people = add_people(db)
    withdraw(db, people.agreed)

    found = recipients.collect(db, for_newsletter())

    assert [c.id for c in found.contacts] == [people.again]
    assert recipients.without_consent(found.skipped) == 4
    assert people.agreed in {s.contact_id for s in found.skipped}


def test_each_purpose_asks_for_its_own_consent(db):
    people = add_people(db)
    found = recipients.collect(db, Selection(tag=NEWSLETTER, purpose="invitations"))
    assert [c.id for c in found.contacts] == [people.invitations]
    assert {s.reason for s in found.skipped} == {"no consent for “Invitations”"}


def test_correspondence_needs_no_consent(db):
    add_people(db)
    found = recipients.collect(db, Selection(tag=NEWSLETTER))
    assert len(found.contacts) == 5 and found.skipped == []


def test_no_consent_is_the_reason_before_any_other(db):
    people = add_people(db)
    for contact_id in (people.never, people.agreed):
        current = contacts.get(db, contact_id)
        contacts.update(db, contact_id, {"no_post": True}, current.version)

    found = recipients.collect(db, for_newsletter())

    reasons = {s.contact_id: (s.reason, s.no_consent) for s in found.skipped}
    assert reasons[people.never] == (REASON, True)
    assert reasons[people.agreed] == ("does not want post", False)


def test_a_run_for_an_event_is_for_invitations_by_default():
    assert recipients.default_purpose(True) == ConsentPurpose.INVITATIONS
    assert recipients.default_purpose(False) is None
    codes = [purpose for purpose, _text in recipients.purpose_choices()]
    assert codes == [None, *ConsentPurpose]


def test_the_demo_invitation_run_lists_who_lacks_consent(demo_db):
    plan = mailing.prepare(
        demo_db, "einladung", Selection(event="10. Plenarversammlung der ISA", purpose="press")
    )
    everyone = mailing.prepare(
        demo_db, "einladung", Selection(event="10. Plenarversammlung der ISA")
    )
    lacking = {s.contact_id for s in plan.skipped if s.no_consent}
    assert plan.purpose == ConsentPurpose.PRESS
    assert {c.id for c in plan.contacts} | lacking >= {c.id for c in everyone.contacts}
    assert all(s.reason == "no consent for “Press list”" for s in plan.skipped if s.no_consent)
