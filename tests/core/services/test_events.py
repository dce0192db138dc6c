"""Events and their participants against a real SQLite file: the list with its counts,
create/change/delete with undo, invitations from every source without doubles, the way
through the statuses with the registration date, quick registration, and the demo event."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from isa_desk.core.db.models import Participant
from isa_desk.core.errors import ConflictError, NotFoundError, ValidationError
from isa_desk.core.services import contacts, events, participants, quick, undo
from isa_desk.core.services.common import ListQuery
from isa_desk.core.services.participants import EventParticipants, ParticipantQuery

DAY = dt.date(2024, 5, 2)
BEFORE = dt.date(2024, 4, 10)  # the office works on the invitations
AFTER = dt.date(2024, 5, 3)  # the day after the event


@pytest.fixture
def summit(db):
    return events.create(
        db,
        {
            "title": "Städtekonferenz Düren",
            "starts_at": dt.datetime(2024, 5, 2, 10, 0),
            "ends_at": dt.datetime(2024, 5, 2, 16, 0),
            "place": "Düren, Kreishaus",
            "registration_deadline": dt.date(2024, 4, 25),
            "description": "Jahrestreffen",
        },
    )


@pytest.fixture
def people(db, mueller, foshan):
    """Müller (tags Presse, Newsletter) and three more, one of them inactive."""
    liu = contacts.create(
        db,
        {
            "family_name": "Liu",
            "given_name": "Yi",
            "name_zh": "刘毅",
            "name_order": "chinese",
            "member_id": foshan.id,
            "email": "liu.yi@foshan.example",
            "country": "CN",
            "tags": ["Presse"],
        },
    )
    berg = contacts.create(
        db,
        {
            "family_name": "Berg",
            "given_name": "Anna",
            "email": "anna.berg@example.org",
            "tags": ["Newsletter"],
        },
    )
    gone = contacts.create(
        db,
        {
            "family_name": "Alt",
            "given_name": "Otto",
            "active": False,
            "member_id": foshan.id,
            "tags": ["Presse"],
        },
    )
    return {"mueller": mueller, "liu": liu, "berg": berg, "gone": gone}


def participant_of(db, event_id, contact_id) -> Participant:
    with db.session() as session:
        return session.scalars(
            select(Participant).where(
                Participant.event_id == event_id, Participant.contact_id == contact_id
            )
        ).one()


def statuses(db, event_id) -> dict[str, str]:
    rows = participants.rows(db, event_id)
    return {row.family_name: row.status for row in rows}


# -- events --------------------------------------------------------------------------------


def test_create_update_and_the_list_with_counts(db, summit, people):
    participants.invite(db, summit.id, contact_ids=[p.id for p in people.values()], today=BEFORE)
    participants.set_status(
        db, [participant_of(db, summit.id, people["liu"].id).id], "registered", today=BEFORE
    )
    participants.set_status(
        db, [participant_of(db, summit.id, people["berg"].id).id], "declined", today=BEFORE
    )
    (row,) = events.page(db, ListQuery(), 0, 10)
    assert (row.title, row.total, row.invited, row.registered, row.declined) == (
        "Städtekonferenz Düren",
        4,
        2,
        1,
        1,
    )
    assert row.counts() == {
        "invited": 2,
        "registered": 1,
        "declined": 1,
        "attended": 0,
        "no_show": 0,
    }
    changed = events.update(db, summit.id, {"place": "Online"}, summit.version)
    assert changed.place == "Online" and changed.version == summit.version + 1
    with pytest.raises(ConflictError):
        events.update(db, summit.id, {"place": "Aachen"}, summit.version)


def test_the_list_searches_filters_and_sorts(db, summit):
    events.create(
        db,
        {
            "title": "Delegationsreise Foshan",
            "starts_at": dt.datetime(2023, 11, 6, 9, 0),
            "place": "Foshan",
        },
    )
    titles = [r.title for r in events.page(db, ListQuery(), 0, 10)]
    assert titles == ["Städtekonferenz Düren", "Delegationsreise Foshan"]  # newest first
    assert [r.title for r in events.page(db, ListQuery(sort="starts_at"), 0, 10)] == titles[::-1]
    assert events.count(db, ListQuery(text="düren")) == 1
    assert events.count(db, ListQuery(text="STÄDTE")) == 1
    assert events.count(db, ListQuery(text="foshan delegation")) == 1
    assert events.count(db, ListQuery(text="kreishaus")) == 1  # the place
    assert events.count(db, ListQuery(text="50%")) == 0
    upcoming = ListQuery(status=events.UPCOMING)
    assert events.count(db, upcoming) == (1 if dt.date.today() <= DAY else 0)
    assert events.next_event(db, BEFORE).title == "Städtekonferenz Düren"
    assert events.next_event(db, dt.date(2023, 1, 1)).title == "Delegationsreise Foshan"
    assert events.next_event(db, AFTER) is None
    assert events.last_event(db, AFTER).title == "Städtekonferenz Düren"
    assert events.last_event(db, dt.date(2023, 1, 1)) is None


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"title": " "}, "title"),
        ({"starts_at": None}, "starts_at"),
        ({"ends_at": dt.datetime(2024, 5, 1, 9, 0)}, "ends_at"),
        ({"registration_deadline": dt.date(2024, 5, 3)}, "registration_deadline"),
    ],
)
def test_bad_events_are_refused_and_nothing_is_written(db, values, field):
    data = {"title": "Treffen", "starts_at": dt.datetime(2024, 5, 2, 10, 0), **values}
    with pytest.raises(ValidationError) as refused:
        events.create(db, data)
    assert refused.value.field == field
    assert events.count(db, ListQuery()) == 0


def test_find_by_id_title_or_part(db, summit):
    other = events.create(
        db, {"title": "Städtekonferenz Foshan", "starts_at": dt.datetime(2024, 9, 1, 10, 0)}
    )
    assert events.find(db, str(summit.id)).id == summit.id
    assert events.find(db, "städtekonferenz duren").id == summit.id
    assert events.find(db, "Foshan").id == other.id
    with pytest.raises(ValidationError):
        events.find(db, "Städtekonferenz")
    with pytest.raises(NotFoundError):
        events.find(db, "Neujahrsempfang")


def test_delete_takes_the_list_along_and_undo_puts_both_back(db, summit, people):
    participants.invite(db, summit.id, tag="Presse", today=BEFORE)
    deleted = events.delete(db, [summit.id])
    assert deleted.count("participant") == 2 and deleted.count("event") == 1
    assert events.count(db, ListQuery()) == 0
    assert contacts.count(db, ListQuery()) == 4  # the contacts stay
    undo.restore(db, deleted)
    assert events.row(db, summit.id).total == 2


# -- invitations ---------------------------------------------------------------------------


def test_invite_from_a_tag_skips_inactive_and_nobody_twice(db, summit, people):
    first = participants.invite(db, summit.id, tag="presse", today=BEFORE)
    assert (first.added, first.already, first.inactive) == (2, 0, 1)
    assert set(statuses(db, summit.id)) == {"Müller", "Liu"}
    again = participants.invite(db, summit.id, tag="Newsletter", today=BEFORE)
    assert (again.added, again.already) == (1, 1)  # Müller was on the list already
    assert events.row(db, summit.id).total == 3
    with db.session() as session:
        pairs = session.execute(
            select(Participant.contact_id, func.count()).group_by(
                Participant.event_id, Participant.contact_id
            )
        ).all()
    assert all(n == 1 for _contact, n in pairs)
    assert participant_of(db, summit.id, people["mueller"].id).invited_on == BEFORE


def test_invite_from_a_filter_ids_and_members_adds_up(db, summit, people, foshan, duren):
    result = participants.invite(
        db,
        summit.id,
        query=ListQuery(text="example.org"),
        contact_ids=[people["gone"].id],
        member_ids=[foshan.id],
        today=BEFORE,
    )
    # the filter finds Müller and Berg; the member Foshan has Liu (and inactive Alt, who
    # is invited all the same because he was chosen by id)
    assert set(statuses(db, summit.id)) == {"Müller", "Berg", "Liu", "Alt"}
    assert (result.added, result.already, result.inactive) == (4, 0, 1)
    assert participants.invite(db, summit.id, member_ids=[duren.id]).added == 0


def test_invite_refuses_unknown_tags_contacts_and_events(db, summit, people):
    with pytest.raises(NotFoundError):
        participants.invite(db, summit.id, tag="Karneval")
    with pytest.raises(NotFoundError):
        participants.invite(db, summit.id, contact_ids=[people["berg"].id, 9999])
    with pytest.raises(NotFoundError):
        participants.invite(db, 4711, contact_ids=[people["berg"].id])
    assert events.row(db, summit.id).total == 0  # all or nothing


# -- statuses ------------------------------------------------------------------------------


def test_the_way_through_the_statuses_with_the_registration_date(db, summit, people):
    participants.invite(db, summit.id, contact_ids=[people["liu"].id], today=BEFORE)
    liu = participant_of(db, summit.id, people["liu"].id)
    participants.set_status(db, [liu.id], "registered", today=dt.date(2024, 4, 12))
    assert participant_of(db, summit.id, people["liu"].id).registered_on == dt.date(2024, 4, 12)
    with pytest.raises(ValidationError, match="begun"):
        participants.set_status(db, [liu.id], "attended", today=BEFORE)
    participants.set_status(db, [liu.id], "attended", today=AFTER)
    stored = participant_of(db, summit.id, people["liu"].id)
    assert (stored.status.value, stored.registered_on) == ("attended", dt.date(2024, 4, 12))
    participants.set_status(db, [liu.id], "no_show", today=AFTER)  # a correction
    participants.set_status(db, [liu.id], "registered", today=AFTER)
    assert participant_of(db, summit.id, people["liu"].id).registered_on == dt.date(
        2024, 4, 12
    )  # back from no-show: still the day of the registration


def test_declining_clears_the_date_and_impossible_steps_change_nothing(db, summit, people):
    participants.invite(
        db, summit.id, contact_ids=[people["liu"].id, people["berg"].id], today=BEFORE
    )
    liu = participant_of(db, summit.id, people["liu"].id)
    berg = participant_of(db, summit.id, people["berg"].id)
    participants.set_status(db, [liu.id], "registered", today=BEFORE)
    participants.set_status(db, [liu.id], "declined", today=BEFORE)
    assert participant_of(db, summit.id, people["liu"].id).registered_on is None
    participants.set_status(db, [berg.id], "registered", today=BEFORE)
    # declined cannot become no-show; Berg (registered) could: all or none
    with pytest.raises(ValidationError, match="cannot become"):
        participants.set_status(db, [berg.id, liu.id], "no_show", today=AFTER)
    assert statuses(db, summit.id) == {"Liu": "declined", "Berg": "registered"}


def test_details_are_checked(db, summit, people):
    participants.invite(db, summit.id, contact_ids=[people["liu"].id], today=BEFORE)
    liu = participant_of(db, summit.id, people["liu"].id)
    saved = participants.update(
        db,
        liu.id,
        {
            "status": "registered",
            "registered_on": dt.date(2024, 4, 20),
            "accompanying": 2,
            "interpreting_language": "ZH",
            "notes": "Vegetarisch\nAnreise am Vortag",
        },
        liu.version,
        today=BEFORE,
    )
    assert (
        saved.status.value,
        saved.registered_on,
        saved.accompanying,
        saved.interpreting_language,
        saved.notes,
    ) == ("registered", dt.date(2024, 4, 20), 2, "zh", "Vegetarisch\nAnreise am Vortag")
    for data, field in (
        ({"accompanying": 21}, "accompanying"),
        ({"interpreting_language": "fr"}, "interpreting_language"),
    ):
        with pytest.raises(ValidationError) as refused:
            participants.update(db, liu.id, data, saved.version)
        assert refused.value.field == field
    with pytest.raises(ConflictError):
        participants.update(db, liu.id, {"notes": "x"}, liu.version)


def test_remove_from_the_list_and_undo(db, summit, people):
    participants.invite(db, summit.id, tag="Presse", today=BEFORE)
    ids = [row.id for row in participants.rows(db, summit.id)]
    deleted = participants.remove(db, ids)
    assert events.row(db, summit.id).total == 0
    undo.restore(db, deleted)
    assert sorted(row.id for row in participants.rows(db, summit.id)) == sorted(ids)


# -- the participant list ------------------------------------------------------------------


def test_participant_list_filters_by_status_and_searches(db, summit, people, city_hall):
    participants.invite(db, summit.id, contact_ids=[p.id for p in people.values()], today=BEFORE)
    participants.set_status(
        db, [participant_of(db, summit.id, people["liu"].id).id], "registered", today=BEFORE
    )
    query = ParticipantQuery(event_id=summit.id)
    assert participants.count(db, query) == 4
    assert [r.name for r in participants.page(db, query.with_(status="registered"), 0, 9)] == [
        "Liu Yi"
    ]
    assert [r.family_name for r in participants.page(db, query.with_(text="mueller"), 0, 9)] == [
        "Müller"
    ]
    assert participants.count(db, query.with_(text="刘毅")) == 1
    assert participants.count(db, query.with_(text="kreisverwaltung")) == 1  # organisation
    by_status = participants.page(db, query.with_(sort="status"), 0, 9)
    assert [r.status for r in by_status] == ["invited"] * 3 + ["registered"]
    row = participants.page(db, query.with_(text="mueller"), 0, 1)[0]
    assert (row.name, row.organisation, row.member) == (
        "Dr. Hans Müller",
        "Kreisverwaltung Düren",
        "Kreis Düren",
    )
    liu = participants.page(db, query.with_(text="liu"), 0, 1)[0]
    assert (liu.member, liu.member_zh) == ("Foshan", "佛山市")
    bound = EventParticipants(summit.id)
    assert bound.count(db, ListQuery(status="invited")) == 3
    assert len(bound.page(db, ListQuery(), 2, 10)) == 2
    assert EventParticipants(None).count(db, ListQuery()) == 0


# -- quick registration --------------------------------------------------------------------


def test_quick_search_by_pasted_address_or_name(db, summit, people):
    participants.invite(db, summit.id, contact_ids=[people["berg"].id], today=BEFORE)
    pasted = quick.find_people(db, summit.id, "Anna Berg <Anna.Berg@example.org>")
    assert [(h.name, h.status) for h in pasted] == [("Anna Berg", "invited")]
    assert [h.name for h in quick.find_people(db, summit.id, "mueller")] == ["Dr. Hans Müller"]
    assert [h.name for h in quick.find_people(db, summit.id, "刘")] == ["Liu Yi"]
    assert quick.find_people(db, summit.id, "  ") == []
    # those on the list first
    both = quick.find_people(db, summit.id, "example.org")
    assert both[0].name == "Anna Berg" and both[0].participant_id is not None


def test_quick_registration_marks_or_adds(db, summit, people):
    participants.invite(db, summit.id, contact_ids=[people["berg"].id], today=BEFORE)
    answered = quick.quick_register(
        db, summit.id, people["berg"].id, "declined", today=dt.date(2024, 4, 11)
    )
    assert (answered.status, answered.previous) == ("declined", "invited")
    added = quick.quick_register(db, summit.id, people["liu"].id, today=dt.date(2024, 4, 12))
    assert (added.status, added.previous, added.name) == ("registered", None, "Liu Yi")
    stored = participant_of(db, summit.id, people["liu"].id)
    assert (stored.invited_on, stored.registered_on) == (dt.date(2024, 4, 12), dt.date(2024, 4, 12))
    again = quick.quick_register(db, summit.id, people["liu"].id, today=dt.date(2024, 4, 13))
    assert again.previous == "registered"
    assert participant_of(db, summit.id, people["liu"].id).registered_on == dt.date(2024, 4, 12)
    participants.set_status(db, [stored.id], "attended", today=AFTER)
    with pytest.raises(ValidationError):
        quick.quick_register(db, summit.id, people["liu"].id, "declined", today=AFTER)
    assert events.row(db, summit.id).total == 2


# -- the demo --------------------------------------------------------------------------------


def test_the_demo_plenary_has_participants_in_every_status(demo_db):
    event = events.find(demo_db, "10. Plenarversammlung der ISA")
    assert event.starts_at.date() == dt.date(2021, 10, 15)
    row = events.row(demo_db, event.id)
    assert all(count > 0 for count in row.counts().values()), row
    assert row.total == sum(row.counts().values())
    assert events.next_event(demo_db, dt.date(2021, 9, 30)).id == event.id
