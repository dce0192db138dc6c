"""Translation hook for core messages.

Core has no Qt. The program (GUI or CLI) installs a translator function at start;
until then, texts stay as written (English source texts, translated to German by default).
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def set_translator(function: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = function


def translate(context: str, text: str) -> str:
    return _translator(context, text) if _translator else text
