"""Delete and undo: restore puts back exactly what a delete removed."""

import datetime as dt

import pytest
from sqlalchemy import insert, select

from isa_desk.core.db.models import Activity, Base, Contact, Event, Inquiry, Member, Participant
from isa_desk.core.errors import ConflictError
from isa_desk.core.services import activities, audit_log, contacts, members, organisations, undo
from isa_desk.core.services.common import ListQuery

# a relinked record counts its version up: the link changed twice
_MOVING = {"version", "updated_at"}


def dump(db, moving=frozenset()):
    """Every row of every table but the audit trail, as comparable values."""
    state = {}
    with db.session() as session:
        for table in Base.metadata.sorted_tables:
            if table.name == "audit_entry":
                continue
            columns = [c for c in table.columns if c.name not in moving]
            rows = session.execute(select(*columns)).all()
            state[table.name] = sorted(tuple(row) for row in rows)
    return state


@pytest.fixture
def history(db, duren, city_hall, mueller):
    """Mueller with an event participation, activities and an inquiry he is the contact of."""
    with db.transaction() as session:
        event = Event(title="10. Plenarversammlung der ISA", starts_at=dt.datetime(2021, 10, 15, 9))
        session.add(event)
        session.flush()
        session.add(
            Participant(
                event_id=event.id, contact_id=mueller.id, status="registered", accompanying=1
            )
        )
        prospect = Member(name="Neustadt", country="DE", status="prospect")
        session.add(prospect)
        session.flush()
        inquiry = Inquiry(member_id=prospect.id, contact_id=mueller.id, summary="Interest")
        session.add(inquiry)
        session.flush()
        ids = {"event": event.id, "inquiry": inquiry.id, "prospect": prospect.id}
    activities.add(db, "call", "Rückruf wegen Plenarversammlung", contact_id=mueller.id)
    activities.add(db, "note", "Kreistag zugestimmt", contact_id=mueller.id, member_id=duren.id)
    activities.add(db, "email", "Unterlagen geschickt", inquiry_id=ids["inquiry"])
    activities.add(db, "meeting", "Besuch in Düren", member_id=duren.id)
    return ids


def test_contact_delete_and_restore_round_trip(db, duren, mueller, history):
    before = dump(db)
    deleted = contacts.delete(db, [mueller.id])
    assert deleted.count("contact") == 1
    assert deleted.count("contact_tag") == 2
    assert deleted.count("participant") == 1
    # the note that is also about the member stays in the member's history
    assert deleted.count("activity") == 1
    assert [a.text for a in activities.for_member(db, duren.id)] == [
        "Besuch in Düren",
        "Kreistag zugestimmt",
    ]
    note = activities.for_member(db, duren.id)[1]
    assert deleted.links == {
        "inquiry": [{"id": history["inquiry"], "contact_id": mueller.id}],
        "activity": [{"id": note.id, "contact_id": mueller.id}],
    }
    after = dump(db)
    assert after["contact"] == [] and after["participant"] == [] and after["contact_tag"] == []
    with db.session() as session:
        assert session.get(Inquiry, history["inquiry"]).contact_id is None

    undo.restore(db, deleted)
    assert dump(db, _MOVING) == dump_without(before, db)
    restored = dump(db)
    # the removed rows themselves come back exactly, versions included
    for table in ("contact", "contact_tag", "participant"):
        assert restored[table] == before[table]
    removed = {row["id"] for row in deleted.rows["activity"]}
    assert [r for r in restored["activity"] if r[0] in removed] == [
        r for r in before["activity"] if r[0] in removed
    ]
    assert [t.name for t in contacts.get(db, mueller.id).tags] == ["Newsletter", "Presse"]
    assert len(contacts.activities(db, mueller.id)) == 2


def dump_without(state, db):
    """`state` with the moving columns left out, for comparing relinked tables."""
    result = {}
    for table in Base.metadata.sorted_tables:
        if table.name == "audit_entry":
            continue
        keep = [i for i, c in enumerate(table.columns) if c.name not in _MOVING]
        result[table.name] = sorted(tuple(row[i] for i in keep) for row in state[table.name])
    return result


