"""The inquiry editor: the pipeline as buttons, the inquiry's fields, and its history as
a timeline to which a call, e-mail, meeting, letter or note is added in place.

A step in the pipeline is written at once (with its history entry); pending edits of
the fields are saved first, so nothing typed is lost and nothing is saved half. Only the
fields the user changed are written, off the GUI thread; after someone else's change the
conflict dialog compares both versions field by field, and the user's changed fields can
still be saved over the newer one while that person's other changes stay (conflicts.py).
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.db.models import ActivityKind, InquiryChannel, MemberStatus
from isa_desk.core.domain import labels
from isa_desk.core.errors import ConflictError, IsaDeskError, ValidationError
from isa_desk.core.services import inquiries, members
from isa_desk.core.services.editing import changed_fields
from isa_desk.ui.common import display, saving, style
from isa_desk.ui.common.collation import person_key
from isa_desk.ui.common.completion import typed_choice
from isa_desk.ui.common.dates import DateInput, DateTimeInput
from isa_desk.ui.inquiries.inquiry_actions import move_to_status, status_text
from isa_desk.ui.privacy.history_panel import changes_button, show_changes
from isa_desk.ui.records.editors.conflict_dialog import Sides
from isa_desk.ui.records.editors.conflicts import SettlesConflicts
from isa_desk.ui.records.editors.dialog import Banner
from isa_desk.ui.records.editors.form import EnumCombo, ask_unsaved
from isa_desk.ui.records.editors.widgets import ChoiceCombo

STEPS = ("new", "in_contact", "documents_sent", "application_received")
STEP_STYLE = """
QPushButton {{ border: 1px solid palette(mid); border-radius: 12px; padding: 4px 12px; }}
QPushButton:checked {{ background: {color}; color: {on_accent}; border-color: {color};
                       font-weight: bold; }}
