"""Membership inquiries: the list and its filters, new inquiries and bad input, the
pipeline with its history, acceptance as a member, the due list on the demo data."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Activity, Contact, Inquiry, Member
from isa_desk.core.errors import ConflictError, ValidationError
from isa_desk.core.services import contacts, members, organisations, undo
from isa_desk.core.services import inquiries as service
from isa_desk.core.services.inquiries import InquiryQuery

TODAY = dt.date(2024, 3, 12)
DEMO_TODAY = dt.date(2021, 9, 30)


def record_counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {
            model.__name__: session.scalar(select(func.count()).select_from(model))
            for model in (Member, Contact, Inquiry, Activity)
        }


def subjects(db: Database, inquiry_id: int) -> list[str]:
    """The history's subjects, oldest first."""
    return [a.subject for a in reversed(service.history(db, inquiry_id))]


def new_city_data(**changes) -> dict:
    data = {
        "city": {
            "name": "Talbrück",
            "name_zh": "塔尔布吕克",
            "kind": "city",
            "country": "DE",
            "region": "Nordrhein-Westfalen",
        },
        "contact": {
            "gender": "female",
            "title": "Dr.",
            "given_name": "Miriam",
            "family_name": "Schmidt",
            "position": "Leiterin Wirtschaftsförderung",
            "email": "m.schmidt@talbrueck.example",
        },
        "channel": "email",
        "received_on": TODAY - dt.timedelta(days=2),
        "summary": "Fragt nach Kosten und Ablauf der Mitgliedschaft.",
        "assigned_to": "a.winter",
        "next_follow_up": TODAY + dt.timedelta(days=7),
    }
    data.update(changes)
    return data


@pytest.fixture
def talbrueck(db):
    return service.create(db, new_city_data(), today=TODAY)


# -- new inquiries ---------------------------------------------------------------------------


def test_create_with_a_new_city_and_contact(db, talbrueck):
    inquiry = talbrueck
    assert inquiry.status == "new" and inquiry.closed_on is None
    assert inquiry.member.name == "Talbrück" and inquiry.member.name_zh == "塔尔布吕克"
    assert inquiry.member.status == "prospect" and inquiry.member.member_since is None
    assert inquiry.contact.full_name == "Miriam Schmidt"
    assert contacts.get(db, inquiry.contact_id).member_id == inquiry.member_id
    assert inquiry.contact.country == "DE"  # taken from the city
    assert inquiry.next_follow_up == TODAY + dt.timedelta(days=7)
    [first] = service.history(db, inquiry.id)
    assert (first.kind, first.subject) == ("email", "Inquiry received")
    assert first.text.startswith("Fragt nach Kosten")
    assert first.occurred_at.date() == TODAY - dt.timedelta(days=2)
    assert first.contact_id == inquiry.contact_id and first.member_id == inquiry.member_id


