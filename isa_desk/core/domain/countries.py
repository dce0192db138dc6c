"""Countries: every ISO 3166-1 code, its name in German, English and Chinese, and the code
for the ways people write a country in the lists they send.

The codes and official names come from pycountry, the names from CLDR through Babel. Both
load on first use, not at import: a start that shows no country does not pay for them.
The database keeps the ISO code; how a few names are shown is the office's choice
(`CountryNames`, kept in the database's settings by core.services.country_names).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from isa_desk.core.domain.text import search_key

LANGUAGES = ("de", "en", "zh")
# Babel locales whose names are recognised: Taiwan and Hong Kong write traditional characters
_RECOGNISED_LOCALES = ("de", "en", "zh", "zh_Hant")

# The names the office shows unless it chose others. German and English: CLDR's own short
# forms for Hong Kong and Macao (Babel keeps only "Sonderverwaltungsregion Hongkong", too
# long for a list and for the country line of an address). Chinese: the names offices
# working with Chinese public bodies write, where CLDR has 中国香港特别行政区,
# 中国澳门特别行政区 and 台湾.
DEFAULT_NAMES: Mapping[str, Mapping[str, str]] = {
    "de": {"HK": "Hongkong", "MO": "Macau"},
    "en": {"HK": "Hong Kong", "MO": "Macao"},
    "zh": {"HK": "中国香港", "MO": "中国澳门", "TW": "中国台湾"},
}
# the countries whose names are a political choice: offered first where the office chooses
SENSITIVE = ("HK", "MO", "TW")

# Other ways people write a country in the lists they send (CLDR and pycountry names, the
# codes and the names above are recognised anyway).
_ALIASES: dict[str, str] = {
    "BRD": "DE",
    "Bundesrepublik Deutschland": "DE",
    "Federal Republic of Germany": "DE",
    "GER": "DE",
    "德意志联邦共和国": "DE",
    "Volksrepublik China": "CN",
    "VR China": "CN",
    "PR China": "CN",
    "P.R. China": "CN",
    "P. R. China": "CN",
    "People's Republic of China": "CN",
    "PRC": "CN",
    "中华人民共和国": "CN",
    "中華人民共和國": "CN",
    "中國": "CN",
    "中国大陆": "CN",
    "USA": "US",
    "U.S.A.": "US",
    "U.S.": "US",
    "United States of America": "US",
    "Vereinigte Staaten von Amerika": "US",
    "Amerika": "US",
    "UK": "GB",
    "U.K.": "GB",
    "Great Britain": "GB",
    "Großbritannien": "GB",
    "England": "GB",
    "Holland": "NL",
    "The Netherlands": "NL",
    "Czech Republic": "CZ",
    "Tschechische Republik": "CZ",
    "Tschechei": "CZ",
    "Korea": "KR",
    "Republic of Korea": "KR",
    "Republik Korea": "KR",
    "Korea (Süd)": "KR",
    "Korea, Süd": "KR",
    "大韩民国": "KR",
    "大韓民國": "KR",
    "南韩": "KR",
    "Russian Federation": "RU",
    "Russische Föderation": "RU",
    "俄罗斯联邦": "RU",
    "Türkiye": "TR",
    "Turkey": "TR",
    "VAE": "AE",
    "UAE": "AE",
    "Hongkong": "HK",
    "Hong Kong": "HK",
    "Hong Kong SAR": "HK",
    "Hong Kong, China": "HK",
    "Hongkong, China": "HK",
    "HKSAR": "HK",
    "香港": "HK",
    "中国香港": "HK",
    "中國香港": "HK",
    "香港特别行政区": "HK",
    "香港特別行政區": "HK",
    "Macau": "MO",
    "Macao": "MO",
    "Macau SAR": "MO",
    "Macao SAR": "MO",
    "Macau, China": "MO",
    "澳门": "MO",
    "澳門": "MO",
    "中国澳门": "MO",
    "中國澳門": "MO",
    "澳门特别行政区": "MO",
    "澳門特別行政區": "MO",
    "Taiwan, China": "TW",
    "Chinese Taipei": "TW",
    "台湾": "TW",
    "臺灣": "TW",
    "台灣": "TW",
    "中国台湾": "TW",
    "中國台灣": "TW",
    "中國臺灣": "TW",
    "Kasachstan": "KZ",
    "Republik Kasachstan": "KZ",
    "哈萨克斯坦": "KZ",
    "Mongolei": "MN",
    "Mongolia": "MN",
    "蒙古国": "MN",
    "Weißrussland": "BY",
    "Burma": "MM",
    "Birma": "MM",
    "Elfenbeinküste": "CI",
    "Ivory Coast": "CI",
    "Swasiland": "SZ",
    "Swaziland": "SZ",
    "Osttimor": "TL",
    "East Timor": "TL",
    "Kapverden": "CV",
    "Mazedonien": "MK",
    "Macedonia": "MK",
    "Moldawien": "MD",
    "Vatikan": "VA",
    "Persien": "IR",
}

# "Deutschland (DE)", as the country lists of the window show a country
_NAME_AND_CODE = re.compile(r"^(.*?)\s*[(（]\s*([A-Za-z]{2})\s*[)）]$")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "‐": "-", "–": "-"})


def _key(text: str) -> str:
    """The folded form names are compared in ("Côte d’Ivoire" ~ "cote d'ivoire")."""
    return search_key(text.translate(_QUOTES))


@cache
def all_codes() -> tuple[str, ...]:
    """Every ISO 3166-1 alpha-2 code (249), sorted."""
    import pycountry  # loaded on first use: the start of the program does not wait for it

    return tuple(sorted(country.alpha_2 for country in pycountry.countries))


@cache
def _known() -> frozenset[str]:
    return frozenset(all_codes())


def is_code(code: str | None) -> bool:
    return bool(code) and str(code).upper() in _known()


@cache
def cldr_names(language: str) -> Mapping[str, str]:
    """CLDR's name of every ISO country in one language ("de", "en", "zh", "zh_Hant")."""
    from babel import Locale  # its locale data loads only when a name is needed

    territories = Locale.parse(language).territories
    return {code: territories[code] for code in all_codes() if code in territories}


