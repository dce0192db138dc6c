"""The monthly reminder of the retention review: a notice in the status bar, never a box
that stops the start. Its "Review…" opens the retention dialog; marking the review done
there takes the notice away."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QToolButton, QWidget
from shiboken6 import isValid

from isa_desk.core.privacy import retention
from isa_desk.ui.common import errors
from isa_desk.ui.common.background import BackgroundOp
from isa_desk.ui.common.plain import plain_label

translate = QCoreApplication.translate

NOTICE_NAME = "retentionNotice"
CHECK_PROPERTY = "retentionCheck"  # which check of the window is the latest


class RetentionNotice(QWidget):
    """ "Privacy: data is due for review" and a Review… button."""

    def __init__(self, window: QMainWindow, db, today: dt.date | None = None):
        super().__init__(window)
        self.window_, self.db, self.today = window, db, today
        self.setObjectName(NOTICE_NAME)
        text = plain_label(translate("Retention", "Privacy: data is due for review."))
        text.setStyleSheet("font-weight: bold;")
        self.button = QToolButton()
        self.button.setObjectName("review")
        self.button.setText(translate("Retention", "Review…"))
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(self.review)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(text)
        layout.addWidget(self.button)

    def review(self):
        from isa_desk.ui.privacy.retention_dialog import open_retention

        dialog = open_retention(self.window_, self.db, self.today)
        dialog.reviewed.connect(self.close_notice)
        return dialog

    def close_notice(self) -> None:
        if isValid(self):
            self.setObjectName("")  # gone for notice_of at once, before it is deleted
            self.window_.statusBar().removeWidget(self)
            self.hide()
            self.deleteLater()


def notice_of(window: QMainWindow) -> RetentionNotice | None:
    found = window.statusBar().findChild(RetentionNotice, NOTICE_NAME)
    return found if found is not None and isValid(found) else None


def open_review(window: QMainWindow):
    """Privacy › Retention review…: the retention dialog; marking the review done there
    takes a notice away too."""
    notice = notice_of(window)
    if notice is not None:
        return notice.review()
    from isa_desk.ui.privacy.retention_dialog import open_retention

    return open_retention(window)


def maybe_remind(window: QMainWindow, db, today: dt.date | None = None) -> BackgroundOp:
    """Check in the background whether the review is due (see retention.reminder_due) and
    then show the notice in the window's status bar; a notice about another database
    goes first. Only the latest check counts: an earlier one still running (the start's)
    shows nothing."""
    old = notice_of(window)
    if old is not None:
        old.close_notice()
    day = today or dt.date.today()
    number = int(window.property(CHECK_PROPERTY) or 0) + 1
    window.setProperty(CHECK_PROPERTY, number)

    def checked(due: bool) -> None:
        if not isValid(window) or window.property(CHECK_PROPERTY) != number:
            return
        if due and getattr(window, "db", db) is db and notice_of(window) is None:
            window.statusBar().addPermanentWidget(RetentionNotice(window, db, today))

    def failed(error: BaseException) -> None:  # a reminder never stops the start
        errors.log.warning("The retention reminder could not be checked", exc_info=error)

    return BackgroundOp(
        window, lambda _progress: retention.reminder_due(db, day), checked, failed
    ).run_in_background()
