"""View › Audit trail…: every change to the database, newest first, in a window beside the
main one: filtered by kind of record, a search text, user and dates, read a page at a time
as the list scrolls, exported whole to a workbook or a CSV file. A double click opens the
changed record's editor while the record is still there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.db.engine import Database
from isa_desk.ui.common.screen import fit_to_screen
from isa_desk.ui.privacy.trail_model import ALL_COLUMNS, ROW_ROLE, TrailModel
from isa_desk.ui.privacy.trail_widgets import (
    TrailFilters,
    export_button,
    export_trail,
    exported_text,
    status_label,
    trail_table,
)
from isa_desk.ui.shell.settings import Settings

translate = QCoreApplication.translate

SETTINGS_NAME = "audit_trail"
# the main window's area that opens a record of each kind
AREAS = {
    "member": "members",
    "organisation": "organisations",
    "contact": "contacts",
    "inquiry": "inquiries",
    "event": "events",
}


class AuditView(QDialog):
    def __init__(self, parent: QWidget | None, db: Database, settings: Settings | None = None):
        super().__init__(parent)
        self.db, self.settings = db, settings
        self.setObjectName("auditTrail")
        self.setWindowTitle(translate("Trail", "Audit trail"))
        self.setModal(False)
        self.setSizeGripEnabled(True)
        self.filters = TrailFilters(db, self, whole=True)
        self.model = TrailModel(db, self.filters.query(), ALL_COLUMNS, self)
        self.table = trail_table(self.model, self)
        self.table.setToolTip(translate("Trail", "Double-click a change to open its record"))
        self.table.doubleClicked.connect(self.open_record)
        self.status = status_label()
        self.more_button = QPushButton(translate("Trail", "Show more"), objectName="more")
        self.more_button.setAutoDefault(False)
        self.more_button.clicked.connect(self.show_more)
        self.export_button = export_button(
            translate(
                "Trail", "Save the changes the filters show as an Excel workbook or a CSV file"
            ),
            self.export,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.more_button)
        footer.addWidget(self.export_button)
        footer.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        self.filters.changed.connect(self.refresh)
        self.model.rowsInserted.connect(self._count)
        self.model.modelReset.connect(self._count)
        self._count()
        self._restore_size()

    def refresh(self) -> None:
        self.model.set_query(self.filters.query())

    def show_more(self) -> None:
        self.model.fetchMore()
        self.table.scrollToBottom()

    def _count(self) -> None:
        total, loaded = self.model.total(), self.model.entries_loaded()
        if not total:
            self.status.setText(translate("Trail", "No changes found"))
        elif loaded < total:
            self.status.setText(
                translate("Trail", "{shown} of %n change(s)", None, total).format(shown=loaded)
            )
        else:
            self.status.setText(translate("Trail", "%n change(s)", None, total))
        self.more_button.setEnabled(loaded < total)

    def open_record(self, index: QModelIndex) -> None:
        """The record of the change in its editor, over the main window's list of its kind."""
        entry = index.data(ROW_ROLE)
        area_key = AREAS.get(entry.entity) if entry is not None else None
        areas = getattr(self.parent(), "areas", {})
        if area_key is None or area_key not in areas or entry.entity_id is None:
            return
        areas[area_key].open_record(entry.entity_id)
        self.model.reload()  # the editor may have changed it

    def export(self) -> None:
        name = translate("Trail", "Audit trail")
        result = export_trail(self, self.db, self.model.query(), name, self.settings)
        if result is not None:
            self.status.setText(exported_text(result))

    def _restore_size(self) -> None:
        geometry = self.settings.dialog_geometry(SETTINGS_NAME) if self.settings else None
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, 1180, 640)

    def done(self, result: int) -> None:
        if self.settings is not None:
            self.settings.set_dialog_geometry(SETTINGS_NAME, self.saveGeometry())
        super().done(result)


def open_audit_trail(window) -> AuditView:
    """The audit view beside the main window; one at a time (a second call shows it)."""
    existing = getattr(window, "audit_view", None)
    if isinstance(existing, AuditView) and existing.isVisible():
        if existing.db is window.db:
            existing.raise_()
            existing.activateWindow()
            return existing
        existing.close()  # the trail of the database the window showed before
    view = AuditView(window, window.db, window.settings)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.audit_view = view
    view.destroyed.connect(lambda _view=None: setattr(window, "audit_view", None))
    view.show()
    return view
