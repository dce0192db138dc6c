"""The lists sort names as Excel and Outlook do (DIN 5007-1 with particles passed over,
Chinese by pinyin), in the database, along the stored sort keys."""

from __future__ import annotations

import datetime as dt

import pytest

from isa_desk.core.db import search_index
from isa_desk.core.db.models import CONTACT_GIVEN_NAME_SORT, CONTACT_NAME_SORT, Contact
from isa_desk.core.services import (
    contacts,
    events,
    inquiries,
    members,
    organisations,
    participants,
    quick,
    search,
    tags,
)
from isa_desk.core.services.common import ListQuery

# (family name, given name, name in characters), in the order the list shows them
PEOPLE = [
    ("", "", "安娜"),  # an na
    ("Armel", "Anna", ""),
    ("Ärmel", "Eva", ""),
    ("Böhm", "Berta", ""),
    ("Busch", "Bernd", ""),
    ("von der Leyen", "Ursula", ""),  # under L
    ("Liu", "Yang", ""),
    ("", "", "刘毅"),  # liu yi, beside Liu Yang
    ("de Maizière", "Thomas", ""),  # under M
    ("Özdemir", "Cem", ""),
    ("Übel", "Zoë", ""),
    ("", "", "曾静"),  # Zeng as a surname
    ("Zimmermann", "Hans", ""),
]
TODAY = dt.date(2030, 1, 2)
SHUFFLED = [PEOPLE[i] for i in (12, 8, 2, 9, 10, 3, 4, 1, 5, 0, 11, 7, 6)]


def label(row) -> str:
    return row.family_name or row.name_zh


def labels_of(people) -> list[str]:
    return [family or zh for family, _given, zh in people]


@pytest.fixture(params=["like", "trigram"])
def people_db(request, db):
    """The people above, with a search index (walking the sort index) and without."""
    if request.param == "like":
        search_index.drop(db.engine)
    office = organisations.create(db, {"name": "Stadtverwaltung"})  # names in characters only
    for family, given, zh in SHUFFLED:
        values = {"family_name": family, "given_name": given, "name_zh": zh, "town": "Berlin"}
        contacts.create(db, {**values, "organisation_id": office.id})
    return db


def contact_order(db, **query) -> list[str]:
    return [label(row) for row in contacts.page(db, ListQuery(**query), 0, 100)]


def test_the_contacts_list_sorts_by_family_name_as_excel_does(people_db):
    assert contact_order(people_db) == labels_of(PEOPLE)
    assert contact_order(people_db, sort="family_name", descending=True) == labels_of(
        reversed(PEOPLE)
    )


def test_the_contacts_list_read_in_pages_keeps_the_order(people_db):
    pages = [
        label(row)
        for offset in range(0, len(PEOPLE), 4)
        for row in contacts.page(people_db, ListQuery(), offset, 4)
    ]
    assert pages == labels_of(PEOPLE)


def test_a_search_keeps_the_order(people_db):
    # one letter: read along the sort index; a word: found first, then sorted
    assert contact_order(people_db, text="e") == labels_of(PEOPLE)  # every town is Berlin
    assert contact_order(people_db, text="berlin") == labels_of(PEOPLE)
    assert contact_order(people_db, text="mel") == ["Armel", "Ärmel"]


def test_the_contacts_list_by_given_name(people_db):
    rows = contacts.page(people_db, ListQuery(sort="given_name"), 0, 100)
    given = [row.given_name or row.name_zh for row in rows]
    # the characters read as family name + given name: 曾静 is "jing", 安娜 "na", 刘毅 "yi"
    assert given == [
        "Anna",
        "Bernd",
        "Berta",
        "Cem",
        "Eva",
        "Hans",
        "曾静",
        "安娜",
        "Thomas",
        "Ursula",
        "Yang",
        "刘毅",
        "Zoë",
    ]
    descending = contacts.page(people_db, ListQuery(sort="given_name", descending=True), 0, 100)
    assert [r.id for r in descending] == [r.id for r in reversed(rows)]


def test_the_sort_indexes_serve_the_name_orders(people_db):
    for columns, name in (
        (CONTACT_NAME_SORT, "ix_contact_sort_name"),
        (CONTACT_GIVEN_NAME_SORT, "ix_contact_sort_given"),
    ):
        order = search.Order([*columns, Contact.id], False, sqlite=True, sorting=False)
        assert order.walk_index().name == name
    plan = people_db.engine.connect().exec_driver_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM contact ORDER BY sort_name, id LIMIT 10"
    )
    assert "ix_contact_sort_name" in " ".join(str(row) for row in plan)