@pytest.mark.parametrize("choice", ["unlink", "delete"])
def test_member_delete_and_restore_round_trip(db, duren, city_hall, mueller, history, choice):
    schmidt = contacts.create(
        db, {"family_name": "Schmidt", "member_id": duren.id, "tags": ["Beirat"]}
    )
    before = dump(db)
    deleted = members.delete(db, [duren.id], contacts=choice)
    assert deleted.count("member") == 1
    assert deleted.count("member_place") == 2 and deleted.count("member_tag") == 1
    linked = {t: sorted(link["id"] for link in links) for t, links in deleted.links.items()}
    if choice == "unlink":
        # a note about the member and Mueller stays in Mueller's history
        assert deleted.count("activity") == 1 and deleted.count("contact") == 0
        assert set(linked) == {"organisation", "contact", "activity"}
        assert linked["contact"] == sorted([mueller.id, schmidt.id])
        assert [a.text for a in contacts.activities(db, mueller.id)] == [
            "Kreistag zugestimmt",
            "Rückruf wegen Plenarversammlung",
        ]
    else:
        assert deleted.count("activity") == 3 and deleted.count("contact") == 2
        assert linked == {"organisation": [city_hall.id], "inquiry": [history["inquiry"]]}
    assert members.count(db, ListQuery()) == 1  # the prospect stays

    undo.restore(db, deleted)
    assert dump(db, _MOVING) == dump_without(before, db)
    member = members.get(db, duren.id)
    assert [p.name for p in member.places] == ["Düren", "Jülich"]
    assert sorted(c.family_name for c in member.contacts) == ["Müller", "Schmidt"]
    assert [o.name for o in member.organisations] == ["Kreisverwaltung Düren"]


def test_organisation_delete_and_restore_round_trip(db, city_hall, mueller):
    organisations.update(db, city_hall.id, {"tags": ["Beirat"]}, city_hall.version)
    before = dump(db)
    deleted = organisations.delete(db, [city_hall.id])
    assert deleted.count("organisation_tag") == 1
    undo.restore(db, deleted)
    assert dump(db, _MOVING) == dump_without(before, db)
    assert contacts.get(db, mueller.id).organisation.name == "Kreisverwaltung Düren"


def test_a_restore_is_in_the_audit_trail(db, mueller):
    deleted = contacts.delete(db, [mueller.id])
    undo.restore(db, deleted)
    trail = audit_log.trail(db, "contact", mueller.id)
    assert [e.action.value for e in trail][:2] == ["create", "delete"]
    assert trail[0].summary == "Hans Müller"


def test_a_link_set_anew_since_the_delete_is_not_overwritten(db, duren, foshan, mueller):
    deleted = members.delete(db, [duren.id])
    moved = contacts.get(db, mueller.id)
    contacts.update(db, mueller.id, {"member_id": foshan.id}, moved.version)
    undo.restore(db, deleted)
    assert contacts.get(db, mueller.id).member_id == foshan.id


def test_a_restore_that_clashes_restores_nothing(db, mueller):
    contacts.create(db, {"family_name": "Später"})  # so that no id is used twice
    deleted = contacts.delete(db, [mueller.id])
    contacts.create(db, {"family_name": "Neu", "email": "hans.mueller@example.org"})
    with pytest.raises(ConflictError, match="Hans Müller"):
        undo.restore(db, deleted)
    with db.session() as session:
        assert session.scalars(select(Activity)).all() == []
    assert contacts.count(db, ListQuery()) == 2
    assert [e.action.value for e in audit_log.trail(db, "contact", mueller.id)] == [
        "delete",
        "create",
    ]


def test_a_number_given_again_since_the_delete_stops_the_restore(db, mueller):
    # SQLite may hand the highest number out again once its record is deleted
    deleted = contacts.delete(db, [mueller.id])
    with db.transaction() as session:
        session.execute(insert(Contact), [{"id": mueller.id, "family_name": "Neu"}])
    with pytest.raises(ConflictError):
        undo.restore(db, deleted)
    assert contacts.get(db, mueller.id).family_name == "Neu"
    assert contacts.activities(db, mueller.id) == []
