"""Countries: every ISO code, names from CLDR, the spellings people send, the office's names."""

from __future__ import annotations

import subprocess
import sys

import pycountry
import pytest

from isa_desk.core.domain import countries
from isa_desk.core.domain.countries import (
    CountryNames,
    all_codes,
    cldr_name,
    country_code,
    country_name,
    name_conflict,
)

# How the countries come in the lists the office receives: German, English, Chinese in
# simplified and traditional characters, official and old names, codes.
SPELLINGS = [
    ("Hongkong", "HK"),
    ("Hong Kong", "HK"),
    ("HongKong", "HK"),
    ("Hong Kong SAR China", "HK"),
    ("Sonderverwaltungsregion Hongkong", "HK"),
    ("香港", "HK"),
    ("中国香港", "HK"),
    ("中國香港", "HK"),
    ("中国香港特别行政区", "HK"),
    ("中國香港特別行政區", "HK"),
    ("HKG", "HK"),
    ("Macau", "MO"),
    ("Macao", "MO"),
    ("澳门", "MO"),
    ("澳門", "MO"),
    ("中国澳门", "MO"),
    ("Taiwan", "TW"),
    ("台湾", "TW"),
    ("台灣", "TW"),
    ("臺灣", "TW"),
    ("中国台湾", "TW"),
    ("中國台灣", "TW"),
    ("Taiwan, Province of China", "TW"),
    ("Kasachstan", "KZ"),
    ("Kazakhstan", "KZ"),
    ("哈萨克斯坦", "KZ"),
    ("Republic of Kazakhstan", "KZ"),
    ("Mongolei", "MN"),
    ("Mongolia", "MN"),
    ("蒙古", "MN"),
    ("Viet Nam", "VN"),
    ("Vietnam", "VN"),
    ("越南", "VN"),
    ("Socialist Republic of Viet Nam", "VN"),
    ("Republik Korea", "KR"),
    ("Südkorea", "KR"),
    ("Suedkorea", "KR"),
    ("South Korea", "KR"),
    ("Korea, Republic of", "KR"),
    ("韩国", "KR"),
    ("南韓", "KR"),
    ("大韩民国", "KR"),
    ("Nordkorea", "KP"),
    ("朝鲜", "KP"),
    ("Volksrepublik China", "CN"),
    ("People's Republic of China", "CN"),
    ("中华人民共和国", "CN"),
    ("中國", "CN"),
    ("chn", "CN"),
    ("Deutschland", "DE"),
    ("Bundesrepublik Deutschland", "DE"),
    ("德國", "DE"),
    ("DEU", "DE"),
    ("Vereinigte Staaten", "US"),
    ("United States of America", "US"),
    ("美國", "US"),
    ("Großbritannien", "GB"),
    ("Grossbritannien", "GB"),
    ("United Kingdom of Great Britain and Northern Ireland", "GB"),
    ("Russland", "RU"),
    ("Russian Federation", "RU"),
    ("俄罗斯", "RU"),
    ("Türkei", "TR"),
    ("Türkiye", "TR"),
    ("Tschechien", "CZ"),
    ("Czech Republic", "CZ"),
    ("Iran, Islamic Republic of", "IR"),
    ("Côte d’Ivoire", "CI"),
    ("Cote d'Ivoire", "CI"),
    ("Elfenbeinküste", "CI"),
    ("Singapur", "SG"),
    ("新加坡", "SG"),
    ("Vereinigte Arabische Emirate", "AE"),
    ("VAE", "AE"),
    ("UAE", "AE"),
    ("Ukraine", "UA"),
    ("UA", "UA"),
    ("Vatikanstadt", "VA"),
    ("Österreich", "AT"),
    ("oesterreich", "AT"),
    ("Schweiz", "CH"),
    ("Niederlande", "NL"),
    ("Holland", "NL"),
    ("Hongkong (HK)", "HK"),
    ("中国台湾 (TW)", "TW"),
    ("  kasachstan  ", "KZ"),
]


def test_at_least_67_realistic_spellings_are_listed():
    assert len(SPELLINGS) >= 67
    assert len({text for text, _code in SPELLINGS}) == len(SPELLINGS)


@pytest.mark.parametrize("text, code", SPELLINGS)
def test_realistic_spellings_give_the_iso_code(text, code):
    assert country_code(text) == code


