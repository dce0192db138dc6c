"""What the inquiries list, the board and the editor do alike: move an inquiry to another
status (asking what each step needs), log a call or another activity, and the colours
and marks that show a status or an overdue follow-up the same way everywhere."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.db.models import ActivityKind, InquiryStatus
from isa_desk.core.domain import labels
from isa_desk.core.errors import IsaDeskError, ValidationError
from isa_desk.core.services import inquiries
from isa_desk.ui.common import errors, saving, style
from isa_desk.ui.common.dates import DateInput, DateTimeInput

translate = QCoreApplication.translate

FOLLOW_UP_DAYS = 7  # the next follow-up a logged call proposes


def status_text(status) -> str:
    return labels.label(InquiryStatus, status)


def follow_up_note(row, today: dt.date | None = None) -> str:
    """ "Overdue (3 days)" / "Due today": for tooltips and the board's cards."""
    if row.overdue:
        days = (inquiries.today_or(today) - row.next_follow_up).days
        if days > 1:
            return translate("InquiryActions", "Overdue ({days} days)").format(days=days)
        return translate("InquiryActions", "Overdue")
    if row.due_today:
        return translate("InquiryActions", "Due today")
    return ""


# -- moving along the pipeline --------------------------------------------------------------


class CloseDialog(QDialog):
    """Asks what a step needs: the member-since date for acceptance, a note for the others."""

    def __init__(self, parent: QWidget | None, city: str, status: str):
        super().__init__(parent)
        self.status = status
        titles = {
            "accepted": translate("InquiryActions", "Accept {city} as a member").format(city=city),
            "declined": translate("InquiryActions", "Decline the inquiry of {city}").format(
                city=city
            ),
            "withdrawn": translate("InquiryActions", "{city} withdrew its inquiry").format(
                city=city
            ),
        }
        self.setWindowTitle(titles.get(status, city))
        form = QFormLayout()
        self.member_since = DateInput(self, required=status == "accepted")
        self.member_since.setObjectName("member_since")
        self.member_since.set_value(dt.date.today())
        if status == "accepted":
            form.addRow(translate("InquiryActions", "Member since"), self.member_since)
        else:
            self.member_since.hide()
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(
            translate("InquiryActions", "Reason or remark for the history (optional)")
        )
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        form.addRow(translate("InquiryActions", "Note"), self.note)
        if status == "accepted":
            intro = translate(
                "InquiryActions",
                "{city} becomes a member of the alliance. Its "
                "contacts and organisations stay linked.",
            ).format(city=city)
        else:
            intro = translate(
                "InquiryActions", "The inquiry of {city} is closed and stays searchable."
            ).format(city=city)
        intro = QLabel(intro, self)
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the city's name as typed
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("InquiryActions", "Accept as member")
            if status == "accepted"
            else translate("InquiryActions", "Close the inquiry")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        (self.member_since if status == "accepted" else self.note).setFocus()

    def accept(self) -> None:
        problem = self.member_since.problem() if self.status == "accepted" else None
        if problem:  # the dialog has no message line of its own: a warning says it
            errors.show_message(self, problem, self.windowTitle())
            self.member_since.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def values(self) -> dict:
        values = {"note": self.note.toPlainText().strip()}
        if self.status == "accepted":
            values["member_since"] = self.member_since.value()
        return values


