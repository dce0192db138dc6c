"""The German and the Chinese window show no English: every area, menu, action, dialog,
editor and import wizard page is opened, and no text on it is an English source text
that its catalogue translates differently (a text that missed the catalogue, or one
shown without asking it)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
    QWizard,
)

from isa_desk import language
from isa_desk.ui.shell.app import create_main_window
from tests.ui.every_dialog import opened, show

CATALOGUES = {"de": "isa_desk_de.ts", "zh": "isa_desk_zh_CN.ts"}
# Words that are the same in the window whatever the catalogue says: codes, and the
# language menu, which names each language in itself ("English" in the German window);
# "Newsletter" is also a tag of the demo data, shown as it was typed.
SAME_IN_EVERY_LANGUAGE = {
    "OK",
    "ID",
    "PDF",
    "Excel",
    "E-mail",
    "Fax",
    "ISA Desk",
    "English",
    "Newsletter",
}


def english_texts(lang: str) -> set[str]:
    """Source texts whose translation in `lang` is a different text."""
    from tests.test_translations import ROOT

    texts = set()
    for message in ET.parse(ROOT / "translations" / CATALOGUES[lang]).iter("message"):
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes" or "{" in source:
            continue  # shown with numbers or names filled in, never as written
        if (message.findtext("translation") or "") != source:
            texts.add(source)
    return texts - SAME_IN_EVERY_LANGUAGE


def actions_of(widget: QWidget) -> list[QAction]:
    found = list(widget.actions()) + widget.findChildren(QAction)
    for menu in widget.findChildren(QMenu):
        found += menu.actions()
    return found


def header_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None or not hasattr(view, "horizontalHeader"):
        return []  # a plain list has no headers
    return [
        str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for column in range(model.columnCount())
    ]


def shown_texts(root: QWidget) -> list[str]:
    """The texts a person reads on `root`: title, labels, buttons, placeholders,
    group titles, tabs, list headers, choices and the actions of its menus."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(n) for n in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            texts += header_texts(widget)
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            texts += [widget.itemText(n) for n in range(widget.count())]
        texts.append(widget.toolTip())
    if isinstance(root, QWizard):
        page = root.currentPage()
        texts += [page.title(), page.subTitle()]
    texts += [action.text() for action in actions_of(root)]
    return [text for text in texts if text]


@pytest.mark.parametrize("lang", ["de", "zh"])
def test_no_english_in_the_window(qtbot, demo_db, settings, restore_locale, tmp_path, lang):
    assert language.load(lang) == lang
    english = english_texts(lang)
    window = create_main_window(demo_db, settings)
    qtbot.addWidget(window)
    show(window)
    found: dict[str, set[str]] = {}
    for key in window.area_keys():
        window.show_area(key)
        show(window)
        found[f"area {key}"] = set(shown_texts(window)) & english
    for name, dialog in opened(window, tmp_path):
        found[name] = set(shown_texts(dialog)) & english
    assert len(found) > 25
    untranslated = {name: sorted(texts) for name, texts in found.items() if texts}
    assert not untranslated, f"English in the {lang} window: {untranslated}"


def test_the_walk_sees_an_untranslated_text(qtbot, demo_db, settings, restore_locale):
    """The check above would notice a text shown without its catalogue."""
    language.load("de")
    window = create_main_window(demo_db, settings)
    qtbot.addWidget(window)
    window.import_action.setText("&Import list…")
    assert "&Import list…" in set(shown_texts(window)) & english_texts("de")


def test_shortcuts_name_keys_in_the_language(qtbot, demo_db, settings, restore_locale):
    language.load("de")
    window = create_main_window(demo_db, settings)
    qtbot.addWidget(window)
    named = window.open_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert named == "Eingabe"
    tip = window.navigation.item(1).toolTip()
    assert tip.endswith("(Strg+2)")
