"""A mailing of the demo's plenary assembly through a real SMTP server on this computer:
every message read back (headers, text, HTML, the letter as PDF), refused and deferred
recipients, a connection dropped in the middle and resumed, a cancelled run, the pace."""

from __future__ import annotations

import datetime as dt
import subprocess
import time
from collections import Counter

import pytest
from sqlalchemy import func, select

from isa_desk.core.db.models import (
    Contact,
    Event,
    Mailing,
    MailingMessage,
    MailMode,
    MailStatus,
    Participant,
)
from isa_desk.core.documents.letters.recipients import Selection
from isa_desk.core.documents.mail import compose, record, run
from isa_desk.core.documents.mail.delivery import (
    ConnectionLost,
    DeliveryError,
    EmlFolder,
    Result,
    SmtpServer,
    SmtpTransport,
)
from isa_desk.core.errors import Cancelled
from isa_desk.core.progress import Progress
from isa_desk.core.services import contacts
from tests.core.documents.mail.plenary import EVENT, change, email_activities, prepared
from tests.core.documents.pdf_text import needs_poppler


def transport(controller) -> SmtpTransport:
    return SmtpTransport(SmtpServer("127.0.0.1", controller.port))


def addresses(plan) -> list[str]:
    return [contact.email for contact in plan.contacts]


def rows(db, mailing_id) -> dict[str, list]:
    found: dict[str, list] = {}
    for message in record.state(db, mailing_id).messages:
        found.setdefault(message.status.value, []).append(message)
    return found


def pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "attached.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


@needs_poppler
def test_the_plenary_assembly_by_e_mail_with_personal_letters(demo_db, mailbox, tmp_path):
    box, controller = mailbox
    change(demo_db, "Katrin", "Klein", no_email=True)
    plan = prepared(demo_db, attach_letter=True)
    before = len(email_activities(demo_db))

    outcome = run.send(demo_db, plan, transport(controller))

    assert outcome.complete and outcome.sent_now == outcome.sent == plan.count == 15
    assert sorted(box.recipients()) == sorted(addresses(plan))
    state = record.state(demo_db, outcome.mailing_id)
    assert state.finished_at is not None and state.mode == MailMode.SMTP
    assert state.target == f"smtp://127.0.0.1:{controller.port}"
    assert state.subject == "Einladung: 10. Plenarversammlung der ISA am 15. Oktober 2021"
    sent = {m.address: m for m in state.having(MailStatus.SENT)}
    assert [(s.name, s.answer) for s in state.having(MailStatus.SKIPPED)] == [
        ("Katrin Klein", "does not want e-mails")
    ]
    for message in box.messages():
        row = sent[message["To"].addresses[0].addr_spec]
        assert message["Message-ID"] == row.message_id
        assert row.answer.startswith("250 2.0.0 Ok: queued as Q")
        assert message["From"].addresses[0].addr_spec == "isa@pks-gmbh.net"
        assert message["To"].addresses[0].display_name == row.name
        assert message.get_body(("plain",)) is not None
        assert message.get_body(("html",)).get_content_type() == "text/html"
        [letter] = list(message.iter_attachments())
        family, given = letter.get_filename().removesuffix(".pdf").split("_", 1)
        assert {family, given} <= set(row.name.split())
        text = pdf_text(letter.get_content(), tmp_path)
        salutation = message.get_body(("plain",)).get_content().splitlines()[0]
        assert salutation in text and "10. Plenarversammlung der ISA" in text

    # a German recipient with an umlaut in the name, a Chinese one with a Chinese subject
    by_address = {m["To"].addresses[0].addr_spec: m for m in box.messages()}
    boehm = by_address["renate.boehm@ludwigshafen.example"]
    assert str(boehm["To"]) == "Renate Böhm <renate.boehm@ludwigshafen.example>"
    raw_head = next(
        data for found, data in box.received if found == [boehm["To"].addresses[0].addr_spec]
    )
    assert b"To: Renate =?utf-8?q?B=C3=B6hm?=" in raw_head
    guo = by_address["guo.jianguo@cipa.example"]
    assert guo["Subject"] == "邀请函：10. Plenarversammlung der ISA（2021年10月15日）"
    [guo_letter] = guo.iter_attachments()
    assert "尊敬的郭先生：" in pdf_text(guo_letter.get_content(), tmp_path)

    # each message in the contact's history, naming the mailing
    activities = email_activities(demo_db)[before:]
    assert len(activities) == 15
    assert {a.contact_id for a in activities} == {m.contact_id for m in sent.values()}
    assert all(f"mailing {outcome.mailing_id}" in a.text for a in activities)
    subjects = {a.subject for a in activities}
    assert "Einladung: 10. Plenarversammlung der ISA am 15. Oktober 2021" in subjects