def test_quick_search_hits_come_in_list_order(people_db):
    event = events.create(people_db, {"title": "Plenum", "starts_at": dt.datetime(2030, 5, 1, 10)})
    hits = quick.find_people(people_db, event.id, "berlin", limit=20)
    assert [h.name_zh or h.name for h in hits] == [
        zh or f"{given} {family}" for family, given, zh in PEOPLE
    ]


ORGANISATIONS = ["Amt Nord", "Ämterverbund Süd", "Bottrop Stadt", "佛山市政府", "Zweckverband"]
MEMBERS = ["Ägidienberg", "Altena", "北京", "Bottrop", "Düren", "Überlingen"]  # 北京 bei jing


def test_organisations_and_members_lists_and_pickers(db):
    for name in reversed(MEMBERS):
        members.create(db, {"name": name, "country": "CN" if name == "北京" else "DE"})
    for name in reversed(ORGANISATIONS):
        organisations.create(db, {"name": name})
    assert [r.name for r in members.page(db, ListQuery(), 0, 100)] == MEMBERS
    assert [name for _id, name in members.choices(db)] == MEMBERS
    shown = [r.name for r in organisations.page(db, ListQuery(), 0, 100)]
    assert shown == ORGANISATIONS
    backwards = organisations.page(db, ListQuery(sort="name", descending=True), 0, 100)
    assert [r.name for r in backwards] == list(reversed(ORGANISATIONS))
    assert [name for _id, name in organisations.choices(db)] == ORGANISATIONS


def test_organisations_by_member_and_contacts_by_organisation(db):
    for town in ("Überlingen", "Bottrop", "Altena"):
        member = members.create(db, {"name": town, "country": "DE"})
        organisation = organisations.create(db, {"name": f"Rathaus {town}", "member_id": member.id})
        contacts.create(
            db, {"family_name": "Meier", "given_name": town, "organisation_id": organisation.id}
        )
    by_member = organisations.page(db, ListQuery(sort="member"), 0, 10)
    assert [r.member for r in by_member] == ["Altena", "Bottrop", "Überlingen"]
    by_organisation = contacts.page(db, ListQuery(sort="organisation"), 0, 10)
    assert [r.organisation for r in by_organisation] == [
        "Rathaus Altena",
        "Rathaus Bottrop",
        "Rathaus Überlingen",
    ]


def test_tags_and_regions_in_the_pickers(db):
    for name, country, region, tagged in (
        ("A", "DE", "Thüringen", ["Zoll", "Ärzte"]),
        ("B", "DE", "Baden-Württemberg", ["Beirat"]),
        ("C", "CN", "Anhui", ["Presse"]),
    ):
        members.create(db, {"name": name, "country": country, "region": region, "tags": tagged})
    assert tags.names(db) == ["Ärzte", "Beirat", "Presse", "Zoll"]
    assert members.regions(db) == ["Anhui", "Baden-Württemberg", "Thüringen"]


def test_an_events_participants_by_name(people_db):
    event = events.create(people_db, {"title": "Plenum", "starts_at": dt.datetime(2030, 5, 1, 10)})
    ids = [r.id for r in contacts.page(people_db, ListQuery(), 0, 100)]
    participants.invite(people_db, event.id, contact_ids=list(reversed(ids)))
    rows = participants.rows(people_db, event.id)
    assert [r.family_name or r.name_zh for r in rows] == labels_of(PEOPLE)
    listed = participants.EventParticipants(event.id).page(people_db, ListQuery(), 0, 100)
    assert [r.contact_id for r in listed] == ids


def test_inquiries_by_city(db):
    for town in ("Überlingen", "Bottrop", "Altena"):
        data = {
            "city": {"name": town, "country": "DE"},
            "contact": {"family_name": "Meier", "given_name": town},
            "received_on": dt.date(2030, 1, 1),
        }
        inquiries.create(db, data, TODAY)
    rows = inquiries.page(db, inquiries.InquiryQuery(sort="city", today=TODAY), 0, 10)
    assert [r.city for r in rows] == ["Altena", "Bottrop", "Überlingen"]
    cities = [name for _id, name in inquiries.candidates(db)]
    assert cities == ["Altena", "Bottrop", "Überlingen"]
