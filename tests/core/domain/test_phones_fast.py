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
