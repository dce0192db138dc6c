"""Translation hook for core messages.

Core has no Qt. The program (GUI or CLI) installs a translator function at start;
until then, texts stay as written (English source texts, translated to German by default).

A text that counts something carries `%n` and the count as `n`:
`translate("Letters", "%n letter(s)", None, count)`; the catalogue holds one form per
plural form of the language ("1 Brief", "2 Briefe"), and `%n` becomes the number.
The count goes in as the fourth positional argument and as a plain name or number
(`count`, never `len(rows)` or `row.count`): the extractor skips a call whose count is
any other expression, and the text would miss the catalogue.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

_translator: Callable[..., str] | None = None
_language = "de"
# how the program gets the translator of another language than its own (language.py)
_catalogue: Callable[[str], Callable[..., str] | None] | None = None


def set_translator(function: Callable[..., str] | None, language: str | None = None) -> None:
    """Install the translator; `language` (de, en, zh) is the one it speaks."""
    global _translator, _language
    _translator = function
    _language = language or "de"


def set_catalogue_loader(loader: Callable[[str], Callable[..., str] | None] | None) -> None:
    """Install how a translator for a given language is made (see `speaking`)."""
    global _catalogue
    _catalogue = loader


@contextmanager
def speaking(language: str) -> Iterator[str]:
    """Core texts in `language` (de, en, zh) within the block, for a document in a
    person's own language; the program's language again after it. Yields the language
    in force: the program's own when no catalogue of `language` can be had."""
    current, previous, spoken = _language, _translator, _spoken()
    made = translator_for(language) if language != spoken else None
    if made is None:
        yield spoken
        return
    set_translator(made, language)
    try:
        yield language
    finally:
        set_translator(previous, current)


def translator_for(language: str) -> Callable[..., str] | None:
    """A translator speaking `language` (de, en, zh), for texts in several languages at
    once; None when the program installed no way to make one (see set_catalogue_loader)."""
    return _catalogue(language) if _catalogue is not None else None


def language() -> str:
    """The language of the loaded catalogues: de, en or zh (German until one is loaded)."""
    return _spoken()


def _spoken() -> str:
    return _language if _translator is not None else "de"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the loaded language; `disambiguation` tells apart two meanings of one
    source text in the same context (Qt's disambiguation comment); `n` is the count of a
    text with `%n`."""
    if _translator is None:
        return with_count(text, n)
    if n >= 0:
        return _translator(context, text, disambiguation, n)
    if disambiguation:
        return _translator(context, text, disambiguation)
    return _translator(context, text)


def with_count(text: str, n: int) -> str:
    """`%n` replaced by the count (a text without a count stays as it is)."""
    return text.replace("%n", str(n)) if n >= 0 else text
