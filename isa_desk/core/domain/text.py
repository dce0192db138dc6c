"""Text folding for search: accent-, umlaut- and case-insensitive."""

from __future__ import annotations

import re
import unicodedata

from isa_desk.core.i18n import translate

# "ue" and "ü" must meet: both sides are folded to the bare vowel.
_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "ı": "i"})
_SPACES = re.compile(r"\s+")


def without_accents(text: str) -> str:
    """The text decomposed, without its combining marks: "Düren" -> "Duren"; characters
    without accents (Chinese among them) stay."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def search_key(text: str) -> str:
    """Fold text so that "Düren" ~ "duren" ~ "Dueren" and "Müller" ~ "mueller"; CJK stays."""
    folded = text.casefold().translate(_SPECIAL)
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
