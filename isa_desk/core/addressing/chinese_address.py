"""The address block in Chinese order, for a letter to China where the sender chooses so.

An address in China written in Chinese runs from large to small: 中国, the province, the city
(with its district when the town field has it), street and number, the organisation, the
person ("刘毅女士 收"). Names are taken in characters where the records have them (the
contact's and the organisation's name_zh). A province stored in Latin script ("Guangdong")
is found in ISO 3166-2 through pycountry, which also has the names in characters; a city in
Latin script ("Foshan") is taken in characters from the name of the contact's member or
organisation that begins with it ("佛山市人民政府"), compared by pinyin. The postcode ends the
first line. The country in German capitals ends the block, as on every letter abroad, so
that the German post can route it.
"""

from __future__ import annotations

import gettext
import re
from functools import lru_cache

import pycountry

from isa_desk.core.addressing import person as p
from isa_desk.core.addressing.address import (
    PostalAddress,
    address_lines,
    country_line,
    postal_address,
)
from isa_desk.core.addressing.salutation import academic_rank, held_office
from isa_desk.core.domain.sorting import pinyin
from isa_desk.core.domain.text import search_key

CHINA = "CN"
RECEIVES = "收"  # "to be received by", after the name on a Chinese envelope

# Words of the Latin names of province-level divisions that say what kind they are.
_KIND_WORDS = frozenset(
    {
        "sheng",
        "shi",
        "zizhiqu",
        "sar",
        "province",
        "municipality",
        "autonomous",
        "region",
        "huizu",
        "zhuangzu",
        "uygur",
        "uyghur",
    }
)
# Names in use that ISO 3166-2 does not write so.
_ALIASES = {"innermongolia": "neimongol", "tibet": "xizang", "macau": "macao"}
# pycountry's Chinese catalogue lacks a few names.
_MISSING_ZH = {"CN-NX": "宁夏回族自治区"}
_ZH_SUFFIX = re.compile(r"(壮族|回族|维吾尔)?(自治区|特别行政区|省|市)$")


def _latin_key(text: str) -> str:
    """ "Guangdong Sheng" -> "guangdong", "Xi'an" -> "xian": letters and digits only."""
    words = re.findall(r"[0-9a-z]+", search_key(text or ""))
    key = "".join(word for word in words if word not in _KIND_WORDS) or "".join(words)
    return _ALIASES.get(key, key)


@lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    """Keys of China's province-level divisions -> their names in characters ("广东省"):
    by the Latin name ("guangdong") and by the characters without the kind ("广东")."""
    catalogue = gettext.translation(
        "iso3166-2", pycountry.LOCALES_DIR, languages=["zh_CN"], fallback=True
    )
    found: dict[str, str] = {}
    for division in pycountry.subdivisions.get(country_code=CHINA) or ():
        name_zh = catalogue.gettext(division.name)
        if not p.has_chinese(name_zh):
            name_zh = _MISSING_ZH.get(division.code, "")
        if name_zh:
            found[_latin_key(division.name)] = name_zh
            found[_ZH_SUFFIX.sub("", name_zh)] = name_zh
    return found


def province(region: str) -> str:
    """The province in characters: "Guangdong", "广东" and "广东省" give "广东省"; a name
    that is not a province stays as written."""
    text = (region or "").strip()
    if not text:
        return ""
    if p.has_chinese(text):
        return _provinces().get(_ZH_SUFFIX.sub("", text), text)
    return _provinces().get(_latin_key(text), text)


def _pinyin_key(characters: str) -> str:
    return _latin_key(pinyin(characters).replace(" ", ""))


def city(town: str, names: list[str]) -> str:
    """The town in characters: as written when it has them, else the beginning of one of
    `names` (the member's or organisation's names in characters) that reads like it:
    "Foshan" and "佛山市人民政府" give "佛山市"; else the town as written."""
    text = (town or "").strip()
    if not text or p.has_chinese(text):
        return text
    wanted = _latin_key(text)
    for name in names:
        name = name.replace(" ", "")
        found = re.match(r"^\D+?市", name)
        for candidate in (found.group(0) if found else "", name):
            if candidate and p.has_chinese(candidate):
                if _pinyin_key(candidate.removesuffix("市")) == wanted:
                    return candidate
    return text


def _joined(parts: list[str]) -> str:
    """Parts in characters follow each other without spaces; Latin ones keep a space."""
    line = ""
    for part in filter(None, parts):
        both_chinese = line and p.has_chinese(line[-1]) and p.has_chinese(part[0])
        line += part if both_chinese or not line else f" {part}"
    return line


def _source(contact):
    """The record the letter's address comes from (the rule of address.postal_address)."""
    for source in (contact, p.field(contact, "organisation")):
        if source is not None and postal_address(_address_fields(source)) is not None:
            return source
    return contact


def _address_fields(record) -> dict:
    return {name: p.value(record, name) for name in ("street", "postcode", "town", "country")}


def place_line(contact, address: PostalAddress) -> str:
    """ "中国广东省佛山市 528000": the country, province and city, then the postcode."""
    source = _source(contact)
    organisation = p.field(contact, "organisation")
    members = [p.field(contact, "member"), p.field(organisation, "member")]
    names = [p.value(record, "name_zh") for record in (*members, organisation) if record]
    region = p.value(source, "region") or next(
        (p.value(m, "region") for m in members if m and p.value(m, "country") == CHINA), ""
    )
    state, town = province(region), city(address.town, names)
    if region and not p.has_chinese(town) and _latin_key(town) == _latin_key(region):
        # a city that is a province itself: "Beijing" in "Beijing" is 北京市
        state, town = "", state
    elif town.startswith(state):  # the town written with its province
        state = ""
    return _joined([_joined(["中国", state, town]), address.postcode])


def person_line(contact) -> str:
    """ "刘毅女士 收", "王伟市长 收", "Anna Beispiel 女士 收"; "" for an organisation."""
    if p.is_organisation_only(contact):
        return ""
    name = p.value(contact, "name_zh").replace(" ", "") or p.full_name(contact)
    held = held_office(p.value(contact, "position"))
    if held is not None and held.chinese:
        honorific = held.chinese
    elif academic_rank(p.value(contact, "title")) == "professor":
        honorific = "教授"
    else:
        honorific = {"female": "女士", "male": "先生"}.get(p.gender(contact), "")
    return _joined([name, honorific]) + f" {RECEIVES}"


def chinese_address_lines(contact) -> list[str]:
    """The block from large to small; [] when the contact has no postal address."""
    address = postal_address(contact)
    if address is None:
        return []
    organisation = p.field(contact, "organisation")
    org_name = p.value(organisation, "name_zh") or p.value(organisation, "name")
    receivers = [org_name, p.value(contact, "department"), person_line(contact)]
    receivers = [line for line in receivers if line]
    if receivers and not receivers[-1].endswith(RECEIVES):
        # a letter to the organisation itself: 收 after its name (or its department)
        receivers[-1] = f"{receivers[-1]} {RECEIVES}"
    place = [line for line in (place_line(contact, address), address.street) if line]
    # at most six lines: the place with the postcode on one, the street, three receivers
    return [*place, *receivers, country_line(CHINA)]


def address_block(contact, show_chinese: bool = False, chinese_order: bool = False) -> list[str]:
    """The window field's block: in Chinese order for an address in China when the sender
    chose so (`chinese_order`), else the DIN 5008 block of address.address_lines."""
    address = postal_address(contact)
    if chinese_order and address is not None and address.country == CHINA:
        return chinese_address_lines(contact)
    return address_lines(contact, show_chinese)