def cldr_name(code: str, language: str) -> str:
    return cldr_names(language).get(code, code)


def default_name(code: str, language: str) -> str:
    """The name shown when the office chose none: DEFAULT_NAMES, else CLDR's."""
    return DEFAULT_NAMES.get(language, {}).get(code) or cldr_name(code, language)


class CountryNames:
    """The names the office shows: CLDR's, except where it chose its own in a language."""

    def __init__(self, chosen: Mapping[str, Mapping[str, str]] | None = None):
        source = DEFAULT_NAMES if chosen is None else chosen
        self._chosen = {language: dict(source.get(language, {})) for language in LANGUAGES}

    @classmethod
    def from_stored(cls, stored: Mapping[tuple[str, str], str]) -> CountryNames:
        """The defaults with the stored choices ((language, code) -> name) over them."""
        names = cls()
        for (language, code), name in stored.items():
            if language in LANGUAGES and is_code(code) and name.strip():
                names._chosen[language][code.upper()] = name.strip()
        return names

    def name(self, code: str | None, language: str = "de") -> str:
        """The country's name; the code itself when it is no ISO country."""
        code = (code or "").strip().upper()
        if language not in LANGUAGES:
            language = "en"
        return self._chosen[language].get(code) or cldr_names(language).get(code, code)

    def with_name(self, code: str, language: str, name: str) -> CountryNames:
        """A copy showing `name` for the country; an empty name means CLDR's."""
        copy = CountryNames(self._chosen)
        copy._chosen[language][code] = name.strip() or cldr_name(code, language)
        return copy

    def differences(self) -> dict[tuple[str, str], str]:
        """(language, code) -> name where the shown name is not the default: what the
        database must keep. A default never stored follows later versions of CLDR."""
        found = {}
        for language in LANGUAGES:
            for code in set(self._chosen[language]) | set(DEFAULT_NAMES.get(language, {})):
                name = self.name(code, language)
                if name != default_name(code, language):
                    found[(language, code)] = name
        return found

    def chosen_codes(self) -> set[str]:
        """The countries with a name other than CLDR's in some language."""
        return {
            code
            for language in LANGUAGES
            for code in self._chosen[language]
            if self.name(code, language) != cldr_name(code, language)
        }

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CountryNames) and self._chosen == other._chosen

    __hash__ = None  # type: ignore[assignment]


