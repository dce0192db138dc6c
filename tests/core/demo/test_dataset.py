"""The demo data set: the real member list, the press release's organisations and people,
fictional contacts on reserved domains, inquiries due around `today`, the plenary assembly."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import (
    Activity,
    Contact,
    Event,
    Inquiry,
    Member,
    Organisation,
    Participant,
)
from isa_desk.core.demo import dataset as demo
from isa_desk.core.demo import tables as demo_data
from isa_desk.core.privacy import consent
from isa_desk.core.privacy.consent import ConsentPurpose
from tests import DEMO_TODAY

TODAY = DEMO_TODAY
SHARED_MEMBERS = Path(__file__).resolve().parents[4] / "shared" / "domain" / "members.csv"
RESERVED = re.compile(r"@([a-z0-9-]+\.)*(example|example\.(org|com|net))$")


@pytest.fixture
def template(demo_file) -> Path:
    """The demo data filled once per run; tests that write work on a copy."""
    return demo_file


@pytest.fixture
def db(demo_db):
    return demo_db


def all_of(db, model, *load):
    with db.session() as session:
        return list(session.scalars(select(model).options(*load).order_by(model.id)))


def test_the_members_are_the_alliance_s_46(db):
    counts = demo.counts(db)
    assert counts["members"] == 46
    assert demo.members_by_country(db) == {"DE": 21, "CN": 25}


def test_every_member_of_the_list_is_there_as_listed(db):
    members = {m.name: m for m in all_of(db, Member, selectinload(Member.places))}
    for name, kind, country, region, name_zh, _listed, places, _note in demo_data.MEMBERS:
        member = members[name]
        assert (member.kind, member.country, member.region, member.name_zh, member.status) == (
            kind,
            country,
            region,
            name_zh,
            "member",
        )
        assert [p.name for p in member.places] == [p for p in places.split("|") if p]
    assert members["Region Schwarzwald"].places[1].name == "Freiburg"
    assert members["Foshan"].name_zh == "佛山市"
    assert members["Taizhou"].region == ""


def test_member_since_comes_from_the_first_list_and_dortmund_joined_in_2021_09(db):
    members = {m.name: m for m in all_of(db, Member)}
    assert members["Aachen"].member_since == dt.date(2017, 12, 1)
    assert members["Kreis Düren"].member_since == dt.date(2021, 9, 1)
    assert members["Dortmund"].member_since == dt.date(2021, 9, 1)
    assert "Gast" in members["Dortmund"].notes


@pytest.mark.skipif(not SHARED_MEMBERS.exists(), reason="the shared domain folder is absent")
def test_the_packaged_member_table_is_the_shared_list():
    with SHARED_MEMBERS.open(encoding="utf-8") as handle:
        listed = [
            (
                r["name"],
                r["kind"],
                r["country"],
                r["state_or_province"],
                r["name_zh"],
                r["first_listed"],
                r["places"],
            )
            for r in csv.DictReader(handle, delimiter=";")
        ]
    assert [row[:7] for row in demo_data.MEMBERS] == listed


def test_the_press_release_organisations_are_there(db):
    organisations = {o.name: o for o in all_of(db, Organisation, selectinload(Organisation.tags))}
    berlin = organisations[demo_data.PKS]
    assert (berlin.street, berlin.postcode, berlin.town, berlin.email) == (
        "Reinhardtstraße 34",
        "10117",
        "Berlin",
        "isa@pks-gmbh.net",
    )
    assert berlin.phone == "+49 (30) 25 79 72 – 23" and "– 25" in berlin.notes
    assert organisations[demo_data.SECRETARIAT].town == "Foshan"
    advisory = {name for name, o in organisations.items() if o.advisory_board}
    assert advisory == {demo_data.NRW_GLOBAL, demo_data.AHK_CHINA}
    assert [t.name for t in organisations[demo_data.NRW_GLOBAL].tags] == ["Beirat"]
    for name in (demo_data.GIZ, demo_data.CIPA):
        assert name in organisations
    administrations = [o for o in organisations.values() if o.kind == "city_administration"]
    assert len({o.member_id for o in administrations}) >= 46
    assert organisations["Volksregierung der Stadt Foshan"].name_zh == "佛山市人民政府"


def test_about_150_contacts_on_reserved_domains_with_unique_addresses(db):
    contacts = all_of(db, Contact)
    assert 130 <= len(contacts) <= 170
    emails = [c.email.lower() for c in contacts if c.email]
    assert len(emails) >= len(contacts) - 3
    assert len(set(emails)) == len(emails)
    assert [e for e in emails if not RESERVED.search(e)] == []


def test_contacts_have_the_variety_letters_and_lists_need(db):
    contacts = all_of(db, Contact)
    chinese = [c for c in contacts if c.name_zh]
    assert len(chinese) >= 40
    assert all(c.name_order == "chinese" for c in chinese)
    assert {"female", "male", "unknown"} <= {c.gender for c in contacts}
    assert {"Dr.", "Prof. Dr."} <= {c.title for c in contacts}
    positions = {c.position for c in contacts}
    assert {"Oberbürgermeisterin", "Oberbürgermeister", "市长", "副市长"} <= positions
    assert positions & {"Landrat", "Landrätin"} and positions & {"Bürgermeister", "Bürgermeisterin"}
    assert any(p.startswith(("Referent", "Leiter")) for p in positions)
    assert {"de", "en", "zh"} == {c.language for c in contacts}
    assert any(c.country == "CN" and c.postcode and c.street for c in contacts)
    assert any(c.postcode == "09111" for c in contacts)  # a leading zero to keep
    assert any(not c.active for c in contacts) and any(c.no_post for c in contacts)
    assert all(c.organisation_id or c.position == "Staatssekretär a. D." for c in contacts)


def test_the_people_of_the_press_release_appear_in_their_public_role_only(db):
    people = {c.full_name: c for c in all_of(db, Contact, selectinload(Contact.organisation))}
    liu = people["Yi Liu"]
    assert liu.position == "Generalsekretärin der ISA"
    assert liu.organisation.name == demo_data.SECRETARIAT
    behmer = people["Stefanie Behmer"]
    assert behmer.organisation.name == demo_data.PKS and behmer.street == "Reinhardtstraße 34"
    assert people["Friedhelm Ost"].position == "Staatssekretär a. D."
    for person in (liu, behmer, people["Friedhelm Ost"]):
        assert (person.email, person.mobile, person.name_zh) == ("", "", "")


def test_tags_sit_on_fitting_contacts(db):
    contacts = all_of(
        db,
        Contact,
        selectinload(Contact.tags),
        selectinload(Contact.organisation),
        selectinload(Contact.consents),
    )
    tagged = Counter(tag.name for contact in contacts for tag in contact.tags)
    assert set(tagged) == {"Plenarversammlung", "Beirat", "Presse", "Newsletter"}
    for contact in contacts:
        names = {tag.name for tag in contact.tags}
        if "Beirat" in names:
            assert contact.organisation.advisory_board
        if "Presse" in names:
            assert contact.organisation.kind == "press" or contact.department
        if "Newsletter" in names:
            newsletter = consent.states(contact)[ConsentPurpose.NEWSLETTER]
            assert contact.email and newsletter.in_force and newsletter.source


def test_everyone_agreed_to_invitations_and_two_to_the_press_list(db):
    contacts = all_of(db, Contact, selectinload(Contact.consents), selectinload(Contact.tags))
    for contact in contacts:
        invitations = consent.states(contact)[ConsentPurpose.INVITATIONS]
        assert invitations.in_force and invitations.source
        assert invitations.given_on <= TODAY
    with db.session() as session:
        ids = [contact.id for contact in contacts]
        assert consent.consenting(session, ids, ConsentPurpose.INVITATIONS) == set(ids)
        press = consent.consenting(session, ids, ConsentPurpose.PRESS)
        assert consent.consenting(session, ids, ConsentPurpose.SECRETARIAT) == set()
    assert len(press) == 2
    for contact in contacts:
        if contact.id in press:
            assert "Presse" in {tag.name for tag in contact.tags}


def test_inquiries_of_fictional_cities_fall_due_around_today(db):
    inquiries = all_of(db, Inquiry, selectinload(Inquiry.member), selectinload(Inquiry.contact))
    assert 7 <= len(inquiries) <= 10
    listed = {row[0] for row in demo_data.MEMBERS}
    assert not {i.member.name for i in inquiries} & listed
    assert {i.member.status for i in inquiries} == {"prospect", "applicant"}
    assert len({i.status for i in inquiries}) >= 6
    open_ones = [i for i in inquiries if i.next_follow_up]
    assert any(i.next_follow_up < TODAY for i in open_ones)
    assert any(i.next_follow_up == TODAY for i in open_ones)
    assert any(i.next_follow_up > TODAY for i in open_ones)
    assert all(i.received_on <= TODAY and i.contact is not None for i in inquiries)
    assert all(i.closed_on for i in inquiries if i.status in ("accepted", "declined", "withdrawn"))


def test_inquiries_have_their_history(db):
    activities = all_of(db, Activity)
    assert {"call", "email", "note"} <= {a.kind for a in activities}
    per_inquiry = Counter(a.inquiry_id for a in activities)
    assert len(per_inquiry) == demo.counts(db)["inquiries"]
    assert all(a.occurred_at.date() <= TODAY and a.author and a.contact_id for a in activities)


def test_the_plenary_assembly_has_participants_in_every_status(db):
    (event,) = all_of(db, Event)
    assert event.title == "10. Plenarversammlung der ISA"
    assert event.starts_at.date() == dt.date(2021, 10, 15)
    participants = all_of(db, Participant)
    assert {p.status for p in participants} == {
        "invited",
        "registered",
        "declined",
        "attended",
        "no_show",
    }
    assert all(p.registered_on for p in participants if p.status in ("registered", "attended"))
    assert all(p.registered_on is None for p in participants if p.status == "invited")


def test_filling_again_changes_nothing(db):
    counts = demo.counts(db)
    assert demo.fill(db, today=TODAY) == counts


def test_filling_on_another_day_moves_only_the_dates(template, tmp_path):
    copy = tmp_path / "again.sqlite"
    shutil.copy(template, copy)
    database = Database.open(str(copy))
    try:
        first = demo.counts(database)
        later = TODAY + dt.timedelta(days=10)
        second = demo.fill(database, today=later)
        assert {k: v for k, v in second.items() if k != "audit_entries"} == {
            k: v for k, v in first.items() if k != "audit_entries"
        }
        follow_ups = [i.next_follow_up for i in all_of(database, Inquiry) if i.next_follow_up]
        assert any(day == later for day in follow_ups)
    finally:
        database.close()


def test_the_set_is_the_same_in_every_database(db, tmp_path):
    database = Database.open(str(tmp_path / "other.sqlite"))
    try:
        demo.fill(database, today=TODAY)
        names = [(c.full_name, c.email) for c in all_of(database, Contact)]
    finally:
        database.close()
    assert names == [(c.full_name, c.email) for c in all_of(db, Contact)]


def test_search_text_is_folded_for_search(db):
    with db.session() as session:
        duren = session.scalars(select(Member).where(Member.name == "Kreis Düren")).one()
    assert "kreis duren" in duren.search_text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Städtenetzwerk „Drei gewinnt“", "staedtenetzwerk-drei-gewinnt"),
        ("Ma'anshan", "maanshan"),
        ("Fulda (Region)", "fulda-region"),
        ("Köln", "koeln"),
    ],
)
def test_slug(text, expected):
    assert demo.slug(text) == expected
