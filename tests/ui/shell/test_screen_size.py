"""The window, every area, dialog and editor fit a 1280 × 800 and a 1366 × 768 screen in
every language: nothing needs more room than the screen has beside the taskbar and the
window frame, and no dialog opens larger than the screen it is on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from isa_desk import language
from isa_desk.ui.common import screen
from isa_desk.ui.shell.app import create_main_window
from tests.ui.every_dialog import opened

# The room a dialog has on the smaller of both screens: 1280 wide less the window frame,
# 768 high less the taskbar (40) and the title bar (32).
ROOM = QSize(1280 - 16, 768 - 40 - 32)


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
        assert needed.width() <= 1280 - 16, (lang, key, needed.width())
        assert needed.height() <= 800 - 40 - 32, (lang, key, needed.height())


def needed_size(dialog) -> QSize:
    """The least room the dialog can have (a wizard tells it through its layout)."""
    needed = dialog.minimumSizeHint()
    if not needed.isValid() and dialog.layout() is not None:
        needed = dialog.layout().totalMinimumSize()
    return needed.expandedTo(dialog.minimumSize())


def too_big(size: QSize) -> bool:
    return size.width() > ROOM.width() or size.height() > ROOM.height()


@pytest.mark.parametrize("lang", ["de", "en", "zh"])
def test_every_dialog_and_editor_fits(
    qtbot, demo_db, settings, restore_locale, tmp_path, monkeypatch, lang
):
    monkeypatch.setattr(screen, "room", lambda _widget: ROOM)  # as on a 1366 × 768 screen
    assert language.load(lang) == lang
    window = create_main_window(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    names, wrong = [], []
    for name, dialog in opened(window, tmp_path):
        names.append(name)
        needed, shown = needed_size(dialog), dialog.size()
        if too_big(needed) or too_big(shown):
            wrong.append(f"{name}: needs {needed.toTuple()}, opens at {shown.toTuple()}")
    assert len(names) >= 28 and "import wizard page 7" in names, names  # the wizard's 7 pages
    assert not wrong, f"too big for {ROOM.toTuple()} in {lang}:\n" + "\n".join(wrong)
