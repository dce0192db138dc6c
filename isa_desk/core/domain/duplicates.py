"""When two contacts are one person: the rules of the duplicate check, in one place.

The editor's warning before a save (services/contact_merge.py), the import's matching of
a list (exchange/importing/match.py) and the whole-database finder
(services/duplicate_finder.py) all ask these functions. Pure functions, no database.

- The same e-mail address (its normalised key) is the same person.
- Two different names in Chinese characters are two people, however alike their Latin
  transcriptions are ("Wang Lei" 王磊 and "Wang Wei" 王伟); the same one is one person.
- Latin names are folded by DIN 5007-2, as German name lists compare them ("Müller" =
  "Mueller", but "Michael" ≠ "Michal"), titles and punctuation left out, and compared
  with rapidfuzz: the plain ratio, or the words sorted for names written in Chinese
  order ("Liu Yi" / "Yi Liu"). A name only in characters is compared by its pinyin.
- A similar name alone is common; it counts where the two meet: the same phone number
  (E.164), the same organisation, organisations of the same member, the same town.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process

from isa_desk.core.addressing.person import has_chinese
from isa_desk.core.domain.sorting import primary
from isa_desk.core.domain.text import without_accents
from isa_desk.core.i18n import translate

# Two names at least this similar (rapidfuzz, in percent) may be one person's:
# "anna schmidt" / "anna schmitt" 91.7, "hans mueller" / "hans meier" 81.8.
NAME_SIMILARITY = 85.0

# why two contacts are taken for one person, strongest first
EMAIL, PHONE, NAME_ZH, NAME = "email", "phone", "name_zh", "name"
REASONS = (EMAIL, PHONE, NAME_ZH, NAME)
# where two similar names meet, closest first
ORGANISATION, MEMBER, TOWN = "organisation", "member", "town"
PLACES = ("", ORGANISATION, MEMBER, TOWN)

# academic titles and forms of address people put into name fields
TITLES = frozenset(
    {"dr", "prof", "dipl", "ing", "mag", "med", "phil", "rer", "nat", "jur", "habil", "mba"}
    | {"herr", "frau", "mr", "mrs", "ms", "hr", "fr"}
)

# DIN 5007-2: the umlauts as their two-letter spelling, before accents are dropped
_DIN_5007_2 = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "oe"}
    | {"đ": "d", "ł": "l", "ı": "i"}
)
_NON_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Verdict:
    """Why two contacts are taken for one person, and how sure (0–100)."""

    reason: str  # EMAIL, PHONE, NAME_ZH or NAME
    score: float
    where: str = ""  # ORGANISATION, MEMBER or TOWN for the name reasons

    def text(self) -> str:
        """The reason as the user reads it."""
        return reason_text(self.reason, self.where)

    @property
    def rank(self) -> tuple[int, int, float]:
        """Sorts the surest first: by reason, then where the names meet, then score."""
        return (REASONS.index(self.reason), PLACES.index(self.where), -self.score)


@dataclass(frozen=True)
class Person:
    """What the rules read of a contact (or of the values of a form, or a row of a list)."""

    given: str = ""
    family: str = ""
    name_zh: str = ""
    email_key: str = ""
    phone_keys: tuple[str, ...] = ()  # E.164, as Contact.phone_key and mobile_key
    organisation_id: int | None = None
    member_ids: tuple[int, ...] = ()  # the contact's member and its organisation's
    town: str = ""  # the contact's town, else its organisation's

    @cached_property
    def key(self) -> str:
        return name_key(self.given, self.family, self.name_zh)

    @cached_property
    def zh(self) -> str:
        return chinese_name(self.name_zh)

    @cached_property
    def town_key(self) -> str:
        return town_key(self.town)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Text folded by DIN 5007-2: umlauts spelt out, accents dropped, case folded,
    punctuation as single spaces. Characters stay as they are."""
    if text.isascii():  # most names: nothing to decompose
        return " ".join(_NON_WORD.sub(" ", text.lower()).split())
    text = unicodedata.normalize("NFC", text).casefold().translate(_DIN_5007_2)
    bare = without_accents(text)
    return " ".join(_NON_WORD.sub(" ", bare).split())


@lru_cache(maxsize=65536)
def person_key(given: str | None, family: str | None) -> str:
    """A person's Latin name folded by DIN 5007-2, without titles and punctuation:
    "Dr. Hans Müller" -> "hans mueller"."""
    folded = fold(f"{given or ''} {family or ''}")
    words = folded.split()
    if TITLES.isdisjoint(words):  # most names: the folded text is the key already
        return folded
    return " ".join(word for word in words if word not in TITLES)


