"""The order of texts the window sorts itself (countries, tags, templates, regions in
its combo boxes), as Excel and Outlook sort them in the language of the window.

Qt's QCollator follows the default locale, which language.load sets to the window's
language: DIN 5007-1 for German ("Ägypten" beside "Afghanistan"), pinyin for Chinese
(安 an, 白 bai, 陈 chen). Qt's own packages bring ICU for that; where Qt was built
without it and its collator does not know pinyin, Chinese is sorted by the core's sort
keys (domain/sorting.py), which read pinyin themselves.

Lists of records (contacts, organisations, members) are sorted by the database along
their stored sort keys, never here; people and records listed from loaded objects use
the same keys (`person_key`, `record_key`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cmp_to_key, lru_cache
from typing import Any, TypeVar

from PySide6.QtCore import QCollator, QLocale, Qt

from isa_desk.core.domain.sorting import name_sort_key, person_sort_key, text_sort_key

T = TypeVar("T")

# characters in pinyin order: a collator that knows pinyin keeps them so
_PINYIN_PROBE = ("安", "白", "陈", "刘", "赵")


@lru_cache(maxsize=8)
def _knows_pinyin(locale_name: str) -> bool:
    probe = QCollator(QLocale(locale_name))
    return sorted(_PINYIN_PROBE, key=cmp_to_key(probe.compare)) == list(_PINYIN_PROBE)


def collator() -> QCollator:
    """A collator for the window's language, ignoring case (as Excel's sort does)."""
    found = QCollator(QLocale())
    found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return found


def text_key() -> Callable[[str], Any]:
    """The sort key of a text in the window's language, for `sorted(..., key=...)`.
    Texts that compare equal keep their order (Python's sort is stable)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.Chinese and not _knows_pinyin(locale.name()):
        return text_sort_key
    return cmp_to_key(collator().compare)


def collated(
    items: Iterable[T],
    text: Callable[[T], str] = str,
    group: Callable[[T], Any] | None = None,
) -> list[T]:
    """`items` sorted by `text(item)` in the window's language; with `group`, by
    `group(item)` first (built-in templates before the office's own)."""
    key = text_key()
    if group is None:
        return sorted(items, key=lambda item: key(text(item)))
    return sorted(items, key=lambda item: (group(item), key(text(item))))


def person_key(contact) -> str:
    """The order of the contacts list for a loaded contact (family name, DIN 5007,
    pinyin, particles passed over), the same key the database sorts by."""
    names = (contact.family_name or "", contact.given_name or "", contact.name_zh or "")
    return getattr(contact, "sort_name", "") or person_sort_key(*names)


def record_key(record) -> str:
    """The order of the lists for a loaded organisation or member."""
    return getattr(record, "sort_name", "") or name_sort_key(
        record.name or "", record.name_zh or ""
    )