def _already_member(parent: QWidget | None, error: inquiries.AlreadyMemberError) -> bool:
    """The city is a member already: close the inquiry as accepted anyway? True: yes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("InquiryActions", "Already a member"),
        str(error),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    keep = box.addButton(
        translate("InquiryActions", "Close as accepted, leave the member as it is"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is keep


def move_to_status(
    parent: QWidget | None,
    db,
    inquiry_id: int,
    status: str,
    city: str,
    version: int | None = None,
    today: dt.date | None = None,
) -> bool:
    """Move an inquiry to `status`, asking for a date or a note where the step needs one.

    True when the status changed; every problem is shown to the user.
    """
    values: dict = {}
    if status in ("accepted", "declined", "withdrawn"):
        dialog = CloseDialog(parent, city, status)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        finally:
            dialog.deleteLater()

    def change(**more):
        return saving.in_background(
            parent,
            lambda: inquiries.change_status(
                db, inquiry_id, status, version=version, today=today, **values, **more
            ),
        )

    try:
        try:
            change()
        except inquiries.AlreadyMemberError as error:
            if not _already_member(parent, error):
                return False
            change(keep_member=True)
    except IsaDeskError as error:
        errors.show_message(parent, str(error), translate("InquiryActions", "Status not changed"))
        return False
    return True


# -- logging a call --------------------------------------------------------------------------


class LogActivityDialog(QDialog):
    """A call (or e-mail, meeting, letter, note) with the inquiry's contact person, and the
    next follow-up, saved together."""

    def __init__(
        self, parent: QWidget | None, db, row, kind: str = "call", today: dt.date | None = None
    ):
        super().__init__(parent)
        self.db = db
        self.row = row
        self.today = inquiries.today_or(today)
        self.saved = False
        self.setWindowTitle(
            translate("InquiryActions", "Log an activity: {city}").format(city=row.city)
        )
        self.kind = QComboBox(self)
        for code, label in labels.choices(ActivityKind):
            self.kind.addItem(label, code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.when = DateTimeInput(self, required=True)
        self.when.setObjectName("when")
        self.when.set_value(dt.datetime.now())
        self.subject = QLineEdit(self)
        self.subject.setPlaceholderText(
            translate("InquiryActions", "e.g. Call about the council's decision")
        )
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(translate("InquiryActions", "What was said or agreed"))
        self.follow_up = DateInput(self)
        self.follow_up.setObjectName("next_follow_up")
        self.follow_up.set_value(self._proposed_follow_up())
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet(f"color: {style.ERROR};")
        self.message.setWordWrap(True)
        self.message.hide()
        contact = QLabel(row.contact or "–", self)
        contact.setTextFormat(Qt.TextFormat.PlainText)
        contact.setStyleSheet(f"color: {style.MUTED};")
        form = QFormLayout()
        form.addRow(translate("InquiryActions", "With"), contact)
        form.addRow(translate("InquiryActions", "Kind"), self.kind)
        form.addRow(translate("InquiryActions", "When"), self.when)
        form.addRow(translate("InquiryActions", "Subject"), self.subject)
        form.addRow(translate("InquiryActions", "Text"), self.text)
        form.addRow(translate("InquiryActions", "Next follow-up"), self.follow_up)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.text.setFocus()

    def _proposed_follow_up(self) -> dt.date | None:
        # after a call the old date is usually done with: propose one a week ahead
        current = self.row.next_follow_up
        if not self.row.is_open:
            return None
        if current is None or current <= self.today:
            return self.today + dt.timedelta(days=FOLLOW_UP_DAYS)
        return current

    def save(self) -> None:
        for field in (self.when, self.follow_up):
            if field.problem():
                self.message.setText(field.problem())
                self.message.show()
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        row_id, kind, text = self.row.id, self.kind.currentData(), self.text.toPlainText()
        subject, when, follow_up = self.subject.text(), self.when.value(), self.follow_up.value()
        try:
            saving.in_background(
                self,
                lambda: inquiries.log_activity(
                    self.db,
                    row_id,
                    kind,
                    text,
                    subject=subject,
                    occurred_at=when,
                    next_follow_up=follow_up,
                    today=self.today,
                ),
            )
        except ValidationError as error:
            self.message.setText(str(error))
            self.message.show()
            return
        except IsaDeskError as error:
            errors.show_message(self, str(error), translate("InquiryActions", "Not saved"))
            return
        self.saved = True
        self.accept()


def log_activity(
    parent: QWidget | None, db, row, kind: str = "call", today: dt.date | None = None
) -> bool:
    """Ask for a call's details and save them; True when saved."""
    dialog = LogActivityDialog(parent, db, row, kind, today)
    try:
        dialog.exec()
        return dialog.saved
    finally:
        dialog.deleteLater()
