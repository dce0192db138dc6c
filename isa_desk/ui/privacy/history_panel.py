"""A record's changes: who changed which field when, from what to what (the audit trail),
filtered by user and dates, and exported to a workbook or a CSV file.

Every record editor opens it with its "Changes…" button (`changes_button`); a contact's
changes include those of its consents. Not to be confused with a contact's or an
inquiry's history of calls and notes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.db.engine import Database
from isa_desk.core.privacy.trail_values import kind_label
from isa_desk.ui.common import display
from isa_desk.ui.common.screen import fit_to_screen
from isa_desk.ui.privacy.trail_model import RECORD_COLUMNS, TrailModel
from isa_desk.ui.privacy.trail_widgets import (
    TrailFilters,
    export_button,
    export_trail,
    exported_text,
    status_label,
    trail_table,
)

translate = QCoreApplication.translate

SHORTCUT = "Ctrl+Shift+H"


class HistoryPanel(QWidget):
    """The changes of one record (`entity` is its table: "contact", "member" …)."""

    def __init__(
        self, db: Database, entity: str, entity_id: int, parent: QWidget | None = None, name=""
    ):
        super().__init__(parent)
        self.db, self.entity, self.entity_id = db, entity, entity_id
        self.name = name or kind_label(entity)  # the record's, for the exported file's name
        self.filters = TrailFilters(db, self)
        self.model = TrailModel(db, self.filters.query(entity, entity_id), RECORD_COLUMNS, self)
        self.table = trail_table(self.model, self)
        self.export_button = export_button(
            translate("Trail", "Save these changes as an Excel workbook or a CSV file"), self.export
        )
        self.status = status_label()
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        self.filters.changed.connect(self.refresh)
        self._count()

    def refresh(self) -> None:
        self.model.set_query(self.filters.query(self.entity, self.entity_id))
        self._count()

    def _count(self) -> None:
        total = self.model.total()
        self.status.setText(
            translate("Trail", "%n change(s)", None, total)
            if total
            else translate("Trail", "No changes found")
        )

    def export(self) -> None:
        name = translate("Trail", "Changes {record}").format(record=self.name)
        result = export_trail(self, self.db, self.model.query(), name)
        if result is not None:
            self.status.setText(exported_text(result))


class ChangesDialog(QDialog):
    """The panel in a window of its own over the editor."""

    def __init__(self, parent: QWidget | None, db: Database, entity: str, entity_id: int, name=""):
        super().__init__(parent)
        self.setObjectName("changes")
        title = translate("Trail", "Changes: {record}").format(record=name or kind_label(entity))
        self.setWindowTitle(title)
        self.panel = HistoryPanel(db, entity, entity_id, self, name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 980, 560)


def changes_button(parent: QWidget, open_changes) -> QPushButton:
    """The editors' "Changes…" button (Ctrl+Shift+H) that calls `open_changes`."""
    button = QPushButton(translate("Trail", "Changes…"), parent, objectName="changes")
    button.setShortcut(QKeySequence(SHORTCUT))
    button.setToolTip(
        translate("Trail", "Who changed what in this record, and when ({keys})").format(
            keys=display.shortcut_text(SHORTCUT)
        )
    )
    button.setAutoDefault(False)
    button.clicked.connect(lambda _checked=False: open_changes())
    return button


def show_changes(
    parent: QWidget, db: Database, entity: str, entity_id: int, name: str
) -> ChangesDialog:
    """The changes of a record in a dialog over `parent` (an editor), which stays open."""
    dialog = ChangesDialog(parent, db, entity, entity_id, name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