_active = CountryNames()


def use(names: CountryNames) -> None:
    """Show these names from now on (the database's choice, read by the service layer).
    One assignment: a worker thread reading the names meanwhile sees the old or the new."""
    global _active
    _active = names


def active() -> CountryNames:
    return _active


def country_name(code: str | None, language: str = "de", names: CountryNames | None = None) -> str:
    """The country's name in the language, as the office chose to show it; the code itself
    when it is no ISO country."""
    return (names or _active).name(code, language)


@cache
def _codes() -> dict[str, str]:
    """Alpha-2 and alpha-3 code -> alpha-2 code. Codes are compared as written, not folded:
    folded, "UAE" would be "ua" (Ukraine)."""
    import pycountry

    found = {country.alpha_3: country.alpha_2 for country in pycountry.countries}
    return found | {code: code for code in all_codes()}


@cache
def _index() -> dict[str, str]:
    """Folded name -> code. Earlier sources win where two countries share a spelling."""
    import pycountry

    index: dict[str, str] = {}

    def add(text: str | None, code: str) -> None:
        if text:
            index.setdefault(_key(text), code)

    for locale in _RECOGNISED_LOCALES:
        for code, name in cldr_names(locale).items():
            add(name, code)
    for names in DEFAULT_NAMES.values():
        for code, name in names.items():
            add(name, code)
    for alias, code in _ALIASES.items():
        add(alias, code)
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            add(getattr(country, attribute, None), country.alpha_2)
    return index


def country_code(text: str | None) -> str | None:
    """The ISO alpha-2 code for a code (alpha-2 or alpha-3) or a country's name in German,
    English or Chinese (simplified or traditional), official or short, or as the office
    chose to show it; None when unknown."""
    code = standard_code(text)
    if code is None and text and str(text).strip():
        code = _chosen_index(_active).get(_key(str(text)))
    return code


# The names most lists of the office write, with the code _index() gives them, known
# without loading pycountry and CLDR (0.1 s at the first country of an import); a test
# holds them equal to the index. A text that could be a code is looked up as one first.
_FREQUENT_NAMES = {
    "Deutschland": "DE",
    "Germany": "DE",
    "China": "CN",
    "中国": "CN",
    "Volksrepublik China": "CN",
    "Österreich": "AT",
    "Austria": "AT",
    "Schweiz": "CH",
    "Switzerland": "CH",
    "Frankreich": "FR",
    "France": "FR",
    "Niederlande": "NL",
    "Italien": "IT",
    "Hongkong": "HK",
    "Taiwan": "TW",
}


@cache
def _frequent() -> dict[str, str]:
    return {_key(name): code for name, code in _FREQUENT_NAMES.items()}


def standard_code(text: str | None) -> str | None:
    """country_code without the office's own names."""
    if not text or not str(text).strip():
        return None
    text = str(text)
    written = text.strip().upper()
    could_be_code = len(written) in (2, 3) and written.isascii() and written.isalpha()
    code = None if could_be_code else _frequent().get(_key(text))
    code = code or _codes().get(written) or _index().get(_key(text))
    if code is None and (match := _NAME_AND_CODE.match(text.strip())):
        named, written = standard_code(match.group(1)), match.group(2).upper()
        code = written if is_code(written) and named in (None, written) else None
    return code


def name_conflict(names: CountryNames) -> tuple[str, str, str, str] | None:
    """(language, code, name, other code) for a chosen name that already names another
    country (or that two countries were given): an import could not tell them apart."""
    for language in LANGUAGES:
        seen: dict[str, str] = {}
        for code in sorted(names.chosen_codes()):
            name = names.name(code, language)
            other = standard_code(name) or seen.get(_key(name))
            if other is not None and other != code:
                return language, code, name, other
            seen[_key(name)] = code
    return None


_chosen_cache: tuple[CountryNames, dict[str, str]] | None = None


def _chosen_index(names: CountryNames) -> dict[str, str]:
    """The office's own names, recognised too (a list exported with them comes back)."""
    global _chosen_cache
    cached = _chosen_cache
    if cached is None or cached[0] is not names:
        index = {
            _key(name): code
            for language in LANGUAGES
            for code, name in names._chosen[language].items()
        }
        cached = _chosen_cache = (names, index)
    return cached[1]