def test_create_for_an_existing_prospect_and_contact(db, mueller):
    city = members.create(db, {"name": "Kesselfeld", "country": "DE", "status": "prospect"})
    inquiry = service.create(
        db, {"member_id": city.id, "contact_id": mueller.id, "channel": "phone"}, today=TODAY
    )
    assert (inquiry.member_id, inquiry.contact_id) == (city.id, mueller.id)
    assert inquiry.received_on == TODAY and inquiry.next_follow_up is None
    assert service.history(db, inquiry.id)[0].kind == "call"
    assert contacts.get(db, mueller.id).member_id == mueller.member_id  # left as it was


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"next_follow_up": TODAY - dt.timedelta(days=1)}, "next_follow_up"),
        ({"received_on": TODAY + dt.timedelta(days=1)}, "received_on"),
        ({"city": None}, "city"),
        ({"city": {"name": "  ", "country": "DE"}}, "city"),
        ({"city": {"name": "Talbrück", "country": "Atlantis"}}, "country"),
        ({"contact": None}, "contact"),
        ({"contact": {"country": "DE"}}, "contact"),
        ({"contact": {"family_name": "Schmidt", "email": "not an address"}}, "email"),
        ({"contact_id": 999}, "contact_id"),
        ({"member_id": 999}, "member_id"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(db, changes, field):
    before = record_counts(db)
    with pytest.raises(ValidationError) as error:
        service.create(db, new_city_data(**changes), today=TODAY)
    assert error.value.field == field
    assert str(error.value)
    assert record_counts(db) == before


def test_follow_up_in_the_past_names_the_date(db):
    with pytest.raises(ValidationError, match="2024-03-11.*past"):
        service.create(db, new_city_data(next_follow_up=dt.date(2024, 3, 11)), today=TODAY)
    # today itself is fine
    service.create(db, new_city_data(next_follow_up=TODAY), today=TODAY)


def test_a_member_or_a_city_with_an_open_inquiry_cannot_make_another(db, duren, mueller, talbrueck):
    with pytest.raises(ValidationError, match="already a member"):
        service.create(db, {"member_id": duren.id, "contact_id": mueller.id}, today=TODAY)
    with pytest.raises(ValidationError, match="already has an open inquiry"):
        service.create(
            db, {"member_id": talbrueck.member_id, "contact_id": mueller.id}, today=TODAY
        )
    with pytest.raises(ValidationError, match="already in the database") as error:
        service.create(db, new_city_data(contact_id=mueller.id, contact=None), today=TODAY)
    assert error.value.field == "city"


# -- the pipeline ----------------------------------------------------------------------------


def test_walk_through_every_status_to_a_new_member(db, talbrueck):
    inquiry_id, member_id = talbrueck.id, talbrueck.member_id
    city_hall = organisations.create(db, {"name": "Stadt Talbrück", "member_id": member_id})
    for status in ("in_contact", "documents_sent"):
        service.change_status(db, inquiry_id, status, today=TODAY)
    inquiry = service.change_status(
        db, inquiry_id, "application_received", note="Antrag per Post", today=TODAY
    )
    assert members.get(db, member_id).status == "applicant"
    assert inquiry.next_follow_up == TODAY + dt.timedelta(days=7)  # still followed up
    inquiry = service.accept(db, inquiry_id, member_since=dt.date(2024, 3, 1), today=TODAY)
    assert (inquiry.status, inquiry.closed_on, inquiry.next_follow_up) == ("accepted", TODAY, None)
    member = members.get(db, member_id)
    assert (member.status, member.member_since) == ("member", dt.date(2024, 3, 1))
    assert [c.id for c in member.contacts] == [talbrueck.contact_id]
    assert [o.id for o in member.organisations] == [city_hall.id]
    assert subjects(db, inquiry_id) == [
        "Inquiry received",
        "Status: New → In contact",
        "Status: In contact → Documents sent",
        "Status: Documents sent → Application received",
        "Talbrück is a member since 2024-03-01.",
        "Status: Application received → Accepted",
    ]
    history = service.history(db, inquiry_id)
    assert any(a.text == "Antrag per Post" for a in history)
    assert all(a.member_id == member_id for a in history)  # the city's history shows it too
    with pytest.raises(ConflictError, match="cannot change"):
        service.change_status(db, inquiry_id, "in_contact", today=TODAY)


def test_accept_makes_a_member_since_today_by_default(db, talbrueck):
    service.accept(db, talbrueck.id, today=TODAY)
    assert members.get(db, talbrueck.member_id).member_since == TODAY


def test_accepting_a_city_that_is_a_member_already_offers_a_choice(db, talbrueck):
    members.update(
        db,
        talbrueck.member_id,
        {"status": "member", "member_since": dt.date(2020, 1, 1)},
        members.get(db, talbrueck.member_id).version,
    )
    before = record_counts(db)
    with pytest.raises(service.AlreadyMemberError, match="already a member") as error:
        service.accept(db, talbrueck.id, today=TODAY)
    assert error.value.since == dt.date(2020, 1, 1)
    assert service.get(db, talbrueck.id).status == "new"
    assert record_counts(db) == before
    inquiry = service.accept(db, talbrueck.id, keep_member=True, today=TODAY)
    assert inquiry.status == "accepted"
    assert members.get(db, talbrueck.member_id).member_since == dt.date(2020, 1, 1)


@pytest.mark.parametrize("close", [service.decline, service.withdraw])
def test_closed_inquiries_stay_searchable_and_can_be_reopened(db, talbrueck, close):
    service.change_status(db, talbrueck.id, "application_received", today=TODAY)
    inquiry = close(db, talbrueck.id, note="Rat hat abgelehnt", today=TODAY)
    assert inquiry.closed_on == TODAY and inquiry.next_follow_up is None
    assert members.get(db, talbrueck.member_id).status == "prospect"
    assert service.count(db, InquiryQuery(text="talbruck")) == 1
    assert service.count(db, InquiryQuery(status=service.CLOSED)) == 1
    assert service.count(db, InquiryQuery(status=service.OPEN)) == 0
    assert service.history(db, talbrueck.id)[0].text == "Rat hat abgelehnt"
    reopened = service.change_status(db, talbrueck.id, "in_contact", today=TODAY)
    assert reopened.closed_on is None


def test_a_closed_inquiry_is_not_reopened_beside_an_open_one(db, talbrueck, mueller):
    service.withdraw(db, talbrueck.id, today=TODAY)
    service.create(db, {"member_id": talbrueck.member_id, "contact_id": mueller.id}, today=TODAY)
    with pytest.raises(ConflictError, match="another open inquiry"):
        service.change_status(db, talbrueck.id, "new", today=TODAY)


def test_assignee_changes_are_written_to_the_history(db, talbrueck):
    service.assign(db, talbrueck.id, "t.brandt")
    service.assign(db, talbrueck.id, "t.brandt")  # no change, no entry
    service.assign(db, talbrueck.id, "")
    assert subjects(db, talbrueck.id)[1:] == [
        "Assigned to: a.winter → t.brandt",
        "Assigned to: t.brandt → nobody",
    ]


def test_update_saves_fields_status_and_assignee_in_one_go(db, talbrueck, mueller):
    inquiry = service.update(
        db,
        talbrueck.id,
        {
            "summary": "Neu",
            "contact_id": mueller.id,
            "assigned_to": "t.brandt",
            "status": "in_contact",
            "next_follow_up": TODAY,
        },
        talbrueck.version,
        today=TODAY,
    )
    assert (inquiry.summary, inquiry.contact_id, inquiry.status) == (
        "Neu",
        mueller.id,
        "in_contact",
    )
    assert subjects(db, talbrueck.id)[1:] == [
        "Assigned to: a.winter → t.brandt",
        "Status: New → In contact",
    ]
    with pytest.raises(ConflictError, match="changed by someone else"):
        service.update(db, talbrueck.id, {"summary": "Alt"}, talbrueck.version, today=TODAY)
    with pytest.raises(ValidationError) as error:
        service.update(db, talbrueck.id, {"contact_id": None}, inquiry.version, today=TODAY)
    assert error.value.field == "contact_id"
    assert service.get(db, talbrueck.id).summary == "Neu"


def test_an_overdue_date_may_stay_but_no_new_date_in_the_past(db, talbrueck):
    later = TODAY + dt.timedelta(days=30)
    inquiry = service.update(
        db,
        talbrueck.id,
        {"summary": "x", "next_follow_up": talbrueck.next_follow_up},
        talbrueck.version,
        today=later,
    )
    assert inquiry.summary == "x"
    with pytest.raises(ValidationError):
        service.update(db, talbrueck.id, {"next_follow_up": TODAY}, inquiry.version, today=later)


def test_log_a_call_and_set_the_next_follow_up(db, talbrueck):
    activity = service.log_activity(
        db,
        talbrueck.id,
        "call",
        "Rückruf: Ratsbeschluss im Mai",
        next_follow_up=TODAY + dt.timedelta(days=14),
        today=TODAY,
    )
    assert activity.kind == "call" and activity.contact_id == talbrueck.contact_id
    assert service.get(db, talbrueck.id).next_follow_up == TODAY + dt.timedelta(days=14)
    before = record_counts(db)
    with pytest.raises(ValidationError):
        service.log_activity(
            db, talbrueck.id, "call", "x", next_follow_up=TODAY - dt.timedelta(days=1), today=TODAY
        )
    with pytest.raises(ValidationError):
        service.log_activity(db, talbrueck.id, "note", "  ")
    assert record_counts(db) == before


def test_delete_and_undo(db, talbrueck):
    before = record_counts(db)
    deleted = service.delete(db, [talbrueck.id])
    assert record_counts(db)["Inquiry"] == before["Inquiry"] - 1
    assert record_counts(db)["Member"] == before["Member"]  # the city stays
    undo.restore(db, deleted)
    assert record_counts(db) == before
    assert subjects(db, talbrueck.id) == ["Inquiry received"]


# -- the list --------------------------------------------------------------------------------


def ids(db, **query) -> list[str]:
    return [row.city for row in service.page(db, InquiryQuery(today=DEMO_TODAY, **query), 0, 100)]


def test_rows_of_the_demo_list(demo_db):
    rows = {row.city: row for row in service.page(demo_db, InquiryQuery(today=DEMO_TODAY), 0, 100)}
    assert len(rows) == 9
    kessel = rows["Kesselfeld"]
    assert (kessel.status, kessel.country, kessel.days_open) == ("in_contact", "DE", 40)
    assert kessel.overdue and not kessel.due_today and kessel.contact
    assert rows["Talbrück"].due_today and not rows["Talbrück"].overdue
    assert rows["Brunnfelden"].days_open == 190  # closed ten days ago, after 190 days
    assert not rows["Brunnfelden"].overdue
    assert rows["Yunfeng"].city_zh == "云峰市" and "(" in rows["Yunfeng"].contact


def test_filters_of_the_list(demo_db):
    assert ids(demo_db, status="in_contact") == ["Baixi", "Kesselfeld", "Hohenmoor"]
    assert len(ids(demo_db, status=service.OPEN)) == 6
    assert sorted(ids(demo_db, status=service.CLOSED)) == [
        "Brunnfelden",
        "Landkreis Wiesengrund",
        "Qingtan",
    ]
    assert set(ids(demo_db, country="CN")) == {"Yunfeng", "Songhai", "Baixi", "Qingtan"}
    assert ids(demo_db, due=True) == ["Baixi", "Kesselfeld", "Songhai", "Talbrück"]
    for name in service.assignees(demo_db):
        assert all(
            row.assigned_to == name
            for row in service.page(demo_db, InquiryQuery(assigned_to=name), 0, 100)
        )
    assert ids(demo_db, text="talbruck") == ["Talbrück"]
    assert ids(demo_db, text="云峰") == ["Yunfeng"]
    assert ids(demo_db, text="delegationsreise") == ["Hohenmoor"]
    query = InquiryQuery(due=True, country="DE", today=DEMO_TODAY)
    assert service.count(demo_db, query) == 2
    assert service.countries(demo_db) == ["CN", "DE"]


def test_sorting_and_paging(demo_db):
    statuses = [
        r.status
        for r in service.page(demo_db, InquiryQuery(sort="status", today=DEMO_TODAY), 0, 100)
    ]
    order = [s.value for s in service.InquiryStatus]
    assert statuses == sorted(statuses, key=order.index)
    days = [
        r.days_open
        for r in service.page(
            demo_db, InquiryQuery(sort="days_open", descending=True, today=DEMO_TODAY), 0, 100
        )
    ]
    assert days == sorted(days, reverse=True)
    query = InquiryQuery(sort="city", today=DEMO_TODAY)
    pages = [r.city for offset in (0, 4, 8) for r in service.page(demo_db, query, offset, 4)]
    assert pages == sorted(ids(demo_db), key=str.casefold) == ids(demo_db, sort="city")


def test_due_list_and_counts_on_the_demo_data(demo_db):
    due = service.due(demo_db, DEMO_TODAY)
    assert [row.city for row in due] == ["Baixi", "Kesselfeld", "Songhai", "Talbrück"]
    assert all(row.is_open and row.next_follow_up <= DEMO_TODAY for row in due)
    assert service.due_counts(demo_db, DEMO_TODAY) == (2, 2)
    assert service.counts(demo_db) == {
        "new": 1,
        "in_contact": 3,
        "documents_sent": 1,
        "application_received": 1,
        "accepted": 1,
        "declined": 1,
        "withdrawn": 1,
    }
    # a week later Yunfeng is due as well
    assert len(service.due(demo_db, DEMO_TODAY + dt.timedelta(days=7))) == 5


def test_candidates_are_the_cities_that_are_not_members(demo_db):
    names = [name for _id, name in service.candidates(demo_db)]
    assert "Yunfeng (云峰市)" in names and "Talbrück" in names
    assert not any(name.startswith("Foshan") for name in names)
