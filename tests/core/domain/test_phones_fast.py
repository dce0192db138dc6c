"""The quick reading of plain international numbers ("+49 371 1234567") is what
phonenumbers.parse reads, over many numbers of many countries; the keys stay the same."""

from __future__ import annotations

import random

import phonenumbers
from phonenumbers import NumberParseException

from isa_desk.core.domain import phones

_CODES = ["1", "7", "20", "33", "39", "44", "49", "86", "852", "886", "800", "979", "998"]
_CODES += ["0", "28", "42", "999", "262", "290", "599", "883", "888", "1340", "3906", "7840"]


def _numbers(count: int, seed: int = 5) -> list[str]:
    pick = random.Random(seed)
    found = ["+49 371 000123", "+49 30 1234567", "+86 757 83381234", "+39 06 1234567"]
    found += ["+1 212 555 0100", "+44 20 7946 0958", "+49 0371 123456", "+86 1790 1234567"]
    found += ["+4", "+49", "+49 1", "+49 12", "+800 1234 5678", "+49  371   1234", "+49 371 "]
    for _ in range(count):
        digits = pick.choice(_CODES) + "".join(pick.choices("0123456789", k=pick.randrange(0, 19)))
        spaced = "".join(d + (" " * pick.choice([0, 0, 0, 1, 2])) for d in digits).strip()
        found.append("+" + spaced)
    return found


def _parsed(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(text, region)
    except NumberParseException:
        return None


def test_plain_international_numbers_are_read_as_phonenumbers_reads_them():
    quick = 0
    for text in _numbers(3000):
        found = phones._international(text)
        if found is None:
            continue
        quick += 1
        for region in ("DE", "CN", "US"):
            assert found == _parsed(text, region), text
    assert quick > 1000  # the quick way is taken for most of them
    assert phones.phone_key("+49 371 000123", "DE") == "+49371000123"
    assert phones.phone_key("+49 0371 000123", "CN") == "+49371000123"  # through parse


def _near(number: phonenumbers.PhoneNumber, pick: random.Random) -> list[phonenumbers.PhoneNumber]:
    """The number, and numbers a digit off it: one changed, one more, one fewer."""
    digits = str(number.national_number)
    changed = pick.randrange(len(digits))
    texts = [
        digits,
        digits[:changed] + pick.choice("0123456789") + digits[changed + 1 :],
        digits + pick.choice("0123456789"),
        digits[:-1] or "1",
    ]
    return [
        phonenumbers.PhoneNumber(
            country_code=number.country_code,
            national_number=int(text),
            italian_leading_zero=number.italian_leading_zero,
            number_of_leading_zeros=number.number_of_leading_zeros,
        )
        for text in texts
    ]


def test_the_quick_validity_is_phonenumbers_validity_in_every_region():
    pick = random.Random(7)
    regions = sorted(phonenumbers.SUPPORTED_REGIONS)
    numbers = []
    kinds = range(11)  # the PhoneNumberTypes of a number, fixed line to voicemail
    for region in regions:
        for kind in kinds:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                numbers += _near(example, pick)
    for code in (800, 808, 870, 878, 881, 882, 883, 888, 979):
        example = phonenumbers.example_number_for_non_geo_entity(code)
        if example is not None:
            numbers += _near(example, pick)
    for _ in range(1500):  # country codes of one region and of several, and none
        code = int(pick.choice(_CODES).lstrip("0") or "1")
        digits = "".join(pick.choices("0123456789", k=pick.randrange(1, 16)))
        numbers.append(phonenumbers.PhoneNumber(country_code=code, national_number=int(digits)))
    valid = [phonenumbers.is_valid_number(number) for number in numbers]
    assert [phones.is_valid(number) for number in numbers] == valid
    assert sum(valid) > 400 and len(valid) - sum(valid) > 400  # both answers are tried
