"""A whole name written in one cell, split into given name, family name and title.

People write names in many ways: "Dr. Anna Schmidt", "Schmidt, Anna", "Ursula von der
Leyen", "Prof. Dr.-Ing. Karl Müller-Lüdenscheidt", "张伟", "Liu Yi". nameparser reads the
Latin part (titles, a comma that puts the family name first, particles that belong to
the family name); this module adds what an office working with China needs:

- A name in characters puts the family name first: its first character, or one of the
  two-character family names (欧阳娜娜 -> 欧阳 + 娜娜).
- A Latin name written family name first ("Liu Yi") is told apart from one written
  given name first ("Yi Liu") only where that is safe: two words, the first one of the
  commonest Chinese family names in pinyin, the second a pinyin given name that is no
  such family name. "Wang Lei" stays as written unless the row says the person is
  Chinese (the name in characters, or a Chinese country), since Lei is a family name too.
  With the name in characters, the pinyin of its family name settles it.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from isa_desk.core.addressing.person import COMPOUND_FAMILY_NAMES
from isa_desk.core.db.enums import NameOrder
from isa_desk.core.domain.sorting import PARTICLES, primary
from isa_desk.core.domain.text import without_accents

if TYPE_CHECKING:
    from nameparser import Parser

# Words of address and the gender they tell; never part of the name or of the title.
GENDER_WORDS = {
    "herr": "male",
    "herrn": "male",
    "hr": "male",
    "mr": "male",
    "先生": "male",
    "frau": "female",
    "fr": "female",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "女士": "female",
    "小姐": "female",
}
_CHINESE_ADDRESS = ("先生", "女士", "小姐")  # written after the name: 刘女士

# German academic titles that nameparser's vocabulary lacks (it has Dr., Prof., Dipl.-Ing.)
_TITLES = {"dr.-ing", "univ.-prof", "apl.-prof", "dipl.-kfm", "dipl.-kffr", "dipl.-inf"}
_TITLES |= {"dipl.-oec", "dipl.-pol", "dipl.-psych", "dipl.-volksw", "dipl.-wirt.-ing"}

# The commonest Chinese family names in pinyin: the top 100 of the 2020 census (some
# characters share a reading: 于 and 余 are both Yu), 吕 also as Lv/Lyu, and the
# two-character family names of addressing.person.
_PINYIN_FAMILY_NAMES = (
    "bai cai cao chen cheng cui dai deng ding dong du duan fan fang feng fu gao gong gu guo"
    " han hao he hou hu huang jia jiang jin kong lei li liang liao lin liu long lu luo lv"
    " lyu ma mao meng mo pan peng qian qin qiu ren shao shen shi song su sun tan tang tao"
    " tian wan wang wei wu xia xiang xiao xie xiong xu xue yan yang yao ye yin yu yuan zeng"
    " zhang zhao zheng zhong zhou zhu zou"
    " dongfang duanmu dugu gongsun gongye huangfu linghu murong nangong ouyang shangguan"
    " sikong sima situ tantai xiahou ximen xuanyuan yuchi yuwen zhangsun zhuge"
)
PINYIN_FAMILY_NAMES = frozenset(_PINYIN_FAMILY_NAMES.split())
CHINESE_COUNTRIES = frozenset({"CN", "TW", "HK", "MO"})

# A word of one to three pinyin syllables. A syllable without an initial (a, o, e …)
# stands only at the start of a word or after an apostrophe ("Xi'an"), as pinyin spells
# it, so German words such as "Meier" (mei + er) or "Lee" are no pinyin.
_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
_FINAL = (
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ao|an|ei|en|er|ia|ie"
    r"|in|iu|ou|ua|uo|ui|un|ve|ue|a|o|e|i|u|v)"
)
_BARE = r"(?:ang|eng|ai|ao|an|ei|en|er|ou|a|o|e)"
_PINYIN = re.compile(rf"(?:{_INITIAL}{_FINAL}|{_BARE})(?:{_INITIAL}{_FINAL}|'{_BARE}){{0,2}}")

_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff][\u3400-\u9fff\uf900-\ufaff·・•]*")
_FOREIGN_DOT = re.compile(r"[·・•]")  # 安娜·施密特: a foreign name in characters
_EMPTY_BRACKETS = re.compile(r"[(（\[]\s*[)）\]]")
_LETTER = re.compile(r"[^\W\d_]")
# a plain word of a name ("Anna", "Müller-Lüdenscheidt"), see _quick
_PLAIN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True)
class SplitName:
    given: str = ""
    family: str = ""
    title: str = ""  # academic titles and degrees ("Prof. Dr.", "Dipl.-Ing.")
    chinese: str = ""  # the name in characters, written without spaces
    order: NameOrder = NameOrder.WESTERN  # the order the person writes the name in
    gender: str | None = None  # "female" or "male", from "Frau", "Mr", "女士" …


@cache
def _parser() -> Parser:
    from nameparser import Lexicon, Parser, parser_for  # 40 ms: when a name is first split
    from nameparser import locales as name_locales

    words = Lexicon.default().add(particles=PARTICLES, titles=_TITLES)
    return parser_for(name_locales.ZH, base=Parser(lexicon=words))


@cache
def _special_words() -> frozenset[str]:
    """Words nameparser reads as more than a name: titles, particles, suffixes …"""
    words = _parser().lexicon
    return frozenset().union(
        words.titles,
        words.particles,
        words.conjunctions,
        words.suffix_words,
        words.suffix_acronyms,
        words.bound_given_names,
        words.maiden_markers,
    )


def _fold(word: str) -> str:
    """A word as pinyin compares it: lower case, without tone marks or separators."""
    return primary(word).replace(" ", "")


def is_pinyin(word: str) -> bool:
    """Whether `word` is written in pinyin syllables ("Nana", "Xiaoming", "Xiao-Ming")."""
    bare = without_accents(word.casefold().replace("’", "'"))
    parts = re.split(r"[\s\-]+", bare)
    return all(part and _PINYIN.fullmatch(part) for part in parts)


def chinese_family_first(first: str, second: str, chinese: bool = False) -> bool:
    """Whether "first second" is a Chinese name written family name first. Unless the
    person is known to be Chinese (`chinese`), only where the second word cannot be a
    family name itself: "Liu Yi" yes; "Yi Liu" and "Wang Lei" no."""
    if _fold(first) not in PINYIN_FAMILY_NAMES or not is_pinyin(second):
        return False
    return chinese or _fold(second) not in PINYIN_FAMILY_NAMES


def split_chinese(chinese: str) -> tuple[str, str]:
    """Family and given name of a name in characters: 张伟 -> 张, 伟; 欧阳娜娜 -> 欧阳, 娜娜."""
    if len(chinese) > 2 and chinese[:2] in COMPOUND_FAMILY_NAMES:
        return chinese[:2], chinese[2:]
    if len(chinese) > 1:
        return chinese[:1], chinese[1:]
    return chinese, ""


def split_name(text: str, *, name_zh: str = "", country: str = "") -> SplitName:
    """`text` split into its parts; a name in characters only gives its parts in
    characters (and `chinese`). `name_zh` (the row's name in characters) and `country`
    (an ISO code), where a list has them, say whether the person is Chinese."""
    chinese, latin, gender = _chinese_part(" ".join((text or "").split()))
    if not _LETTER.search(latin):
        return _in_characters(chinese, gender)
    characters = chinese or (name_zh if _CJK_RUN.search(name_zh or "") else "")
    found = _latin(
        latin, characters.replace(" ", ""), bool(characters) or country in CHINESE_COUNTRIES
    )
    return dataclasses.replace(found, chinese=chinese, gender=found.gender or gender)


def _chinese_part(text: str) -> tuple[str, str, str | None]:
    """The characters of `text` (without a word of address such as 先生 after them),
    the Latin rest, and the gender the word of address tells."""
    runs = _CJK_RUN.findall(text)
    if not runs:
        return "", text, None
    chinese = "".join(runs)
    latin = " ".join(_EMPTY_BRACKETS.sub(" ", _CJK_RUN.sub(" ", text)).split())
    for word in _CHINESE_ADDRESS:
        if len(chinese) > len(word) and chinese.endswith(word):
            return chinese[: -len(word)], latin, GENDER_WORDS[word]
    return chinese, latin, None


def _in_characters(chinese: str, gender: str | None) -> SplitName:
    if _FOREIGN_DOT.search(chinese):  # 安娜·施密特: a foreign name, given name first
        parts = [part for part in _FOREIGN_DOT.split(chinese) if part]
        return SplitName("".join(parts[:-1]), parts[-1], chinese=chinese, gender=gender)
    family, given = split_chinese(chinese)
    order = NameOrder.CHINESE if chinese else NameOrder.WESTERN
    return SplitName(given, family, chinese=chinese, order=order, gender=gender)


def _latin(text: str, characters: str, chinese: bool) -> SplitName:
    """The Latin name as nameparser reads it, in the order the person writes it."""
    found, words = _quick(text) or _parsed(text)
    comma = "," in text
    if characters and len(words) >= 2:
        # the pinyin of the family name in characters tells which word it is
        reading = _fold(split_chinese(characters)[0])
        if comma and _fold(found.family) == reading:
            return dataclasses.replace(found, order=NameOrder.CHINESE)
        if not comma and _fold(words[0]) == reading:
            given = " ".join(words[1:])
            return dataclasses.replace(found, given=given, family=words[0], order=NameOrder.CHINESE)
        if not comma and _fold(words[-1]) == reading:
            return found
    if comma:
        if chinese and _fold(found.family) in PINYIN_FAMILY_NAMES and is_pinyin(found.given):
            return dataclasses.replace(found, order=NameOrder.CHINESE)
        return found
    if len(words) == 2 and chinese_family_first(words[0], words[1], chinese):
        return dataclasses.replace(found, given=words[1], family=words[0], order=NameOrder.CHINESE)
    return found


def _quick(text: str) -> tuple[SplitName, list[str]] | None:
    """What nameparser reads in the usual shapes, without asking it (it takes a fifth of
    a millisecond a name): titles, then "Given Family" or "Family, Given" in plain words.
    None for every other shape."""
    family, comma, given = text.partition(",")
    words = (given if comma else family).split()
    title, gender = [], None
    while words and _key(words[0]) in _parser().lexicon.titles:
        word = words.pop(0)
        if _key(word) in GENDER_WORDS:
            gender = gender or GENDER_WORDS[_key(word)]
        else:
            title.append(word)
    name = [family.strip(), *words] if comma else words
    special = _special_words()
    if len(name) != 2 or any(not _PLAIN.fullmatch(w) or _key(w) in special for w in name):
        return None
    given, family = (name[1], name[0]) if comma else (name[0], name[1])
    return SplitName(given, family, " ".join(title), gender=gender), name


def _key(word: str) -> str:
    """A word as nameparser's vocabulary holds it: lower case, no full stop at its ends."""
    return word.casefold().strip(".")


def _parsed(text: str) -> tuple[SplitName, list[str]]:
    """nameparser's reading, and the words of the name (without titles) as written."""
    titles: list[str] = []
    given: list[str] = []
    family: list[str] = []
    words: list[str] = []
    gender = None
    from nameparser import Role

    for token in _parser().parse(text).tokens:
        key = _key(token.text)
        if key in GENDER_WORDS and token.role in (Role.TITLE, Role.NICKNAME):
            gender = gender or GENDER_WORDS[key]
        elif token.role in (Role.TITLE, Role.SUFFIX):  # "M.A." and "PhD" are degrees too
            titles.append(token.text)
        elif token.role in (Role.GIVEN, Role.MIDDLE, Role.FAMILY):
            words.append(token.text)
            # a particle read as the given name opens a family name ("von der Leyen")
            opens = token.role == Role.GIVEN and "particle" in token.tags and not given
            (family if token.role == Role.FAMILY or opens else given).append(token.text)
    if given and not family:  # one word is a family name ("Schmidt", "Frau Schmidt")
        family, given = given, []
    return SplitName(" ".join(given), " ".join(family), " ".join(titles), gender=gender), words
