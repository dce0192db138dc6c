"""Whole names split as people write them: German names with particles and titles,
"Family, Given", names in characters, and Chinese names in pinyin only where it is safe."""

from __future__ import annotations

import pytest

from isa_desk.core.addressing.person import COMPOUND_FAMILY_NAMES
from isa_desk.core.db.enums import NameOrder
from isa_desk.core.domain import person_names
from isa_desk.core.domain.person_names import (
    PINYIN_FAMILY_NAMES,
    SplitName,
    chinese_family_first,
    is_pinyin,
    split_name,
)
from isa_desk.core.domain.sorting import primary

WESTERN, CHINESE = NameOrder.WESTERN, NameOrder.CHINESE


@pytest.mark.parametrize(
    ("text", "given", "family", "title", "gender"),
    [
        ("Anna Schmidt", "Anna", "Schmidt", "", None),
        ("Schmidt, Anna", "Anna", "Schmidt", "", None),
        ("Schmidt,Anna", "Anna", "Schmidt", "", None),
        ("Ursula von der Leyen", "Ursula", "von der Leyen", "", None),
        ("von der Leyen, Ursula", "Ursula", "von der Leyen", "", None),
        ("von der Leyen", "", "von der Leyen", "", None),
        ("Thomas de Maizière", "Thomas", "de Maizière", "", None),
        ("Jan van der Berg", "Jan", "van der Berg", "", None),
        ("Anna ten Brink", "Anna", "ten Brink", "", None),
        ("Jan ter Horst", "Jan", "ter Horst", "", None),
        ("Maria zur Lippe", "Maria", "zur Lippe", "", None),
        ("Hans zum Felde", "Hans", "zum Felde", "", None),
        ("Maria vom Stein", "Maria", "vom Stein", "", None),
        ("Pieter den Uyl", "Pieter", "den Uyl", "", None),
        ("Karl-Theodor von und zu Guttenberg", "Karl-Theodor", "von und zu Guttenberg", "", None),
        ("Hans Müller-Lüdenscheidt", "Hans", "Müller-Lüdenscheidt", "", None),
        ("Anna-Lena Müller-Lüdenscheidt", "Anna-Lena", "Müller-Lüdenscheidt", "", None),
        ("Anna Maria Schmidt", "Anna Maria", "Schmidt", "", None),
        ("Dr. Anna Schmidt", "Anna", "Schmidt", "Dr.", None),
        ("Schmidt, Dr. Anna", "Anna", "Schmidt", "Dr.", None),
        ("Frau Dr. Anna Schmidt", "Anna", "Schmidt", "Dr.", "female"),
        ("Herr Prof. Dr. Karl Meier", "Karl", "Meier", "Prof. Dr.", "male"),
        (
            "Prof. Dr.-Ing. Hans Müller-Lüdenscheidt",
            "Hans",
            "Müller-Lüdenscheidt",
            "Prof. Dr.-Ing.",
            None,
        ),
        (
            "Herr Dipl.-Ing. Karl-Theodor zu Guttenberg",
            "Karl-Theodor",
            "zu Guttenberg",
            "Dipl.-Ing.",
            "male",
        ),
        ("Univ.-Prof. Dr. Karl Meier", "Karl", "Meier", "Univ.-Prof. Dr.", None),
        ("Karl Meier, Dipl.-Ing.", "Karl", "Meier", "Dipl.-Ing.", None),
        ("Anna Schmidt M.A.", "Anna", "Schmidt", "M.A.", None),
        ("Frau Schmidt", "", "Schmidt", "", "female"),
        ("Schmidt", "", "Schmidt", "", None),
        ("Mr John Smith", "John", "Smith", "", "male"),
        ("Ms. Anna Lee", "Anna", "Lee", "", "female"),
        ("Hr. Karl Meier", "Karl", "Meier", "", "male"),
    ],
)
def test_latin_names(text, given, family, title, gender):
    assert split_name(text) == SplitName(given, family, title, "", WESTERN, gender)


@pytest.mark.parametrize(
    ("text", "given", "family"),
    [
        ("张伟", "伟", "张"),
        ("欧阳娜娜", "娜娜", "欧阳"),
        ("司马光", "光", "司马"),
        ("王小明", "小明", "王"),
    ],
)
def test_names_in_characters_put_the_family_name_first(text, given, family):
    assert split_name(text) == SplitName(given, family, "", text, CHINESE)


def test_a_name_in_characters_with_a_word_of_address_or_in_pinyin_too():
    assert split_name("刘女士") == SplitName("", "刘", "", "刘", CHINESE, "female")
    # the pinyin of the family name in characters says which Latin word it is
    assert split_name("张伟 Zhang Wei") == SplitName("Wei", "Zhang", "", "张伟", CHINESE)
    assert split_name("Wei Zhang (张伟)") == SplitName("Wei", "Zhang", "", "张伟", WESTERN)
    # a foreign name written in characters keeps the given name first
    assert split_name("安娜·施密特") == SplitName("安娜", "施密特", "", "安娜·施密特", WESTERN)


