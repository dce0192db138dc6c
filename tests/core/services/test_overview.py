"""The overview figures, tag names and the audit trail reader."""

import datetime as dt

from isa_desk.core.db.models import Event, Inquiry
from isa_desk.core.services import audit_log, contacts, members, organisations, overview, tags


def test_totals_count_every_kind_of_record(db, duren, foshan, city_hall, mueller):
    with db.transaction() as session:
        session.add(Event(title="Plenarversammlung", starts_at=dt.datetime(2021, 10, 15, 9)))
        session.add(Inquiry(member_id=foshan.id))
    assert overview.totals(db) == {
        "members": 2,
        "organisations": 1,
        "contacts": 1,
        "inquiries": 1,
        "events": 1,
    }


def test_totals_of_an_empty_database_are_zero(db):
    assert set(overview.totals(db).values()) == {0}
    assert overview.members_by_country_status(db) == {}
    assert overview.members_per_region(db, "DE") == []


def _member(db, name, country, region, status):
    members.create(db, {"name": name, "country": country, "region": region, "status": status})


def test_members_by_country_and_status_and_per_region(db):
    for name, country, region, status in [
        ("Aachen", "DE", "Nordrhein-Westfalen", "member"),
        ("Bottrop", "DE", "Nordrhein-Westfalen", "member"),
        ("Bad Homburg", "DE", "Hessen", "member"),
        ("Dortmund", "DE", "Nordrhein-Westfalen", "guest"),
        ("Neustadt", "DE", "", "member"),
        ("Foshan", "CN", "Guangdong", "member"),
        ("Taizhou", "CN", "", "member"),
        ("Qingdao", "CN", "Shandong", "applicant"),
    ]:
        _member(db, name, country, region, status)
    assert overview.members_by_country_status(db) == {
        "DE": {"member": 4, "guest": 1},
        "CN": {"member": 2, "applicant": 1},
    }
    assert overview.members_per_region(db, "DE") == [
        ("Nordrhein-Westfalen", 2),
        ("", 1),
        ("Hessen", 1),
    ]
    assert overview.members_per_region(db, "CN") == [("", 1), ("Guangdong", 1)]


def test_tag_names_are_sorted_without_regard_to_case(db, mueller):
    organisations.create(db, {"name": "Zeitung", "tags": ["beirat", "Presse"]})
    assert tags.names(db) == ["beirat", "Newsletter", "Plenarversammlung", "Presse"]


def test_the_trail_of_a_member_is_newest_first(db, duren):
    members.update(db, duren.id, {"status": "former", "left_on": "2024-12-31"}, duren.version)
    trail = audit_log.trail(db, "member", duren.id)
    assert [e.action.value for e in trail] == ["update", "create"]
    assert '"status": ["member", "former"]' in trail[0].changes
    assert trail[0].at >= trail[1].at


def test_the_trail_keeps_entries_of_deleted_records(db, mueller):
    contacts.delete(db, [mueller.id])
    assert audit_log.trail(db, "contact", mueller.id)[0].action.value == "delete"
