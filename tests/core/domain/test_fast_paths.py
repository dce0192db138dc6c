"""The quick ways of text folding, sort keys and e-mail checks give exactly what the
general ways give, over many varied inputs (ASCII, umlauts, Chinese, mixed, odd spacing,
invalid values)."""

from __future__ import annotations

import random
import unicodedata

from isa_desk.core.domain import countries, duplicates, emails, sorting
from isa_desk.core.domain import text as text_module
from isa_desk.core.domain.text import search_key, without_accents

_PIECES = [
    "Müller",
    "Düren",
    "Straße",
    "ÆØÅ",
    "Łódź",
    "von der Leyen",
    "de Maizière",
    "O'Brien",
    "Jean-Luc",
    "Ärmel",
    "ﬁ",
    "Ｆｕｌｌ",
    "e\u0301",
    "a\u0308\u0323",
    "曾",
    "单",
    "佛山",
    "张伟",
    "陈",
    "𠀀",
    "가나",
    "Σίσυφος",
    "Дмитрий",
    "ı",
    "  ",
    "\t",
    "\u00a0",
    "\u3000",
    "-",
    ".",
    "/",
    "(x)",
    "123",
    "",
]


def _texts(count: int, seed: int = 7) -> list[str]:
    pick = random.Random(seed)
    found = [*_PIECES, "Wang 伟", "伟 Wang", "Herr 王 Müller", "曾伟 Zeng"]
    for _ in range(count):
        parts = pick.choices(_PIECES, k=pick.randrange(1, 5))
        found.append(pick.choice(["", " ", "  "]).join(parts))
        found.append("".join(chr(pick.randrange(0x20, 0x3000)) for _ in range(pick.randrange(8))))
    return found


def _reference_without_accents(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def _reference_primary(text: str, surname: bool = False) -> str:
    """sorting.primary as it was written first, a character at a time."""
    text = unicodedata.normalize("NFKC", text or "").casefold().translate(sorting._SPECIAL)
    if any(_is_han(char) for char in text):
        out: list[str] = []
        run = ""
        for char in text + " ":
            if _is_han(char):
                run += char
                continue
            if run:
                out.append(f" {sorting._pinyin(run, surname and not out)} ")
                run = ""
            out.append(char)
        text = "".join(out)
    return sorting._SEPARATORS.sub(" ", _reference_without_accents(text)).strip()


def _reference_search_key(text: str) -> str:
    bare = _reference_without_accents(text.casefold().translate(text_module._SPECIAL))
    bare = bare.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return text_module._SPACES.sub(" ", bare).strip()


def test_no_combining_mark_is_where_the_quick_way_does_not_look():
    for code in range(0x3400, 0xA000):
        char = chr(code)
        assert text_module._MAYBE_MARKS.match(char) or not unicodedata.combining(char)
    for code in range(0x300):
        assert not unicodedata.combining(chr(code))
    assert {chr(key) for key in text_module._SPECIAL} == set("ßæøđłı")


def test_without_accents_and_sort_keys_equal_the_general_way():
    for text in _texts(600):
        assert without_accents(text) == _reference_without_accents(text), repr(text)
        assert search_key(text) == _reference_search_key(text), repr(text)
        for surname in (False, True):
            assert sorting.primary(text, surname) == _reference_primary(text, surname), repr(text)
    assert search_key(" Dürener  Straße ") == "durener strasse"
    assert sorting.family_primary("曾伟") == "zeng wei"


_LOCALS = ["anna", "Anna.Schmidt", "a+b", "a_b-c", "INFO", "Postmaster", "x" * 64, "x" * 65]
_LOCALS += ["a..b", ".a", "a.", "", "a b", '"a b"', "zhang@wei", "ä", "张伟", "a!b", "a/b"]
_DOMAINS = ["example.net", "Stadt.DE", "stadt.xn--fiqs8s", "stadt.中国", "xn--mnchen-3ya.de"]
_DOMAINS += ["localhost", "a.test", "example.invalid", "de", "a..de", "-a.de", "a-.de"]
_DOMAINS += ["a.123", "[1.2.3.4]", "a_b.de", "ab--c.de", "xn--zz.de", "a" * 64 + ".de"]
_DOMAINS += [("b" * 60 + ".") * 4 + "de", ("c" * 40 + ".") * 4 + "de", "", "exa mple.de"]


def _addresses() -> list[str]:
    found = [f"{local}@{domain}" for local in _LOCALS for domain in _DOMAINS]
    found += ["plain", "a@b@c.de", "Zhang Wei <zhang@163.com>", "a@", "@b.de", " a@b.de"]
    pick = random.Random(11)
    alphabet = "abcXYZ019._+-@ äß张.."
    found += ["".join(pick.choices(alphabet, k=pick.randrange(1, 14))) for _ in range(300)]
    return found


def test_plain_addresses_are_checked_as_email_validator_checks_them():
    emails._normalized.cache_clear()
    addresses = _addresses()
    for address in addresses:
        assert emails._normalized(address) == emails._validated(address), address
    valid = [a for a in addresses if emails._validated(a)]
    assert "info@stadt.中国" in [emails._normalized(a) for a in valid]  # the quick way taken
    assert len(valid) > 40


def test_frequent_country_names_are_those_of_the_full_index():
    for name, code in countries._FREQUENT_NAMES.items():
        for written in (name, name.upper(), f"  {name.lower()} "):
            assert countries._index()[countries._key(written)] == code
            assert countries.standard_code(written) == code
    assert countries.standard_code("CHN") == "CN"  # a code is still read as one


def _reference_person_sort_key(family, given, name_zh="", given_first=False) -> str:
    """sorting.person_sort_key as it was written first, without the cache."""
    if not (family or "").strip() and not (given or "").strip():
        family, given = name_zh[:1], name_zh[1:]
    parts = [sorting.family_primary(family or ""), sorting.primary(given or "")]
    if given_first:
        parts.reverse()
    return f"{parts[0]}{sorting.PART}{parts[1]}{sorting.TIES}{sorting._ties(f'{family} {given}')}"


def test_person_keys_equal_the_general_way():
    texts = _texts(150, seed=3) + ["Dr. Hans", "Prof Dr-Ing", "Frau", "von der", "Mr Li"]
    pick = random.Random(5)
    pairs = [(pick.choice(texts), pick.choice(texts)) for _ in range(1500)]
    pairs += [(None, "Hans"), ("Müller", None), (None, None), ("", "  ")]
    for family, given in pairs:
        name_zh = pick.choice(["", "张伟", "曾"])
        for first in (False, True):
            assert sorting.person_sort_key(family, given, name_zh, first) == (
                _reference_person_sort_key(family, given, name_zh, first)
            ), (family, given, name_zh)
        words = duplicates.fold(f"{given or ''} {family or ''}").split()
        expected = " ".join(word for word in words if word not in duplicates.TITLES)
        assert duplicates.person_key(given, family) == expected, (family, given)
