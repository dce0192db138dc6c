"""The program's translations without Qt, for the command line: the gettext catalogues
(.mo) compiled from the same .ts sources as Qt's .qm files (translations/update.py).

A command that opens no window needs no Qt; the window loads Qt's catalogues
(isa_desk/language.py), which hold the same texts. A Qt context becomes the message
context, a disambiguation is appended to it after a unit separator, and a text with `%n`
is a plural entry whose forms follow the language's rule (German and English two,
Chinese one), as in Qt.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from functools import cache

from isa_desk.core import i18n
from isa_desk.core.paths import resource_path

LANGUAGES = {"de": "de", "en": "en", "zh": "zh_CN"}  # our code -> catalogue suffix
DEFAULT_LANGUAGE = "de"
DISAMBIGUATION = "\x1f"  # between a Qt context and its disambiguation in a message context


def message_context(context: str, disambiguation: str | None) -> str:
    return f"{context}{DISAMBIGUATION}{disambiguation}" if disambiguation else context


def mo_path(language: str):
    return resource_path("translations", f"isa_desk_{LANGUAGES[language]}.mo")


def catalogue(language: str) -> Callable[..., str] | None:
    """A translator for `language` (de, en, zh) from its shipped catalogue; None without one."""
    found = _translations(language) if language in LANGUAGES else None
    if found is None:
        return None

    def translated(context: str, text: str, disambiguation=None, n: int = -1) -> str:
        where = message_context(context, disambiguation)
        if n >= 0:
            return i18n.with_count(found.npgettext(where, text, text, n), n)
        return found.pgettext(where, text)

    return translated


@cache
def _translations(language: str) -> gettext.GNUTranslations | None:
    """The shipped catalogue, read once (it never changes while the program runs)."""
    try:
        with mo_path(language).open("rb") as handle:
            return gettext.GNUTranslations(handle)
    except OSError:
        return None


def load(language: str | None) -> str:
    """Speak `language` (de, en, zh; German for anything else) in the core's texts;
    returns the language in force."""
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    i18n.set_translator(catalogue(language), language)
    i18n.set_catalogue_loader(catalogue)
    return language
