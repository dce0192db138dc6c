"""Sort keys: German names by DIN 5007-1 with particles passed over, Chinese by pinyin."""

from __future__ import annotations

import random

from isa_desk.core.domain.sorting import (
    family_primary,
    name_sort_key,
    person_sort_key,
    primary,
    text_sort_key,
)

GERMAN = [
    "Armel",
    "Ärmel",
    "Böhm",
    "Busch",
    "de Maizière",  # under M
    "Özdemir",
    "Übel",
    "von der Leyen",  # under L
    "Zimmermann",
]
# the order Excel and Outlook give (DIN 5007-1, particles passed over)
GERMAN_ORDER = [
    "Armel",
    "Ärmel",
    "Böhm",
    "Busch",
    "von der Leyen",
    "de Maizière",
    "Özdemir",
    "Übel",
    "Zimmermann",
]


def by_family(families: list[str]) -> list[str]:
    return sorted(families, key=lambda family: person_sort_key(family, "Anna"))


def shuffled(items: list) -> list:
    mixed = list(items)
    random.Random(5007).shuffle(mixed)
    return mixed


def test_german_family_names_in_din_5007_order():
    assert by_family(shuffled(GERMAN)) == GERMAN_ORDER


def test_code_point_order_is_not_what_the_lists_show():
    # what the lists showed before: capitals, then lower case, then umlauts
    assert sorted(GERMAN_ORDER)[-3:] == ["Ärmel", "Özdemir", "Übel"]
    assert by_family(["Busch", "Böhm"]) == ["Böhm", "Busch"]


def test_umlauts_and_sharp_s_fold_to_their_base_letters():
    assert primary("Ärmel") == primary("Armel") == "armel"
    assert primary("Straße") == primary("Strasse")
    # the unaccented word first when they are otherwise equal
    assert by_family(["Ärmel", "Armel"]) == ["Armel", "Ärmel"]


def test_mueller_with_umlaut_stands_with_muller_as_din_5007_1_has_it():
    # DIN 5007-1 (lists): ü = u, so Müller is filed with Muller; Mueller is spelt out
    # and stands before "Muff" (DIN 5007-2 would put it with Müller: only for duplicates)
    names = ["Muff", "Müller", "Mueller", "Muller", "Mahler", "Mutz"]
    assert by_family(names) == ["Mahler", "Mueller", "Muff", "Muller", "Müller", "Mutz"]


def test_particles_are_passed_over():
    assert family_primary("von der Leyen") == "leyen"
    assert family_primary("de Maizière") == "maiziere"
    assert family_primary("van Gogh") == "gogh"
    # a name that is only a particle stays what it is
    assert family_primary("Von") == "von"
    assert by_family(["Maier", "de Maizière", "Maizner"]) == ["Maier", "de Maizière", "Maizner"]


def test_a_shorter_name_before_a_longer_one_whatever_the_given_name():
    assert by_family(["Leeb", "Lee"]) == ["Lee", "Leeb"]
    keys = [person_sort_key("Lee", "Zoë"), person_sort_key("Leeb", "Anna")]
    assert keys == sorted(keys)


def chinese(name_zh: str) -> str:
    return person_sort_key("", "", name_zh)


def test_chinese_names_by_pinyin_with_surname_readings():
    names = ["曾", "陈", "白", "安"]  # zeng, chen, bai, an
    assert sorted(names, key=chinese) == ["安", "白", "陈", "曾"]
    # 曾 as a surname is Zeng (read "ceng" it would stand between Cao and Chen)
    assert sorted(["曾静", "陈芳", "操明", "赵丽"], key=chinese) == ["操明", "陈芳", "曾静", "赵丽"]
    assert primary("曾", surname=True) == "zeng"
    assert primary("单", surname=True) == "shan"


def test_liu_in_characters_and_in_latin_stand_together():
    people = [
        ("Lin", "Bo", ""),
        ("", "", "刘毅"),
        ("Liu", "Yang", ""),
        ("Lu", "Xun", ""),
        ("", "", "李明"),
    ]
    ordered = sorted(people, key=lambda p: person_sort_key(*p))
    assert ordered == [
        ("", "", "李明"),  # li
        ("Lin", "Bo", ""),
        ("Liu", "Yang", ""),
        ("", "", "刘毅"),  # liu yi
        ("Lu", "Xun", ""),
    ]


def test_a_latin_name_wins_over_the_characters():
    assert person_sort_key("Wang", "Wei", "刘毅").startswith("wang")


def test_given_name_order():
    people = [("Busch", "Ömer"), ("Adler", "Zoë"), ("Zimmermann", "Anna"), ("Böhm", "Anna")]
    ordered = sorted(people, key=lambda p: person_sort_key(*p, given_first=True))
    assert ordered == [
        ("Böhm", "Anna"),
        ("Zimmermann", "Anna"),
        ("Busch", "Ömer"),
        ("Adler", "Zoë"),
    ]


def test_organisation_and_member_names():
    names = ["Zweckverband", "Ämter-Verbund", "Amt Nord", "佛山市", "Bottrop"]
    ordered = sorted(names, key=text_sort_key)
    assert ordered == ["Amt Nord", "Ämter-Verbund", "Bottrop", "佛山市", "Zweckverband"]
    assert name_sort_key("", "佛山市") == text_sort_key("佛山市")  # fo shan shi
    assert name_sort_key("Foshan", "佛山市") == text_sort_key("Foshan")
