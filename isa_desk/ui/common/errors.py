"""No traceback reaches the user: errors become a dialog, the details go to the log file.

`install()` sets `sys.excepthook`, which PySide6 also calls for exceptions raised in slots
and event handlers. Errors that carry a user message (IsaDeskError) are shown as they are;
anything else gets a plain message, with the traceback folded away under "Show Details".
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from isa_desk.core import paths
from isa_desk.core.errors import IsaDeskError
from isa_desk.ui.common.plain import plain_box

log = logging.getLogger("isa_desk")

_showing = False  # an error inside the error dialog must not open dialogs without end


def setup_logging() -> logging.Handler:
    """Write the program's log to the log file in the user data folder (once)."""
    target = str(paths.log_path())
    for handler in log.handlers:
        if isinstance(handler, logging.FileHandler) and handler.baseFilename == target:
            return handler
    handler = logging.FileHandler(target, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return handler


def install() -> None:
    setup_logging()
    sys.excepthook = handle_exception


def handle_exception(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """The excepthook: log the error, then tell the user in a dialog."""
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    details = "".join(traceback.format_exception(kind, error, tb))
    if isinstance(error, IsaDeskError):
        log.warning("%s", error)
    else:
        log.error("Unexpected error\n%s", details)
    if _showing or QApplication.instance() is None:
        sys.__excepthook__(kind, error, tb)
        return
    _showing = True
    try:
        show_error(QApplication.activeWindow(), error, details)
    except Exception:  # the dialog itself failed: the log has the original error already
        log.exception("Could not show the error dialog")
    finally:
        _showing = False


def show_error(parent: QWidget | None, error: BaseException, details: str = "") -> None:
    """A dialog for `error`: its own message for IsaDeskError, else a general one."""
    if isinstance(error, IsaDeskError):
        show_message(parent, str(error))
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "ISA Desk – Error"))
    box.setText(
        QCoreApplication.translate(
            "Errors", "Something went wrong, and the last action may not have been completed."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Errors",
            "Please try again. If the problem stays, send the log file to your IT support:\n{path}",
        ).format(path=paths.log_path())
    )
    box.setDetailedText(details or repr(error))
    plain_box(box)  # the log file's path as it is
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def show_message(parent: QWidget | None, message: str, title: str | None = None) -> None:
    """A warning with a message that is meant for the user as it is."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "ISA Desk"))
    box.setText(message)
    plain_box(box)  # messages quote names and file names as they were typed
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
