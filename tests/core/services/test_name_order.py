"""The lists sort names as Excel and Outlook do (DIN 5007-1 with particles passed over,
Chinese by pinyin), in the database, along the stored sort keys: the same order on SQLite
and on PostgreSQL, whatever the server's locale."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from sqlalchemy.exc import DBAPIError

from isa_desk.core.db import search_index
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import CONTACT_GIVEN_NAME_SORT, CONTACT_NAME_SORT, Contact
from isa_desk.core.domain.sorting import name_sort_key, person_sort_key
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
    for key, index in (
        ("sort_name", "ix_contact_sort_name"),
        ("sort_given", "ix_contact_sort_given"),
    ):
        plan = query_plan(people_db, f"SELECT id FROM contact ORDER BY {key}, id LIMIT 10")
        # read along the index, not sorted afterwards ("Sort", SQLite's "TEMP B-TREE")
        assert index in plan and "Sort" not in plan and "TEMP B-TREE" not in plan, plan


def query_plan(db, query: str) -> str:
    """How the database reads `query`; PostgreSQL is told to read along an index where
    one serves the order (it would rather sort a few rows)."""
    with db.engine.connect() as connection:
        if db.engine.dialect.name == "sqlite":
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}")
            return " ".join(str(row) for row in plan)
        connection.exec_driver_sql("SET enable_sort = off")
        connection.exec_driver_sql("SET enable_seqscan = off")
        return " ".join(row[0] for row in connection.exec_driver_sql(f"EXPLAIN {query}"))


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


# The same order on both backends: the keys compare code point by code point (SQLite's
# BINARY, PostgreSQL's "C" collation on the sort columns), whatever the server's locale.
# (family name, given name, name in characters), in the order of the lists
NAMES = [
    ("", "", "安"),  # an
    ("Ärmel", "Eva", ""),  # armel
    ("", "", "白"),  # bai
    ("Böhm", "Berta", ""),
    ("", "", "陈"),  # chen
    ("Lee", "Zoë", ""),  # before Leeb: a collation that skips the keys' separators would not
    ("Leeb", "Anna", ""),
    ("von der Leyen", "Ursula", ""),  # under L
    ("", "", "刘"),  # liu
    ("de Maizière", "Thomas", ""),  # under M
    ("Özdemir", "Cem", ""),
    ("", "", "曾"),  # Zeng as a surname
]
PLACES = ["Ägidienberg", "Altena", "北京", "Bottrop", "Leeb", "Lee Zoo", "Überlingen", "曾都"]


def fill_names(db) -> None:
    for name in reversed(PLACES):
        member = members.create(db, {"name": name, "country": "DE"})
        office = organisations.create(db, {"name": name, "member_id": member.id})
    for family, given, zh in reversed(NAMES):  # a name in characters only needs an office
        values = {"family_name": family, "given_name": given, "name_zh": zh}
        contacts.create(db, {**values, "organisation_id": office.id})


def orders(db) -> dict[str, list[str]]:
    """Every name order of the lists, as the window shows them."""
    found = {}
    for key in ("family_name", "given_name"):
        for descending in (False, True):
            rows = contacts.page(db, ListQuery(sort=key, descending=descending), 0, 100)
            found[f"contacts {key} {descending}"] = [label(row) or row.given_name for row in rows]
    for list_name, service in (("members", members), ("organisations", organisations)):
        for descending in (False, True):
            rows = service.page(db, ListQuery(sort="name", descending=descending), 0, 100)
            found[f"{list_name} {descending}"] = [row.name for row in rows]
    found["organisations by member"] = [
        row.name for row in organisations.page(db, ListQuery(sort="member"), 0, 100)
    ]
    return found


def test_names_sort_by_their_keys_code_point_by_code_point(db):
    fill_names(db)
    found = orders(db)
    assert found["contacts family_name False"] == labels_of(NAMES)
    assert found["contacts family_name True"] == labels_of(reversed(NAMES))
    by_key = sorted(NAMES, key=lambda n: person_sort_key(*n))  # Python compares code points
    assert labels_of(by_key) == labels_of(NAMES)
    assert (
        found["members False"]
        == found["organisations False"]
        == found["organisations by member"]
        == sorted(PLACES, key=name_sort_key)
    )
    assert found["members False"][:2] == ["Ägidienberg", "Altena"]


def test_sqlite_and_postgresql_give_the_same_order(tmp_path, postgres_templates):
    sqlite = Database.open(str(tmp_path / "order.sqlite"))
    with postgres_templates.copy("empty") as url:
        server = Database.open(url)
        try:
            fill_names(sqlite)
            fill_names(server)
            assert orders(server) == orders(sqlite)
        finally:
            server.close()
            sqlite.close()


def test_a_server_database_in_german_keeps_the_order(postgres_templates):
    """A database whose default collation is German (ICU, as an office's server may be
    set up) sorts the lists exactly as the test server's and SQLite do."""
    name = f"isa_test_{os.getpid()}_german"
    with postgres_templates.admin.connect() as connection:
        try:
            connection.exec_driver_sql(
                f'CREATE DATABASE "{name}" TEMPLATE template0 '
                "LOCALE_PROVIDER icu ICU_LOCALE 'de-DE' LOCALE 'C.UTF-8'"
            )
        except DBAPIError as error:  # a server built without ICU
            pytest.skip(f"no ICU collations: {error.orig}")
    try:
        german = Database.open(postgres_templates.url(name))
        try:
            with german.engine.connect() as connection:
                # the server's own order would put Leeb before Lee Zoë
                assert connection.exec_driver_sql(
                    "SELECT 'lee' || chr(1) || 'zoe' > 'leeb' || chr(1) || 'anna'"
                ).scalar()
            fill_names(german)
            found = orders(german)
            assert found["contacts family_name False"] == labels_of(NAMES)
            assert found["members False"] == sorted(PLACES, key=name_sort_key)
        finally:
            german.close()
    finally:
        with postgres_templates.admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
