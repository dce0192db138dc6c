"""Fixtures for the window tests: settings in the test's own folder, the main window."""

from __future__ import annotations

import pytest


@pytest.fixture
def restore_locale():
    """For tests that change the program's language: the locale is set back afterwards."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def settings(home):
    from isa_desk.ui.shell.settings import Settings

    return Settings(home / "settings.ini")


@pytest.fixture
def window(qtbot, demo_db, settings):
    """The main window over the demo data, shown (offscreen)."""
    from isa_desk.ui.shell.app import create_main_window

    main = create_main_window(demo_db, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main
