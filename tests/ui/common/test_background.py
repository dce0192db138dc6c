"""Work off the GUI thread: the result or the error comes back to the GUI thread, the
progress dialog's Cancel button stops the core operation through its Progress, a failure
is a plain message, and a real export from the window still runs end to end."""

from __future__ import annotations

import threading
import time

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar, QPushButton

from isa_desk.core.errors import Cancelled, IsaDeskError
from isa_desk.ui.common.background import BackgroundOp
from tests.ui.dialogs import answer_next_dialog


@pytest.fixture
def calls():
    """What the callbacks received, and in which thread they ran."""
    return {"success": [], "failure": [], "cancelled": [], "threads": set()}


def op_for(work, calls, parent=None) -> BackgroundOp:
    def note(kind):
        def record(*args):
            calls[kind].append(args[0] if args else None)
            calls["threads"].add(threading.current_thread())

        return record

    return BackgroundOp(
        parent, work, success=note("success"), failure=note("failure"), cancelled=note("cancelled")
    )


def test_the_success_callback_gets_the_result_in_the_gui_thread(qtbot, calls):
    workers = []

    def work(progress):
        workers.append(threading.current_thread())
        progress.step(1, 1)
        return 42

    op = op_for(work, calls)
    with qtbot.waitSignal(op.ended, timeout=5000):
        op.run_in_background()
    assert calls["success"] == [42] and calls["failure"] == calls["cancelled"] == []
    assert workers[0] is not threading.main_thread()
    assert calls["threads"] == {threading.main_thread()}
    assert op.finished and not op.running


def test_the_failure_callback_gets_the_error(qtbot, calls):
    def work(progress):
        raise ValueError("broken row")

    op = op_for(work, calls)
    with qtbot.waitSignal(op.ended, timeout=5000):
        op.run_in_background()
    assert [type(error) for error in calls["failure"]] == [ValueError]
    assert str(calls["failure"][0]) == "broken row" and calls["success"] == []


def test_cancel_stops_a_long_operation_before_it_finishes(qtbot, calls):
    steps = []

    def work(progress):
        for done in range(1, 10_001):
            progress.step(done, 10_000)
            steps.append(done)
            time.sleep(0.001)
        return "finished"

    op = op_for(work, calls).with_progress("Working …", "Export", delay_ms=0)
    op.run_in_background()
    qtbot.waitUntil(
        lambda: op._dialog is not None and op._dialog.isVisible() and bool(steps), timeout=5000
    )
    qtbot.waitUntil(lambda: op._dialog.maximum() == 10_000, timeout=5000)
    with qtbot.waitSignal(op.ended, timeout=5000):
        op._dialog.findChild(QPushButton).click()  # its Cancel button
    assert calls["cancelled"] == [None] and calls["success"] == calls["failure"] == []
    assert 0 < len(steps) < 10_000
    assert op.progress.cancelled


def test_progress_in_a_bar_of_the_caller_and_wait(qtbot, calls):
    bar = QProgressBar()
    qtbot.addWidget(bar)

    def work(progress):
        progress.step(3, 4)
        return "done"

    op = op_for(work, calls).with_progress(bar=bar)
    op.run_in_background().wait()  # returns once the callback ran
    assert calls["success"] == ["done"]
    assert bar.maximum() == 4 and bar.value() == 3


def test_a_failure_without_callback_is_a_plain_message(qtbot, tmp_path):
    shown = []

    def read(box):
        shown.append((box.text(), box.detailedText()))
        box.accept()

    def work(progress):  # failed on the temporary name the list was written under
        raise PermissionError(13, "Permission denied", str(tmp_path / ".~list-0123abcd.xlsx"))

    errors = answer_next_dialog(read, QMessageBox)
    op = BackgroundOp(None, work)
    with qtbot.waitSignal(op.ended, timeout=5000):
        op.run_in_background()
    assert errors == []
    text, details = shown[0]
    assert text == (
        f"Cannot write {tmp_path / 'list.xlsx'}: "
        "you have no permission to write there, or the file is open."
    )
    assert "Traceback" not in text + details


def test_a_user_error_is_shown_as_it_is(qtbot):
    shown = []
    errors = answer_next_dialog(lambda box: shown.append(box.text()) or box.accept(), QMessageBox)
    op = BackgroundOp(
        None, lambda progress: (_ for _ in ()).throw(IsaDeskError("The folder does not exist."))
    )
    op.run_in_background().wait()
    assert errors == [] and shown == ["The folder does not exist."]


def test_a_cancelled_error_is_no_failure(qtbot, calls):
    def work(progress):
        progress.cancel()
        progress.check()

    op = op_for(work, calls)
    op.run_in_background().wait()
    assert calls["cancelled"] == [None] and calls["failure"] == []
    assert isinstance(Cancelled(), IsaDeskError)


def test_an_export_from_the_window_runs_end_to_end(qtbot, window, monkeypatch, tmp_path):
    target = tmp_path / "members.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), ""))
    )
    window.show_area("members")
    window.export_action.trigger()
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) > 5 and rows[0][0]
    assert "rows exported" in window.statusBar().currentMessage()
    assert [path.name for path in tmp_path.iterdir() if ".xlsx" in path.name] == [target.name]
