"""The status bar's notice of due and overdue follow-ups; it leads to the inquiries area
filtered to what is due by its `clicked`, which the main window connects.

The inquiries' services are imported when the notice first counts, not when the window
starts: the window gives the notice its database once it has painted itself."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QToolButton, QWidget

from isa_desk.ui.common import style

translate = QCoreApplication.translate


def due_text(overdue: int, due_today: int) -> str:
    """ "2 follow-ups overdue, 1 due today" (empty when nothing is due)."""
    parts = []
    if overdue:
        parts.append(translate("InquiryOverview", "%n follow-ups overdue", None, overdue))
    if due_today == 1:
        parts.append(translate("InquiryOverview", "1 due today"))
    elif due_today:
        parts.append(translate("InquiryOverview", "{count} due today").format(count=due_today))
    return ", ".join(parts)


class DueNotice(QToolButton):
    """The notice; hidden when nothing is due, and while it has no database (None)."""

    def __init__(self, db, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dueNotice")
        self.db = db
        self.today = today
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(translate("InquiryOverview", "Click to list the inquiries that are due"))
        self.refresh()

    def refresh(self) -> None:
        if self.db is None:
            self.setVisible(False)
            return
        from isa_desk.core.services import inquiries

        overdue, due_today = inquiries.due_counts(self.db, self.today)
        text = due_text(overdue, due_today)
        self.setText(
            translate("InquiryOverview", "Inquiries: {text}").format(text=text) if text else ""
        )
        color = style.OVERDUE if overdue else style.DUE_TODAY
        self.setIcon(style.marker_icon(color))
        self.setStyleSheet(f"QToolButton {{ color: {color}; font-weight: bold; }}")
        self.setVisible(bool(text))

    def set_database(self, db) -> None:
        self.db = db
        self.refresh()