def chinese_name(name_zh: str | None) -> str:
    """A name in characters as compared: without spaces (names in characters have none)."""
    return "".join((name_zh or "").split())


@lru_cache(maxsize=16384)
def pinyin_key(name_zh: str) -> str:
    """A name in characters in pinyin, the family name read as a surname: 曾伟 -> "zeng wei"."""
    return fold(primary(chinese_name(name_zh), surname=True))


def name_key(given: str | None, family: str | None, name_zh: str | None = "") -> str:
    """The key two names are compared by: the Latin name, else the pinyin of the name in
    characters (so that 王伟 meets "Wang Wei"); "" without either."""
    key = person_key(given, family)
    if not key and has_chinese(name_zh or ""):
        key = pinyin_key(name_zh or "")
    return key


@lru_cache(maxsize=8192)
def town_key(town: str) -> str:
    """A town as compared: folded, characters in pinyin, without spaces ("佛山" = "Foshan")."""
    folded = fold(primary(town)) if has_chinese(town) else fold(town)
    return folded.replace(" ", "")


def name_score(first: str, second: str) -> float:
    """How alike two name keys are, in percent: the better of rapidfuzz's ratio and the
    ratio of the words sorted ("liu yi" / "yi liu" are 100)."""
    if not first or not second:
        return 0.0
    return max(
        fuzz.ratio(first, second, processor=None),
        fuzz.token_sort_ratio(first, second, processor=None),
    )


def similar_to(wanted: str, keys: list[str]) -> dict[int, float]:
    """{index: score} of the `keys` whose name_score with `wanted` reaches NAME_SIMILARITY,
    compared in C: the same scores name_score gives, for many keys at once."""
    found: dict[int, float] = {}
    if not wanted:
        return found
    for scorer in (fuzz.ratio, fuzz.token_sort_ratio):
        for _key, score, index in process.extract(
            wanted,
            keys,
            scorer=scorer,
            processor=None,
            score_cutoff=NAME_SIMILARITY,
            limit=None,
        ):
            if score > found.get(index, 0.0) and keys[index]:
                found[index] = score
    return found


def names_match(
    key: str, zh: str, other_key: str, other_zh: str, score: float | None = None
) -> float | None:
    """The name score when two names may be one person's, else None. Names in characters
    decide when both have one; `score` is name_score of the keys when known already."""
    if zh and other_zh:
        return 100.0 if zh == other_zh else None
    if score is None:
        score = name_score(key, other_key)
    return score if score >= NAME_SIMILARITY else None


def where_they_meet(a: Person, b: Person) -> str:
    """ORGANISATION, MEMBER or TOWN when two people share one, else ""."""
    if a.organisation_id is not None and a.organisation_id == b.organisation_id:
        return ORGANISATION
    if set(a.member_ids) & set(b.member_ids):
        return MEMBER
    if a.town_key and a.town_key == b.town_key:
        return TOWN
    return ""


def same_person(a: Person, b: Person, score: float | None = None) -> Verdict | None:
    """Whether `a` and `b` look like one person, and why; None when not. `score` is
    name_score of their keys when the caller computed it already."""
    if a.email_key and a.email_key == b.email_key:
        return Verdict(EMAIL, 100.0)
    found = names_match(a.key, a.zh, b.key, b.zh, score)
    if found is None:
        return None
    if set(a.phone_keys) & set(b.phone_keys) - {""}:
        return Verdict(PHONE, found)
    where = where_they_meet(a, b)
    if not where:
        return None
    return Verdict(NAME_ZH if a.zh and a.zh == b.zh else NAME, found, where)


def reason_text(reason: str, where: str = "") -> str:
    """The reason of a verdict as the user reads it."""
    if reason == EMAIL:
        return translate("Duplicates", "same e-mail address")
    if reason == PHONE:
        return translate("Duplicates", "same phone number and a similar name")
    if reason == NAME_ZH:
        return {
            ORGANISATION: translate("Duplicates", "same Chinese name at the same organisation"),
            MEMBER: translate("Duplicates", "same Chinese name at the same member"),
            TOWN: translate("Duplicates", "same Chinese name in the same town"),
        }.get(where, translate("Duplicates", "same Chinese name"))
    return {
        ORGANISATION: translate("Duplicates", "very similar name at the same organisation"),
        MEMBER: translate("Duplicates", "very similar name at the same member"),
        TOWN: translate("Duplicates", "very similar name in the same town"),
    }.get(where, translate("Duplicates", "very similar name"))
