"""Checks of single values: e-mail, postcode, phone (countries: core.domain.countries).

Each `*_problem` function returns None for a value that is fine (an empty value is
fine: required fields are checked by the services) or a message for the user.
"""

from __future__ import annotations

import re

from isa_desk.core.domain import emails, phones
from isa_desk.core.domain.countries import country_code
from isa_desk.core.i18n import translate

_DIGITS_ONLY = re.compile(r"^\d+$")
_SPREADSHEET_NUMBER = re.compile(r"\d+\.0+")
_OLD_GERMAN = re.compile(r"D-\s*\d+", re.IGNORECASE)


def email_problem(text: str | None) -> str | None:
    """See core.domain.emails: "Name <address>" and IDN domains are fine."""
    return emails.email_problem(text)


def postcode_problem(postcode: str | None, country: str | None) -> str | None:
    value = (postcode or "").strip()
    if not value:
        return None
    if country_code(country) == "DE" and not (len(value) == 5 and _DIGITS_ONLY.match(value)):
        return translate(
            "Validation", "A German postcode has exactly five digits, not “{postcode}”."
        ).format(postcode=value)
    return None


def phone_problem(text: str | None, country: str | None = None) -> str | None:
    """See core.domain.phones: a warning (the number is kept as written), read in the
    contact's country, Germany when None."""
    return phones.phone_problem(text, country)


def repair_postcode(value, country: str | None) -> str:
    """A postcode as text; a German one that lost its leading zero (9111) gets it back."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if country_code(country) != "DE":
        return text
    if _SPREADSHEET_NUMBER.fullmatch(text):  # a number that went through a spreadsheet
        text = text.split(".")[0]
    if _OLD_GERMAN.fullmatch(text):  # old notation "D-10117"
        text = text[2:].strip()
    if _DIGITS_ONLY.match(text) and len(text) < 5:
        text = text.zfill(5)
    return text
