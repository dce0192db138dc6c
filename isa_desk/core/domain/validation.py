"""Checks of single values: e-mail, postcode, phone, country.

Each `*_problem` function returns None for a value that is fine (an empty value is
fine: required fields are checked by the services) or a message for the user.
"""

from __future__ import annotations

import re

from isa_desk.core.domain.text import search_key
from isa_desk.core.i18n import translate

# ISO 3166-1 alpha-2 -> the name in the three languages of the program.
COUNTRY_NAMES: dict[str, dict[str, str]] = {
    "DE": {"de": "Deutschland", "en": "Germany", "zh": "德国"},
    "CN": {"de": "China", "en": "China", "zh": "中国"},
    "AT": {"de": "Österreich", "en": "Austria", "zh": "奥地利"},
    "CH": {"de": "Schweiz", "en": "Switzerland", "zh": "瑞士"},
    "FR": {"de": "Frankreich", "en": "France", "zh": "法国"},
    "IT": {"de": "Italien", "en": "Italy", "zh": "意大利"},
    "ES": {"de": "Spanien", "en": "Spain", "zh": "西班牙"},
    "PT": {"de": "Portugal", "en": "Portugal", "zh": "葡萄牙"},
    "NL": {"de": "Niederlande", "en": "Netherlands", "zh": "荷兰"},
    "BE": {"de": "Belgien", "en": "Belgium", "zh": "比利时"},
    "LU": {"de": "Luxemburg", "en": "Luxembourg", "zh": "卢森堡"},
    "DK": {"de": "Dänemark", "en": "Denmark", "zh": "丹麦"},
    "SE": {"de": "Schweden", "en": "Sweden", "zh": "瑞典"},
    "NO": {"de": "Norwegen", "en": "Norway", "zh": "挪威"},
    "FI": {"de": "Finnland", "en": "Finland", "zh": "芬兰"},
    "PL": {"de": "Polen", "en": "Poland", "zh": "波兰"},
    "CZ": {"de": "Tschechien", "en": "Czechia", "zh": "捷克"},
    "HU": {"de": "Ungarn", "en": "Hungary", "zh": "匈牙利"},
    "GR": {"de": "Griechenland", "en": "Greece", "zh": "希腊"},
    "RO": {"de": "Rumänien", "en": "Romania", "zh": "罗马尼亚"},
    "GB": {"de": "Vereinigtes Königreich", "en": "United Kingdom", "zh": "英国"},
    "IE": {"de": "Irland", "en": "Ireland", "zh": "爱尔兰"},
    "US": {"de": "Vereinigte Staaten", "en": "United States", "zh": "美国"},
    "CA": {"de": "Kanada", "en": "Canada", "zh": "加拿大"},
    "MX": {"de": "Mexiko", "en": "Mexico", "zh": "墨西哥"},
    "BR": {"de": "Brasilien", "en": "Brazil", "zh": "巴西"},
    "JP": {"de": "Japan", "en": "Japan", "zh": "日本"},
    "KR": {"de": "Südkorea", "en": "South Korea", "zh": "韩国"},
    "SG": {"de": "Singapur", "en": "Singapore", "zh": "新加坡"},
    "IN": {"de": "Indien", "en": "India", "zh": "印度"},
    "VN": {"de": "Vietnam", "en": "Vietnam", "zh": "越南"},
    "TH": {"de": "Thailand", "en": "Thailand", "zh": "泰国"},
    "MY": {"de": "Malaysia", "en": "Malaysia", "zh": "马来西亚"},
    "ID": {"de": "Indonesien", "en": "Indonesia", "zh": "印度尼西亚"},
    "AU": {"de": "Australien", "en": "Australia", "zh": "澳大利亚"},
    "RU": {"de": "Russland", "en": "Russia", "zh": "俄罗斯"},
    "TR": {"de": "Türkei", "en": "Turkey", "zh": "土耳其"},
    "AE": {"de": "Vereinigte Arabische Emirate", "en": "United Arab Emirates", "zh": "阿联酋"},
    "ZA": {"de": "Südafrika", "en": "South Africa", "zh": "南非"},
}

