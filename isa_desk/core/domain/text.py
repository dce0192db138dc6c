"""Text folding for search: accent-, umlaut- and case-insensitive."""

from __future__ import annotations

import re
import unicodedata

# "ue" and "ü" must meet: both sides are folded to the bare vowel.
_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "ı": "i"})
_SPACES = re.compile(r"\s+")


def search_key(text: str) -> str:
    """Fold text so that "Düren" ~ "duren" ~ "Dueren" and "Müller" ~ "mueller"; CJK stays."""
    folded = text.casefold().translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", folded)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return _SPACES.sub(" ", bare).strip()
