"""Export from the window: the current list's filter or its selected rows, or an event's
participants, into an Excel workbook chosen in a save dialog (which remembers the last
folder), with progress and cancel. Contacts can also be saved as vCards or as Outlook's
CSV file, chosen by the dialog's file type."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QPushButton, QWidget

from isa_desk.core.db.engine import Database
from isa_desk.core.exchange.exporting.export import export, list_title
from isa_desk.core.exchange.exporting.outlook import export_outlook
from isa_desk.core.exchange.exporting.rows import Selection, count
from isa_desk.core.exchange.vcard.writing import export_vcards
from isa_desk.ui.common import errors
from isa_desk.ui.common.background import BackgroundOp
from isa_desk.ui.common.display import current_language
from isa_desk.ui.events.event_picker import EventDialog
from isa_desk.ui.shell.settings import Settings

if TYPE_CHECKING:
    from isa_desk.ui.common.list_view import ListArea

FOLDER_KEY = "export"
LISTS = ("members", "organisations", "contacts", "inquiries")
SUFFIXES = (".xlsx", ".vcf", ".csv")


translate = QCoreApplication.translate


def suggested_name(list_name: str, today: dt.date | None = None) -> str:
    day = (today or dt.date.today()).isoformat()
    return f"{list_title(list_name)} {day}.xlsx".replace("/", "-")


class Format(NamedTuple):
    key: str  # xlsx, vcard, outlook-de, outlook-en
    filter: str  # as the save dialog offers it
    suffix: str


def formats(list_name: str) -> list[Format]:
    """The file types a list can be saved as: contacts also as vCards and for Outlook."""
    found = [Format("xlsx", translate("ExportAction", "Excel workbooks (*.xlsx)"), ".xlsx")]
    if list_name == "contacts":
        found += [
            Format("vcard", translate("ExportAction", "vCard (*.vcf)"), ".vcf"),
            Format(
                "outlook-de",
                translate("ExportAction", "Outlook CSV, German column names (*.csv)"),
                ".csv",
            ),
            Format(
                "outlook-en",
                translate("ExportAction", "Outlook CSV, English column names (*.csv)"),
                ".csv",
            ),
        ]
    return found


def _format_of(path: Path, chosen_filter: str, offered: list[Format]) -> Format:
    """The type the user chose: the file name's suffix when it names one, else the
    dialog's file type (Outlook's column names in the program's language for a .csv)."""
    by_filter = next((f for f in offered if f.filter == chosen_filter), None)
    suffix = path.suffix.lower()
    if by_filter is not None and (suffix == by_filter.suffix or suffix not in SUFFIXES):
        return by_filter
    by_suffix = [f for f in offered if f.suffix == suffix]
    if len(by_suffix) > 1:
        wanted = "outlook-de" if current_language() == "de" else "outlook-en"
        by_suffix = [f for f in by_suffix if f.key == wanted]
    return by_suffix[0] if by_suffix else offered[0]


def choose_file(
    parent: QWidget | None, settings: Settings, list_name: str
) -> tuple[Path, Format] | None:
    """The save dialog, in the folder used last: the file and its type; None when the
    user cancels."""
    start = Path(settings.last_folder(FOLDER_KEY)) / suggested_name(list_name)
    offered = formats(list_name)
    path, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        translate("ExportAction", "Export {list}").format(list=list_title(list_name)),
        str(start),
        ";;".join(f.filter for f in offered),
    )
    if not path:
        return None
    path = Path(path)
    chosen = _format_of(path, chosen_filter, offered)
    if path.suffix.lower() != chosen.suffix:
        path = path.with_name(path.name + chosen.suffix)
    settings.set_last_folder(FOLDER_KEY, path.parent)
    return path, chosen


def _writer(db: Database, list_name: str, path: Path, selection: Selection, chosen: Format):
    """The work of the export, given its progress."""
    language = current_language()
    if chosen.key == "vcard":
        return lambda progress: export_vcards(db, path, selection, "3.0", language, progress)
    if chosen.key.startswith("outlook-"):
        outlook = chosen.key.removeprefix("outlook-")
        return lambda progress: export_outlook(db, path, selection, outlook, progress)
    return lambda progress: export(db, list_name, path, selection, language, progress)


def export_list(
    parent: QWidget | None, db: Database, settings: Settings, list_name: str, selection: Selection
) -> Path | None:
    """Ask for the file and write the export; the path written, None when cancelled."""
    chosen = choose_file(parent, settings, list_name)
    if chosen is None:
        return None
    path, file_type = chosen
    written: list[Path] = []

    def exported(rows: int) -> None:
        written.append(path)
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                translate("ExportAction", "%n rows exported to {file}", None, rows).format(
                    file=path
                ),
                8000,
            )

    BackgroundOp(
        parent,
        _writer(db, list_name, path, selection, file_type),
        success=exported,
    ).with_progress(
        translate("ExportAction", "Writing {file} …").format(file=path.name),
        translate("ExportAction", "Export"),
    ).run_in_background().wait()
    return written[0] if written else None


def selection_of(parent: QWidget | None, area: ListArea, list_name: str) -> Selection | None:
    """The area's filtered list, or its selected rows when the user wants only those."""
    query = area.query()
    ids = area.selected_ids()
    if len(ids) < 2:
        return Selection(query)
    box = selection_question(parent, len(ids), count(area.db, list_name, Selection(query)))
    box.exec()
    if box.clickedButton() is box.findChild(QPushButton, "exportSelected"):
        return Selection(query, tuple(ids))
    if box.clickedButton() is box.findChild(QPushButton, "exportAll"):
        return Selection(query)
    return None


def selection_question(parent: QWidget | None, selected: int, total: int) -> QMessageBox:
    """Asks: the selected rows (button exportSelected) or the whole list (exportAll)?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ExportAction", "Export"))
    box.setText(
        translate("ExportAction", "Export only the selected rows, or every row of the list?")
    )
    chosen = box.addButton(
        translate("ExportAction", "Selected rows ({count})").format(count=selected),
        QMessageBox.ButtonRole.AcceptRole,
    )
    chosen.setObjectName("exportSelected")
    whole = box.addButton(
        translate("ExportAction", "Whole list ({count})").format(count=total),
        QMessageBox.ButtonRole.AcceptRole,
    )
    whole.setObjectName("exportAll")
    box.addButton(QMessageBox.StandardButton.Cancel)
    return box


def export_area(
    parent: QWidget | None, db: Database, settings: Settings, area: ListArea
) -> Path | None:
    """Export the list area that is shown (members, organisations, contacts, inquiries)."""
    list_name = area.key
    if list_name not in LISTS:
        return None
    selection = selection_of(parent, area, list_name)
    if selection is None:
        return None
    return export_list(parent, db, settings, list_name, selection)


def export_participants(
    parent: QWidget | None, db: Database, settings: Settings, event_id: int | None = None
) -> Path | None:
    """Export an event's participants; asks for the event when none is given."""
    if event_id is None:
        dialog = EventDialog(
            parent,
            db,
            translate("ExportAction", "Export participants"),
            translate("ExportAction", "Participants of the event:"),
        )
        try:
            if dialog.picker.event_count() == 0:
                errors.show_message(parent, translate("ExportAction", "There is no event yet."))
                return None
            event_id = dialog.chosen()
        finally:
            dialog.deleteLater()
        if event_id is None:
            return None
    return export_list(parent, db, settings, "participants", Selection(event_id=event_id))
