"""Saving off the GUI thread: an editor's write waits out another program's write while
the window stays alive, and ends in the service's result or a plain message.

    record = saving.in_background(self, lambda: contacts.update(db, id, values, version))

The call returns once the write is done (a local event loop keeps the window painting,
as BackgroundOp.wait does); the service's error (ValidationError, ConflictError, the
"locked by another program" DatabaseError after waiting) is raised here, in the GUI
thread, so the editor shows it beside the values the user typed. After a short while a
progress dialog says that the program is saving, with a Cancel button that stops the
waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from isa_desk.core.errors import Cancelled, IsaDeskError
from isa_desk.core.services.editing import retry_while_busy
from isa_desk.ui.common.background import BackgroundOp

T = TypeVar("T")

PROGRESS_DELAY_MS = 700  # a save that takes longer than this shows that it is waiting

_saving: set[int] = set()  # the windows with a save under way


def in_background(parent: QWidget, work: Callable[[], T]) -> T:
    """`work()` (one service call that writes) in a thread, tried again while the database
    is locked; its result, or its error raised here."""
    if id(parent) in _saving:  # a second Save while the first one waits
        raise IsaDeskError(QCoreApplication.translate("Saving", "Still saving, please wait."))
    outcome: dict[str, Any] = {}
    op = BackgroundOp(
        parent,
        lambda progress: retry_while_busy(work, progress.check),
        success=lambda result: outcome.setdefault("result", result),
        failure=lambda error: outcome.setdefault("error", error),
        cancelled=lambda: outcome.setdefault("error", Cancelled()),
    )
    op.with_progress(
        QCoreApplication.translate("Saving", "Saving… (waiting for the database)"),
        delay_ms=PROGRESS_DELAY_MS,
    )
    _saving.add(id(parent))
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        op.run_in_background().wait()
    finally:
        QGuiApplication.restoreOverrideCursor()
        _saving.discard(id(parent))
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
