"""Slow exchange work (export, reading and importing a list) off the GUI thread, with a
progress dialog that can be cancelled.

The work function gets a `progress(done, total) -> bool` callback; it returns False
once the user pressed Cancel, and the core then stops (an import rolls back, an export
removes its half-written file). Widgets are touched only from the GUI thread: the
worker reports through signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from isa_desk.core.errors import IsaDeskError


def _t(text: str) -> str:
    return QCoreApplication.translate("ExchangeWorker", text)


class Cancelled(Exception):
    """The user cancelled the work."""


class Worker(QThread):
    progressed = Signal(int, int)

    def __init__(self, work: Callable, parent=None):
        super().__init__(parent)
        self.work = work
        self.result = None
        self.error: BaseException | None = None
        self.stop = threading.Event()

    def progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.stop.is_set()

    def run(self) -> None:
        try:
            self.result = self.work(self.progress)
        except BaseException as error:  # handed to the GUI thread, never lost
            self.error = error


def run_with_progress(parent: QWidget | None, title: str, label: str, work: Callable,
                      delay_ms: int = 300):
    """Run `work(progress)` in a thread while a modal progress dialog shows; returns its
    result. Raises Cancelled when the user cancelled, or the work's own error."""
    worker = Worker(work)
    dialog = QProgressDialog(label, _t("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal if parent is not None
                             else Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(delay_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progressed(done: int, total: int) -> None:
        if dialog.wasCanceled():
            worker.stop.set()
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    loop = QEventLoop()
    worker.progressed.connect(progressed)
    worker.finished.connect(loop.quit)
    dialog.canceled.connect(worker.stop.set)
    worker.start()
    if not worker.isFinished():
        loop.exec()
    worker.wait()
    cancelled = worker.stop.is_set()
    dialog.canceled.disconnect(worker.stop.set)  # closing the dialog emits canceled, too
    dialog.close()
    dialog.deleteLater()
    if cancelled and (worker.error is None or isinstance(worker.error, IsaDeskError)):
        raise Cancelled()
    if worker.error is not None:
        raise worker.error
    return worker.result
