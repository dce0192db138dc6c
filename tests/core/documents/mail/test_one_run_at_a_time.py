"""Two computers on one team server (or two programs on one file) sending the same
mailing at once: the second run is refused before it connects, and no recipient gets a
message twice."""

from __future__ import annotations

import threading
from collections import Counter

import pytest

from isa_desk.core.db.audit import current_user
from isa_desk.core.db.engine import Database
from isa_desk.core.documents.mail import record, run
from isa_desk.core.documents.mail.delivery import SmtpServer, SmtpTransport
from isa_desk.core.errors import Cancelled
from isa_desk.core.progress import Progress
from tests.core.db.holders import run_elsewhere
from tests.core.documents.mail.plenary import prepared


def transport(controller) -> SmtpTransport:
    return SmtpTransport(SmtpServer("127.0.0.1", controller.port))


@pytest.fixture
def colleague(demo_db):
    """The same database, opened by a second computer."""
    other = Database.open(demo_db.target)
    yield other
    other.close()


def each_once(box, plan) -> bool:
    counts = Counter(box.recipients())
    return sorted(counts) == sorted(c.email for c in plan.contacts) and set(counts.values()) == {1}


def test_a_mailing_being_sent_is_not_resumed_elsewhere(demo_db, colleague, mailbox):
    box, controller = mailbox
    plan = prepared(demo_db)
    sending, go_on = threading.Event(), threading.Event()

    def pause_after_two(done, _total, _message) -> None:
        if done == 2:
            sending.set()
            go_on.wait(30)

    outcome: list = []
    first = threading.Thread(
        target=lambda: outcome.append(
            run.send(demo_db, plan, transport(controller), Progress(pause_after_two))
        )
    )
    first.start()
    try:
        assert sending.wait(30)
        mailing_id = record.recent(colleague)[0].id
        with pytest.raises(run.MailingBusy, match=f"The mailing {mailing_id} is being sent"):
            run.resume(colleague, mailing_id, transport(controller))
        assert len(box.received) == 2  # the refused run sent nothing
    finally:
        go_on.set()
        first.join(60)
    assert outcome[0].complete and outcome[0].sent_now == plan.count
    assert each_once(box, plan)
    # the run is over: the mailing is free again, with nothing left to send
    assert run.resume(colleague, mailing_id, transport(controller)).sent_now == 0


def test_two_resumes_at_once_send_every_message_once(demo_db, colleague, mailbox):
    box, controller = mailbox
    plan = prepared(demo_db)
    stop_after_three = Progress(lambda done, _t, _m: stop_after_three.cancel() if done == 3 else 0)
    with pytest.raises(Cancelled) as stopped:
        run.send(demo_db, plan, transport(controller), stop_after_three)
    mailing_id = stopped.value.outcome.mailing_id
    barrier = threading.Barrier(2)
    results: list = []

    def resume(database: Database) -> None:
        barrier.wait(30)
        try:
            # a pause between two messages: the run lasts while the other one starts
            results.append(run.resume(database, mailing_id, transport(controller), pace=0.2))
        except run.MailingBusy as busy:
            results.append(busy)

    threads = [threading.Thread(target=resume, args=(d,)) for d in (demo_db, colleague)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    refused = [r for r in results if isinstance(r, run.MailingBusy)]
    done = [r for r in results if isinstance(r, run.Outcome)]
    assert len(refused) == 1 and len(done) == 1, results
    assert done[0].complete and done[0].sent_now == plan.count - 3
    assert each_once(box, plan)


def test_a_run_on_another_computer_is_named_in_the_refusal(demo_db, mailbox):
    box, controller = mailbox
    plan = prepared(demo_db)
    box.drop_after = 4
    with pytest.raises(Exception) as stopped:  # the connection drops: 4 sent, a resume will do
        run.send(demo_db, plan, transport(controller))
    mailing_id = stopped.value.outcome.mailing_id
    with run_elsewhere(demo_db.target, "mailing", mailing_id) as other:
        with pytest.raises(run.MailingBusy) as busy:
            run.resume(demo_db, mailing_id, transport(controller))
        assert f"by {current_user()} on " in str(busy.value)
        assert "resume the mailing to send what is left" in str(busy.value)
        assert len(box.received) == 4
        other.stdin.close()  # that run ends
        other.wait(timeout=30)
    outcome = run.resume(demo_db, mailing_id, transport(controller))
    assert outcome.complete and outcome.sent_now == plan.count - 4
    assert each_once(box, plan)
