"""Phone numbers: one key for a number however it is written, and a warning for text that
is no phone number.

Numbers are stored as people write them ("030/1234567", "+86 757 8338-1234 转 5"); the
key, the number in E.164 ("+49301234567"), is what the duplicate check and the search
compare. A number without a country code is read in the contact's country, Germany when
that is empty or unknown. The extension is not part of the key: the same office line with
two extensions is one number to a duplicate check.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata, PhoneNumberFormat
from phonenumbers.phonemetadata import REGION_CODE_FOR_NON_GEO_ENTITY

from isa_desk.core.i18n import translate

DEFAULT_REGION = "DE"
_REGIONS = frozenset(phonenumbers.SUPPORTED_REGIONS)

# Extension words phonenumbers does not read (it reads "ext.", "x", "#" and a few
# others): German ones and the Chinese 转 / 分机, written as "ext." before parsing.
_EXTENSION_WORDS = re.compile(
    r"\s*(?:\b(?:durchwahl|durchw\.|dw\.?|apparat|app\.|nebenstelle|nst\.)|分机号?|转)\s*",
    re.IGNORECASE,
)
# a search text read as a phone number: digits and the signs people write between them
_DIALLED = re.compile(r"^[0-9 +()/.\-–]+$")
_MIN_SEARCH_DIGITS = 6


def region(country: str | None) -> str:
    """The region phonenumbers reads a national number in: the ISO code, else Germany."""
    code = (country or "").strip().upper()
    return code if code in _REGIONS else DEFAULT_REGION


@lru_cache(maxsize=8192)  # the same office numbers come again and again in a list
def _key(text: str, code: str) -> str:
    """The E.164 form of a valid number, "" for anything else."""
    if not text or len(text) > 100:  # longer is no number, and parsing it costs
        return ""
    number = _international(text)  # digits after a "+": no extension word, no letter
    if number is None:
        written = _EXTENSION_WORDS.sub(" ext. ", text)
        # letters that are no extension word: phonenumbers would read them as on a keypad
        # ("0800 FLOWERS"), which in an office's lists is a note, not a number
        if any(ch.isalpha() for ch in written) and phonenumbers.is_alpha_number(written):
            return ""
        try:
            number = phonenumbers.parse(written, code)
        except NumberParseException:
            return ""
    if not is_valid(number):
        return ""
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


# "+49 371 1234567": a country code and digits in groups, as most lists write a number.
# For these, what phonenumbers.parse gives is read here directly, where it is plain: the
# first one to three digits that are a country code, the rest the national number, when
# that has no national prefix to take away and no leading zero, and is of a length
# phonenumbers takes (2 to 17 digits). Anything else goes to phonenumbers.parse;
# tests/core/domain/test_phones_fast.py holds the two equal.
_INTERNATIONAL = re.compile(r"\+[1-9][0-9 ]*")


def _international(written: str) -> phonenumbers.PhoneNumber | None:
    """phonenumbers.parse's reading of a plain international number; None for any other
    text, or where the reading is not plain."""
    if not _INTERNATIONAL.fullmatch(written):
        return None
    digits = written[1:].replace(" ", "")
    if len(digits) <= 2:  # phonenumbers: too short after the "+"
        return None
    for size in (1, 2, 3):
        if int(digits[:size]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            country, national = int(digits[:size]), digits[size:]
            break
    else:
        return None
    if not 2 <= len(national) <= 17 or national[0] == "0":
        return None
    known, prefix = _national_prefix(country)
    if not known or (prefix is not None and prefix.match(national)):
        return None
    return phonenumbers.PhoneNumber(country_code=country, national_number=int(national))


@cache  # a few hundred country codes at most
def _national_prefix(country: int) -> tuple[bool, re.Pattern | None]:
    """Whether phonenumbers has metadata for the country code, and the pattern of the
    national prefix it takes away when it parses (None when there is none)."""
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(
        country, phonenumbers.region_code_for_country_code(country)
    )
    if metadata is None:
        return False, None
    prefix = metadata.national_prefix_for_parsing
    return True, re.compile(prefix) if prefix else None


def is_valid(number: phonenumbers.PhoneNumber) -> bool:
    """phonenumbers.is_valid_number, quicker for a country code of one region (most):
    there it asks whether the number fits the region's general pattern and the pattern of
    any number type, and these patterns are tried here as one pattern a number length
    instead of one after another. tests/core/domain/test_phones_fast.py holds the two
    equal."""
    country = number.country_code
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country) if country else None
    if country is None or regions is None or len(regions) != 1:
        return phonenumbers.is_valid_number(number)
    metadata = _metadata(country, regions[0])
    if metadata is None:
        return False
    national = phonenumbers.national_significant_number(number)
    general = metadata.general_desc
    if general is None or not _fits(general, national):
        return False
    either = _any_type(country, regions[0], len(national))
    return either is not None and either.fullmatch(national) is not None


@cache  # a few hundred country codes at most
def _metadata(country: int, region: str) -> PhoneMetadata | None:
    """The region's metadata where phonenumbers.is_valid_number_for_region finds it."""
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(country, region.upper())
    if metadata is None or (
        region != REGION_CODE_FOR_NON_GEO_ENTITY
        and country != phonenumbers.country_code_for_valid_region(region)
    ):
        return None
    return metadata