"""

translate = QCoreApplication.translate


def timeline_html(history: list) -> str:
    """The history, newest first, as rich text (every user text escaped)."""
    if not history:
        nothing = html.escape(translate("InquiryEditor", "No entries yet."))
        return f'<p style="color:{style.MUTED}">{nothing}</p>'
    rows = []
    for activity in history:
        kind = getattr(activity.kind, "value", activity.kind)
        color = style.ACTIVITY_KIND.get(kind, style.ACTIVITY_KIND["note"])
        meta = " · ".join(
            part
            for part in (
                labels.label(ActivityKind, kind),
                display.date_text(activity.occurred_at),
                activity.author,
            )
            if part
        )
        body = ""
        if activity.subject:
            body += f"<b>{html.escape(activity.subject)}</b>"
        if activity.text:
            text = html.escape(activity.text).replace("\n", "<br>")
            body += ("<br>" if body else "") + text
        rows.append(
            f'<tr><td width="22" valign="top" style="color:{color}; font-size:15pt">●</td>'
            f'<td valign="top"><span style="color:{color}; font-weight:600">'
            f"{html.escape(meta)}</span><br>{body}</td></tr>"
        )
    return '<table width="100%" cellspacing="0" cellpadding="5">' + "".join(rows) + "</table>"


class EntryLine(QLineEdit):
    """The history entry's subject: Return adds the entry instead of closing the editor."""

    submitted = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class InquiryEditor(QDialog, SettlesConflicts):
    """Edit one inquiry. `changed` is True once anything was written."""

    def __init__(self, parent: QWidget | None, db, inquiry_id: int, today: dt.date | None = None):
        super().__init__(parent)
        self.db = db
        self.inquiry_id = inquiry_id
        self.today = today
        self.changed = False
        self.version: int | None = None
        self._opened: dict = {}  # the inquiry's values as loaded: what a colleague changed
        self.inquiry = inquiries.get(db, inquiry_id)  # NotFoundError when gone
        self.setSizeGripEnabled(True)
        self.banner = Banner(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_pipeline())
        layout.addWidget(self.banner)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_fields())
        splitter.addWidget(self._build_history())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(
            changes_button(self, self.show_changes), QDialogButtonBox.ButtonRole.ResetRole
        )
        layout.addWidget(self.buttons)
        self.show_inquiry(self.inquiry)
        self.resize(1040, 680)
        self.contact.setFocus(Qt.FocusReason.OtherFocusReason)

    # building --------------------------------------------------------------------------------
    def _build_header(self) -> QVBoxLayout:
        self.title = QLabel(self)
        self.title.setObjectName("title")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setStyleSheet(f"color: {style.MUTED};")
        for label in (self.title, self.subtitle):  # the city's names as typed
            label.setTextFormat(Qt.TextFormat.PlainText)
        header = QVBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.subtitle)
        return header

    def _build_pipeline(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.step_buttons: dict[str, QPushButton] = {}
        for number, status in enumerate(STEPS):
            if number:
                arrow = QLabel("›")
                arrow.setStyleSheet(f"color: {style.MUTED}; font-size: 14pt;")
                row.addWidget(arrow)
            button = QPushButton(status_text(status))
            button.setObjectName(f"step_{status}")
            button.setCheckable(True)
            button.setStyleSheet(
                STEP_STYLE.format(color=style.INQUIRY_STATUS[status], on_accent=style.ON_ACCENT)
            )
            bold = QFont(button.font())
            bold.setBold(True)  # the current step is bold: room for that from the start
            button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(button.text()) + 30)
            button.clicked.connect(lambda _c=False, s=status: self.move(s))
            self.step_buttons[status] = button
            row.addWidget(button)
        row.addStretch(1)
        self.closed_label = QLabel()
        self.closed_label.setObjectName("closedLabel")
        row.addWidget(self.closed_label)
        self.accept_button = QPushButton(translate("InquiryEditor", "Accept as member…"))
        self.decline_button = QPushButton(translate("InquiryEditor", "Decline…"))
        self.withdraw_button = QPushButton(translate("InquiryEditor", "Withdrawn…"))
        self.reopen_button = QPushButton(translate("InquiryEditor", "Reopen"))
        self.reopen_button.setToolTip(
            translate("InquiryEditor", "Take the inquiry up again (status: in contact)")
        )
        for button, status in (
            (self.accept_button, "accepted"),
            (self.decline_button, "declined"),
            (self.withdraw_button, "withdrawn"),
            (self.reopen_button, "in_contact"),
        ):
            button.setObjectName(f"move_{status}" if button is not self.reopen_button else "reopen")
            button.clicked.connect(lambda _c=False, s=status: self.move(s))
            row.addWidget(button)
        return row

    def _build_fields(self) -> QWidget:
        box = QGroupBox(translate("InquiryEditor", "Inquiry"))
        self.contact = ChoiceCombo([])
        self.contact.setObjectName("contact")
        self.channel = EnumCombo(InquiryChannel)
        self.received_on = DateInput(required=True)
        self.received_on.setObjectName("received_on")
        self.assigned_to = typed_choice(QComboBox())
        self.assigned_to.setObjectName("assigned_to")
        self.assigned_to.addItems(inquiries.assignees(self.db))
        self.follow_up = DateInput()
        self.follow_up.setObjectName("next_follow_up")
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        # each field's label and widget, by the key `values` gives it
        self.fields = {
            "contact_id": (translate("InquiryEditor", "Contact person"), self.contact),
            "channel": (translate("InquiryEditor", "Channel"), self.channel),
            "received_on": (translate("InquiryEditor", "Received on"), self.received_on),
            "assigned_to": (translate("InquiryEditor", "Assigned to"), self.assigned_to),
            "next_follow_up": (translate("InquiryEditor", "Next follow-up"), self.follow_up),
            "summary": (translate("InquiryEditor", "Summary"), self.summary),
        }
        form = QFormLayout(box)
        for label, widget in self.fields.values():
            form.addRow(label, widget)
        return box

    def _build_history(self) -> QWidget:
        box = QGroupBox(translate("InquiryEditor", "History"))
        self.entry_kind = EnumCombo(ActivityKind)
        self.entry_kind.set_value("call")
        # left empty, an entry is dated when it is added
        self.entry_when = DateTimeInput(placeholder=translate("InquiryEditor", "now"))
        self.entry_when.setObjectName("entry_when")
        self.entry_when.setToolTip(
            translate("InquiryEditor", "When it happened (now, unless you type a time)")
        )
        self.entry_subject = EntryLine()
        self.entry_subject.submitted.connect(self.add_entry)
        self.entry_subject.setPlaceholderText(translate("InquiryEditor", "Subject"))
        self.entry_text = QPlainTextEdit()
        self.entry_text.setTabChangesFocus(True)
        self.entry_text.setPlaceholderText(
            translate("InquiryEditor", "What happened: a call, an e-mail, a meeting …")
        )
        self.entry_text.setFixedHeight(64)
        self.add_button = QPushButton(translate("InquiryEditor", "Add to history"))
        self.add_button.setObjectName("addEntry")
        self.add_button.clicked.connect(self.add_entry)
        self.entry_message = QLabel()
        self.entry_message.setTextFormat(Qt.TextFormat.PlainText)
        self.entry_message.setStyleSheet(f"color: {style.ERROR};")
        self.entry_message.hide()
        top = QHBoxLayout()
        top.addWidget(self.entry_kind)
        top.addWidget(self.entry_when)
        top.addWidget(self.entry_subject, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.entry_text, 1)
        bottom.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.timeline = QTextBrowser()
        self.timeline.setObjectName("timeline")
        self.timeline.setOpenLinks(False)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addLayout(bottom)
        layout.addWidget(self.entry_message)
        layout.addWidget(self.timeline, 1)
        return box

    # showing ---------------------------------------------------------------------------------
    def show_inquiry(self, inquiry) -> None:
        self.inquiry = inquiry
        self.version = inquiry.version
        member = inquiry.member
        self.setWindowTitle(translate("InquiryEditor", "Inquiry: {city}").format(city=member.name))
        self.title.setText(member.name + (f"   {member.name_zh}" if member.name_zh else ""))
        facts = [
            display.country_name(member.country),
            member.region,
            labels.label(MemberStatus, member.status),
            translate("InquiryEditor", "received {date}").format(
                date=display.date_text(inquiry.received_on)
            ),
        ]
        self.subtitle.setText(" · ".join(f for f in facts if f))
        self._fill_contacts(inquiry)
        self.channel.set_value(inquiry.channel)
        self.received_on.set_value(inquiry.received_on)
        self.assigned_to.setCurrentText(inquiry.assigned_to)
        self.follow_up.set_value(inquiry.next_follow_up)
        self.summary.setPlainText(inquiry.summary)
        self._show_status(inquiry)
        self.refresh_history()
        self._saved_values = self.values()
        self._opened = self.values_of(inquiry)

    def _fill_contacts(self, inquiry) -> None:
        contacts_of_city = members.get(self.db, inquiry.member_id).contacts
        choices = [
            (
                c.id,
                inquiries.contact_name(
                    c.title, c.given_name, c.family_name, c.name_order, c.name_zh
                ),
            )
            for c in sorted(contacts_of_city, key=lambda c: (person_key(c), c.id))
        ]
        self.contact.blockSignals(True)
        self.contact.clear()
        self.contact.addItem("", None)
        for contact_id, name in choices:
            self.contact.addItem(name, contact_id)
        current = inquiry.contact
        name = (
            inquiries.contact_name(
                current.title,
                current.given_name,
                current.family_name,
                current.name_order,
                current.name_zh,
            )
            if current
            else ""
        )
        self.contact.set_value(inquiry.contact_id, name)
        self.contact.blockSignals(False)

    def _show_status(self, inquiry) -> None:
        status = getattr(inquiry.status, "value", inquiry.status)
        is_open = status in STEPS
        for step, button in self.step_buttons.items():
            button.setChecked(step == status)
            button.setEnabled(is_open)
        for button in (self.accept_button, self.decline_button, self.withdraw_button):
            button.setVisible(is_open)
        self.reopen_button.setVisible(status in ("declined", "withdrawn"))
        self.closed_label.setVisible(not is_open)
        if not is_open:
            color = style.INQUIRY_STATUS[status]
            text = translate("InquiryEditor", "{status} on {date}").format(
                status=status_text(status), date=display.date_text(inquiry.closed_on)
            )
            self.closed_label.setText(
                f'<span style="background:{color}; color:{style.ON_ACCENT}; padding:4px;">'
                f"&nbsp;{html.escape(text)}&nbsp;</span>"
            )

    def refresh_history(self) -> None:
        self.history = inquiries.history(self.db, self.inquiry_id)
        self.timeline.setHtml(timeline_html(self.history))

    # values ----------------------------------------------------------------------------------
    def values(self) -> dict:
        return {
            "contact_id": self.contact.value(),
            "channel": self.channel.value().value,
            "received_on": self.received_on.value(),
            "assigned_to": self.assigned_to.currentText().strip(),
            "next_follow_up": self.follow_up.value(),
            "summary": self.summary.toPlainText().rstrip(),
        }

    @staticmethod
    def values_of(inquiry) -> dict:
        """The stored inquiry's fields, as `values` gives them."""
        return {
            "contact_id": inquiry.contact_id,
            "channel": getattr(inquiry.channel, "value", inquiry.channel),
            "received_on": inquiry.received_on,
            "assigned_to": inquiry.assigned_to or "",
            "next_follow_up": inquiry.next_follow_up,
            "summary": inquiry.summary or "",
        }

    def is_dirty(self) -> bool:
        return self.values() != self._saved_values

    def save(self) -> bool:
        """Write the fields the user changed; True when saved (or nothing to save)."""
        for field in (self.received_on, self.follow_up):
            if field.problem():  # never saved as another day, nor silently left out
                self.banner.show_message(field.problem())
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return False
        if not self.is_dirty():
            return True
        changes = changed_fields(self._saved_values, self.values())
        inquiry_id, version = self.inquiry_id, self.version
        try:
            inquiry = saving.in_background(
                self,
                lambda: inquiries.update(self.db, inquiry_id, changes, version, today=self.today),
            )
        except ConflictError as error:
            return self.settle_conflict(error)
        except IsaDeskError as error:
            self.banner.show_message(str(error))
            return False
        self.changed = True
        self.banner.clear()
        self.show_inquiry(inquiry)
        return True

    # after a colleague's change (conflicts.py): a save that goes on as any other -------------
    def stored(self):
        return inquiries.get(self.db, self.inquiry_id)

    def sides(self, fresh) -> Sides:
        before, now, opened = self._saved_values, self.values(), self._opened
        return Sides(fresh.member.name, self.fields, before, now, opened, self.values_of(fresh))

    def save_changes(self, changes: dict, version: int) -> None:
        inquiry_id, today = self.inquiry_id, self.today
        inquiry = saving.in_background(
            self, lambda: inquiries.update(self.db, inquiry_id, changes, version, today=today)
        )
        self.changed = True
        self.banner.clear()
        self.show_inquiry(inquiry)

    def reload(self) -> None:
        self.banner.clear()
        self.show_inquiry(inquiries.get(self.db, self.inquiry_id))

    def tell(self, message: str) -> None:
        self.banner.show_message(message)

    def show_validation_error(self, error: ValidationError) -> None:
        self.banner.show_message(str(error))

    # pipeline and history --------------------------------------------------------------------
    def move(self, status: str) -> bool:
        """Take a step in the pipeline: pending edits first, then the step with its entry."""
        current = getattr(self.inquiry.status, "value", self.inquiry.status)
        self._show_status(self.inquiry)  # a clicked step stays unchecked until it is done
        if status == current or not self.save():
            return False
        moved = move_to_status(
            self,
            self.db,
            self.inquiry_id,
            status,
            self.inquiry.member.name,
            version=self.version,
            today=self.today,
        )
        if moved:
            self.changed = True
            self.show_inquiry(inquiries.get(self.db, self.inquiry_id))
        return moved

    def add_entry(self) -> bool:
        problem = self.entry_when.problem()
        if problem:
            self.entry_message.setText(problem)
            self.entry_message.show()
            self.entry_when.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        inquiry_id, kind, text = (
            self.inquiry_id,
            self.entry_kind.value().value,
            self.entry_text.toPlainText(),
        )
        subject, when = self.entry_subject.text(), self.entry_when.value()
        try:
            saving.in_background(
                self,
                lambda: inquiries.log_activity(
                    self.db, inquiry_id, kind, text, subject=subject, occurred_at=when
                ),
            )
        except IsaDeskError as error:
            self.entry_message.setText(str(error))
            self.entry_message.show()
            return False
        self.changed = True
        self.entry_message.hide()
        self.entry_subject.clear()
        self.entry_text.clear()
        self.entry_when.clear()
        self.refresh_history()
        return True

    def show_changes(self) -> None:
        """Who changed what in the inquiry, and when (the audit trail)."""
        show_changes(self, self.db, "inquiry", self.inquiry_id, self.inquiry.member.name)

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def reject(self) -> None:
        if self.is_dirty():
            answer = ask_unsaved(self)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        super().reject()
