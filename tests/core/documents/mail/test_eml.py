"""The mailing as .eml drafts: one file per recipient, named like the letters' PDFs, opened
by Python's e-mail parser with X-Unsent for Outlook; a run stopped by a file that cannot
be written, resumed under the same names."""

from __future__ import annotations

import email
from email import policy

import pytest

from isa_desk.core.db.models import MailMode, MailStatus
from isa_desk.core.documents.mail import record, run
from isa_desk.core.documents.mail.delivery import DeliveryError, EmlFolder
from isa_desk.core.services import contact_merge, contacts, events, undo
from tests.core.documents.mail.plenary import contact_id, email_activities, prepared


def read(path):
    with path.open("rb") as handle:
        return email.message_from_binary_file(handle, policy=policy.default)


def expected_names(plan) -> list[str]:
    return sorted(f"{c.family_name}_{c.given_name}.eml" for c in plan.contacts)


def test_one_draft_per_recipient_that_outlook_opens_unsent(demo_db, tmp_path):
    drafts = tmp_path / "Entwürfe"
    plan = prepared(demo_db, attach_letter=True)
    before = len(email_activities(demo_db))

    outcome = run.send(demo_db, plan, EmlFolder(drafts))

    assert outcome.complete and outcome.mode == MailMode.EML and outcome.target == str(drafts)
    assert sorted(path.name for path in drafts.iterdir()) == expected_names(plan)
    draft = read(drafts / "Böhm_Renate.eml")
    assert draft["X-Unsent"] == "1"
    assert str(draft["To"]) == "Renate Böhm <renate.boehm@ludwigshafen.example>"
    assert draft["Subject"] == "Einladung: 10. Plenarversammlung der ISA am 15. Oktober 2021"
    assert draft.get_body(("plain",)).get_content().startswith("Sehr geehrte Frau")
    [letter] = draft.iter_attachments()
    assert letter.get_filename() == "Böhm_Renate.pdf"
    assert letter.get_content().startswith(b"%PDF")
    chinese = read(drafts / "Guo_Jianguo.eml")
    assert chinese["Subject"].startswith("邀请函：")
    # the history names the draft's file
    activities = email_activities(demo_db)[before:]
    assert len(activities) == plan.count
    assert any(str(drafts / "Böhm_Renate.eml") in a.text for a in activities)
    assert all(a.text.startswith("E-mail draft of the mailing") for a in activities)


def test_a_file_that_cannot_be_written_stops_the_run_and_resuming_keeps_the_names(
    demo_db, tmp_path
):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "Fischer_Julia.eml").mkdir()  # a folder in the way
    plan = prepared(demo_db)

    with pytest.raises(DeliveryError, match="Fischer_Julia.eml") as stopped:
        run.send(demo_db, plan, EmlFolder(drafts))

    mailing_id = stopped.value.outcome.mailing_id
    written = sorted(path.name for path in drafts.iterdir() if path.is_file())
    assert 0 < len(written) < plan.count
    assert not [p for p in drafts.iterdir() if p.name.startswith(".~")]  # no half file
    (drafts / "Fischer_Julia.eml").rmdir()

    outcome = run.resume(demo_db, mailing_id, EmlFolder(drafts))

    assert outcome.complete and outcome.sent == plan.count
    assert sorted(path.name for path in drafts.iterdir()) == expected_names(plan)
    state = record.state(demo_db, mailing_id)
    assert state.finished_at is not None


def test_deleting_a_contact_or_the_event_keeps_the_mailing_and_undo_links_them_again(
    demo_db, tmp_path
):
    plan = prepared(demo_db)
    outcome = run.send(demo_db, plan, EmlFolder(tmp_path / "drafts"))
    boehm = next(c.id for c in plan.contacts if c.family_name == "Böhm")
    event = plan.letters.event.id

    gone = contacts.delete(demo_db, [boehm])
    cancelled = events.delete(demo_db, [event])

    state = record.state(demo_db, outcome.mailing_id)
    assert state.event_id is None
    row = next(m for m in state.messages if m.name == "Renate Böhm")
    assert row.contact_id is None and row.status == MailStatus.SENT
    assert row.address == "renate.boehm@ludwigshafen.example"
    undo.restore(demo_db, cancelled)
    undo.restore(demo_db, gone)
    state = record.state(demo_db, outcome.mailing_id)
    assert state.event_id == event
    assert next(m for m in state.messages if m.name == "Renate Böhm").contact_id == boehm


def test_merging_contacts_moves_their_mailing_rows(demo_db, tmp_path):
    plan = prepared(demo_db)
    outcome = run.send(demo_db, plan, EmlFolder(tmp_path / "drafts"))
    boehm, cao = (
        next(c.id for c in plan.contacts if c.family_name == family) for family in ("Böhm", "Cao")
    )
    outsider = contact_id(demo_db, "Monika", "Schmidt")  # declined: not in the mailing

    contact_merge.merge(demo_db, outsider, boehm, {})
    contact_merge.merge(demo_db, outsider, cao, {})

    rows = {m.name: m.contact_id for m in record.state(demo_db, outcome.mailing_id).messages}
    assert rows["Renate Böhm"] == outsider  # the history goes over to the contact kept
    assert rows["Cao Li"] is None  # the kept one has its row of this mailing already
