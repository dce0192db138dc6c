"""Single-value checks: e-mail, postcode, phone, country."""

import pytest

from isa_desk.core.domain.countries import country_code
from isa_desk.core.domain.validation import (
    email_problem,
    phone_problem,
    postcode_problem,
    repair_postcode,
)


@pytest.mark.parametrize(
    "email",
    [
        "",
        "  ",
        "isa@pks-gmbh.net",
        " anna.schmidt@example.org ",
        "li.wei@foshan.gov.cn",
        "a+b@sub.example.com",
        "müller@beispiel.de",
    ],
)
def test_valid_or_empty_addresses_pass(email):
    assert email_problem(email) is None


@pytest.mark.parametrize(
    "email",
    [
        "isa",
        "isa@",
        "@example.org",
        "isa@example",
        "a b@example.org",
        "a@@example.org",
        "a..b@example.org",
        ".a@example.org",
        "a@example..org",
        "a@-example.org",
    ],
)
def test_broken_addresses_are_named_in_the_message(email):
    message = email_problem(email)
    assert message is not None
    assert email.strip() in message


@pytest.mark.parametrize("postcode", ["10117", "09111", "", "  "])
def test_german_postcodes_with_five_digits_pass(postcode):
    assert postcode_problem(postcode, "DE") is None


@pytest.mark.parametrize("postcode", ["1011", "101170", "1O117", "D-10117", "10 117"])
def test_german_postcodes_need_exactly_five_digits(postcode):
    assert "five digits" in postcode_problem(postcode, "Deutschland")


def test_other_countries_keep_their_own_postcodes():
    assert postcode_problem("528000", "CN") is None
    assert postcode_problem("SW1A 1AA", "GB") is None


@pytest.mark.parametrize(
    "phone",
    ["+49 (30) 25 79 72 – 23", "030/2579720", "+86 757 8338-1234", "0221 123456", ""],
)
def test_usual_phone_notations_pass(phone):
    assert phone_problem(phone) is None


def test_letters_and_too_few_digits_are_warned_about():
    assert "call me" in phone_problem("call me")
    assert "+49 12" in phone_problem("+49 12")


@pytest.mark.parametrize(
    "text, code",
    [
        ("Deutschland", "DE"),
        ("germany", "DE"),
        ("德国", "DE"),
        ("DE", "DE"),
        ("de", "DE"),
        ("BRD", "DE"),
        ("China", "CN"),
        ("中国", "CN"),
        ("VR China", "CN"),
        ("CN", "CN"),
        ("Österreich", "AT"),
        ("oesterreich", "AT"),
        ("Vereinigtes Königreich", "GB"),
        ("USA", "US"),
        ("  Frankreich ", "FR"),
    ],
)
def test_country_names_in_three_languages_give_the_iso_code(text, code):
    assert country_code(text) == code


@pytest.mark.parametrize("text", ["", None, "Atlantis", "XX"])
def test_unknown_countries_give_none(text):
    assert country_code(text) is None


@pytest.mark.parametrize(
    "value, country, repaired",
    [
        (9111, "DE", "09111"),
        ("9111", "Deutschland", "09111"),
        (9111.0, "DE", "09111"),
        ("9111.0", "DE", "09111"),
        ("D-10117", "DE", "10117"),
        (" 10117 ", "DE", "10117"),
        (None, "DE", ""),
        ("1234", "AT", "1234"),
        (528000, "CN", "528000"),
    ],
)
def test_postcodes_that_lost_their_leading_zero_get_it_back(value, country, repaired):
    assert repair_postcode(value, country) == repaired
