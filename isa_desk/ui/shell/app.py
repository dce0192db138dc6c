"""Start the window: application object, language, error handling, database, main window."""

from __future__ import annotations

import gc
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from isa_desk import language as i18n
from isa_desk.core import paths
from isa_desk.core.db.engine import Database
from isa_desk.ui.backups import daily, recovery
from isa_desk.ui.common import errors
from isa_desk.ui.shell import app_icon
from isa_desk.ui.shell.settings import Settings
from isa_desk.ui.team import start as team_start

# open the window, then close it after this many milliseconds: the smoke test of the bundle
QUIT_AFTER_ENV = "ISA_DESK_QUIT_AFTER_MS"


def application() -> QApplication:
    """The one QApplication, named so QSettings and dialogs know the program."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationName(paths.APP_NAME)
    app_icon.apply(app)
    return app


def create_main_window(db: Database, settings: Settings | None = None):
    """The main window over `db`, not yet shown (tests use this without exec())."""
    from isa_desk.ui.shell.main_window import MainWindow

    return MainWindow(db, settings or Settings())


def run_gui(target: str, language: str | None) -> int:
    """Open the window on the database `target`; returns the exit code (2: cannot open)."""
    app = application()
    settings = Settings()
    i18n.load(language or settings.language() or i18n.DEFAULT_LANGUAGE)
    errors.install()
    db = team_start.open_at_start(settings, target)  # the team server, when used last
    if db is None:
        db = recovery.open_database(None, target, at_start=True)  # told the user when None
    if db is None:
        return 2
    # The modules loaded so far stay as long as the program: garbage collections (Python's
    # own, and the one before each background work) need not walk their objects each time.
    gc.freeze()
    window = create_main_window(db, settings)
    window.show()
    backup = daily.start(window)  # in the background: the start does not wait for it
    delay = os.environ.get(QUIT_AFTER_ENV, "")
    if delay.isdigit():
        QTimer.singleShot(int(delay), window.close)  # the last window closed ends exec()
    try:
        return app.exec()
    finally:
        window.skip_fill()  # nothing more is read while the backup is awaited
        if backup is not None:
            backup.wait()  # a backup half made would be removed when the program ends
        window.db.close()
        gc.unfreeze()
