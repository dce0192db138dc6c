"""Start the window: application object, language, error handling, the window's frame,
then the database.

The frame (navigation, menus, status bar) is shown before the database layer is even
imported; once it has painted itself, `Opening` opens the database (asking about a
missing or damaged file over the shown window), fills the demo database on first use,
shows the database in the window and starts the daily backup.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from isa_desk import language as i18n
from isa_desk.core import paths
from isa_desk.ui.common import errors
from isa_desk.ui.shell import app_icon
from isa_desk.ui.shell.settings import Settings

if TYPE_CHECKING:
    from isa_desk.core.db.engine import Database
    from isa_desk.ui.common.background import BackgroundOp
    from isa_desk.ui.shell.main_window import MainWindow

# open the window, then close it after this many milliseconds: the smoke test of the bundle
QUIT_AFTER_ENV = "ISA_DESK_QUIT_AFTER_MS"


def application() -> QApplication:
    """The one QApplication, named so QSettings and dialogs know the program."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationName(paths.APP_NAME)
    app_icon.apply(app)
    return app


def create_main_window(db: Database | None, settings: Settings | None = None) -> MainWindow:
    """The main window over `db` (without one: its frame), not yet shown (tests use this
    without exec())."""
    from isa_desk.ui.shell.main_window import MainWindow

    return MainWindow(db, settings or Settings())


class Opening:
    """The start's work once the window's frame is on the screen (see the module)."""

    def __init__(self, window: MainWindow, settings: Settings, target: str, demo: bool):
        self.window = window
        self.settings = settings
        self.target = target
        self.demo = demo
        self.backup: BackgroundOp | None = None
        self.gave_up = False  # no database could be opened: the program ends with 2

    def __call__(self) -> None:
        from isa_desk.ui.backups import daily

        db = self.database()
        if db is None:
            self.gave_up = True
            self.window.close()  # the last window closed ends exec()
            return
        self.window.attach(db)
        # The modules loaded so far stay as long as the program: garbage collections (Python's
        # own, and the one before each background work) need not walk their objects each time.
        gc.freeze()
        self.backup = daily.start(self.window)  # in the background: the window does not wait

    def database(self) -> Database | None:
        """The database opened (the team server, when used last); None when the user was
        told why it cannot be or gave up."""
        from sqlalchemy.exc import DBAPIError

        from isa_desk.core.db.engine import describe_operational_error
        from isa_desk.ui.backups import recovery
        from isa_desk.ui.team import start as team_start

        db = None
        try:
            db = team_start.open_at_start(self.settings, self.target)
            if db is None:
                db = recovery.open_database(self.window, self.target, at_start=True)
            if db is not None and self.demo:
                from isa_desk.core.demo import dataset

                dataset.fill_when_empty(db)  # the demo database gets its data on first use
            return db
        except DBAPIError as error:  # a file locked, a lost server, a missing right
            if db is not None:
                db.close()
            errors.show_message(
                self.window,
                describe_operational_error(error, self.target),
                QCoreApplication.translate("Backups", "Cannot open the database"),
            )
            return None

    def finish(self) -> None:
        """The program ends: wait for the backup and any other work in the background,
        close the database."""
        self.window.skip_fill()  # nothing more is read while the backup is awaited
        if self.backup is not None:
            self.backup.wait()  # a backup half made would be removed when the program ends
        from isa_desk.ui.common import background  # (loaded by then: the backup's)

        background.finish_all()
        if self.window.db is not None:
            self.window.db.close()
        gc.unfreeze()


def run_gui(target: str, language: str | None, demo: bool = False) -> int:
    """Open the window on the database `target` (with `demo`, filled with the demo data
    when empty); returns the exit code (2: no database could be opened)."""
    app = application()
    settings = Settings()
    i18n.load(language or settings.language() or i18n.DEFAULT_LANGUAGE)
    errors.install()
    window = create_main_window(None, settings)  # the frame, before the database layer loads
    opening = Opening(window, settings, target, demo)
    window.open_when_shown(opening)
    window.show()
    delay = os.environ.get(QUIT_AFTER_ENV, "")
    if delay.isdigit():
        QTimer.singleShot(int(delay), window.close)  # the last window closed ends exec()
    try:
        code = app.exec()
    finally:
        opening.finish()
    return 2 if opening.gave_up else code