def test_a_refused_recipient_is_listed_with_the_answer_and_the_run_goes_on(demo_db, mailbox):
    box, controller = mailbox
    plan = prepared(demo_db)
    box.refuse.add("renate.boehm@ludwigshafen.example")

    outcome = run.send(demo_db, plan, transport(controller))

    assert not outcome.complete and outcome.sent == plan.count - 1
    [refused] = outcome.refused
    assert refused.name == "Renate Böhm"
    assert refused.answer.startswith("550 5.1.1 <renate.boehm@ludwigshafen.example>")
    assert "User unknown" in refused.answer
    assert "renate.boehm@ludwigshafen.example" not in box.recipients()
    assert len(box.received) == plan.count - 1
    # refused is final: the mailing is finished
    assert record.state(demo_db, outcome.mailing_id).finished_at is not None


def invited_on(db, event_title: str) -> dict[str, dt.date | None]:
    with db.session() as session:
        found = session.execute(
            select(Contact.email, Participant.invited_on)
            .join(Participant, Participant.contact_id == Contact.id)
            .join(Event, Event.id == Participant.event_id)
            .where(Event.title == event_title)
        ).all()
    return dict(found)


def test_an_e_mail_invitation_dates_the_participation_as_a_letter_does(demo_db, mailbox):
    box, controller = mailbox
    plan = prepared(demo_db)
    box.refuse.add("renate.boehm@ludwigshafen.example")
    before = invited_on(demo_db, EVENT)

    run.send(demo_db, plan, transport(controller))

    after = invited_on(demo_db, EVENT)
    sent = set(box.recipients())
    assert sent and all(after[address] == dt.date.today() for address in sent)
    # the refused one was not invited by this mailing, nor those not written to
    assert after["renate.boehm@ludwigshafen.example"] == before["renate.boehm@ludwigshafen.example"]
    untouched = set(before) - sent
    assert untouched and all(after[a] == before[a] for a in untouched)


def test_a_deferred_recipient_stays_pending_and_a_resumed_run_sends_it(demo_db, mailbox):
    box, controller = mailbox
    plan = prepared(demo_db)
    box.defer.add("cao.li@jiangmen.example")

    outcome = run.send(demo_db, plan, transport(controller))
    [pending] = outcome.pending
    assert pending.answer.startswith("451 4.7.1") and pending.name == "Cao Li"
    assert record.state(demo_db, outcome.mailing_id).finished_at is None

    [listed] = record.recent(demo_db, unfinished_only=True)
    assert listed.id == outcome.mailing_id and listed.finished_at is None
    assert listed.counts == {"pending": 1, "sent": plan.count - 1, "refused": 0, "skipped": 0}
    box.defer.clear()
    again = run.resume(demo_db, outcome.mailing_id, transport(controller))
    assert record.recent(demo_db, unfinished_only=True) == []
    assert record.recent(demo_db)[0].counts["sent"] == plan.count
    assert again.complete and again.sent_now == 1 and again.sent == plan.count
    assert Counter(box.recipients())["cao.li@jiangmen.example"] == 1


def test_a_dropped_connection_stops_the_run_and_resuming_sends_the_rest(demo_db, mailbox):
    box, controller = mailbox
    plan = prepared(demo_db)
    box.drop_after = 5

    with pytest.raises(ConnectionLost) as stopped:
        run.send(demo_db, plan, transport(controller))

    message = str(stopped.value)
    assert "connection to the mail server 127.0.0.1 was lost" in message
    outcome = stopped.value.outcome
    assert f"Mailing {outcome.mailing_id}: 5 sent, {plan.count - 5} not yet" in message
    assert len(box.received) == 5
    assert len(rows(demo_db, outcome.mailing_id)["pending"]) == plan.count - 5
    assert len(rows(demo_db, outcome.mailing_id)["sent"]) == 5

    again = run.resume(demo_db, outcome.mailing_id, transport(controller))

    assert again.complete and again.sent_now == plan.count - 5
    assert sorted(box.recipients()) == sorted(addresses(plan))  # none twice, none missing
    ids = [m["Message-ID"] for m in box.messages()]
    assert len(set(ids)) == len(ids) == plan.count
    assert len(email_activities_of(demo_db, outcome.mailing_id)) == plan.count
    # a third run finds nothing to send and does not connect
    nowhere = SmtpTransport(SmtpServer("127.0.0.1", 9), timeout=5)
    assert run.resume(demo_db, outcome.mailing_id, nowhere).sent_now == 0


