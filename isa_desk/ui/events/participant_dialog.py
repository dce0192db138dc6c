"""One participant of an event: status, registration date, accompanying persons,
interpreting language and notes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.db.models import Language, ParticipantStatus
from isa_desk.core.domain import labels
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.services import participants
from isa_desk.ui.common import display, errors, saving
from isa_desk.ui.common.dates import DateInput
from isa_desk.ui.events.event_widgets import status_icon, status_label

translate = QCoreApplication.translate


def interpreting_choices() -> list[tuple[str, str]]:
    return [
        ("", translate("Participants", "No interpreting")),
        *((code, labels.label(Language, code)) for code in participants.INTERPRETING_LANGUAGES),
    ]


class ParticipantDialog(QDialog):
    """Edits one participant; `saved` tells whether anything was written."""

    def __init__(
        self, parent: QWidget | None, db, participant_id: int, today: dt.date | None = None
    ):
        super().__init__(parent)
        self.db = db
        self.today = today
        self.saved = False
        record = participants.get(db, participant_id)
        self.participant_id = participant_id
        self.version = record.version
        contact = record.contact
        self.setWindowTitle(translate("Participants", "Participant"))
        self.setObjectName("participantDialog")
        name = participants.person_name(
            contact.title,
            contact.given_name,
            contact.family_name,
            contact.name_order,
            contact.name_zh,
        )
        heading = QLabel(f"{name} {contact.name_zh}".strip() if contact.name_zh != name else name)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        organisation = contact.organisation.name if contact.organisation else ""
        subtitle = QLabel(" · ".join(p for p in (organisation, record.event.title) if p))
        subtitle.setEnabled(False)
        for label in (heading, subtitle):  # names as typed, never read as markup
            label.setTextFormat(Qt.TextFormat.PlainText)

        self.status = QComboBox(objectName="status")
        for status in ParticipantStatus:
            self.status.addItem(status_icon(status), status_label(status), status.value)
        self.status.setCurrentIndex(self.status.findData(record.status.value))
        self.registered_on = DateInput()
        self.registered_on.set_value(record.registered_on)
        self.accompanying = QSpinBox(objectName="accompanying")
        self.accompanying.setRange(0, participants.MAX_ACCOMPANYING)
        self.accompanying.setValue(record.accompanying or 0)
        self.interpreting = QComboBox(objectName="interpreting")
        for code, text in interpreting_choices():
            self.interpreting.addItem(text, code)
        self.interpreting.setCurrentIndex(
            max(0, self.interpreting.findData(record.interpreting_language or ""))
        )
        self.notes = QPlainTextEdit(record.notes or "")
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        invited = QLabel(display.date_text(record.invited_on) or "–")

        form = QFormLayout()
        form.addRow(translate("Participants", "Status"), self.status)
        form.addRow(translate("Participants", "Registered on"), self.registered_on)
        form.addRow(translate("Participants", "Accompanying persons"), self.accompanying)
        form.addRow(translate("Participants", "Interpreting"), self.interpreting)
        form.addRow(translate("Participants", "Invited on"), invited)
        form.addRow(translate("Participants", "Notes"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(subtitle)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, 420)
        self.status.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> dict:
        return {
            "status": self.status.currentData(),
            "registered_on": self.registered_on.value(),
            "accompanying": self.accompanying.value(),
            "interpreting_language": self.interpreting.currentData(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> bool:
        problem = self.registered_on.problem()
        if problem:
            errors.show_message(self, problem, translate("Participants", "Not saved"))
            self.registered_on.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        values, participant_id, version = self.values(), self.participant_id, self.version
        try:
            saving.in_background(
                self,
                lambda: participants.update(
                    self.db, participant_id, values, version, today=self.today
                ),
            )
        except IsaDeskError as error:
            errors.show_message(self, str(error), translate("Participants", "Not saved"))
            return False
        self.saved = True
        self.accept()
        return True
