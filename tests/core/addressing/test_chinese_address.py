"""The address block in Chinese order: from 中国 down to the person, names in characters where
the records have them, provinces and cities stored in Latin script found in characters, and
the DIN 5008 block whenever the sender did not choose the Chinese order or the address is
not in China."""

from __future__ import annotations

import pytest

from isa_desk.core.addressing.address import address_lines
from isa_desk.core.addressing.chinese_address import (
    address_block,
    chinese_address_lines,
    city,
    province,
)
from isa_desk.core.documents.letters import recipients
from tests.core.documents.letters.three_languages import add_people

FOSHAN = {"name": "Foshan", "name_zh": "佛山市", "country": "CN", "region": "Guangdong"}
GOVERNMENT = {
    "name": "Volksregierung der Stadt Foshan",
    "name_zh": "佛山市人民政府",
    "street": "禅城区岭南大道北12号",
    "postcode": "528000",
    "town": "Foshan",
    "region": "Guangdong",
    "country": "CN",
    "member": FOSHAN,
}


def test_a_foshan_contact_from_the_database(db):
    people = add_people(db)
    selection = recipients.Selection(contact_ids=(people.liu, people.beispiel))
    found = {c.id: c for c in recipients.collect(db, selection).contacts}  # as a letter run
    liu = found[people.liu]
    assert address_block(liu, chinese_order=True) == [
        "中国广东省佛山市 528000",
        "禅城区岭南大道北12号",
        "佛山市人民政府",
        "刘毅女士 收",
        "CHINA",
    ]
    # the option off: the DIN 5008 block, as before
    assert (
        address_block(liu)
        == address_lines(liu)
        == [
            "Frau",
            "Liu Yi",
            "Volksregierung der Stadt Foshan",
            "禅城区岭南大道北12号",
            "FOSHAN 528000",
            "CHINA",
        ]
    )
    # a recipient in Germany keeps the DIN block with the option on
    beispiel = found[people.beispiel]
    assert address_block(beispiel, chinese_order=True) == address_lines(beispiel)


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("Guangdong", "广东省"),
        ("guangdong province", "广东省"),
        ("广东", "广东省"),
        ("广东省", "广东省"),
        ("Inner Mongolia", "内蒙古自治区"),
        ("Ningxia", "宁夏回族自治区"),
        ("Tibet", "西藏自治区"),
        ("Shaanxi", "陕西省"),
        ("Shanxi", "山西省"),
        ("Beijing", "北京市"),
        ("Bayern", "Bayern"),
        ("", ""),
    ],
)
def test_provinces_in_characters(region, expected):
    assert province(region) == expected


def test_cities_in_characters():
    assert city("Foshan", ["佛山市人民政府"]) == "佛山市"
    assert city("Shenzhen", ["深圳市宝安区"]) == "深圳市"
    assert city("Foshan", ["佛山"]) == "佛山"
    assert city("佛山市禅城区", []) == "佛山市禅城区"  # as written, with its district
    assert city("Jiangmen", ["佛山市"]) == "Jiangmen"  # no name that reads like it


def test_person_lines_and_organisations():
    liu = {"gender": "female", "family_name": "Liu", "given_name": "Yi", "name_zh": "刘 毅"}
    wang = {"gender": "male", "family_name": "Wang", "name_zh": "王伟", "position": "副市长"}
    professor = {"gender": "male", "family_name": "Chen", "name_zh": "陈明", "title": "Prof. Dr."}
    latin = {"gender": "unknown", "family_name": "Beispiel", "given_name": "Alex"}
    department = {"department": "外事局"}
    lines = [
        chinese_address_lines({**person, "organisation": GOVERNMENT})[-2]
        for person in (liu, wang, professor, latin)
    ]
    assert lines == ["刘毅女士 收", "王伟副市长 收", "陈明教授 收", "Alex Beispiel 收"]
    assert chinese_address_lines({**department, "organisation": GOVERNMENT}) == [
        "中国广东省佛山市 528000",
        "禅城区岭南大道北12号",
        "佛山市人民政府",
        "外事局 收",
        "CHINA",
    ]
    assert chinese_address_lines({**liu, **department, "organisation": GOVERNMENT})[2:] == [
        "佛山市人民政府",
        "外事局",
        "刘毅女士 收",
        "CHINA",
    ]
    only_organisation = chinese_address_lines({"organisation": GOVERNMENT})
    assert only_organisation[2:] == ["佛山市人民政府 收", "CHINA"]


def test_a_municipality_is_named_once():
    wang = {
        "gender": "male",
        "family_name": "Wang",
        "name_zh": "王伟",
        "street": "东城区正义路2号",
        "postcode": "100744",
        "town": "Beijing",
        "region": "Beijing",
        "country": "CN",
    }
    assert chinese_address_lines(wang)[0] == "中国北京市 100744"
    assert chinese_address_lines({**wang, "town": "北京市", "region": "北京"})[0] == (
        "中国北京市 100744"
    )


def test_only_addresses_in_china():
    hong_kong = {**GOVERNMENT, "country": "HK", "town": "Hong Kong", "region": ""}
    person = {"gender": "female", "family_name": "Chan", "organisation": hong_kong}
    assert address_block(person, chinese_order=True) == address_lines(person)
    assert address_block({"family_name": "Ohne"}, chinese_order=True) == []
