"""No traceback reaches the user: a dialog with a clear message, the details in the log."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from isa_desk.core import paths
from isa_desk.core.errors import ConflictError
from isa_desk.ui.common import errors


@pytest.fixture
def boxes(monkeypatch, qapp):
    """The message boxes that would have been shown: icon, text, details."""
    shown = []

    def capture(box):
        shown.append(
            {
                "icon": box.icon(),
                "text": box.text(),
                "info": box.informativeText(),
                "details": box.detailedText(),
            }
        )
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", capture)
    return shown


def raise_and_handle(error):
    try:
        raise error
    except BaseException:
        errors.handle_exception(*sys.exc_info())


def flush_log():
    for handler in errors.log.handlers:
        handler.flush()


def test_an_unexpected_error_shows_a_clear_message_with_folded_details(boxes, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install()
    assert sys.excepthook is errors.handle_exception
    raise_and_handle(RuntimeError("boom in the engine room"))
    assert len(boxes) == 1
    box = boxes[0]
    assert box["icon"] == QMessageBox.Icon.Critical
    assert "Something went wrong" in box["text"]
    assert "Traceback" not in box["text"] + box["info"]
    assert str(paths.log_path()) in box["info"]
    assert "Traceback" in box["details"]
    assert "RuntimeError: boom in the engine room" in box["details"]


def test_the_error_is_written_to_the_log_file(boxes):
    errors.setup_logging()
    raise_and_handle(ValueError("a value nobody expected"))
    flush_log()
    log = paths.log_path().read_text(encoding="utf-8")
    assert "ValueError: a value nobody expected" in log
    assert "Traceback" in log


def test_logging_is_set_up_once(qapp):
    first = errors.setup_logging()
    assert errors.setup_logging() is first
    targets = [
        h for h in errors.log.handlers if getattr(h, "baseFilename", "") == str(paths.log_path())
    ]
    assert len(targets) == 1


def test_a_user_error_is_shown_as_it_is(boxes):
    errors.setup_logging()
    raise_and_handle(ConflictError("Someone else changed this contact. Open it again."))
    assert boxes == [
        {
            "icon": QMessageBox.Icon.Warning,
            "text": "Someone else changed this contact. Open it again.",
            "info": "",
            "details": "",
        }
    ]
    flush_log()
    assert "Someone else changed" in paths.log_path().read_text(encoding="utf-8")


def test_an_error_inside_the_dialog_does_not_loop(monkeypatch, qapp):
    errors.setup_logging()
    calls = []

    def broken(box):
        calls.append(box)
        raise OSError("no display")

    monkeypatch.setattr(QMessageBox, "exec", broken)
    raise_and_handle(RuntimeError("first"))
    assert len(calls) == 1
    flush_log()
    assert "Could not show the error dialog" in paths.log_path().read_text(encoding="utf-8")
