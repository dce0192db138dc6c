"""Helpers for window tests that answer dialogs the code under test opens and waits for."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton


def answer_next_dialog(handle, kind: type | None = None, attempts: int = 500) -> list:
    """Run `handle(dialog)` on the next modal dialog (of type `kind`) that opens, from a
    timer, because the code under test blocks in exec(). Returns a list that collects an
    error raised by `handle`, so the test can assert it stayed empty."""
    errors: list = []

    def poll(remaining=attempts):
        dialog = QApplication.activeModalWidget()
        if dialog is None or (kind is not None and not isinstance(dialog, kind)):
            if remaining:
                QTimer.singleShot(20, lambda: poll(remaining - 1))
            else:  # never hang the test run on a dialog nobody answers
                errors.append(AssertionError(f"no {kind} dialog, found {dialog!r}"))
                if dialog is not None:
                    dialog.reject()
            return
        try:
            handle(dialog)
        except Exception as error:  # reported by the test, not lost in the event loop
            errors.append(error)
            dialog.reject()

    QTimer.singleShot(0, poll)
    return errors


def click_named(name: str):
    """A handler for answer_next_dialog that clicks the button with this object name."""

    def handle(dialog):
        button = dialog.findChild(QPushButton, name)
        assert button is not None, f"no button {name!r} in {dialog!r}"
        button.click()

    return handle


def patch_question(monkeypatch, answer: QMessageBox.StandardButton) -> list:
    """Answer every QMessageBox.question with `answer`; returns the texts asked."""
    asked: list = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked
