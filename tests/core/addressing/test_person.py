"""The one rule for the order of names, read from a Contact, a row or a form's values."""

from __future__ import annotations

from types import SimpleNamespace

from isa_desk.core.addressing.address import address_lines
from isa_desk.core.addressing.person import full_name, latin_name, ordered_names
from isa_desk.core.db.models import Contact, NameOrder
from isa_desk.core.services.inquiries import contact_name
from isa_desk.core.services.participants import person_name


def test_family_name_first_only_for_the_chinese_order():
    assert ordered_names("Yi", "Liu", "chinese") == ("Liu", "Yi")
    assert ordered_names("Yi", "Liu", NameOrder.CHINESE) == ("Liu", "Yi")
    assert ordered_names("Anna", "Berg", NameOrder.WESTERN) == ("Anna", "Berg")
    assert ordered_names("Anna", "Berg", None) == ("Anna", "Berg")


def test_the_name_from_a_contact_a_dict_and_a_row_alike():
    values = dict(given_name="Yi", family_name="Liu", name_order=NameOrder.CHINESE, name_zh="刘毅")
    for person in (Contact(**values), values, SimpleNamespace(**values)):
        assert latin_name(person) == "Liu Yi"
        assert latin_name(person, "Dr.") == "Dr. Liu Yi"
        assert full_name(person) == "Liu Yi"
    assert Contact(**values).full_name == "Liu Yi"


def test_characters_stand_in_only_where_a_name_must_be_shown():
    only_zh = dict(name_zh="刘毅", name_order="chinese")
    assert latin_name(only_zh) == ""
    assert Contact(**only_zh).full_name == ""  # the record's label falls back elsewhere
    assert full_name(only_zh) == "刘毅"


def test_the_services_names_follow_the_rule():
    assert person_name("Dr.", "Yi", "Liu", NameOrder.CHINESE) == "Dr. Liu Yi"
    assert person_name("", "", "", "chinese", "刘毅") == "刘毅"
    assert contact_name("", "Wei", "Wang", "chinese", "王伟") == "Wang Wei (王伟)"
    assert contact_name("Dr.", "Anna", "Berg", "western", "") == "Dr. Anna Berg"


def test_a_forms_values_carry_the_organisation_whose_address_is_used():
    organisation = SimpleNamespace(
        name="Grand Lyon",
        name_zh="",
        street="20 rue du Lac",
        postcode="69003",
        town="Lyon",
        country="FR",
    )
    values = dict(
        gender="female",
        given_name="Claire",
        family_name="Martin",
        name_order="western",
        street="",
        postcode="",
        town="",
        country="FR",
        organisation=organisation,
    )
    assert address_lines(values) == [
        "Frau",
        "Claire Martin",
        "Grand Lyon",
        "20 rue du Lac",
        "69003 LYON",
        "FRANKREICH",
    ]
    assert address_lines({**values, "organisation": None}) == []
