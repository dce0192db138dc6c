"""Duplicate contacts: the warning before saving, and merging two into one."""

import datetime as dt

import pytest
from sqlalchemy import select

from isa_desk.core.db.models import Activity, Event, Inquiry, Member, Participant
from isa_desk.core.errors import NotFoundError, ValidationError
from isa_desk.core.services import activities, contacts
from isa_desk.core.services.common import ListQuery


def test_the_same_email_in_any_case_is_a_duplicate(db, mueller):
    hits = contacts.find_duplicates(db, {"email": "  HANS.mueller@Example.ORG"})
    assert [(h.id, h.reason) for h in hits] == [(mueller.id, "email")]
    assert hits[0].name == "Hans Müller"
    assert hits[0].organisation == "Kreisverwaltung Düren"
    assert hits[0].email == "Hans.Mueller@example.org"
    assert contacts.find_duplicates(db, {"email": "other@example.org"}) == []
    assert contacts.find_duplicates(db, {"email": ""}) == []


def test_the_contact_itself_is_no_duplicate_when_edited(db, mueller):
    data = {
        "email": mueller.email,
        "given_name": "Hans",
        "family_name": "Müller",
        "organisation_id": mueller.organisation_id,
    }
    assert contacts.find_duplicates(db, data, exclude_id=mueller.id) == []


@pytest.mark.parametrize(
    "given, family",
    [
        ("Hans", "Mueller"),
        ("hans", "MÜLLER"),
        ("Dr. Hans", "Müller"),
        ("Hans", "Müler"),
        ("Müller", "Hans"),
    ],
)
def test_very_similar_names_at_the_same_organisation_are_duplicates(db, mueller, given, family):
    hits = contacts.find_duplicates(
        db, {"given_name": given, "family_name": family, "organisation_id": mueller.organisation_id}
    )
    assert [(h.id, h.reason) for h in hits] == [(mueller.id, "name")]


def test_schmidt_and_schmitt_with_a_title_are_duplicates(db, city_hall):
    anna = contacts.create(
        db,
        {
            "title": "Dr.",
            "given_name": "Anna",
            "family_name": "Schmidt",
            "organisation_id": city_hall.id,
        },
    )
    hits = contacts.find_duplicates(
        db, {"given_name": "Dr. Anna", "family_name": "Schmitt", "organisation_id": city_hall.id}
    )
    assert [h.id for h in hits] == [anna.id]


@pytest.mark.parametrize(
    "given, family",
    [("Peter", "Müller"), ("Hans", "Meier"), ("Anna", "Schmidt")],
)
def test_different_people_are_no_duplicates(db, mueller, given, family):
    assert (
        contacts.find_duplicates(
            db,
            {
                "given_name": given,
                "family_name": family,
                "organisation_id": mueller.organisation_id,
            },
        )
        == []
    )


def test_the_same_name_elsewhere_is_no_duplicate(db, mueller):
    other = contacts.find_duplicates(
        db, {"given_name": "Hans", "family_name": "Müller", "organisation_id": None}
    )
    assert other == []


def test_the_same_chinese_name_at_the_same_organisation_is_a_duplicate(db, city_hall):
    li = contacts.create(
        db,
        {
            "family_name": "Li",
            "given_name": "Wei",
            "name_zh": "李伟",
            "organisation_id": city_hall.id,
        },
    )
    hits = contacts.find_duplicates(
        db, {"family_name": "Lee", "name_zh": "李伟", "organisation_id": city_hall.id}
    )
    assert [(h.id, h.reason) for h in hits] == [(li.id, "name")]


def test_one_hit_per_contact_even_if_email_and_name_match(db, mueller):
    hits = contacts.find_duplicates(
        db,
        {
            "email": mueller.email,
            "given_name": "Hans",
            "family_name": "Müller",
            "organisation_id": mueller.organisation_id,
        },
    )
    assert [(h.id, h.reason) for h in hits] == [(mueller.id, "email")]


