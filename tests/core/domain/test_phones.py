"""Phone numbers: one key however a number is written, a warning for what is no number."""

import time

import pytest

from isa_desk.core.domain import phones
from isa_desk.core.domain.phones import phone_key, phone_problem, search_query
from isa_desk.core.domain.validation import phone_problem as validation_phone_problem

BERLIN = "+49301234567"


@pytest.mark.parametrize(
    "text",
    [
        "030 1234567",
        "030.1234567",
        "030/1234567",
        "+49 (30) 1234567",
        "0049 (0)30 123 45 67",
        "+49 (0) 30 1234567",
        "+49301234567",
        "+49 30 1234567 ext. 12",
        "+49 30 1234567 x12",
        "030 1234567 Durchwahl 12",
        "030 1234567 App. 12",
        "  030 1234567  ",
    ],
)
def test_every_writing_of_one_berlin_number_gives_one_key(text):
    assert phone_key(text, "DE") == BERLIN
    assert phone_problem(text, "DE") is None


def test_a_number_without_country_code_is_read_in_the_contacts_country():
    assert phone_key("0757 8123 4567", "CN") == "+8675781234567"
    assert phone_key("010 6552 9988", "CN") == "+861065529988"
    assert phone_key("030 1234567", "DE") == BERLIN
    assert phone_key("010 6552 9988", "DE") == ""  # no German number


@pytest.mark.parametrize("country", ["", None, "XX", "Atlantis", " de "])
def test_an_empty_or_unknown_country_reads_german_numbers(country):
    assert phone_key("030 1234567", country) == BERLIN


@pytest.mark.parametrize(
    "text, key",
    [
        ("+86 138 0013 8000", "+8613800138000"),  # a mobile
        ("+86 10 6552 9988", "+861065529988"),  # Beijing
        ("+86 757 8338-1234", "+8675783381234"),  # Foshan
        ("+86-757-83381234", "+8675783381234"),
        ("+33 1.44.55.66.77", "+33144556677"),
    ],
)
def test_chinese_and_other_international_numbers(text, key):
    assert phone_key(text, "DE") == key
    assert phone_problem(text, "DE") is None


def test_a_chinese_extension_is_not_part_of_the_key():
    assert phone_key("0757-8338 1234转567", "CN") == "+8675783381234"
    assert phone_key("0757-8338 1234 分机 567", "CN") == "+8675783381234"


@pytest.mark.parametrize(
    "text", ["12345", "+++++12345", "+49 12", "abc", "call me", "0800 FLOWERS", "030 1234 " * 20]
)
def test_what_is_no_valid_number_has_no_key_and_a_warning_naming_it(text):
    assert phone_key(text, "DE") == ""
    message = phone_problem(text, "DE")
    assert message is not None and text.strip() in message
    assert "+49 30 1234567" in message  # the hint how to write it


@pytest.mark.parametrize("text", ["", "   ", None])
def test_empty_is_fine_and_has_no_key(text):
    assert phone_key(text, "DE") == ""
    assert phone_problem(text, "DE") is None


def test_validation_passes_the_country_on():
    assert validation_phone_problem("0757 8123 4567", "CN") is None
    assert validation_phone_problem("12345") is not None


# the keys a contact's search text holds (models.SEARCH_FIELDS: phone_key, mobile_key)
HELD = [
    phone_key("+49 30 1234567", "DE"),
    phone_key("+86 138 0013 8000", "CN"),
    phone_key("010 6552 9988", "CN"),
    phone_key("0757 8123 4567", "CN"),
]


@pytest.mark.parametrize(
    "query, wanted",
    [
        ("030 1234567", "301234567"),
        ("030/123 45 67", "301234567"),
        ("030 12345", "3012345"),  # typed in part
        ("+49301234567", BERLIN),
        ("+49 (30) 1234567", BERLIN),
        ("0049 (0)30 123 45 67", BERLIN),
        ("+49 (0)30 12", "+4903012"),
        ("138-0013-8000", "13800138000"),
        ("+86 138 0013 8000", "+8613800138000"),
        ("010 6552 9988", "1065529988"),
        ("0757 8123 4567", "75781234567"),
    ],
)
def test_a_search_for_a_number_in_any_writing_is_part_of_its_key(query, wanted):
    assert search_query(query) == wanted
    if query != "+49 (0)30 12":  # not valid in part: looked for as typed
        assert any(wanted in key for key in HELD)


@pytest.mark.parametrize("query", ["Müller", "10117", "Berlin 030", "", "+49 30", "2024-05-01 a"])
def test_other_searches_are_left_alone(query):
    assert search_query(query) == query


def test_phone_key_is_quick_enough_for_a_whole_database():
    """100,000 numbers, each different, as a migration meets them (about 30,000 a second
    on the development machine; the bar is set far lower for slow test machines)."""
    numbers = [f"030 {1000000 + n * 37}" for n in range(20_000)]
    phones._key.cache_clear()
    start = time.perf_counter()
    keys = [phone_key(number, "DE") for number in numbers]
    rate = len(numbers) / (time.perf_counter() - start)
    assert all(keys)
    assert rate > 5_000
