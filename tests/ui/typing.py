"""Typing into the window as a person does: focus a field, select what is there, type,
then Tab or Enter; a key goes to the list a completer shows when one is open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from isa_desk.core.db.engine import Database


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard"
    qtbot.keyClick(target, key, modifier)


def has_focus(widget: QWidget) -> bool:
    """True when the keyboard is in `widget` (or in the part of it that takes it)."""
    current = QApplication.focusWidget()
    return current is not None and (
        current is widget or current.isAncestorOf(widget) or widget.isAncestorOf(current)
    )


def focus(qtbot, widget: QWidget) -> QWidget:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: has_focus(widget))
    return QApplication.focusWidget()


def type_over(qtbot, widget: QWidget, text: str, then: Qt.Key | None = Qt.Key.Key_Tab) -> None:
    """Ctrl+A in the field, type `text` over it, then press `then` (Tab: leave the field)."""
    target = focus(qtbot, widget)
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(target, Qt.Key.Key_Delete)
    qtbot.keyClicks(target, text)
    if then is not None:
        press(qtbot, then)


def read_back(db: Database, read):
    """`read(database)` through a database opened anew: what is really stored."""
    fresh = Database.open(db.target)
    try:
        return read(fresh)
    finally:
        fresh.close()
