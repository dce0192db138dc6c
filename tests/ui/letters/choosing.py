"""Choosing in a closed combo box as a person does: focus it and type an entry's first
letters."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.typing import focus


def pick(qtbot, combo, text: str) -> None:
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search, not more of the last
    qtbot.keyClicks(focus(qtbot, combo), text)
    assert combo.currentText().startswith(text)
