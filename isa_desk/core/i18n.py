"""Translation hook for core messages.

Core has no Qt. The program (GUI or CLI) installs a translator function at start;
until then, texts stay as written (English source texts, translated to German by default).
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[..., str] | None = None


def set_translator(function: Callable[..., str] | None) -> None:
    global _translator
    _translator = function


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """`text` in the loaded language; `disambiguation` tells apart two meanings of one
    source text in the same context (Qt's disambiguation comment)."""
    if _translator is None:
        return text
    if disambiguation:
        return _translator(context, text, disambiguation)
    return _translator(context, text)
