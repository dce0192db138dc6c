"""A mailing for a purpose through a real SMTP server: only those with consent in force
get a message, the others are recorded as skipped with the reason; a resumed mailing
keeps its purpose and skips whoever has withdrawn their consent since."""

from __future__ import annotations

import datetime as dt

import pytest

from isa_desk.core.db.enums import ConsentPurpose
from isa_desk.core.db.models import MailMode, MailStatus
from isa_desk.core.documents.letters.recipients import Selection
from isa_desk.core.documents.mail import compose, record, run
from isa_desk.core.documents.mail.delivery import ConnectionLost, SmtpServer, SmtpTransport
from tests.core.documents.consenting import NEWSLETTER, REASON, SENDER, add_people, withdraw

TODAY = dt.date(2026, 3, 2)


def transport(controller) -> SmtpTransport:
    return SmtpTransport(SmtpServer("127.0.0.1", controller.port))


def newsletter(db, purpose=ConsentPurpose.NEWSLETTER) -> compose.MailPlan:
    return compose.prepare(
        db, "brief", Selection(tag=NEWSLETTER, purpose=purpose), today=TODAY, from_address=SENDER
    )


def delivered_to(box) -> list[str]:
    return sorted(message["To"].addresses[0].addr_spec for message in box.messages())


def test_only_those_who_agreed_get_the_newsletter(db, mailbox):
    box, controller = mailbox
    people = add_people(db)

    outcome = run.send(db, newsletter(db), transport(controller))

    assert outcome.complete and outcome.sent_now == 2
    assert delivered_to(box) == ["anna.albrecht@example.org", "bernd.brandt@example.org"]
    assert all(m["Subject"] for m in box.messages())
    skipped = {m.contact_id: m.answer for m in outcome.skipped}
    assert skipped == {people.never: REASON, people.withdrawn: REASON, people.invitations: REASON}
    assert record.state(db, outcome.mailing_id).options["purpose"] == "newsletter"


def test_correspondence_reaches_everyone(db, mailbox):
    box, controller = mailbox
    add_people(db)
    outcome = run.send(db, newsletter(db, purpose=None), transport(controller))
    assert outcome.sent_now == 5 and len(box.messages()) == 5 and not outcome.skipped
    assert record.state(db, outcome.mailing_id).options["purpose"] is None


def test_a_withdrawal_before_the_resume_is_skipped(db, mailbox):
    box, controller = mailbox
    people = add_people(db)
    box.drop_after = 0
    with pytest.raises(ConnectionLost) as stopped:
        run.send(db, newsletter(db), transport(controller))
    mailing_id = stopped.value.outcome.mailing_id
    withdraw(db, people.again)

    outcome = run.resume(db, mailing_id, transport(controller))

    assert outcome.complete and outcome.sent == 1
    assert delivered_to(box) == ["anna.albrecht@example.org"]
    reasons = {m.contact_id: m.answer for m in outcome.skipped}
    assert reasons[people.again] == REASON
    state = record.state(db, mailing_id)
    assert [m.contact_id for m in state.having(MailStatus.SENT)] == [people.agreed]


def test_an_unfinished_mailing_is_continued_only_for_the_same_purpose(db, mailbox):
    box, controller = mailbox
    add_people(db)
    box.drop_after = 0
    with pytest.raises(ConnectionLost) as stopped:
        run.send(db, newsletter(db), transport(controller))
    mailing_id = stopped.value.outcome.mailing_id
    everyone = {m.contact_id for m in record.state(db, mailing_id).messages}

    def unfinished(purpose):
        return record.find_unfinished(db, "brief", everyone, MailMode.SMTP, purpose)

    assert unfinished(ConsentPurpose.NEWSLETTER) == mailing_id
    assert unfinished(None) is None
    assert unfinished(ConsentPurpose.PRESS) is None