# Other ways people write a country in lists they send.
_ALIASES: dict[str, str] = {
    "BRD": "DE",
    "Bundesrepublik Deutschland": "DE",
    "Federal Republic of Germany": "DE",
    "DEU": "DE",
    "GER": "DE",
    "德意志联邦共和国": "DE",
    "Volksrepublik China": "CN",
    "VR China": "CN",
    "PR China": "CN",
    "P.R. China": "CN",
    "People's Republic of China": "CN",
    "PRC": "CN",
    "CHN": "CN",
    "中华人民共和国": "CN",
    "中國": "CN",
    "USA": "US",
    "U.S.A.": "US",
    "United States of America": "US",
    "Amerika": "US",
    "UK": "GB",
    "Great Britain": "GB",
    "Großbritannien": "GB",
    "England": "GB",
    "Holland": "NL",
    "Czech Republic": "CZ",
    "Tschechische Republik": "CZ",
    "Korea": "KR",
    "Republic of Korea": "KR",
    "Russian Federation": "RU",
    "Türkiye": "TR",
    "VAE": "AE",
    "UAE": "AE",
}


def _country_index() -> dict[str, str]:
    index = {}
    for code, names in COUNTRY_NAMES.items():
        index[search_key(code)] = code
        for name in names.values():
            index[search_key(name)] = code
    for alias, code in _ALIASES.items():
        index[search_key(alias)] = code
    return index


_COUNTRY_INDEX = _country_index()

# local@domain.tld: no spaces, one @, a domain of dotted labels, a top-level label of 2+ letters
_EMAIL = re.compile(r"^[^@\s\"(),:;<>\[\]\\]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}$")
_PHONE_CHARS = re.compile(r"^[0-9 +()/\-–]*$")
_DIGITS_ONLY = re.compile(r"^\d+$")


def country_code(text: str | None) -> str | None:
    """The ISO alpha-2 code for a code or a country name in German, English or Chinese."""
    if not text or not str(text).strip():
        return None
    return _COUNTRY_INDEX.get(search_key(str(text)))


def country_name(code: str, language: str = "de") -> str:
    """The country's name in the given language, the code itself when unknown."""
    return COUNTRY_NAMES.get(code, {}).get(language, code)


def email_problem(text: str | None) -> str | None:
    email = (text or "").strip()
    if not email:
        return None
    local = email.split("@")[0]
    if (
        not _EMAIL.match(email)
        or ".." in email
        or local.startswith(".")
        or local.endswith(".")
        or len(email) > 254
    ):
        return translate("Validation", "“{email}” is not a valid e-mail address.").format(
            email=email
        )
    return None


def postcode_problem(postcode: str | None, country: str | None) -> str | None:
    value = (postcode or "").strip()
    if not value:
        return None
    if country_code(country) == "DE" and not (len(value) == 5 and _DIGITS_ONLY.match(value)):
        return translate(
            "Validation", "A German postcode has exactly five digits, not “{postcode}”."
        ).format(postcode=value)
    return None


def phone_problem(text: str | None) -> str | None:
    value = (text or "").strip()
    if not value:
        return None
    if not _PHONE_CHARS.match(value):
        return translate(
            "Validation",
            "“{phone}” is not a phone number: use digits, spaces and + ( ) / - only.",
        ).format(phone=value)
    if sum(ch.isdigit() for ch in value) < 5:
        return translate("Validation", "“{phone}” is too short for a phone number.").format(
            phone=value
        )
    return None


def repair_postcode(value, country: str | None) -> str:
    """A postcode as text; a German one that lost its leading zero (9111) gets it back."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if country_code(country) != "DE":
        return text
    if re.fullmatch(r"\d+\.0+", text):  # a number that went through a spreadsheet
        text = text.split(".")[0]
    if re.fullmatch(r"D-\s*\d+", text, flags=re.IGNORECASE):  # old notation "D-10117"
        text = text[2:].strip()
    if _DIGITS_ONLY.match(text) and len(text) < 5:
        text = text.zfill(5)
    return text
