"""The last line of an address abroad: the country in German, in capitals (DIN 5008), for
every ISO country, as the office chose to write it."""

from __future__ import annotations

import pytest

from isa_desk.core.addressing.address import address_lines, country_line
from isa_desk.core.domain import countries
from isa_desk.core.domain.countries import CountryNames


@pytest.mark.parametrize(
    "country, town, line",
    [
        ("HK", "Hong Kong", "HONGKONG"),
        ("TW", "Taipei", "TAIWAN"),
        ("MO", "Macau", "MACAU"),
        ("KZ", "Astana", "KASACHSTAN"),
        ("MN", "Ulaanbaatar", "MONGOLEI"),
        ("KR", "Seoul", "SÜDKOREA"),
        ("US", "Boston", "VEREINIGTE STAATEN"),
        ("CN", "Foshan", "CHINA"),
    ],
)
def test_an_address_abroad_ends_with_the_german_country_name_in_capitals(country, town, line):
    contact = {
        "gender": "male",
        "given_name": "Wei",
        "family_name": "Chan",
        "street": "1 Main Road",
        "postcode": "",
        "town": town,
        "country": country,
    }
    lines = address_lines(contact)
    assert lines[-1] == line
    assert lines[-2] == town.upper()


def test_every_iso_country_has_a_country_line():
    for code in countries.all_codes():
        line = country_line(code)
        assert line and line == line.upper() and line != code


def test_the_line_follows_the_offices_german_name():
    countries.use(CountryNames().with_name("HK", "de", "Hongkong (China)"))
    try:
        assert country_line("HK") == "HONGKONG (CHINA)"
    finally:
        countries.use(CountryNames())
    assert country_line("HK") == "HONGKONG"
