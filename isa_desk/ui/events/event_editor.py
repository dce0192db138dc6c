"""The event editor: title, begin and end, place, registration deadline, description.

Dates and times are typed in the window's date fields (ui.common.dates); a text that
names no date keeps the event from being saved. The save runs off the GUI thread. After
someone else's change the conflict dialog compares both versions field by field, and only
the fields the user changed are written over the newer one (conflicts.py).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.errors import ConflictError, IsaDeskError, ValidationError
from isa_desk.core.services import events
from isa_desk.ui.common import errors, saving, style
from isa_desk.ui.common.dates import DateInput, DateTimeInput
from isa_desk.ui.events.event_widgets import counts_text
from isa_desk.ui.privacy.history_panel import changes_button, show_changes
from isa_desk.ui.records.editors.conflict_dialog import Sides
from isa_desk.ui.records.editors.conflicts import SettlesConflicts

translate = QCoreApplication.translate
ERROR_STYLE = f"color: {style.ERROR_STRONG}; font-weight: bold;"


def _datetime_edit(name: str) -> DateTimeInput:
    edit = DateTimeInput(required=True)
    edit.setObjectName(name)
    return edit


class EventEditor(QDialog, SettlesConflicts):
    """A new event (`event_id` None) or an existing one; `saved_id` once saved."""

    def __init__(self, parent: QWidget | None, db, event_id: int | None = None):
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.saved_id: int | None = None
        self.version: int | None = None
        self._opened: dict = {}  # the event's values as loaded: what a colleague changed
        self.setObjectName("eventEditor")
        self.setWindowTitle(
            translate("EventEditor", "New event")
            if event_id is None
            else translate("EventEditor", "Event")
        )
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # the title as typed
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.counts = QLabel()
        self.counts.setEnabled(False)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        layout.addWidget(self.problem)
        layout.addLayout(self._form())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        changes = changes_button(self, self.show_changes)
        changes.setEnabled(event_id is not None)  # a new event has none yet
        self.buttons.addButton(changes, QDialogButtonBox.ButtonRole.ResetRole)
        layout.addWidget(self.buttons)
        self._load()
        self.loaded = self.values()
        self.title.textChanged.connect(self._retitle)
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(620, 520)

    def _form(self) -> QFormLayout:
        self.title = QLineEdit(objectName="title")
        self.starts = _datetime_edit("starts_at")
        self.has_end = QCheckBox(translate("EventEditor", "until"))
        self.ends = _datetime_edit("ends_at")
        self.has_end.toggled.connect(self.ends.setEnabled)
        self.starts.edited.connect(self._keep_end_after_start)
        when = QHBoxLayout()
        when.addWidget(self.starts)
        when.addWidget(self.has_end)
        when.addWidget(self.ends)
        when.addStretch(1)
        self.place = QLineEdit(objectName="place")
        self.deadline = DateInput()
        self.deadline.setObjectName("registration_deadline")
        self.description = QPlainTextEdit(objectName="description")
        self.description.setTabChangesFocus(True)
        # each field's label and widget, by the key `values` gives it
        self.fields = {
            "title": (translate("EventEditor", "Title *"), self.title),
            "starts_at": (translate("EventEditor", "Begins *"), self.starts),
            "ends_at": (translate("EventEditor", "Ends"), self.ends),
            "place": (translate("EventEditor", "Place"), self.place),
            "registration_deadline": (
                translate("EventEditor", "Registration deadline"),
                self.deadline,
            ),
            "description": (translate("EventEditor", "Description"), self.description),
        }
        form = QFormLayout()
        form.addRow(self.fields["title"][0], self.title)
        form.addRow(self.fields["starts_at"][0], when)  # with the end beside it
        for key in ("place", "registration_deadline", "description"):
            form.addRow(*self.fields[key])
        return form

    def _load(self) -> None:
        if self.event_id is None:
            start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=30), dt.time(10))
            self.starts.set_value(start)
            self.ends.set_value(start + dt.timedelta(hours=3))
            self.has_end.setChecked(True)
            self._retitle()
            return
        event = events.get(self.db, self.event_id)
        self.version = event.version
        self._opened = self.values_of(event)
        self.title.setText(event.title)
        self.starts.set_value(event.starts_at)
        self.has_end.setChecked(event.ends_at is not None)
        self.ends.setEnabled(event.ends_at is not None)
        self.ends.set_value(event.ends_at or event.starts_at)
        self.place.setText(event.place)
        self.deadline.set_value(event.registration_deadline)
        self.description.setPlainText(event.description)
        self.counts.setText(counts_text(events.row(self.db, self.event_id)))
        self._retitle()

    def _retitle(self) -> None:
        self.heading.setText(self.title.text().strip() or translate("EventEditor", "New event"))

    def _keep_end_after_start(self) -> None:
        """Moving the begin moves the end along: the event keeps its length."""
        start, end = self.starts.value(), self.ends.value()
        if start is None:  # half typed: wait until it names a date again
            return
        previous = getattr(self, "_start", None)
        if previous is not None and end is not None and start != previous:
            self.ends.set_value(end + (start - previous))
        self._start = start

    def values(self) -> dict:
        return {
            "title": self.title.text(),
            "starts_at": self.starts.value(),
            "ends_at": self.ends.value() if self.has_end.isChecked() else None,
            "place": self.place.text(),
            "registration_deadline": self.deadline.value(),
            "description": self.description.toPlainText(),
        }

    @staticmethod
    def values_of(event) -> dict:
        """The stored event's fields, as `values` gives them."""
        keys = ("title", "starts_at", "ends_at", "place", "registration_deadline", "description")
        return {key: getattr(event, key) for key in keys}

    def _unreadable_date(self) -> bool:
        """A date field whose text names no date: say so there and keep the event unsaved."""
        dated = [self.starts, self.deadline] + ([self.ends] if self.has_end.isChecked() else [])
        for field in dated:
            problem = field.problem()
            if problem:
                self.problem.setText(problem)
                self.problem.show()
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def save(self) -> bool:
        if self._unreadable_date():
            return False
        values, event_id, version = self.values(), self.event_id, self.version
        try:
            if event_id is None:
                event = saving.in_background(self, lambda: events.create(self.db, values))
            else:
                event = saving.in_background(
                    self, lambda: events.update(self.db, event_id, values, version)
                )
        except ValidationError as error:
            self.show_validation_error(error)
            return False
        except ConflictError as error:
            return self.settle_conflict(error)
        except IsaDeskError as error:
            errors.show_message(self, str(error), translate("EventEditor", "Not saved"))
            return False
        self.saved_id = event.id
        self.loaded = self.values()
        self.accept()
        return True

    def show_changes(self) -> None:
        """Who changed what in the event, and when (the audit trail)."""
        if self.event_id is not None:
            show_changes(self, self.db, "event", self.event_id, self.heading.text())

    def show_validation_error(self, error: ValidationError) -> None:
        self.tell(str(error))
        if error.field in self.fields:
            self.fields[error.field][1].setFocus()

    # after a colleague's change (conflicts.py) -------------------------------------------------
    def stored(self):
        return None if self.event_id is None else events.get(self.db, self.event_id)

    def sides(self, fresh) -> Sides:
        # the labels without the mark of a required field
        fields = {key: (label.rstrip(" *"), edit) for key, (label, edit) in self.fields.items()}
        before, now, opened = self.loaded, self.values(), self._opened
        return Sides(fresh.title, fields, before, now, opened, self.values_of(fresh))

    def save_changes(self, changes: dict, version: int) -> None:
        event_id = self.event_id
        event = saving.in_background(
            self, lambda: events.update(self.db, event_id, changes, version)
        )
        self.version, self.saved_id = event.version, event.id
        self.loaded = self.values()
        self.accept()

    def reload(self) -> None:
        self._load()
        self.loaded = self.values()
        self.problem.hide()

    def tell(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def reject(self) -> None:
        if self.values() != self.loaded:
            answer = QMessageBox.question(
                self,
                translate("EventEditor", "Unsaved changes"),
                translate("EventEditor", "Discard the changes to this event?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
