"""Typing into a field that offers known entries: one behaviour for every such field.

The entries that contain the typed text anywhere are offered in a list below the field;
nothing is ever added to the text itself. (Qt's default for an editable combo box is
inline completion, which appends the rest of the first match: with matching anywhere,
"Sachsen" + Tab became "Sachsen" + the "achsen" of "Niedersachsen".)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter


def offer_matches(completer: QCompleter) -> QCompleter:
    """Offer every entry containing the typed text, in a list; never complete inline."""
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return completer


def typed_choice(combo: QComboBox) -> QComboBox:
    """Make `combo` a field for free text that offers its entries while typing; what is
    typed is never added to the list."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    offer_matches(combo.completer())
    return combo
