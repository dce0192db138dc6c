"""Typing a city's Chinese name into the contacts list's search field finds its people."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def type_chinese(widget, text: str) -> None:
    """As a Chinese input method sends a word: composed, then committed at once (QTest
    types Latin-1 only)."""
    for part in (text[:1], text):
        composing = QInputMethodEvent(part, [])
        QApplication.sendEvent(widget, composing)
    committed = QInputMethodEvent("", [])
    committed.setCommitString(text)
    QApplication.sendEvent(widget, committed)


def test_typing_foshan_in_chinese_lists_the_contacts_of_foshan(qtbot, window):
    window.show_area("contacts")
    contacts = window.areas["contacts"]
    search = contacts.filter_bar.search
    search.setFocus()
    type_chinese(search, "佛山")
    assert search.text() == "佛山"
    qtbot.waitUntil(lambda: contacts.model.total() == 4, timeout=3000)
    rows = range(contacts.model.rowCount())
    family_names = sorted(contacts.model.row_object(r).family_name for r in rows)
    assert family_names == ["Huang", "Li", "Sun", "Zheng"]
