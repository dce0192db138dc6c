"""Deleting from a list: ask first, then delete, and put the deletion on the undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from isa_desk.core.errors import IsaDeskError
from isa_desk.ui.common import errors
from isa_desk.ui.common.plain import as_typed


def ask_then_delete(
    parent: QWidget | None,
    question: str,
    delete: Callable[[], object],
    undo_stack,
    title: str | None = None,
) -> bool:
    """Ask `question` (No is the default), run `delete`, and push what it returns onto
    `undo_stack` (when there is one). A refusal of the services is shown as a message.
    True when something was deleted."""
    if undo_stack is not None:
        question += "\n\n" + QCoreApplication.translate(
            "Deleting", "You can undo this with Ctrl+Z."
        )
    answer = QMessageBox.question(
        parent,
        title or QCoreApplication.translate("Deleting", "Delete"),
        as_typed(question),  # it names what is deleted
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        deleted = delete()
    except IsaDeskError as error:
        errors.show_message(
            parent, str(error), QCoreApplication.translate("Deleting", "Not deleted")
        )
        return False
    if undo_stack is not None:
        undo_stack.push(deleted)
    return True
