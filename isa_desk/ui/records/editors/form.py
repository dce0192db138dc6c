"""A form of labelled fields with validation while typing and dirty tracking.

Every field has a key (the model's column name), a label (with a red asterisk when
required), its input widget and a message line below it. After each edit the form
checks every field again (cheap: a few dozen values) and tells the dialog whether it
may save; the message of a field appears once the field was edited or a save was tried.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.domain import labels, validation
from isa_desk.ui.common import style
from isa_desk.ui.common.dates import DateInput
from isa_desk.ui.records.editors.widgets import (
    ChoiceCombo,
    CountryCombo,
    PlacesEdit,
    RegionCombo,
    TagEdit,
)

translate = QCoreApplication.translate

Check = Callable[[object], "str | None"]


def enum_label(value: enum.Enum | None) -> str:
    """The display text of an enumeration value, the same as the lists show."""
    return labels.label(type(value), value) if value is not None else ""


class EnumCombo(QComboBox):
    def __init__(self, kind: type[enum.Enum], parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        for code, label in labels.choices(kind):
            self.addItem(label, code)

    def value(self) -> enum.Enum:
        return self.kind(self.currentData())

    def set_value(self, value) -> None:
        self.setCurrentIndex(max(self.findData(self.kind(value).value), 0))


@dataclass
class Field:
    key: str
    label: QLabel
    widget: QWidget
    container: QWidget
    message: QLabel
    get: Callable[[], object]
    set: Callable[[object], None]
    required: bool | Callable[[], bool] = False
    checks: list[Check] = field(default_factory=list)
    warnings: list[Check] = field(default_factory=list)  # shown, but the form may save
    touched: bool = False
    required_message: str = ""

    def is_required(self) -> bool:
        return self.required() if callable(self.required) else bool(self.required)

    def is_empty(self) -> bool:
        value = self.get()
        return value is None or value == "" or value == []


def _label(text: str, required: bool) -> QLabel:
    label = QLabel()
    if required:
        label.setText(f'{text} <span style="color:{style.ERROR}">*</span>')
        label.setToolTip(translate("Form", "Required field"))
    else:
        label.setText(text)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class Form(QObject):
    """The fields of one editor, their values, problems and unsaved changes."""

    changed = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.fields: dict[str, Field] = {}
        self._saved: dict = {}
        self._external: dict[str, str] = {}
        self.loading = False
        self.show_all = False  # after a save attempt every problem is shown

    # --- building -----------------------------------------------------------------

    def _add(self, key, text, widget, signal, get, set_, required=False, checks=()) -> Field:
        message = QLabel()
        message.setStyleSheet(f"color: {style.ERROR}; font-size: 90%;")
        message.setWordWrap(True)
        message.hide()
        container = QWidget()
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(message)
        label = _label(text, bool(required))
        label.setBuddy(widget)
        item = Field(key, label, widget, container, message, get, set_, required, list(checks))
        self.fields[key] = item
        signal.connect(lambda *_args: self._edited(key))
        widget.setObjectName(key)
        return item

    def line(self, key, text, required=False, checks=(), placeholder="") -> Field:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        return self._add(
            key,
            text,
            edit,
            edit.textChanged,
            lambda: edit.text().strip(),
            lambda v: edit.setText(v or ""),
            required,
            checks,
        )

    def text(self, key, text) -> Field:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        return self._add(
            key,
            text,
            edit,
            edit.textChanged,
            lambda: edit.toPlainText().rstrip(),
            lambda v: edit.setPlainText(v or ""),
        )

    def choice(self, key, text, kind: type[enum.Enum]) -> Field:
        combo = EnumCombo(kind)
        return self._add(key, text, combo, combo.currentIndexChanged, combo.value, combo.set_value)

    def check(self, key, text) -> Field:
        box = QCheckBox(text)
        return self._add(
            key, "", box, box.toggled, box.isChecked, lambda v: box.setChecked(bool(v))
        )

    def date(self, key, text, checks=()) -> Field:
        edit = DateInput(show_problem=False)  # the form shows the message below the field
        unreadable = [lambda _v: edit.problem()]
        return self._add(
            key, text, edit, edit.edited, edit.value, edit.set_value, checks=unreadable + [*checks]
        )

    def tags(self, key, text, names: list[str]) -> Field:
        edit = TagEdit(names)
        return self._add(key, text, edit, edit.textChanged, edit.value, edit.set_value)

    def places(self, key, text) -> Field:
        edit = PlacesEdit()
        return self._add(key, text, edit, edit.edited, edit.value, edit.set_value)

    def link(self, key, text, choices: list[tuple[int, str]]) -> Field:
        combo = ChoiceCombo(choices)
        unknown = translate("Form", "Choose an entry of the list or leave the field empty.")
        return self._add(
            key,
            text,
            combo,
            combo.editTextChanged,
            combo.value,
            combo.set_value,
            checks=[lambda _v: None if combo.is_known() else unknown],
        )

    def country(self, key, text, extra_codes=(), required=False) -> Field:
        combo = CountryCombo(list(extra_codes))
        unknown = translate("Form", "Type a country or choose one from the list.")
        return self._add(
            key,
            text,
            combo,
            combo.editTextChanged,
            combo.value,
            combo.set_value,
            required,
            checks=[lambda _v: None if combo.is_known() else unknown],
        )

    def region(self, key, text) -> Field:
        combo = RegionCombo()
        return self._add(key, text, combo, combo.editTextChanged, combo.value, combo.set_value)

    def email(self, key, text, required=False) -> Field:
        return self.line(
            key, text, required, [validation.email_problem], placeholder="name@example.org"
        )

    def phone(self, key, text, country_key: str = "country") -> Field:
        """A number is kept as written; one phonenumbers cannot read (in the record's
        country) gets a warning."""
        item = self.line(key, text)

        def check(value) -> str | None:
            country = self.fields.get(country_key)  # made after the phone fields
            return validation.phone_problem(value, country.get() if country else None)

        item.warnings.append(check)
        return item

    def postcode(self, key, text, country_key: str = "country") -> Field:
        item = self.line(
            key,
            text,
            checks=[lambda value: validation.postcode_problem(value, self.value(country_key))],
        )
        item.widget.setMaximumWidth(110)
        return item

    def pair(self, first: str, second: str, stretch_first: bool = False) -> QWidget:
        """Two fields side by side on one row (postcode and town), messages below both."""
        box = QWidget()
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for key in (first, second):
            item = self.fields[key]
            row.addWidget(item.widget, 1 if (key == second) != stretch_first else 0)
        outer.addLayout(row)
        for key in (first, second):
            outer.addWidget(self.fields[key].message)
        return box

    def add_rows(self, layout: QFormLayout, *keys: str) -> None:
        for key in keys:
            item = self.fields[key]
            if isinstance(item.widget, QCheckBox):
                layout.addRow("", item.container)
            else:
                layout.addRow(item.label, item.container)

    # --- values -------------------------------------------------------------------

    def value(self, key: str):
        return self.fields[key].get()

    def values(self) -> dict:
        return {key: item.get() for key, item in self.fields.items()}

    def set_value(self, key: str, value) -> None:
        self.fields[key].set(value)

    def load(self, values: dict) -> None:
        """Show `values` as the saved state: the form is clean afterwards."""
        self.loading = True
        try:
            for key, value in values.items():
                if key in self.fields:
                    self.fields[key].set(value)
        finally:
            self.loading = False
        self._external.clear()
        self.show_all = False
        for item in self.fields.values():
            item.touched = False
        self.mark_saved()

    def mark_saved(self) -> None:
        self._saved = self.values()
        self._refresh()

    def is_dirty(self) -> bool:
        return self.values() != self._saved

    def saved_values(self) -> dict:
        """The values as loaded or last saved (what the user's changes are measured from)."""
        return dict(self._saved)

    # --- problems -----------------------------------------------------------------

    def problem(self, key: str) -> str | None:
        item = self.fields[key]
        if key in self._external:
            return self._external[key]
        if item.is_required() and item.is_empty():
            return item.required_message or translate("Form", "This field is required.")
        for check in item.checks:
            message = check(item.get())
            if message:
                return message
        return None

    def warning(self, key: str) -> str | None:
        item = self.fields[key]
        return next(filter(None, (check(item.get()) for check in item.warnings)), None)

    def problems(self) -> dict[str, str]:
        found = {key: self.problem(key) for key in self.fields}
        return {key: message for key, message in found.items() if message}

    def is_valid(self) -> bool:
        return not self.problems()

    def set_problem(self, key: str, message: str) -> None:
        """A problem found elsewhere (by the service); it stays until the field is edited."""
        self._external[key] = message
        self.fields[key].touched = True
        self._refresh()

    def touch(self, key: str) -> None:
        """Show the field's problem now, e.g. when a field it depends on changed."""
        self.fields[key].touched = True
        self._refresh()

    def reveal_problems(self) -> None:
        self.show_all = True
        self._refresh()

    def _edited(self, key: str) -> None:
        if self.loading:
            return
        self._external.pop(key, None)
        self.fields[key].touched = True
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        for key, item in self.fields.items():
            shown = item.touched or self.show_all
            message = self.problem(key) if shown else None
            warning = self.warning(key) if shown and not message else None
            _show_message(item, message or warning, warning=bool(warning))

    def focus(self, key: str) -> None:
        widget = self.fields[key].widget
        reveal(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        elif isinstance(widget, DateInput):
            widget.edit.selectAll()


def _show_message(item: Field, message: str | None, warning: bool = False) -> None:
    colour, background = (
        (style.WARNING, style.WARNING_ROW) if warning else (style.ERROR, style.ERROR_FIELD)
    )
    item.message.setStyleSheet(f"color: {colour}; font-size: 90%;")
    item.message.setText(message or "")
    item.message.setVisible(bool(message))
    target = item.widget
    if isinstance(target, QLineEdit | QPlainTextEdit):
        name = type(target).__name__
        target.setStyleSheet(
            f"{name} {{ border: 1px solid {colour}; border-radius: 3px; "
            f"background: {background}; padding: 2px; }}"
            if message
            else ""
        )


def reveal(widget: QWidget) -> None:
    """Bring the tab that holds `widget` to the front (in every enclosing tab widget)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                page = parent.widget(index)
                if page is widget or page.isAncestorOf(widget):
                    parent.setCurrentIndex(index)
        parent = parent.parentWidget()


def ask_unsaved(parent: QWidget) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for a form with unsaved changes."""
    return QMessageBox.question(
        parent,
        translate("Form", "Unsaved changes"),
        translate("Form", "This record has changes that are not saved yet. Save them?"),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
