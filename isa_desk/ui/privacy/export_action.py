"""A person's data on request from the window: a save dialog (PDF or JSON, in the folder
used last for exports), the export written in the contact's language, then a message
that opens the file or its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from isa_desk.core.db.engine import Database
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.privacy import access
from isa_desk.ui.common import errors
from isa_desk.ui.common.plain import plain_box
from isa_desk.ui.shell.settings import Settings

FOLDER_KEY = "export"  # the folder of every export

translate = QCoreApplication.translate


def filters() -> dict[str, str]:
    """The save dialog's file types -> the suffix each writes."""
    return {
        translate("PrivacyExport", "PDF to read or print (*.pdf)"): ".pdf",
        translate("PrivacyExport", "JSON for other programs (*.json)"): ".json",
    }


def choose_file(
    parent: QWidget | None, db: Database, contact_id: int, settings: Settings
) -> Path | None:
    """The save dialog, in the folder used last; None when the user cancels."""
    start = Path(settings.last_folder(FOLDER_KEY)) / access.suggested_name(db, contact_id)
    offered = filters()
    path, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        translate("PrivacyExport", "Save the person's data"),
        str(start),
        ";;".join(offered),
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in access.SUFFIXES:
        target = target.with_name(target.name + offered.get(chosen_filter, ".pdf"))
    settings.set_last_folder(FOLDER_KEY, target.parent)
    return target


def export_contact_data(
    parent: QWidget | None, db: Database, contact_id: int, settings: Settings | None = None
) -> Path | None:
    """Ask for the file and write everything held about the contact to it; the path
    written, None when cancelled or refused (the user was told why)."""
    settings = settings or Settings()
    try:
        path = choose_file(parent, db, contact_id, settings)
        if path is None:
            return None
        # one person's data is written in a moment: no thread, so the catalogue of the
        # contact's language (i18n.speaking) is never in force while the window translates
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = access.write_export(db, contact_id, path)
        finally:
            QGuiApplication.restoreOverrideCursor()
    except IsaDeskError as error:
        errors.show_message(parent, str(error))
        return None
    show_written(parent, written)
    return written


def show_written(parent: QWidget | None, path: Path) -> None:
    """Says where the file is, with buttons to open it or its folder."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("PrivacyExport", "Data saved"))
    box.setText(
        translate("PrivacyExport", "The person's data was saved to {file}.").format(file=path)
    )
    plain_box(box)  # a file name as it is, never as markup
    open_file = box.addButton(
        translate("PrivacyExport", "Open file"), QMessageBox.ButtonRole.ActionRole
    )
    open_file.setObjectName("openFileButton")
    open_folder = box.addButton(
        translate("PrivacyExport", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    open_folder.setObjectName("openFolderButton")
    close = box.addButton(QMessageBox.StandardButton.Close)
    close.setObjectName("closeButton")
    box.exec()
    if box.clickedButton() is open_file:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
