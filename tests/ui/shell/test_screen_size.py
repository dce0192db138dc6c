"""The window fits a 1280 × 800 screen in every language, on every area."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from isa_desk import language
from isa_desk.ui.shell.app import create_main_window


@pytest.fixture
def restore_locale():
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize("lang", ["de", "en", "zh"])
def test_every_area_fits_1280_by_800(qtbot, demo_db, settings, restore_locale, lang):
    assert language.load(lang) == lang
    window = create_main_window(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    for key in window.area_keys():
        window.show_area(key)
        QApplication.processEvents()
        needed = window.minimumSizeHint()
        assert needed.width() <= 1280, (lang, key, needed.width())
        assert needed.height() <= 800, (lang, key, needed.height())
