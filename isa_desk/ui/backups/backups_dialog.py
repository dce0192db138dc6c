"""File › Backups…: the backups of the open database file, a new one made now, one restored.

The list shows what is in the backups folder beside the database, newest first. Making a
backup and restoring one run in the background with a progress dialog; after a restore
the window shows the restored data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
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

from isa_desk.core.backups import listing
from isa_desk.core.backups.copying import make_backup
from isa_desk.core.backups.rotation import DAYS, MONTHS, WEEKS
from isa_desk.core.db.engine import sqlite_file
from isa_desk.ui.backups.recovery import restore_in_window
from isa_desk.ui.common import errors
from isa_desk.ui.common.background import BackgroundOp
from isa_desk.ui.common.display import date_text

WHEN, KIND, SIZE, FILE = range(4)


def kind_text(kind: str) -> str:
    return {
        listing.DATED: QCoreApplication.translate("Backups", "dated (rotated)"),
        listing.BEFORE_RESTORE: QCoreApplication.translate("Backups", "before a restore"),
        listing.DAMAGED: QCoreApplication.translate("Backups", "damaged database"),
    }.get(kind, QCoreApplication.translate("Backups", "kept"))


def open_backups(window) -> BackupsDialog | None:
    """File › Backups…; a server database has no backups here."""
    if sqlite_file(window.db.engine) is None:
        errors.show_message(
            window,
            QCoreApplication.translate(
                "Backups",
                "Backups are made of database files. Back up a server database with the "
                "server's own tools.",
            ),
            QCoreApplication.translate("Backups", "Backups"),
        )
        return None
    dialog = BackupsDialog(window)
    dialog.open()
    return dialog


class BackupsDialog(QDialog):
    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.main_window = window
        self.database = sqlite_file(window.db.engine) or Path()
        self.setObjectName("backupsDialog")
        self.setWindowTitle(QCoreApplication.translate("Backups", "Backups"))
        self.resize(760, 440)
        intro = QLabel(
            QCoreApplication.translate(
                "Backups",
                "Backups of {name} in {folder}. At the first start of each day a backup is "
                "made; of the dated backups the newest of each of the last {days} days, "
                "{weeks} weeks and {months} months are kept, the others are removed.",
            ).format(
                name=self.database.name,
                folder=listing.backup_folder(self.database),
                days=DAYS,
                weeks=WEEKS,
                months=MONTHS,
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Backups", "Made"),
                QCoreApplication.translate("Backups", "Kind"),
                QCoreApplication.translate("Backups", "Size"),
                QCoreApplication.translate("Backups", "File"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.make_button = self._button(
            QCoreApplication.translate("Backups", "Make a backup now"),
            "makeBackupButton",
            self.make_now,
        )
        self.restore_button = self._button(
            QCoreApplication.translate("Backups", "Restore…"),
            "restoreButton",
            self.restore_selected,
        )
        self.folder_button = self._button(
            QCoreApplication.translate("Backups", "Open folder"),
            "openFolderButton",
            self.open_folder,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.make_button, self.restore_button, self.folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def reload(self, select: Path | None = None) -> None:
        self.backups = listing.backups(self.database)
        self.table.setRowCount(len(self.backups))
        for y, backup in enumerate(self.backups):
            cells = [
                date_text(backup.made),
                kind_text(backup.kind),
                listing.readable_size(backup.size),
                backup.path.name,
            ]
            for x, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if x == SIZE:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(y, x, item)
        self.table.resizeColumnsToContents()
        paths = [backup.path for backup in self.backups]
        if paths:
            self.table.selectRow(paths.index(select) if select in paths else 0)
        self._update_buttons()

    def selected(self) -> listing.Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def make_now(self) -> BackgroundOp:
        database = self.database
        return (
            BackgroundOp(
                self,
                lambda progress: make_backup(database, progress=progress),
                success=lambda made: self.reload(select=made),
            )
            .with_progress(
                QCoreApplication.translate("Backups", "Backing up {name}…").format(
                    name=database.name
                )
            )
            .run_in_background()
        )

    def restore_selected(self) -> bool:
        backup = self.selected()
        if backup is None:
            return False
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("Backups", "Restore a backup"),
            QCoreApplication.translate(
                "Backups",
                "Replace the current data with the backup of {when}? The current data is "
                "backed up first.",
            ).format(when=date_text(backup.made)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.setEnabled(False)

        def done(_restored: bool) -> None:
            self.setEnabled(True)
            self.reload()

        restore_in_window(self.main_window, backup.path, done)
        return True

    def open_folder(self) -> None:
        folder = listing.backup_folder(self.database)
        folder.mkdir(exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
