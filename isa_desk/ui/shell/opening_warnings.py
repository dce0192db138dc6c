"""What the window tells once when it opens a database: a file on a network drive (see
`core.db.network_drive`) or a file another copy of ISA Desk has open (see
`core.db.presence`). The window holds its presence on the file it shows until it shows
another one or closes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from isa_desk.core.db import presence
from isa_desk.core.db.engine import sqlite_file
from isa_desk.ui.common import errors
from isa_desk.ui.common.plain import plain_box

translate = QCoreApplication.translate


def opened(window) -> None:
    """Call when the window shows `window.db`: the presence on the previous file is given
    up, the one on this file taken, and the warnings are shown once the window is up."""
    closed(window)
    path = sqlite_file(window.db.engine)
    window.presence = presence.take(path) if path is not None else None
    texts = list(window.db.warnings)
    if window.presence is not None and (shared := window.presence.warning()):
        texts.append(shared)
    for text in texts:
        errors.log.warning("%s", text)
    if texts:  # after the window is shown, over it
        QTimer.singleShot(0, lambda: isValid(window) and show(window, texts))


def closed(window) -> None:
    """Call when the window closes: other copies may open the file without a warning."""
    held = getattr(window, "presence", None)
    if held is not None:
        held.release()
    window.presence = None


def show(window, texts: list[str]) -> QMessageBox:
    """The warnings in one box that does not block the window (the user may look)."""
    box = QMessageBox(window)
    box.setObjectName("openingWarning")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("MainWindow", "Warning about this database"))
    box.setText("\n\n".join(texts))
    plain_box(box)  # paths and names are shown as they are
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
