"""The audit trail as a table: one line per changed field, the lines of one entry kept
together (who, when and what only on the first, every other entry on a shaded ground).

Entries are read a page at a time as the view scrolls (canFetchMore/fetchMore): the whole
database's trail holds hundreds of thousands of entries.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from isa_desk.core.db.engine import Database
from isa_desk.core.privacy import trail
from isa_desk.core.privacy.trail import FieldChangeRow, TrailQuery, TrailRow
from isa_desk.ui.common import display
from isa_desk.ui.common.plain import as_typed

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200

ROW_ROLE = Qt.ItemDataRole.UserRole  # the entry (TrailRow) a line belongs to

RECORD_COLUMNS = ("at", "user", "action", "field", "old", "new")  # one record's panel
ALL_COLUMNS = ("at", "user", "action", "kind", "record", "field", "old", "new")


def column_title(key: str) -> str:
    return {
        "at": translate("Trail", "Date"),
        "user": translate("Trail", "User"),
        "action": translate("Trail", "Action"),
        "kind": translate("Trail", "Kind"),
        "record": translate("Trail", "Record"),
        "field": translate("Trail", "Field"),
        "old": translate("Trail", "Before"),
        "new": translate("Trail", "After"),
    }[key]


class Line(NamedTuple):
    entry: TrailRow
    change: FieldChangeRow | None
    first: bool  # the entry's first line: it names who, when and what
    shaded: bool  # every other entry


class TrailModel(QAbstractTableModel):
    def __init__(self, db: Database, query: TrailQuery, columns=RECORD_COLUMNS, parent=None):
        super().__init__(parent)
        self.db = db
        self.columns = tuple(columns)
        self._query = query
        self._lines: list[Line] = []
        self._entries = 0  # entries read so far
        self._total = 0  # entries the query finds
        self._load()

    # the query ---------------------------------------------------------------------------
    def query(self) -> TrailQuery:
        return self._query

    def set_query(self, query: TrailQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._load()
        self.endResetModel()

    def reload(self) -> None:
        self.set_query(self._query)

    def total(self) -> int:
        """The number of entries the query finds (each may be several lines)."""
        return self._total

    def entries_loaded(self) -> int:
        return self._entries

    def _load(self) -> None:
        self._lines, self._entries = [], 0
        self._total = trail.count(self.db, self._query)
        self._lines = self._read()

    def _read(self) -> list[Line]:
        rows = trail.entries(
            self.db, self._query, self._entries, PAGE_SIZE, language=display.current_language()
        )
        self._entries += len(rows)
        lines: list[Line] = []
        shaded = bool(self._lines) and not self._lines[-1].shaded
        for row in rows:
            for number, change in enumerate(row.changes or (None,)):
                lines.append(Line(row, change, number == 0, shaded))
            shaded = not shaded
        return lines

    # the model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._entries < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        more = self._read()
        if not more:  # entries removed meanwhile: nothing more to read
            self._total = self._entries
            return
        start = len(self._lines)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._lines.extend(more)
        self.endInsertRows()

    def line(self, row: int) -> Line:
        return self._lines[row]

    def text(self, row: int, key: str) -> str:
        line = self._lines[row]
        entry, change = line.entry, line.change
        if key in ("field", "old", "new"):
            if change is None:
                return ""
            return {"field": change.field_label, "old": change.old, "new": change.new}[key]
        if not line.first:
            return ""
        return {
            "at": display.date_text(entry.at),
            "user": entry.user,
            "action": entry.action_label,
            "kind": entry.kind_label,
            "record": entry.record,
        }[key]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(self.text(index.row(), key).split())  # one line in the table
        if role == Qt.ItemDataRole.ToolTipRole and key in ("old", "new", "record"):
            return as_typed(self.text(index.row(), key)) or None
        if role == Qt.ItemDataRole.BackgroundRole and self._lines[index.row()].shaded:
            return QApplication.palette().brush(QPalette.ColorRole.AlternateBase)
        if role == ROW_ROLE:
            return self._lines[index.row()].entry
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(self.columns[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
