"""The imports made so far, newest first, each of which can be undone whole (as long as
its records were not changed since)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.db.engine import Database
from isa_desk.core.domain.dates import local_time
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.exchange.importing import importer
from isa_desk.ui.common import errors
from isa_desk.ui.common.display import date_text
from isa_desk.ui.common.plain import as_typed

translate = QCoreApplication.translate


def local(moment: dt.datetime | None) -> str:
    """A stored time (UTC) as the local time people read."""
    if moment is None:
        return ""
    return date_text(local_time(moment))


def entity_text(entity: str) -> str:
    return (
        translate("ImportHistory", "Members")
        if entity == "member"
        else translate("ImportHistory", "Contacts")
    )


def confirm_undo(parent: QWidget | None, batch) -> bool:
    created, updated = batch.created, batch.updated  # plain names: see core.i18n
    answer = QMessageBox.question(
        parent,
        translate("ImportHistory", "Undo import"),
        as_typed(  # the file name as it is
            translate("ImportHistory", "Undo the import of {source} from {when}?").format(
                source=batch.source, when=local(batch.at)
            )
            + " "
            + translate("ImportHistory", "%n records it created are deleted.", None, created)
            + " "
            + translate(
                "ImportHistory", "%n records it changed get their old values back.", None, updated
            )
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


def undo_batch(parent: QWidget | None, db: Database, batch, ask: bool = True) -> bool:
    """Undo one import after asking; a refusal (records changed since) is shown."""
    if ask and not confirm_undo(parent, batch):
        return False
    try:
        importer.undo(db, batch.id)
    except IsaDeskError as error:
        errors.show_message(parent, str(error), translate("ImportHistory", "Undo import"))
        return False
    return True


def undo_last_import(parent: QWidget | None, db: Database, ask: bool = True) -> bool:
    batch = importer.last_batch(db)
    if batch is None:
        errors.show_message(
            parent,
            translate("ImportHistory", "There is no import to undo."),
            translate("ImportHistory", "Undo import"),
        )
        return False
    return undo_batch(parent, db, batch, ask)


class ImportsDialog(QDialog):
    """The list of imports with an Undo button."""

    undone = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(translate("ImportHistory", "Imports"))
        self.resize(820, 420)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("importsTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("ImportHistory", "When"),
                translate("ImportHistory", "By"),
                translate("ImportHistory", "List"),
                translate("ImportHistory", "File"),
                translate("ImportHistory", "Created"),
                translate("ImportHistory", "Updated"),
                translate("ImportHistory", "State"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.undo_button = QPushButton(translate("ImportHistory", "Undo import …"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate(
                    "ImportHistory",
                    "An import can be undone as long as its records were not changed since.",
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.batches = importer.batches(self.db)
        self.table.setRowCount(len(self.batches))
        for y, batch in enumerate(self.batches):
            state = (
                translate("ImportHistory", "Undone on {when}").format(when=local(batch.undone_at))
                if batch.undone_at
                else translate("ImportHistory", "Imported")
            )
            for x, text in enumerate(
                [
                    local(batch.at),
                    batch.user,
                    entity_text(batch.entity),
                    batch.source,
                    str(batch.created),
                    str(batch.updated),
                    state,
                ]
            ):
                item = QTableWidgetItem(text)
                if x in (4, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(y, x, item)
        self.table.resizeColumnsToContents()
        if self.batches:
            self.table.selectRow(0)
        self._update_button()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)

    def undo_selected(self, ask: bool = True) -> bool:
        batch = self.selected()
        if batch is None or not undo_batch(self, self.db, batch, ask):
            return False
        self.reload()
        self.undone.emit()
        return True
