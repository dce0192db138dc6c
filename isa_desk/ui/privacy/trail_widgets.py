"""What the Changes panel of a record and the audit view share: the filters (user, dates,
and in the audit view the kind of record and a search text), the table, and the export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from isa_desk.core.db.engine import Database
from isa_desk.core.privacy import trail, trail_values
from isa_desk.core.privacy.trail import TrailQuery
from isa_desk.ui.common import style
from isa_desk.ui.common.background import BackgroundOp
from isa_desk.ui.common.dates import DateInput
from isa_desk.ui.common.display import current_language
from isa_desk.ui.privacy.trail_model import TrailModel
from isa_desk.ui.shell.settings import Settings

translate = QCoreApplication.translate

FOLDER_KEY = "audit"
TYPING_PAUSE_MS = 300  # a search starts when typing pauses this long
WIDTHS = {
    "at": 115,
    "user": 80,
    "action": 85,
    "kind": 95,
    "record": 150,
    "field": 130,
    "old": 180,
}


class TrailFilters(QWidget):
    """The filters of a trail; `changed` when one of them changed."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, *, whole: bool = False):
        super().__init__(parent)
        self.user = QComboBox(objectName="user")
        self.user.addItem(translate("Trail", "All users"), "")
        for name in trail.users(db):
            self.user.addItem(name, name)
        self.user.setToolTip(translate("Trail", "Only the changes of this user"))
        self.date_from = DateInput(show_problem=False)
        self.date_from.setObjectName("date_from")
        self.date_to = DateInput(show_problem=False)
        self.date_to.setObjectName("date_to")
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind: QComboBox | None = None
        self.text: QLineEdit | None = None
        if whole:
            self.kind = QComboBox(objectName="kind")
            self.kind.addItem(translate("Trail", "All kinds of record"), "")
            for entity, label in trail_values.kind_choices():
                self.kind.addItem(label, entity)
            self.kind.currentIndexChanged.connect(self.changed)
            self.text = QLineEdit(objectName="search")
            self.text.setClearButtonEnabled(True)
            self.text.setPlaceholderText(translate("Trail", "Search names and values"))
            self.text.textChanged.connect(self._pause.start)
            layout.addWidget(self.kind)
            layout.addWidget(self.text, 1)
        layout.addWidget(self.user)
        layout.addWidget(QLabel(translate("Trail", "From")))
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel(translate("Trail", "to")))
        layout.addWidget(self.date_to)
        if not whole:
            layout.addStretch(1)
        self.user.currentIndexChanged.connect(self.changed)
        for field in (self.date_from, self.date_to):
            field.committed.connect(self.changed)
            field.edited.connect(self._pause.start)

    def query(self, entity: str | None = None, entity_id: int | None = None) -> TrailQuery:
        """The trail the filters choose; of the kind chosen here when the filters offer
        one. A date that cannot be read limits nothing (its field says so in red)."""
        if self.kind is not None:
            entity = self.kind.currentData() or None
        return TrailQuery(
            entity=entity,
            entity_id=entity_id,
            user=self.user.currentData() or "",
            date_from=_day(self.date_from),
            date_to=_day(self.date_to),
            text=self.text.text() if self.text is not None else "",
        )


def _day(field: DateInput) -> dt.date | None:
    return None if field.problem() else field.value()


def trail_table(model: TrailModel, parent: QWidget | None = None) -> QTableView:
    table = QTableView(parent, objectName="trail")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, key in enumerate(model.columns):
        table.setColumnWidth(column, WIDTHS.get(key, 220))
    return table


def export_trail(
    parent: QWidget, db: Database, query: TrailQuery, name: str, settings: Settings | None = None
) -> tuple[Path, int] | None:
    """Ask for a file (a workbook or a CSV file, in the folder used last) and write the
    trail into it with progress and cancel; the file and its rows, None when cancelled."""
    settings = settings or Settings()
    day = dt.date.today().isoformat()
    suggested = f"{name} {day}.xlsx".replace("/", "-").replace("\\", "-")
    workbook = translate("Trail", "Excel workbooks (*.xlsx)")
    text = translate("Trail", "CSV files (*.csv)")
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        translate("Trail", "Export the changes"),
        str(Path(settings.last_folder(FOLDER_KEY)) / suggested),
        f"{workbook};;{text}",
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + (".csv" if chosen_filter == text else ".xlsx"))
    settings.set_last_folder(FOLDER_KEY, path.parent)
    written: list[int] = []
    language = current_language()
    BackgroundOp(
        parent,
        lambda progress: trail.export(db, query, path, progress, language),
        success=written.append,
    ).with_progress(
        translate("Trail", "Writing {file} …").format(file=path.name),
        translate("Trail", "Export"),
    ).run_in_background().wait()
    return (path, written[0]) if written else None


def status_label() -> QLabel:
    """The muted line under a trail that counts its changes or names the exported file."""
    label = QLabel(objectName="status")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {style.MUTED};")
    return label


def export_button(tooltip: str, export) -> QPushButton:
    button = QPushButton(translate("Trail", "Export…"), objectName="export")
    button.setToolTip(tooltip)
    button.setAutoDefault(False)
    button.clicked.connect(lambda _checked=False: export())
    return button


def exported_text(result: tuple[Path, int]) -> str:
    path, rows = result
    return translate("Trail", "%n rows exported to {file}", None, rows).format(file=path.name)
