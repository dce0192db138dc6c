"""The backup at the first start of each day, made in the background when the window opens
a database file. A failure never stops the start: it is logged and noted in the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from shiboken6 import isValid

from isa_desk.core.db.engine import sqlite_file
from isa_desk.ui.common import errors
from isa_desk.ui.common.background import BackgroundOp, user_error

NOTE_MS = 15000


def backup(path: Path) -> Path | None:
    """The day's backup of `path`, if not made yet (run in the worker, which imports the
    backup's modules too: the window does not wait for them)."""
    from isa_desk.core.backups.rotation import daily_backup

    return daily_backup(path)


def start(window) -> BackgroundOp | None:
    """Back up the window's database file unless that was done today (None for a server)."""
    path = sqlite_file(window.db.engine)
    if path is None:
        return None

    def made(backup) -> None:
        if backup is not None and isValid(window):
            window.statusBar().showMessage(
                QCoreApplication.translate("Backups", "Daily backup made: {name}").format(
                    name=backup.name
                ),
                NOTE_MS,
            )

    def failed(error: BaseException) -> None:
        errors.log.warning("The daily backup of %s failed", path, exc_info=error)
        if isValid(window):
            window.statusBar().showMessage(
                QCoreApplication.translate("Backups", "The daily backup failed: {reason}").format(
                    reason=user_error(error)
                ),
                NOTE_MS,
            )

    return BackgroundOp(window, lambda _progress: backup(path), made, failed).run_in_background()
