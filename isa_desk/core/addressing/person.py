"""A uniform read of the person a letter goes to: a Contact, or the values of a form.

The contact editor asks for the salutation before anything is saved, so the rules take
any object with the contact's attributes, or a dict of them.
"""

from __future__ import annotations

import re

# Chinese two-character family names; every other family name is the first character.
COMPOUND_FAMILY_NAMES = frozenset(
    {
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "司徒",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "夏侯",
        "令狐",
        "端木",
        "独孤",
        "南宫",
        "西门",
        "轩辕",
        "司空",
        "澹台",
        "公冶",
    }
)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def field(person, key: str):
    """A field as stored (None when missing), also a related record such as "organisation"."""
    if person is None:
        return None
    return person.get(key) if isinstance(person, dict) else getattr(person, key, None)


def value(person, key: str) -> str:
    """A field as plain text ("" when missing); enumerations give their value."""
    raw = field(person, key)
    raw = getattr(raw, "value", raw)
    return "" if raw is None else str(raw).strip()


def gender(person) -> str:
    found = value(person, "gender")
    return found if found in ("female", "male", "diverse") else "unknown"


def has_chinese(text: str) -> bool:
    return bool(_CJK.search(text or ""))


def chinese_family_name(person) -> str:
    """The family name in characters, taken from name_zh (family name first)."""
    name = value(person, "name_zh").replace(" ", "")
    if not has_chinese(name):
        return ""
    # in characters the family name always comes first, whatever order the Latin name takes
    if name[:2] in COMPOUND_FAMILY_NAMES and len(name) > 2:
        return name[:2]
    return name[:1] if len(name) > 1 else name


def family_name(person) -> str:
    """The family name used to address the person: the Latin one, else the one in characters."""
    return value(person, "family_name") or chinese_family_name(person)


def ordered_names(given: str, family: str, order) -> tuple[str, str]:
    """Given and family name in the person's own order: the family name first when the
    name order is Chinese ("Liu", "Yi"), else the given name first ("Anna", "Beispiel")."""
    if getattr(order, "value", order) == "chinese":
        return family, given
    return given, family


def latin_name(person, title: str = "") -> str:
    """The name in Latin script in the person's own order, after a title if one is given:
    "Liu Yi", "Dr. Anna Beispiel"; "" without a Latin name."""
    if person.__class__ is dict:  # a row of values (the import's thousands): read directly
        given, family = person.get("given_name"), person.get("family_name")
        if given.__class__ is str and family.__class__ is str:
            order = person.get("name_order")
            order = getattr(order, "value", order)
            first, second = given.strip(), family.strip()
            if order is not None and str(order).strip() == "chinese":
                first, second = second, first
            return " ".join([part for part in (title, first, second) if part])
    names = ordered_names(
        value(person, "given_name"), value(person, "family_name"), value(person, "name_order")
    )
    return " ".join(part for part in (title, *names) if part)


def full_name(person) -> str:
    """The name in Latin script in the person's own order, e.g. "Liu Yi" or "Anna Beispiel";
    the name in characters when there is no Latin one."""
    return latin_name(person) or value(person, "name_zh")


def is_organisation_only(person) -> bool:
    """No person's name: the letter goes to an organisation."""
    return not (
        value(person, "family_name") or value(person, "given_name") or value(person, "name_zh")
    )
