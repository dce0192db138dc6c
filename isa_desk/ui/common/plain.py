"""Text the user typed is shown as typed: a contact named "<i>Söhne</i>" is never italic.

QLabel, QMessageBox and tool tips guess whether a text is HTML (Qt.mightBeRichText), and a
name or a file name must not take part in that guess. Labels that show user data get the
plain format; where a label is meant to be rich (a bold part, a coloured deadline) the user
data in it is escaped; texts handed to a widget that guesses (QMessageBox.question, tool
tips) are made to read as typed with `as_typed`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # the text functions live in QtGui's namespace
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain(label: QLabel) -> QLabel:
    """`label`, set to show its text as it is."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str = "", parent: QWidget | None = None, **properties) -> QLabel:
    """A QLabel that shows `text` as it is, never as markup."""
    return plain(QLabel(text, parent, **properties))


def plain_box(box: QMessageBox) -> QMessageBox:
    """`box`, set to show its texts (main and informative) as they are."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def escaped(text: object) -> str:
    """`text` for a place inside rich text: <, > and & are shown, not read."""
    return html.escape(str(text), quote=False)


def as_typed(text: str) -> str:
    """`text` for a widget that guesses its format: unchanged when it would be shown
    as it is anyway, else escaped rich text (line breaks kept) that shows it as typed."""
    if not GuiQt.mightBeRichText(text):
        return text
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