def _fits(desc, national: str) -> bool:
    """phonenumbers' _is_number_matching_desc."""
    lengths = desc.possible_length
    if lengths and len(national) not in lengths:
        return False
    pattern = desc.national_number_pattern
    return bool(pattern) and re.fullmatch(pattern, national) is not None


@lru_cache(maxsize=4096)
def _any_type(country: int, region: str, length: int) -> re.Pattern | None:
    """One pattern for the number types a valid number of `length` digits can have (the
    types phonenumbers' _number_type_helper tries, of that length); None when none."""
    metadata = _metadata(country, region)
    assert metadata is not None
    kinds = [
        metadata.premium_rate,
        metadata.toll_free,
        metadata.shared_cost,
        metadata.voip,
        metadata.personal_number,
        metadata.pager,
        metadata.uan,
        metadata.voicemail,
        metadata.fixed_line,
    ]
    if not metadata.same_mobile_and_fixed_line_pattern:  # else mobile is not tried
        kinds.append(metadata.mobile)
    patterns = [
        f"(?:{kind.national_number_pattern})"
        for kind in kinds
        if kind is not None
        and kind.national_number_pattern
        and (not kind.possible_length or length in kind.possible_length)
    ]
    return re.compile("|".join(patterns)) if patterns else None


def phone_key(text: str | None, country: str | None) -> str:
    """The number in E.164 ("+49301234567"), its extension left out; "" when empty or
    not a valid number."""
    return _key((text or "").strip(), region(country))


def phone_problem(text: str | None, country: str | None = None) -> str | None:
    """A warning when `text` is not a valid phone number; None when fine or empty. The
    number is kept as written either way."""
    value = (text or "").strip()
    if not value or _key(value, region(country)):
        return None
    return translate(
        "Validation",
        "“{phone}” does not look like a valid phone number: check the digits, or write it "
        "with the country code (e.g. +49 30 1234567).",
    ).format(phone=value)


def search_query(text: str) -> str:
    """A search text written as a phone number, as a part of the keys a contact's search
    text holds (phone_key, "+49301234567"): with a country code the key ("+49 (30)
    1234567", "0049 30 …"); written at home, the digits after the trunk 0 ("030/123 45"
    -> "3012345"), which follow the country code in the key of any country. Any other
    text is left as it is."""
    value = (text or "").strip()
    digits = "".join(ch for ch in value if ch.isdigit())
    if not _DIALLED.match(value) or len(digits) < _MIN_SEARCH_DIGITS:
        return text
    if value.lstrip("(").startswith("+"):
        return phone_key(value, DEFAULT_REGION) or "+" + digits
    if digits.startswith("00"):
        return phone_key(value, DEFAULT_REGION) or "+" + digits[2:]
    return digits[1:] if digits.startswith("0") else digits