@pytest.fixture
def pair(db, mueller, city_hall):
    """A second record of Mueller, with its own history, and events both take part in."""
    twin = contacts.create(
        db,
        {
            "given_name": "Hans",
            "family_name": "Mueller",
            "email": "h.mueller@example.org",
            "phone": "02421 220",
            "organisation_id": city_hall.id,
            "tags": ["Beirat", "Presse"],
        },
    )
    with db.transaction() as session:
        both = Event(title="Plenarversammlung", starts_at=dt.datetime(2021, 10, 15, 9))
        only_twin = Event(title="Delegationsreise", starts_at=dt.datetime(2022, 5, 2, 9))
        prospect = Member(name="Neustadt", country="DE", status="prospect")
        session.add_all([both, only_twin, prospect])
        session.flush()
        session.add_all(
            [
                Participant(event_id=both.id, contact_id=mueller.id, status="registered"),
                Participant(event_id=both.id, contact_id=twin.id, status="invited"),
                Participant(event_id=only_twin.id, contact_id=twin.id, status="attended"),
                Inquiry(member_id=prospect.id, contact_id=twin.id, summary="Anfrage"),
            ]
        )
    activities.add(db, "call", "Anruf beim Zwilling", contact_id=twin.id)
    activities.add(db, "note", "Notiz zum Original", contact_id=mueller.id)
    return twin


def _participations(db, contact_id):
    with db.session() as session:
        rows = session.execute(
            select(Event.title, Participant.status)
            .join(Participant.event)
            .where(Participant.contact_id == contact_id)
            .order_by(Event.title)
        )
        return [(title, status.value) for title, status in rows]


def test_merge_moves_everything_to_the_kept_contact(db, mueller, pair):
    kept = contacts.merge(db, mueller.id, pair.id, {"phone": pair.phone, "email": pair.email})
    assert kept.id == mueller.id
    assert (kept.phone, kept.email) == ("02421 220", "h.mueller@example.org")
    assert kept.email_key == "h.mueller@example.org"
    assert [t.name for t in kept.tags] == ["Beirat", "Newsletter", "Presse"]
    assert sorted(a.text for a in contacts.activities(db, mueller.id)) == [
        "Anruf beim Zwilling",
        "Notiz zum Original",
    ]
    # one participation per event: the kept contact's own wins
    assert _participations(db, mueller.id) == [
        ("Delegationsreise", "attended"),
        ("Plenarversammlung", "registered"),
    ]
    with db.session() as session:
        assert session.scalars(select(Inquiry.contact_id)).all() == [mueller.id]
    with pytest.raises(NotFoundError):
        contacts.get(db, pair.id)
    assert contacts.count(db, ListQuery()) == 1
    assert _participations(db, pair.id) == []


def test_a_failed_merge_leaves_both_contacts_untouched(db, mueller, pair):
    before = (contacts.get(db, mueller.id), contacts.get(db, pair.id))
    with pytest.raises(ValidationError) as caught:
        contacts.merge(db, mueller.id, pair.id, {"email": "not an address"})
    assert caught.value.field == "email"
    assert contacts.count(db, ListQuery()) == 2
    after = (contacts.get(db, mueller.id), contacts.get(db, pair.id))
    assert [(c.version, c.email, [t.name for t in c.tags]) for c in after] == [
        (c.version, c.email, [t.name for t in c.tags]) for c in before
    ]
    assert [a.text for a in contacts.activities(db, pair.id)] == ["Anruf beim Zwilling"]
    assert _participations(db, pair.id) == [
        ("Delegationsreise", "attended"),
        ("Plenarversammlung", "invited"),
    ]
    with db.session() as session:
        assert session.scalars(select(Inquiry.contact_id)).all() == [pair.id]


def test_merge_refuses_the_same_contact_and_missing_ones(db, mueller):
    with pytest.raises(ValidationError):
        contacts.merge(db, mueller.id, mueller.id, {})
    with pytest.raises(NotFoundError):
        contacts.merge(db, mueller.id, 999, {})


def test_merge_keeps_activities_of_the_kept_contact_newest_first(db, mueller, pair):
    activities.add(db, "email", "Alt", contact_id=pair.id, occurred_at=dt.datetime(2020, 1, 1))
    contacts.merge(db, mueller.id, pair.id, {})
    texts = [a.text for a in contacts.activities(db, mueller.id)]
    assert texts[-1] == "Alt" and len(texts) == 3
    with db.session() as session:
        assert session.scalars(select(Activity).where(Activity.contact_id == pair.id)).all() == []
