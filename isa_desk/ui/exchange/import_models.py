"""Table models of the import wizard: the rows of a plan with their problems, and the
duplicates with the user's choice for each. Over the plan's rows, never copies of them,
so a list of 10,000 rows shows at once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from isa_desk.core.exchange.importing.plan import FILL, NEW, SKIP, UPDATE, Plan, PlannedRow
from isa_desk.ui.common import style
from isa_desk.ui.common.plain import as_typed

translate = QCoreApplication.translate


def row_name(row: PlannedRow) -> str:
    data = row.data
    name = " ".join(
        p for p in (data.get("title"), data.get("given_name"), data.get("family_name")) if p
    )
    return name or data.get("name") or data.get("name_zh") or ""


def action_texts() -> dict[str | None, str]:
    return {
        None: translate("ImportWizard", "As chosen above"),
        SKIP: translate("ImportWizard", "Skip"),
        UPDATE: translate("ImportWizard", "Update"),
        FILL: translate("ImportWizard", "Fill empty fields"),
        NEW: translate("ImportWizard", "Import as a new record"),
    }


class PlanModel(QAbstractTableModel):
    """Every row of the plan: its number, state, who it is and what is wrong."""

    def __init__(self, plan: Plan, only_problems: bool = False, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.rows = [r for r in plan.rows if r.problems] if only_problems else plan.rows
        self.headers = [
            translate("ImportWizard", "Row"),
            translate("ImportWizard", "State"),
            translate("ImportWizard", "Name"),
            translate("ImportWizard", "E-mail"),
            translate("ImportWizard", "Organisation"),
            translate("ImportWizard", "Problems"),
        ]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return as_typed("\n".join(p.text() for p in row.problems))
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.errors:
                return QBrush(QColor(style.ERROR_ROW))
            if row.problems:
                return QBrush(QColor(style.WARNING_ROW))
        return None

    def _text(self, row: PlannedRow, column: int) -> str:
        if column == 0:
            return str(row.number)
        if column == 1:
            if row.errors:
                return translate("ImportWizard", "Error")
            if row.match is not None:
                return (
                    translate("ImportWizard", "Duplicate")
                    if row.match.sure
                    else translate("ImportWizard", "Suspected duplicate")
                )
            return (
                translate("ImportWizard", "Warning")
                if row.problems
                else translate("ImportWizard", "OK")
            )
        if column == 2:
            return row_name(row)
        if column == 3:
            return row.data.get("email", "")
        if column == 4:
            return row.data.get("organisation", "")
        return "  ".join((f"{p.column}: " if p.column else "") + p.message for p in row.problems)


class DuplicatesModel(QAbstractTableModel):
    """The rows that match a record (or an earlier row); the last column is the user's
    choice for the row, editable."""

    ACTION = 4

    def __init__(self, plan: Plan, parent=None):
        super().__init__(parent)
        self.rows = plan.duplicates()
        self.headers = [
            translate("ImportWizard", "Row"),
            translate("ImportWizard", "In the file"),
            translate("ImportWizard", "Matches"),
            translate("ImportWizard", "Because of"),
            translate("ImportWizard", "What to do"),
        ]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.column() == self.ACTION:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.EditRole and index.column() == self.ACTION:
            return row.decision
        if role == Qt.ItemDataRole.BackgroundRole and not row.match.sure:
            return QBrush(QColor(style.WARNING_ROW))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match = row.match
        return [
            str(row.number),
            " ".join(p for p in (row_name(row), row.data.get("email", "")) if p),
            match.label
            if match.record_id is not None
            else translate("ImportWizard", "row {row} of the file").format(row=match.row),
            {
                "id": translate("ImportWizard", "the same ID"),
                "email": translate("ImportWizard", "the same e-mail address"),
                "same": translate("ImportWizard", "the same name"),
                "name": translate("ImportWizard", "a very similar name at the same organisation"),
            }[match.reason],
            action_texts()[row.decision],
        ][index.column()]

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != self.ACTION or role != Qt.ItemDataRole.EditRole:
            return False
        self.rows[index.row()].decision = value
        self.dataChanged.emit(index, index)
        return True

    def set_all(self, decision: str | None) -> None:
        for row in self.rows:
            row.decision = decision
        if self.rows:
            self.dataChanged.emit(
                self.index(0, self.ACTION), self.index(len(self.rows) - 1, self.ACTION)
            )


class ActionDelegate(QStyledItemDelegate):
    """A drop-down of what to do with one duplicate row."""

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        row = index.model().rows[index.row()]
        for decision, text in action_texts().items():
            if decision != NEW or not row.match.sure:  # a sure duplicate is not "new"
                editor.addItem(text, decision)
        return editor

    def setEditorData(self, editor: QComboBox, index) -> None:
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(0, found))

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