@pytest.mark.parametrize(
    "text", ["", "   ", None, "Atlantis", "XX", "EU", "ZZ", "Deutschland (CN)", "Kongo"]
)
def test_unknown_or_ambiguous_countries_give_none(text):
    assert country_code(text) is None


def test_every_iso_3166_country_is_known_and_named_in_three_languages():
    codes = all_codes()
    assert len(codes) == len(pycountry.countries) == 249
    assert {"HK", "TW", "MO", "KZ", "MN", "DE", "CN"} <= set(codes)
    assert "EU" not in codes and "XK" not in codes  # CLDR names them; ISO 3166-1 does not
    for code in codes:
        assert country_code(code) == code
        assert country_code(code.lower()) == code
        country = pycountry.countries.get(alpha_2=code)
        assert country_code(country.alpha_3) == code
        for language in ("de", "en", "zh"):
            name = country_name(code, language)
            assert name and name != code, (code, language)
            assert country_code(name) == code, (code, language, name)
            assert country_code(cldr_name(code, "zh_Hant")) == code


def test_names_come_from_cldr():
    assert country_name("DE", "de") == "Deutschland"
    assert country_name("DE", "en") == "Germany"
    assert country_name("DE", "zh") == "德国"
    assert country_name("KZ", "de") == "Kasachstan"
    assert country_name("MN", "de") == "Mongolei"
    assert country_name("TW", "de") == "Taiwan"
    assert country_name("TW", "en") == "Taiwan"
    assert country_name("KR", "zh") == "韩国"
    assert cldr_name("HK", "zh") == "中国香港特别行政区"
    assert cldr_name("MO", "zh") == "中国澳门特别行政区"
    assert cldr_name("TW", "zh") == "台湾"


def test_by_default_the_office_writes_the_prc_forms_in_chinese_and_short_forms_else():
    names = CountryNames()
    assert [names.name(code, "zh") for code in ("HK", "MO", "TW")] == [
        "中国香港",
        "中国澳门",
        "中国台湾",
    ]
    assert [names.name(code, "de") for code in ("HK", "MO", "TW")] == [
        "Hongkong",
        "Macau",
        "Taiwan",
    ]
    assert names.name("HK", "en") == "Hong Kong"
    assert names.differences() == {}
    assert names.chosen_codes() == {"HK", "MO"} | {"TW"}


def test_unknown_code_or_language():
    assert country_name("XX") == "XX"
    assert country_name("") == ""
    assert country_name("de", "fr") == "Germany"  # another language: English


def test_chosen_names_are_shown_kept_and_recognised():
    names = CountryNames().with_name("HK", "zh", "").with_name("TW", "de", "Republik China")
    assert names.name("HK", "zh") == "中国香港特别行政区"  # empty: CLDR's
    assert names.differences() == {
        ("zh", "HK"): "中国香港特别行政区",
        ("de", "TW"): "Republik China",
    }
    assert CountryNames.from_stored(names.differences()) == names
    assert country_code("Republik China") is None
    countries.use(names)
    try:
        assert country_name("TW", "de") == "Republik China"
        assert country_code("Republik China") == "TW"
        assert country_name("HK", "zh") == "中国香港特别行政区"
    finally:
        countries.use(CountryNames())
    assert country_name("TW", "de") == "Taiwan"


def test_a_name_of_another_country_is_a_conflict():
    assert name_conflict(CountryNames()) is None
    assert name_conflict(CountryNames().with_name("TW", "zh", "中国")) == ("zh", "TW", "中国", "CN")
    both = CountryNames().with_name("HK", "de", "Sonderzone").with_name("MO", "de", "Sonderzone")
    assert name_conflict(both) is not None


def test_importing_the_module_loads_neither_babel_nor_pycountry():
    """A start that shows no country does not pay for CLDR's data."""
    code = (
        "import sys, time\n"
        "import isa_desk.core.domain.text\n"
        "start = time.perf_counter()\n"
        "import isa_desk.core.domain.countries as c\n"
        "took = time.perf_counter() - start\n"
        "assert 'babel' not in sys.modules and 'pycountry' not in sys.modules\n"
        "assert took < 0.05, took\n"
        "start = time.perf_counter()\n"
        "assert c.country_name('KZ', 'de') == 'Kasachstan'\n"
        "assert c.country_code('Hongkong') == 'HK'\n"
        "took = time.perf_counter() - start\n"
        "assert took < 1.0, took\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