def email_activities_of(db, mailing_id) -> list:
    return [a for a in email_activities(db) if f"mailing {mailing_id} " in a.text]


def test_a_cancelled_run_keeps_what_was_sent_and_resumes(demo_db, mailbox):
    box, controller = mailbox
    plan = prepared(demo_db)
    progress = Progress(lambda done, total, _m: progress.cancel() if done == 3 else None)

    with pytest.raises(Cancelled) as stopped:
        run.send(demo_db, plan, transport(controller), progress)

    mailing_id = stopped.value.outcome.mailing_id
    assert len(box.received) == 3 and "3 sent" in str(stopped.value)
    seen: list[tuple[int, int]] = []
    run.resume(
        demo_db, mailing_id, transport(controller), Progress(lambda d, t, _m: seen.append((d, t)))
    )
    assert seen[-1] == (plan.count - 3, plan.count - 3)
    assert sorted(box.recipients()) == sorted(addresses(plan))


def test_a_contact_deleted_or_opted_out_before_the_resume_is_skipped(demo_db, mailbox):
    box, controller = mailbox
    plan = prepared(demo_db)
    box.drop_after = 0
    with pytest.raises(ConnectionLost) as stopped:
        run.send(demo_db, plan, transport(controller))
    mailing_id = stopped.value.outcome.mailing_id
    opted_out = change(demo_db, "Renate", "Böhm", no_email=True)
    gone = plan.contacts[-1]
    contacts.delete(demo_db, [gone.id])

    outcome = run.resume(demo_db, mailing_id, transport(controller))

    assert outcome.complete and outcome.sent == plan.count - 2
    reasons = {m.contact_id: m.answer for m in outcome.skipped}
    assert reasons[opted_out] == "does not want e-mails"
    assert reasons[None] == "the contact was deleted"


def test_the_pace_between_two_messages(demo_db, mailbox):
    _box, controller = mailbox
    first = tuple(contact.id for contact in prepared(demo_db).contacts[:3])
    three = compose.prepare(
        demo_db, "einladung", Selection(contact_ids=first, event=EVENT, event_recipients=False)
    )
    assert three.count == 3
    started = time.monotonic()
    run.send(demo_db, three, transport(controller), pace=0.3)
    assert time.monotonic() - started >= 0.6


def test_no_connection_records_nothing(demo_db):
    plan = prepared(demo_db)
    closed = SmtpTransport(SmtpServer("127.0.0.1", 9), timeout=5)  # the discard port, closed
    with pytest.raises(DeliveryError, match="No connection to the mail server 127.0.0.1:9"):
        run.send(demo_db, plan, closed)
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Mailing)) == 0
        assert session.scalar(select(func.count()).select_from(MailingMessage)) == 0


def test_a_test_message_to_oneself_is_not_recorded(demo_db, mailbox):
    box, controller = mailbox
    plan = prepared(demo_db)
    delivery = run.send_test(plan, transport(controller), "me@pks-gmbh.net")
    assert delivery.result == Result.SENT
    [message] = box.messages()
    assert box.recipients() == ["me@pks-gmbh.net"]
    assert str(message["To"]) == f"{plan.contacts[0].full_name} <me@pks-gmbh.net>"
    assert message["Subject"] == plan.subject(plan.contacts[0])
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Mailing)) == 0


def test_a_mailing_is_resumed_the_same_way_it_was_started(demo_db, tmp_path, mailbox):
    _box, controller = mailbox
    plan = prepared(demo_db)
    with pytest.raises(Cancelled) as stopped:
        cancelled = Progress()
        cancelled.cancel()
        run.send(demo_db, plan, EmlFolder(tmp_path / "drafts"), cancelled)
    mailing_id = stopped.value.outcome.mailing_id
    with pytest.raises(Exception, match="as .eml drafts"):
        run.resume(demo_db, mailing_id, transport(controller))
