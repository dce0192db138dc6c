"""Text folding for search: accent-, umlaut- and case-insensitive."""

from __future__ import annotations

import re
import unicodedata

from isa_desk.core.i18n import translate

# "ue" and "ü" must meet: both sides are folded to the bare vowel.
_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "ı": "i"})
_SPACES = re.compile(r"\s+")


class _CombiningMarks(dict):
    """A table for str.translate that drops combining marks (unicodedata.combining) and
    keeps every other character; each character is looked up once, so a text costs one
    pass in C rather than a Python step per character."""

    def __missing__(self, char: int) -> int | None:
        found = None if unicodedata.combining(chr(char)) else char
        if len(self) < _MARKS_KEPT:  # a hostile text of many characters grows it no further
            self[char] = found
        return found


_MARKS_KEPT = 20_000
_NO_MARKS = _CombiningMarks()
# a character outside Latin letters before the combining marks and outside the common
# Chinese characters, where no combining mark is (a test holds it so): only a text with
# one is looked at a character at a time
_MAYBE_MARKS = re.compile(r"[^\x00-\u02ff\u3400-\u4dbf\u4e00-\u9fff]")
_SPECIAL_CHARS = re.compile("[ßæøđłı]")  # the keys of _SPECIAL


def without_accents(text: str) -> str:
    """The text decomposed, without its combining marks: "Düren" -> "Duren"; characters
    without accents (Chinese among them) stay."""
    if text.isascii():  # no marks, and NFKD leaves ASCII as it is
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    if not _MAYBE_MARKS.search(decomposed):
        return decomposed
    return decomposed.translate(_NO_MARKS)


def search_key(text: str) -> str:
    """Fold text so that "Düren" ~ "duren" ~ "Dueren" and "Müller" ~ "mueller"; CJK stays."""
    if text.isascii():  # nothing to translate or decompose
        bare = text.lower()
    else:
        folded = text.casefold()
        if _SPECIAL_CHARS.search(folded):
            folded = folded.translate(_SPECIAL)
        bare = without_accents(folded)
    bare = bare.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return _SPACES.sub(" ", bare).strip()


# control characters a text field never holds (tab and line breaks stay: notes have them)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def without_controls(text: str) -> str:
    """The text without NUL and the other control characters a cell or form can carry."""
    return _CONTROLS.sub("", text)


def too_long(text: str, limit: int | None) -> str | None:
    """A message when `text` has more than `limit` characters, else None."""
    if limit is None or len(text) <= limit:
        return None
    return translate("Records", "Too long: {count} characters where at most {limit} fit.").format(
        count=len(text), limit=limit
    )