@pytest.mark.parametrize(
    ("text", "given", "family", "order"),
    [
        ("Liu Yi", "Yi", "Liu", CHINESE),
        ("Ouyang Nana", "Nana", "Ouyang", CHINESE),
        ("Wang Xiaoming", "Xiaoming", "Wang", CHINESE),
        ("Wang Xiao-Ming", "Xiao-Ming", "Wang", CHINESE),
        ("Liú Yì", "Yì", "Liú", CHINESE),
        ("Yi Liu", "Yi", "Liu", WESTERN),  # written given name first
        ("Xiaoming Wang", "Xiaoming", "Wang", WESTERN),
        # both words are Chinese family names: nothing says which one is
        ("Wang Lei", "Wang", "Lei", WESTERN),
        ("Zhang Wei", "Zhang", "Wei", WESTERN),
        # German and English names whose first word looks like a Chinese family name
        ("Anna Lee", "Anna", "Lee", WESTERN),
        ("Lin Müller", "Lin", "Müller", WESTERN),
        ("Han Meier", "Han", "Meier", WESTERN),
        ("Jin Schmidt", "Jin", "Schmidt", WESTERN),
        ("Liu, Yi", "Yi", "Liu", WESTERN),  # the comma tells the parts, not the order
        ("Liu Yi Anna", "Liu Yi", "Anna", WESTERN),  # only two words are read as Chinese
    ],
)
def test_pinyin_names_family_name_first_only_when_it_is_safe(text, given, family, order):
    found = split_name(text)
    assert (found.given, found.family, found.order) == (given, family, order)


def test_a_chinese_country_or_a_name_in_characters_decides_a_doubtful_name():
    assert split_name("Wang Lei", country="CN") == SplitName("Lei", "Wang", order=CHINESE)
    assert split_name("Zhang Wei", country="TW").order == CHINESE
    assert split_name("Wang Lei", country="DE").order == WESTERN
    assert split_name("Liu, Yi", country="CN").order == CHINESE
    # the name in characters (another column) tells which word is the family name
    assert split_name("Liu Yi", name_zh="刘毅") == SplitName("Yi", "Liu", order=CHINESE)
    assert split_name("Yi Liu", name_zh="刘毅") == SplitName("Yi", "Liu", order=WESTERN)
    assert split_name("Lei Wang", name_zh="王磊") == SplitName("Lei", "Wang", order=WESTERN)
    assert split_name("Wang Lei", name_zh="王磊") == SplitName("Lei", "Wang", order=CHINESE)
    # a western name stays so, whatever the country
    assert split_name("Anna Lee", country="CN").order == WESTERN


def test_empty_and_title_only():
    assert split_name("") == SplitName()
    assert split_name("   ") == SplitName()
    assert split_name("Dr.") == SplitName(title="Dr.")


@pytest.mark.parametrize(
    ("word", "pinyin"),
    [
        ("Nana", True),
        ("Yi", True),
        ("Xiaoming", True),
        ("Xi'an", True),
        ("Xiao-Ming", True),
        ("Meier", False),  # mei + er needs an apostrophe in pinyin
        ("Lee", False),
        ("Müller", False),
        ("Schmidt", False),
    ],
)
def test_pinyin_words(word, pinyin):
    assert is_pinyin(word) is pinyin


def test_the_pinyin_family_names_include_the_compound_ones():
    for name in ("欧阳", "司马", "诸葛", "上官", "东方", "令狐", "皇甫", "尉迟", "公孙", "慕容"):
        assert name in COMPOUND_FAMILY_NAMES
        assert primary(name, surname=True).replace(" ", "") in PINYIN_FAMILY_NAMES
    assert chinese_family_first("Sima", "Guang")
    assert not chinese_family_first("Anna", "Lee")


@pytest.mark.parametrize(
    "text",
    [
        "Anna Schmidt",
        "Karl-Heinz Meier",
        "Jörg Böhm",
        "Liu Yi",
        "Anna Lee",
        "Schmidt, Anna",
        "Müller-Lüdenscheidt, Karl-Heinz",
        "Dr. Anna Schmidt",
        "Frau Dr. Anna Schmidt",
        "Herr Prof. Dr. Karl Meier",
        "Dipl.-Ing. Karl Meier",
        "Ms Anna Lee",
        "Mr. John Smith",
        "Schmidt, Dr. Anna",
        "Schmidt, Frau Anna",
    ],
)
def test_the_usual_shapes_are_read_as_nameparser_reads_them(text):
    # the quick path (nameparser takes a fifth of a millisecond a name) gives the same
    quick = person_names._quick(text)
    assert quick is not None
    assert quick == person_names._parsed(text)


@pytest.mark.parametrize(
    "text", ["von der Leyen", "Anna Maria Schmidt", "Anna Schmidt M.A.", "Anna van Gogh", "Li"]
)
def test_other_shapes_are_left_to_nameparser(text):
    assert person_names._quick(text) is None
