"""Sort keys: German lists by DIN 5007, Chinese names by pinyin, in one stored string.

A key is plain text that sorts correctly byte by byte (SQLite's BINARY collation, "C" on
PostgreSQL, Python's `sorted`), so the database can keep it in an indexed column and
every list, export and letter run sorts as Excel and Outlook do:

- DIN 5007-1 for the order shown: ä = a, ö = o, ü = u, ß = ss; "Ärmel" with "Armel",
  the unaccented word first when two are otherwise equal.
- Particles do not count in a family name: "von der Leyen" under L, "de Maizière" under M.
- Characters are read in pinyin (安 an, 白 bai, 陈 chen), surnames with their surname
  reading (曾 Zeng, 单 Shan), so "Liu" and "刘" stand together.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from isa_desk.core.domain.text import without_accents

# Between the parts of a key: below every character a name can hold, so that a shorter
# part sorts before a longer one ("Lee" before "Leeb") whatever follows it.
PART = "\x01"
TIES = "\x02"

# the reading of a character as a surname, where it differs from the common one
SURNAME_READINGS = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "仇": "qiu",
    "区": "ou",
    "查": "zha",
    "朴": "piao",
    "覃": "qin",
    "盖": "ge",
    "乐": "yue",
    "缪": "miao",
    "翟": "zhai",
    "种": "chong",
    "秘": "bi",
    "员": "yun",
    "繁": "po",
}

# words before a family name that German, Dutch, French and Italian name lists pass over
PARTICLES = frozenset(
    {"von", "vom", "zu", "zum", "zur", "van", "de", "der", "den", "des", "du", "da", "di"}
    | {"del", "della", "la", "le", "ten", "ter", "te", "d", "dos", "das"}
)

_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l"})
_SEPARATORS = re.compile(r"[\s\-‐–—_/.,;:'’`´\"()\[\]]+")


_HAN_RUN = re.compile("[\u3400-\u9fff\uf900-\ufaff]+")  # the characters read in pinyin


def _kept(rest: str) -> str:
    return rest


@lru_cache(maxsize=4096)
def _pinyin(text: str, surname: bool) -> str:
    """The characters of `text` in pinyin without tones, a space after each."""
    from pypinyin import lazy_pinyin  # its dictionary loads in 0.2 s: only when needed

    words = []
    # a character without a reading in the dictionary is kept as it is
    for position, syllable in enumerate(lazy_pinyin(text, errors=_kept)):
        if surname and position == 0 and text[0] in SURNAME_READINGS:
            syllable = SURNAME_READINGS[text[0]]
        words.append(syllable)
    return " ".join(words)


def pinyin(text: str) -> str:
    """The characters of `text` in pinyin without tones, syllables apart ("佛山" gives
    "fo shan"); other characters as they are."""
    return _pinyin(text, False)


def primary(text: str, surname: bool = False) -> str:
    """The text as it counts for the order: folded by DIN 5007-1, characters in pinyin,
    punctuation as single spaces."""
    text = text or ""
    if text.isascii():  # NFKC, the special letters, accents and characters: none here
        return _SEPARATORS.sub(" ", text.casefold()).strip()
    text = unicodedata.normalize("NFKC", text).casefold().translate(_SPECIAL)
    if _HAN_RUN.search(text):
        text = _with_pinyin(text, surname)
    return _SEPARATORS.sub(" ", without_accents(text)).strip()


def _with_pinyin(text: str, surname: bool) -> str:
    """Runs of characters replaced by their pinyin, the rest left as it is; with
    `surname`, a run at the start is read as a surname."""

    def spoken(run: re.Match) -> str:
        return f" {_pinyin(run.group(), surname and run.start() == 0)} "

    return _HAN_RUN.sub(spoken, text)


def family_primary(family: str) -> str:
    """A family name without the particles in front: "von der Leyen" -> "leyen"."""
    words = primary(family, surname=True).split(" ")
    while len(words) > 1 and words[0] in PARTICLES:
        words = words[1:]
    return " ".join(words)


def text_sort_key(text: str) -> str:
    """The sort key of a name of a town, an organisation or a member."""
    return f"{primary(text)}{TIES}{_ties(text)}"


def name_sort_key(name: str, name_zh: str = "") -> str:
    """The sort key of an organisation or member: its Latin name, else its Chinese one."""
    return text_sort_key(name if name.strip() else name_zh)


def person_sort_key(family: str, given: str, name_zh: str = "", given_first: bool = False) -> str:
    """The sort key of a person: family name (without particles), then given name; by
    given name first with `given_first`. Without a Latin name, the name in characters,
    which begins with the family name."""
    family_part, given_part, ties = _person_parts(family, given, name_zh)
    if given_first:
        return f"{given_part}{PART}{family_part}{TIES}{ties}"
    return f"{family_part}{PART}{given_part}{TIES}{ties}"


@lru_cache(maxsize=256)  # a contact's two keys (models.contact_keys) come from one reading
def _person_parts(family: str, given: str, name_zh: str) -> tuple[str, str, str]:
    """The family and given name as they count for the order, and the ties."""
    if not (family or "").strip() and not (given or "").strip():
        family, given = name_zh[:1], name_zh[1:]
    return family_primary(family or ""), primary(given or ""), _ties(f"{family} {given}")


def _ties(text: str) -> str:
    """What decides between keys otherwise equal: the accents ("Armel" before "Ärmel")
    and the case, as the code points of the decomposed text."""
    return unicodedata.normalize("NFD", (text or "").strip())
