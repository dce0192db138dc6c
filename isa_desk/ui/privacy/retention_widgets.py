"""The parts of the retention dialog: the rules with their Save button, and a list of
the review with a tick box in each row."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.privacy import retention
from isa_desk.core.privacy.retention import FIELDS, MAX_MONTHS, RetentionRules
from isa_desk.ui.common.plain import plain_label

translate = QCoreApplication.translate

ID_ROLE = Qt.ItemDataRole.UserRole


class RulesBox(QGroupBox):
    """A spin box of months for each rule, and Save."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("Retention", "How long data is kept"), parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.spins: dict[str, QSpinBox] = {}
        for name in FIELDS:
            spin = QSpinBox()
            spin.setObjectName(name)
            spin.setRange(0, MAX_MONTHS)
            spin.setSuffix(translate("Retention", " months"))
            spin.setSpecialValueText(translate("Retention", "keep for ever"))
            spin.setMinimumWidth(160)
            self.spins[name] = spin
            form.addRow(retention.field_label(name), spin)
        hint = plain_label(
            translate(
                "Retention",
                "0 = keep for ever. Contacts count from their last sign of life: a change, "
                "a note, an event, a mail or a consent.",
            )
        )
        hint.setWordWrap(True)
        self.save_button = QPushButton(translate("Retention", "Save"))
        self.save_button.setObjectName("saveRules")
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        form.addRow(row)

    def show_rules(self, rules: RetentionRules) -> None:
        for name, spin in self.spins.items():
            spin.setValue(getattr(rules, name))

    def typed_rules(self) -> RetentionRules:
        for spin in self.spins.values():
            spin.interpretText()  # a number typed but not yet confirmed counts
        return replace(
            RetentionRules(), **{name: spin.value() for name, spin in self.spins.items()}
        )


class DueList(QTableWidget):
    """Rows of (id, texts); the first column carries the tick box and the id."""

    def __init__(self, headers: list[str], name: str, parent: QWidget | None = None):
        super().__init__(0, len(headers), parent)
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(headers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.note = plain_label()
        self.note.setObjectName(f"{name}Note")

    def page(self, buttons: list[QPushButton]) -> QWidget:
        """The list with its note above and its buttons below, as one tab's page."""
        everyone = QPushButton(translate("Retention", "Tick all"))
        everyone.setObjectName(f"{self.objectName()}TickAll")
        everyone.clicked.connect(lambda: self.tick_all(True))
        nobody = QPushButton(translate("Retention", "Tick none"))
        nobody.setObjectName(f"{self.objectName()}TickNone")
        nobody.clicked.connect(lambda: self.tick_all(False))
        row = QHBoxLayout()
        row.addWidget(everyone)
        row.addWidget(nobody)
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.note)
        layout.addWidget(self, 1)
        layout.addLayout(row)
        return page

    def fill(self, rows: list[tuple[int, list[str]]], total: int) -> None:
        self.setRowCount(0)
        self.setRowCount(len(rows))
        for number, (record_id, texts) in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)  # plain text: names are shown as typed
                if column == 0:
                    item.setData(ID_ROLE, record_id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                self.setItem(number, column, item)
        if total > len(rows):
            self.note.setText(
                translate("Retention", "The oldest {shown} of {count} are shown.").format(
                    shown=len(rows), count=total
                )
            )
        elif total:
            self.note.setText("")
        else:
            self.note.setText(translate("Retention", "Nothing is due."))

    def ids(self) -> list[int]:
        return [self.item(row, 0).data(ID_ROLE) for row in range(self.rowCount())]

    def chosen_ids(self) -> list[int]:
        return [
            self.item(row, 0).data(ID_ROLE)
            for row in range(self.rowCount())
            if self.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def tick(self, record_id: int, on: bool = True) -> None:
        for row in range(self.rowCount()):
            if self.item(row, 0).data(ID_ROLE) == record_id:
                self.item(row, 0).setCheckState(
                    Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
                )

    def tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.rowCount()):
            self.item(row, 0).setCheckState(state)

    def current_id(self) -> int | None:
        row = self.currentRow()
        if row < 0 or self.item(row, 0) is None:
            return None
        return self.item(row, 0).data(ID_ROLE)
