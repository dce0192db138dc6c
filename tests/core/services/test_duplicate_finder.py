"""The whole-database duplicate finder on a real database: the pairs it finds and why, the
pairs marked as two people (remembered), and a merged pair gone."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from isa_desk.core.db.models import AuditEntry, NotDuplicate
from isa_desk.core.domain.duplicates import MEMBER, NAME, NAME_ZH, ORGANISATION, PHONE
from isa_desk.core.errors import Cancelled, NotFoundError, ValidationError
from isa_desk.core.progress import Progress
from isa_desk.core.services import contacts, members, organisations
from isa_desk.core.services.duplicate_finder import find_pairs, mark_not_duplicate


@pytest.fixture
def duisburg(db):
    """A member with two organisations, and people stored twice and people who are not."""
    member = members.create(
        db, {"name": "Duisburg", "kind": "city", "country": "DE", "status": "member"}
    )

    def organisation(name, town):
        made = organisations.create(
            db,
            {"name": name, "kind": "city_administration", "member_id": member.id, "town": town},
        )
        return made.id

    city = organisation("Stadt Duisburg", "Duisburg")
    office = organisation("Stadtverwaltung Duisburg", "Duisburg-Mitte")
    foshan = organisations.create(db, {"name": "外事局", "town": "佛山", "country": "CN"}).id

    def person(given, family, **values):
        return contacts.create(db, {"given_name": given, "family_name": family, **values}).id

    return {
        "anna": person("Anna", "Schmidt", organisation_id=city, email="anna@duisburg.de"),
        "anna again": person("Anna", "Schmidt", organisation_id=office, email="a.s@duisburg.de"),
        "wang lei": person("Lei", "Wang", name_zh="王磊", organisation_id=foshan),
        "wang wei": person("Wei", "Wang", name_zh="王伟", organisation_id=foshan),
        "liu": person("Yi", "Liu", name_order="chinese", organisation_id=foshan),
        "liu again": person("Liu", "Yi", organisation_id=foshan, email="liu@example.cn"),
        "hans": person("Hans", "Müller", phone="0203 283-0"),
        "hans again": person("Dr. Hans", "Mueller", mobile="+49 (203) 2830", country="DE"),
        "petra": person("Petra", "Schulz", phone="+49 203 2830"),  # the same switchboard
        "jan": person("Jan", "Becker", organisation_id=city),
    }


def found(db) -> dict[tuple[int, int], tuple[str, str, float]]:
    return {
        (pair.first.id, pair.second.id): (pair.reason, pair.verdict.where, pair.score)
        for pair in find_pairs(db)
    }


def test_the_pairs_found_and_why(db, duisburg):
    ids = duisburg
    pairs = find_pairs(db)
    assert {(p.first.id, p.second.id): (p.reason, p.verdict.where) for p in pairs} == {
        (ids["anna"], ids["anna again"]): (NAME, MEMBER),
        (ids["liu"], ids["liu again"]): (NAME, ORGANISATION),
        (ids["hans"], ids["hans again"]): (PHONE, ""),
    }
    assert pairs[0].reason == PHONE  # the surest first
    anna = next(p for p in pairs if p.first.id == ids["anna"])
    assert (anna.first.name, anna.first.organisation, anna.first.email) == (
        "Anna Schmidt",
        "Stadt Duisburg",
        "anna@duisburg.de",
    )
    assert anna.second.organisation == "Stadtverwaltung Duisburg"
    assert anna.text() == "very similar name at the same member" and anna.score == 100.0
    assert next(p for p in pairs if p.first.id == ids["liu"]).first.name == "Liu Yi"


def test_the_same_chinese_name_is_found_and_a_different_one_is_not(db, duisburg):
    again = contacts.create(
        db, {"given_name": "Wei", "family_name": "Wong", "name_zh": "王 伟", "town": "Foshan"}
    )
    pairs = found(db)
    assert pairs[(duisburg["wang wei"], again.id)] == (NAME_ZH, "town", 100.0)
    assert (duisburg["wang lei"], duisburg["wang wei"]) not in pairs


def test_a_pair_marked_as_two_people_does_not_come_again(db, duisburg):
    anna, again = duisburg["anna"], duisburg["anna again"]
    mark_not_duplicate(db, again, anna)  # either order
    mark_not_duplicate(db, anna, again)  # twice is once
    assert (anna, again) not in found(db)
    assert (duisburg["liu"], duisburg["liu again"]) in found(db)
    with db.session() as session:
        [decision] = session.scalars(select(NotDuplicate)).all()
        assert (decision.first_id, decision.second_id) == (anna, again) and decision.user
        entries = session.scalars(
            select(AuditEntry.entity).where(AuditEntry.entity == "not_duplicate")
        ).all()
    assert entries == ["not_duplicate"]


def test_marking_needs_two_contacts_that_exist(db, duisburg):
    with pytest.raises(ValidationError):
        mark_not_duplicate(db, duisburg["anna"], duisburg["anna"])
    with pytest.raises(NotFoundError):
        mark_not_duplicate(db, duisburg["anna"], 9999)
    with db.session() as session:
        assert session.scalars(select(NotDuplicate)).all() == []


def test_a_merged_pair_is_gone_and_so_is_its_decision(db, duisburg):
    hans, again = duisburg["hans"], duisburg["hans again"]
    mark_not_duplicate(db, duisburg["anna"], duisburg["anna again"])
    contacts.merge(db, hans, again, {})
    assert not any(hans in pair or again in pair for pair in found(db))
    contacts.delete(db, [duisburg["anna again"]])
    with db.session() as session:
        assert session.scalars(select(NotDuplicate)).all() == []  # deleted with the contact


def test_progress_reaches_the_end_and_cancel_stops(db, duisburg):
    steps = []
    find_pairs(db, Progress(lambda done, total, _text: steps.append((done, total))))
    assert steps[-1][0] == steps[-1][1] > 0
    stopped = Progress()
    stopped.cancel()
    with pytest.raises(Cancelled):
        find_pairs(db, stopped)
    with pytest.raises(Cancelled):
        find_pairs(db, cancelled=lambda: True)


def test_the_check_before_saving_asks_the_same_rules(db, duisburg):
    """The editor's warning (contacts.find_duplicates) on the values of a new contact."""
    office = contacts.get(db, duisburg["anna again"]).organisation_id
    hits = contacts.find_duplicates(
        db, {"given_name": "Anna", "family_name": "Schmidt", "organisation_id": office}
    )
    assert [(hit.id, hit.reason, hit.why) for hit in hits] == [
        (duisburg["anna again"], "name", "very similar name at the same organisation"),
        (duisburg["anna"], "name", "very similar name at the same member"),
    ]
    wang = contacts.get(db, duisburg["wang wei"])
    lei = {"given_name": "Lei", "family_name": "Wang", "name_zh": "王磊"}
    hits = contacts.find_duplicates(db, {**lei, "organisation_id": wang.organisation_id})
    assert [h.id for h in hits] == [duisburg["wang lei"]]  # not 王伟 at the same office
    hits = contacts.find_duplicates(
        db, {"given_name": "H.", "family_name": "Müller", "phone": "+49 203 283 0"}
    )
    assert [(hit.id, hit.reason) for hit in hits] == [
        (duisburg["hans"], "phone"),
        (duisburg["hans again"], "phone"),  # the number is his mobile
    ]
