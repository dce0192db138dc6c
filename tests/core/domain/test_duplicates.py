"""The rules of the duplicate check: DIN 5007-2 name keys, names in characters, the Chinese
name order, phone numbers in E.164, and where two similar names meet."""

from __future__ import annotations

import pytest

from isa_desk.core.domain import duplicates
from isa_desk.core.domain.duplicates import (
    EMAIL,
    MEMBER,
    NAME,
    NAME_ZH,
    ORGANISATION,
    PHONE,
    TOWN,
    Person,
    person_key,
    same_person,
)
from isa_desk.core.domain.phones import phone_key


@pytest.mark.parametrize(
    "first, second",
    [
        (("Hans", "Müller"), ("Hans", "Mueller")),
        (("Jürgen", "Groß"), ("JUERGEN", "Gross")),
        (("Dr. Hans-Peter", "Müller"), ("Hans Peter", "Mueller")),
        (("Prof. Dr. Zoë", "Çelik"), ("Zoe", "Celik")),
        (("Frau Käthe", "Schröder"), ("Kaethe", "Schroeder")),
    ],
)
def test_names_written_two_ways_have_one_key(first, second):
    assert person_key(*first) == person_key(*second)


def test_keys_follow_din_5007_2_not_the_search_folding():
    assert person_key("Hans", "Müller") == "hans mueller"
    # the search folds "ae" to "a": Michael and Michal would be one name
    assert person_key("Michael", "Weber") != person_key("Michal", "Weber")
    assert person_key("Michael", "Weber") == "michael weber"
    assert person_key("", "") == ""


def test_the_same_office_two_chinese_names_are_two_people():
    wang_lei = Person("Lei", "Wang", "王磊", organisation_id=1)
    wang_wei = Person("Wei", "Wang", "王伟", organisation_id=1)
    assert duplicates.name_score(wang_lei.key, wang_wei.key) >= duplicates.NAME_SIMILARITY
    assert same_person(wang_lei, wang_wei) is None
    again = Person("Wei", "Wang", "王 伟", organisation_id=1)  # spaces do not count
    assert same_person(wang_wei, again) == duplicates.Verdict(NAME_ZH, 100.0, ORGANISATION)


def test_a_name_only_in_characters_meets_its_pinyin():
    assert same_person(
        Person(name_zh="王伟", organisation_id=3), Person("Wei", "Wang", organisation_id=3)
    ) == duplicates.Verdict(NAME, 100.0, ORGANISATION)
    # a surname read as a surname: 曾 Zeng, not Ceng
    assert duplicates.pinyin_key("曾伟") == "zeng wei"


def test_the_chinese_order_is_the_same_name():
    liu = Person("Yi", "Liu", member_ids=(4,))
    assert same_person(liu, Person("Liu", "Yi", member_ids=(4,))).score == 100.0


def test_anna_schmidt_at_two_organisations_of_one_member():
    city = Person("Anna", "Schmidt", organisation_id=1, member_ids=(7,), town="Duisburg")
    office = Person("Anna", "Schmidt", organisation_id=2, member_ids=(7,))
    assert same_person(city, office) == duplicates.Verdict(NAME, 100.0, MEMBER)
    # no member in common, but the same town however it is written
    elsewhere = Person("Anna", "Schmitt", organisation_id=9, member_ids=(8,), town="DUISBURG ")
    verdict = same_person(city, elsewhere)
    assert verdict.where == TOWN and duplicates.NAME_SIMILARITY <= verdict.score < 100
    # the same name with nothing in common is not enough
    assert same_person(city, Person("Anna", "Schmidt", organisation_id=5, town="Essen")) is None


def test_a_chinese_town_meets_its_pinyin():
    assert duplicates.town_key("佛山") == duplicates.town_key("Foshan")
    assert duplicates.town_key("Köln") == duplicates.town_key("Koeln")


def test_the_same_phone_number_written_two_ways():
    first = phone_key("0203 283-0", "DE")
    assert first and first == phone_key("+49 (203) 2830", "DE")
    hans = Person("Hans", "Müller", phone_keys=(first,), town="Duisburg")
    twin = Person("Dr. Hans", "Mueller", phone_keys=("+8613800138000", first), town="Essen")
    assert same_person(hans, twin) == duplicates.Verdict(PHONE, 100.0)
    # a switchboard: colleagues share the number, not the name
    colleague = Person("Petra", "Schulz", phone_keys=(first,))
    assert same_person(hans, colleague) is None


def test_the_same_email_key_whatever_the_names():
    first = Person("Anna", "Schmidt", email_key="a.schmidt@duisburg.de")
    second = Person("A.", "Schmidt-Berg", email_key="a.schmidt@duisburg.de")
    assert same_person(first, second) == duplicates.Verdict(EMAIL, 100.0)
    assert same_person(first, Person("Anna", "Schmidt", email_key="other@x.de")) is None


@pytest.mark.parametrize(
    "first, second",
    [
        (("Hans", "Müller"), ("Peter", "Müller")),
        (("Hans", "Müller"), ("Hans", "Meier")),
        (("Anna", "Schmidt"), ("Hans", "Müller")),
    ],
)
def test_different_people_at_one_organisation(first, second):
    at_one = {"organisation_id": 1}
    assert same_person(Person(*first, **at_one), Person(*second, **at_one)) is None


def test_similar_to_gives_the_scores_name_score_gives():
    keys = ["anna schmitt", "schmidt anna", "hans mueller", "", "anna schmidt"]
    found = duplicates.similar_to("anna schmidt", keys)
    assert sorted(found) == [0, 1, 4]
    assert all(found[i] == duplicates.name_score("anna schmidt", keys[i]) for i in found)
    assert duplicates.similar_to("", keys) == {}


def test_every_reason_reads_as_a_sentence():
    texts = {
        duplicates.reason_text(reason, where)
        for reason in (EMAIL, PHONE, NAME_ZH, NAME)
        for where in ("", ORGANISATION, MEMBER, TOWN)
    }
    assert "very similar name at the same organisation" in texts
    assert "same Chinese name in the same town" in texts
    assert len(texts) == 10 and all(text and "_" not in text for text in texts)
