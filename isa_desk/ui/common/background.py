"""Long work off the GUI thread, in the spirit of Anki's QueryOp.

    BackgroundOp(parent, lambda progress: export(db, ..., progress=progress),
                 success=shown).with_progress(label).run_in_background()

`work` runs in a thread of its own and gets a core `Progress`; its steps move a progress
dialog (or a progress bar the caller shows), whose Cancel button cancels that Progress,
and the core operation stops at its next step by raising `Cancelled`. `success`,
`failure` and `cancelled` are called in the GUI thread; without a `failure` callback the
error is shown as a plain message (the details go to the log, never a traceback).
`work` must not touch widgets.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from isa_desk.core import files
from isa_desk.core.errors import Cancelled, IsaDeskError
from isa_desk.core.progress import Progress
from isa_desk.ui.common import errors

_running: set[BackgroundOp] = set()  # kept alive while they run, even without a parent


def user_error(error: BaseException) -> BaseException:
    """The error as the user should read it: a file that cannot be written says which."""
    if isinstance(error, OSError) and not isinstance(error, IsaDeskError):
        return files.write_error(error)  # in the user's language, naming the chosen file
    return error


def show_failure(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user that the work failed; an unexpected error goes to the log as well."""
    shown = user_error(error)
    if not isinstance(shown, IsaDeskError):
        errors.log.error("Background work failed", exc_info=error)
    errors.show_error(parent, shown)


def finish_all() -> None:
    """At the end of the program: ask every work still running to stop, and wait for its
    thread. Python destroys what it keeps at its end, and Qt aborts the process when it
    destroys a thread that still runs (the window closed while a check of the start ran).
    A work that does not look at its progress (a backup, a check) is simply waited for;
    the callbacks are not called any more."""
    for op in list(_running):
        op.cancel()
    for op in list(_running):
        if op._thread is not None:
            op._thread.wait()


class _Thread(QThread):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress, parent: QObject):
        super().__init__(parent)
        self.work, self.progress = work, progress
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(self.progress)
        except BaseException as error:  # handed to the GUI thread, never lost
            self.error = error


class BackgroundOp(QObject):
    """One run of `work(progress)` in a thread; see the module's description."""

    stepped = Signal(int, int, str)  # emitted in the worker thread
    ended = Signal()  # in the GUI thread, after the callbacks

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[Progress], Any],
        success: Callable[[Any], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        cancelled: Callable[[], None] | None = None,
    ):
        super().__init__()  # no parent: a closed window must not take a running thread along
        self.parent_widget = parent
        self.work = work
        self.on_success, self.on_failure, self.on_cancelled = success, failure, cancelled
        self.progress = Progress(self.stepped.emit)
        self.running = False
        self.finished = False
        self._label: str | None = None
        self._title = ""
        self._bar: QProgressBar | None = None
        self._delay_ms = 300
        self._dialog: QProgressDialog | None = None
        self._thread: _Thread | None = None
        self.stepped.connect(self._stepped)

    def with_progress(
        self, label: str = "", title: str = "", bar: QProgressBar | None = None, delay_ms: int = 300
    ) -> BackgroundOp:
        """Show the progress: in `bar` when given (the caller offers the cancel), else in a
        window-modal progress dialog with a Cancel button, shown after `delay_ms`."""
        self._label, self._title, self._bar, self._delay_ms = label, title, bar, delay_ms
        return self

    def run_in_background(self) -> BackgroundOp:
        self.running = True
        _running.add(self)
        if self._bar is not None:
            self._bar.setRange(0, 0)
        elif self._label is not None:
            self._dialog = self._make_dialog()
        # Python collects cyclic garbage in whichever thread happens to allocate; garbage
        # holding Qt objects (a closed dialog, its slots) must not be destroyed by the
        # worker, where Qt crashes: collect what there is here, in the GUI thread, first.
        gc.collect()
        self._thread = _Thread(self.work, self.progress, self)
        self._thread.finished.connect(self._finished)
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next step."""
        self.progress.cancel()

    def wait(self) -> BackgroundOp:
        """Keep the GUI alive, without returning, until the work and its callback are done
        (for callers that need the outcome at once, such as a wizard page)."""
        if not self.finished:
            loop = QEventLoop()
            self.ended.connect(loop.quit)
            loop.exec()
        return self

    # -- in the GUI thread ---------------------------------------------------------------

    def _make_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self._label, self.tr("Cancel"), 0, 0, self.parent_widget)
        dialog.setObjectName("backgroundProgress")
        if self._title:
            dialog.setWindowTitle(self._title)
        dialog.setWindowModality(
            Qt.WindowModality.WindowModal
            if self.parent_widget is not None
            else Qt.WindowModality.ApplicationModal
        )
        dialog.setMinimumDuration(self._delay_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        return dialog

    def _stepped(self, done: int, total: int, message: str) -> None:
        target = self._dialog if self._dialog is not None else self._bar
        if target is None or self.finished:
            return
        target.setMaximum(max(total, 0))
        target.setValue(min(done, total) if total else 0)
        if message and self._dialog is not None:
            self._dialog.setLabelText(message)

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)  # closing emits canceled, too
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _finished(self) -> None:
        thread = self._thread
        thread.wait()
        self.running = False
        self.finished = True
        self._close_dialog()
        try:
            self._call_back(thread.result, thread.error)
        finally:
            thread.deleteLater()
            _running.discard(self)
            self.ended.emit()

    def _call_back(self, result: Any, error: BaseException | None) -> None:
        if isinstance(error, Cancelled):
            if self.on_cancelled is not None:
                self.on_cancelled()
        elif error is not None:
            if self.on_failure is not None:
                self.on_failure(error)
            else:
                show_failure(self.parent_widget, error)
        elif self.on_success is not None:
            self.on_success(result)
