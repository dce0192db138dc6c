"""Both versions of a record side by side, after a colleague saved it while the user was
editing it.

The table lists the fields that differ: the value when the editor opened the record, the
user's value, the value saved meanwhile with who changed it and when (from the audit
trail). A field both changed is marked and offers a choice: mine or theirs. "Save my
changes" lets the editor write only the user's changed fields over the newer version
(minus those where the user chose theirs); "Discard mine and reload" shows the newer
version; Cancel goes back to the form with every typed value in place.

Every value is user data: table cells are plain text, tool tips are made to read as
typed, the record's name sits in a plain label.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.domain import labels
from isa_desk.core.services.editing import changed_fields
from isa_desk.core.services.field_history import FieldChange
from isa_desk.ui.common import display, style
from isa_desk.ui.common.plain import as_typed, plain_label
from isa_desk.ui.common.screen import fit_to_screen
from isa_desk.ui.records.editors.form import EnumCombo, Field, Form, enum_label
from isa_desk.ui.records.editors.widgets import (
    ChoiceCombo,
    CountryCombo,
    RegionCombo,
    country_label,
)

translate = QCoreApplication.translate

FIELD, OPENED, MINE, THEIRS, CHANGED_BY, KEEP = range(6)
SHOWN_CHARACTERS = 80  # a long note is cut in its cell and shown whole in the tool tip


@dataclass(frozen=True)
class Difference:
    """One field that differs between the versions, with the texts the table shows."""

    key: str
    label: str
    opened: str
    mine: str
    theirs: str
    changed_by: str
    mine_changed: bool
    theirs_changed: bool
    contested: bool  # both changed it, to different values: the user chooses


@dataclass(frozen=True)
class Sides:
    """What the dialog compares, from any editor. `fields` gives each field's label and the
    widget that shows it (for a value's text), in the editor's order; `before` and `now`
    are the editor's values as loaded and as they are now, `opened` and `fresh` the
    record's values when the editor loaded it and as stored now."""

    name: str  # the record's name, in the heading
    fields: dict[str, tuple[str, QWidget]]
    before: dict
    now: dict
    opened: dict
    fresh: dict

    @classmethod
    def of_form(cls, form: Form, name: str, opened: dict, fresh: dict) -> Sides:
        fields = {key: (field_label(field), field.widget) for key, field in form.fields.items()}
        return cls(name, fields, form.saved_values(), form.values(), opened, fresh)

    def mine(self) -> dict:
        """The values the user changed."""
        return changed_fields(self.before, self.now)


def differences(sides: Sides, changes: dict[str, FieldChange]) -> list[Difference]:
    """The fields the user changed (since the editor loaded the record) or that differ
    between the record as the editor loaded it and as it is stored now, in the editor's
    order. `changes` says who changed which field (field_history)."""
    before, now, fresh = sides.before, sides.now, sides.fresh
    mine = set(sides.mine())
    theirs = {key for key in sides.fields if not same(sides.opened.get(key), fresh.get(key))}
    found = []
    for key, (label, widget) in sides.fields.items():
        if key not in mine and key not in theirs:
            continue
        change = changes.get(key)
        by = ""
        if key in theirs and change is not None:
            by = translate("ConflictDialog", "{user}\n{time}").format(
                user=change.user, time=display.date_text(change.at)
            )
        found.append(
            Difference(
                key,
                label,
                value_text(widget, before.get(key)),
                value_text(widget, now.get(key)),
                value_text(widget, fresh.get(key)),
                by,
                key in mine,
                key in theirs,
                key in mine and key in theirs and not same(now.get(key), fresh.get(key)),
            )
        )
    return found


def same(first, second) -> bool:
    """Equal values, an empty text, None and an empty list counting as one."""
    if first in (None, "", []) and second in (None, "", []):
        return True
    if isinstance(first, enum.Enum) or isinstance(second, enum.Enum):
        return getattr(first, "value", first) == getattr(second, "value", second)
    return first == second


def field_label(field: Field) -> str:
    """The label a person reads beside the field (a check box carries its own)."""
    if isinstance(field.widget, QCheckBox):
        return field.widget.text()
    return field.label.text().split("<")[0].strip() or field.key


def value_text(widget: QWidget, value) -> str:
    """A value as the widget shows it: a member's name for its id, a country's name for
    its code, the label of a choice, the date in the language's form."""
    if value is None or value == "" or value == []:
        return ""
    if isinstance(widget, QCheckBox):
        return labels.yes() if value else labels.no()
    if isinstance(widget, EnumCombo):
        try:
            return enum_label(widget.kind(getattr(value, "value", value)))
        except ValueError:
            return str(value)
    if isinstance(widget, ChoiceCombo):
        index = widget.findData(value)
        return widget.itemText(index) if index > 0 else f"#{value}"
    if isinstance(widget, CountryCombo):
        return country_label(str(value))
    if isinstance(widget, RegionCombo):
        return display.region_name(str(value))
    if isinstance(value, dt.date):
        return display.date_text(value)
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    if isinstance(value, enum.Enum):
        return enum_label(value)
    return str(value)


class ConflictDialog(QDialog):
    """The fields that differ; exec() gives SAVE, RELOAD or Rejected (back to the form)."""

    SAVE = 2
    RELOAD = 3

    def __init__(self, parent: QWidget | None, name: str, rows: list[Difference]):
        super().__init__(parent)
        self.rows = rows
        self._choices: dict[str, QButtonGroup] = {}
        self.setWindowTitle(translate("ConflictDialog", "Changed by someone else"))
        self.setSizeGripEnabled(True)

        text = translate(
            "ConflictDialog", "“{name}” was saved by someone else while you were editing it."
        )
        heading = plain_label(text.format(name=name), self)
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        explanation = QLabel(
            translate(
                "ConflictDialog",
                "“Save my changes” writes only the fields you changed over the newer version; "
                "every other field keeps the value saved meanwhile. Where both of you changed "
                "a field (marked), choose whose value to keep.",
            ),
            self,
        )
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)

        self.table = self._table()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        save = buttons.addButton(
            translate("ConflictDialog", "Save my changes"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        save.setObjectName("save_mine")
        save.setDefault(True)
        reload = buttons.addButton(
            translate("Editor", "Discard mine and reload"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        reload.setObjectName("reload")
        save.clicked.connect(lambda: self.done(self.SAVE))
        reload.clicked.connect(lambda: self.done(self.RELOAD))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 1000, 460)

    def _table(self) -> QTableWidget:
        table = QTableWidget(len(self.rows), 6, self)
        table.setObjectName("differences")
        table.setHorizontalHeaderLabels(
            [
                translate("ConflictDialog", "Field"),
                translate("ConflictDialog", "When you opened it"),
                translate("ConflictDialog", "Your value"),
                translate("ConflictDialog", "Saved meanwhile"),
                translate("ConflictDialog", "Changed by"),
                translate("ConflictDialog", "Keep"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the choices take the keyboard
        table.setWordWrap(True)  # a value is read whole (a long note is cut, see _value_cell)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        for column in (FIELD, CHANGED_BY, KEEP):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (OPENED, MINE, THEIRS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for number, row in enumerate(self.rows):
            self._fill(table, number, row)
        table.resizeRowsToContents()
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        return table

    def _fill(self, table: QTableWidget, number: int, row: Difference) -> None:
        cells = {
            FIELD: row.label,
            OPENED: row.opened,
            MINE: row.mine,
            THEIRS: row.theirs,
            CHANGED_BY: row.changed_by,
        }
        for column, text in cells.items():
            value = column in (OPENED, MINE, THEIRS)
            table.setItem(number, column, _value_cell(text) if value else QTableWidgetItem(text))
        if row.contested:
            table.setCellWidget(number, KEEP, self._choice(row.key))
            marked = QBrush(QColor(style.WARNING_ROW))
            for column in cells:
                table.item(number, column).setBackground(marked)
            label = table.item(number, FIELD)
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
            label.setToolTip(translate("ConflictDialog", "Both of you changed this field."))
            return
        if row.mine_changed and row.theirs_changed:
            keep = translate("ConflictDialog", "Same change")
        elif row.mine_changed:
            keep = translate("ConflictDialog", "Mine")
        else:
            keep = translate("ConflictDialog", "Theirs")
        item = QTableWidgetItem(keep)
        item.setForeground(QBrush(QColor(style.MUTED)))
        table.setItem(number, KEEP, item)

    def _choice(self, key: str) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(4, 0, 4, 0)
        group = QButtonGroup(box)
        for text, name in (
            (translate("ConflictDialog", "Mine"), f"mine:{key}"),
            (translate("ConflictDialog", "Theirs"), f"theirs:{key}"),
        ):
            button = QRadioButton(text, box)
            button.setObjectName(name)
            group.addButton(button)
            row.addWidget(button)
        group.buttons()[0].setChecked(True)  # the user meant their change: it is the default
        self._choices[key] = group
        return box

    def kept_theirs(self) -> set[str]:
        """The fields both changed where the user chose the value saved meanwhile."""
        return {
            key
            for key, group in self._choices.items()
            if group.checkedButton() is not group.buttons()[0]
        }


def _value_cell(text: str) -> QTableWidgetItem:
    """A value, its first line only when it has several (a note), whole in the tool tip."""
    lines = text.splitlines()
    shown = lines[0] if lines else ""
    if len(lines) > 1 or len(shown) > SHOWN_CHARACTERS:
        shown = shown[:SHOWN_CHARACTERS].rstrip() + " …"
    item = QTableWidgetItem(shown)
    if shown != text:
        item.setToolTip(as_typed(text))
    if not text:
        item.setText(translate("ConflictDialog", "(empty)"))
        item.setForeground(QBrush(QColor(style.MUTED)))
    return item
