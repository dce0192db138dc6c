"""Choosing an event: a combo box of every event, "title (date)", newest first, and a small
dialog around it for asking once. The list comes from services.events.choices."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from isa_desk.core.db.engine import Database
from isa_desk.core.services import events


class EventPicker(QComboBox):
    """Every event, newest first; with `none_text`, a first entry that stands for no event."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        none_text: str | None = None,
        object_name: str = "event",
    ):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.db = db
        self.none_text = none_text
        self.reload()

    def reload(self) -> None:
        """Read the events again, keeping the one chosen if it is still there."""
        chosen = self.event_id()
        blocked = self.blockSignals(True)
        self.clear()
        if self.none_text is not None:
            self.addItem(self.none_text, None)
        for event_id, text in events.choices(self.db):
            self.addItem(text, event_id)
        self.set_event_id(chosen)
        self.blockSignals(blocked)

    def event_count(self) -> int:
        return self.count() - (self.none_text is not None)

    def event_id(self) -> int | None:
        """The chosen event's id; None for the no-event entry or an empty list."""
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_event_id(self, event_id: int | None) -> None:
        """Choose this event; the first entry when it is None or not in the list."""
        index = self.findData(event_id) if event_id is not None else -1
        self.setCurrentIndex(max(index, 0) if self.count() else -1)


class EventDialog(QDialog):
    """Asks for one event: the picker under `label`, OK and Cancel."""

    def __init__(self, parent: QWidget | None, db: Database, title: str, label: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.picker = EventPicker(db, self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(label, self.picker)
        form.addRow(buttons)

    def chosen(self) -> int | None:
        """Show the dialog and wait; the event's id, None when cancelled."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.picker.event_id()
