"""Retention: the rules, what is due for review, removing old audit values, deleting
finished inquiries, and the monthly reminder."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, update

from isa_desk.core.db.models import (
    Activity,
    AuditEntry,
    Contact,
    Event,
    Inquiry,
    InquiryStatus,
    Mailing,
    MailingMessage,
    MailMode,
    MailStatus,
    Member,
    Participant,
    Setting,
)
from isa_desk.core.errors import NotFoundError, ValidationError
from isa_desk.core.privacy import retention
from isa_desk.core.privacy.marker import ERASED
from isa_desk.core.privacy.retention import RetentionRules
from isa_desk.core.services import contacts, undo

TODAY = dt.date(2026, 6, 15)
LONG_AGO = dt.datetime(2020, 3, 1, 10, 0)  # past every default rule on TODAY
LATELY = dt.datetime(2026, 5, 1, 10, 0)


def person(db, given: str, family: str, **more) -> int:
    return contacts.create(db, {"given_name": given, "family_name": family, **more}).id


def last_changed(db, contact_id: int, when: dt.datetime) -> None:
    with db.transaction() as session:
        session.execute(update(Contact).where(Contact.id == contact_id).values(updated_at=when))


def add(db, *records) -> None:
    with db.transaction() as session:
        session.add_all(records)


# -- the rules -----------------------------------------------------------------------------


def test_rules_have_defaults_until_saved_and_read_back_as_saved(db):
    assert retention.rules(db) == RetentionRules(36, 24, 60)

    retention.save_rules(db, RetentionRules(inactive_contacts=12, finished_inquiries=0))

    assert retention.rules(db) == RetentionRules(12, 0, 60)
    with db.session() as session:
        assert session.get(Setting, "privacy.retention.inactive_contacts").value == "12"


@pytest.mark.parametrize("wrong", [-1, 601, 2.5, True, "zwölf", None])
def test_a_rule_must_be_whole_months_from_0_to_600(db, wrong):
    retention.save_rules(db, RetentionRules(inactive_contacts=7))

    with pytest.raises(ValidationError) as raised:
        retention.save_rules(db, RetentionRules(finished_inquiries=wrong))  # type: ignore[arg-type]

    assert raised.value.field == "finished_inquiries"
    assert "Finished inquiries" in str(raised.value) and "600" in str(raised.value)
    assert retention.rules(db).inactive_contacts == 7  # nothing of the refused save stored


def test_months_typed_as_text_are_accepted_and_600_is_the_most(db):
    saved = retention.save_rules(db, RetentionRules(" 600", "0", 1))  # type: ignore[arg-type]

    assert saved == RetentionRules(600, 0, 1) == retention.rules(db)


def test_an_unreadable_stored_rule_counts_as_its_default(db):
    with db.transaction() as session:
        session.add(Setting(key="privacy.retention.audit_values", value="viele"))

    assert retention.rules(db).audit_values == 60


def test_months_before_keeps_the_day_or_takes_the_last_of_a_shorter_month():
    assert retention.months_before(dt.date(2026, 6, 15), 36) == dt.date(2023, 6, 15)
    assert retention.months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert retention.months_before(dt.date(2026, 1, 10), 13) == dt.date(2024, 12, 10)


# -- contacts nobody heard of --------------------------------------------------------------


def test_due_lists_exactly_the_contacts_without_a_sign_of_life_since_the_limit(db):
    quiet = person(db, "Anna", "Alt")
    inactive = person(db, "Bernd", "Bleibt", active=False)
    old_note = person(db, "Carla", "Chronik")
    saved_lately = person(db, "Dora", "Neu")
    noted_lately = person(db, "Emil", "Notiz")
    invited_lately = person(db, "Fritz", "Fest")
    mailed_lately = person(db, "Gina", "Post")
    for contact_id in (quiet, inactive, old_note, noted_lately, invited_lately, mailed_lately):
        last_changed(db, contact_id, LONG_AGO)
    last_changed(db, saved_lately, LATELY)
    event = Event(title="Jahrestagung", starts_at=LATELY)
    mailing = Mailing(template_key="einladung", mode=MailMode.SMTP)
    add(
        db,
        Activity(contact_id=old_note, occurred_at=dt.datetime(2021, 2, 3, 9, 30), subject="Anruf"),
        Activity(contact_id=noted_lately, occurred_at=LATELY, subject="Anruf"),
        event,
        mailing,
    )
    add(
        db,
        Participant(event_id=event.id, contact_id=invited_lately),
        MailingMessage(
            mailing_id=mailing.id, contact_id=mailed_lately, status=MailStatus.SENT, sent_at=LATELY
        ),
    )
    with db.transaction() as session:  # the invitation itself is old; the mail is not
        session.execute(update(Participant).values(updated_at=LATELY))

    review = retention.due(db, TODAY)

    assert [(c.id, c.name, c.last_seen) for c in review.contacts] == [
        (quiet, "Anna Alt", LONG_AGO),
        (inactive, "Bernd Bleibt", LONG_AGO),
        (old_note, "Carla Chronik", dt.datetime(2021, 2, 3, 9, 30)),
    ]
    assert review.contact_count == 3
    assert [c.active for c in review.contacts] == [True, False, True]


def test_an_old_invitation_or_mail_is_no_sign_of_life_and_a_name_in_characters_is_shown(db):
    written = Contact(name_zh="张伟", email="zhang@example.cn")
    nameless = Contact(email="info@example.org")  # as an import may have left it
    add(db, written, nameless)
    zhang, nameless = written.id, nameless.id
    for contact_id in (zhang, nameless):
        last_changed(db, contact_id, LONG_AGO)
    event = Event(title="Forum", starts_at=LONG_AGO)
    add(db, event)
    add(db, Participant(event_id=event.id, contact_id=zhang))
    with db.transaction() as session:
        session.execute(update(Participant).values(updated_at=dt.datetime(2022, 1, 1)))

    review = retention.due(db, TODAY)

    assert [(c.name, c.last_seen) for c in review.contacts] == [
        ("info@example.org", LONG_AGO),
        ("张伟", dt.datetime(2022, 1, 1)),
    ]


def test_a_rule_of_0_keeps_for_ever(db):
    last_changed(db, person(db, "Anna", "Alt"), LONG_AGO)
    retention.save_rules(db, RetentionRules(0, 0, 0))

    review = retention.due(db, TODAY)

    assert review.empty and review.contacts == () and review.audit_before is None
    assert not retention.anything_due(db, TODAY)


# -- finished inquiries --------------------------------------------------------------------


def inquiry(member_id: int, status: InquiryStatus, closed_on: dt.date | None) -> Inquiry:
    return Inquiry(
        member_id=member_id, status=status, closed_on=closed_on, received_on=dt.date(2019, 1, 1)
    )


def test_due_lists_the_inquiries_finished_longer_ago_than_the_limit(db):
    city, other = Member(name="Zwickau", country="DE"), Member(name="Wuhan", country="CN")
    add(db, city, other)
    declined = inquiry(city.id, InquiryStatus.DECLINED, dt.date(2024, 6, 14))
    accepted_lately = inquiry(other.id, InquiryStatus.ACCEPTED, dt.date(2024, 6, 15))
    still_open = inquiry(other.id, InquiryStatus.IN_CONTACT, None)
    withdrawn_undated = inquiry(other.id, InquiryStatus.WITHDRAWN, None)
    add(db, declined, accepted_lately, still_open, withdrawn_undated)
    with db.transaction() as session:
        session.execute(update(Inquiry).values(updated_at=LONG_AGO))

    review = retention.due(db, TODAY)

    assert [(i.id, i.member, i.status, i.closed_on) for i in review.inquiries] == [
        (withdrawn_undated.id, "Wuhan", InquiryStatus.WITHDRAWN, LONG_AGO.date()),
        (declined.id, "Zwickau", InquiryStatus.DECLINED, dt.date(2024, 6, 14)),
    ]
    assert review.inquiry_count == 2


def test_finished_inquiries_are_deleted_so_that_undo_brings_them_back(db):
    city = Member(name="Zwickau", country="DE")
    add(db, city)
    declined = inquiry(city.id, InquiryStatus.DECLINED, dt.date(2020, 1, 1))
    still_open = inquiry(city.id, InquiryStatus.NEW, None)
    add(db, declined, still_open)
    add(db, Activity(inquiry_id=declined.id, member_id=city.id, subject="Absage"))

    deleted = retention.delete_finished_inquiries(db, [declined.id, still_open.id])

    assert deleted.count("inquiry") == 1 and deleted.count("activity") == 1
    with db.session() as session:
        assert session.scalars(select(Inquiry.id)).all() == [still_open.id]
    undo.restore(db, deleted)
    with db.session() as session:
        assert sorted(session.scalars(select(Inquiry.id))) == [declined.id, still_open.id]
    with pytest.raises(NotFoundError):
        retention.delete_finished_inquiries(db, [still_open.id])


# -- old values in the audit trail ---------------------------------------------------------


def audit_entries(db) -> dict[int, AuditEntry]:
    with db.session() as session:
        return {entry.id: entry for entry in session.scalars(select(AuditEntry))}


def dated(db, ids, when: dt.datetime) -> None:
    with db.transaction() as session:
        session.execute(update(AuditEntry).where(AuditEntry.id.in_(ids)).values(at=when))


def test_old_audit_values_are_counted_and_replaced_by_the_marker_while_entries_stay(db):
    city = Member(name="Zwickau", country="DE")
    add(db, city)
    anna = person(db, "Anna", "Alt", email="anna@example.org", member_id=city.id)
    contacts.update(db, anna, {"email": "anna.alt@example.org"}, 1)
    old = sorted(audit_entries(db))
    person(db, "Dora", "Neu")  # its entry is recent
    dated(db, old, LONG_AGO)

    review = retention.due(db, TODAY)
    assert review.audit_count == len(old) == 3
    assert review.audit_before == dt.datetime(2021, 6, 15)

    assert retention.thin_audit_values(db, review.audit_before) == 3

    after = audit_entries(db)
    assert len([e for e in after.values() if e.entity != "setting"]) == 4
    created, changed = (json.loads(after[i].changes) for i in old[1:])
    assert created["family_name"] == ERASED and created["member_id"] == city.id
    assert changed == {"email": [ERASED, ERASED]}
    assert after[old[1]].summary == f"#{anna}" and after[old[0]].summary == "Zwickau"
    assert json.loads(after[old[0]].changes)["name"] == ERASED
    recent = after[old[-1] + 1]
    assert "Neu" in recent.changes and recent.summary == "Dora Neu"
    assert retention.due(db, TODAY).audit_count == 0
    assert retention.thin_audit_values(db, review.audit_before) == 0


def test_an_entry_with_nothing_to_remove_is_not_counted_again_after_thinning(db):
    city = Member(name="Zwickau", country="DE")
    add(db, city)
    anna = person(db, "Anna", "Alt")
    contacts.update(db, anna, {"member_id": city.id}, 1)  # an id is kept: nothing changes
    dated(db, list(audit_entries(db)), LONG_AGO)
    before = dt.date(2021, 6, 15)

    assert retention.thin_audit_values(db, before) == 3

    assert retention.due(db, TODAY).audit_count == 0
    assert not retention.anything_due(db, TODAY)


# -- the monthly reminder ------------------------------------------------------------------


def test_the_reminder_comes_monthly_and_only_when_something_is_due(db):
    assert not retention.reminder_due(db, TODAY)  # nothing due yet, never reviewed
    last_changed(db, person(db, "Anna", "Alt"), LONG_AGO)
    assert retention.reminder_due(db, TODAY)

    retention.mark_reviewed(db, TODAY)

    assert retention.reviewed_on(db) == TODAY
    assert not retention.reminder_due(db, TODAY)
    assert not retention.reminder_due(db, dt.date(2026, 7, 14))
    assert retention.reminder_due(db, dt.date(2026, 7, 15))


def test_an_unreadable_review_date_counts_as_never_reviewed(db):
    last_changed(db, person(db, "Anna", "Alt"), LONG_AGO)
    with db.transaction() as session:
        session.add(Setting(key="privacy.reviewed_on", value="gestern"))

    assert retention.reviewed_on(db) is None
    assert retention.reminder_due(db, TODAY)
