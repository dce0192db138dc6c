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

from collections.abc import Callable

_translator: Callable[..., str] | None = None
_language = "de"


def set_translator(function: Callable[..., str] | None, language: str | None = None) -> None:
    """Install the translator; `language` (de, en, zh) is the one it speaks."""
    global _translator, _language
    _translator = function
    _language = language or "de"


def language() -> str:
    """The language of the loaded catalogues: de, en or zh (German until one is loaded)."""
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
