"""Input widgets the record editors share: tags, places, link, region and country combos.

Dates are the window's one date field, ui.common.dates.DateInput.

Each widget has `value()`, `set_value(v)` and a signal that fires on every user edit, so
the form (form.py) can treat them alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.domain import countries
from isa_desk.ui.common import display
from isa_desk.ui.common.collation import collated
from isa_desk.ui.common.completion import offer_matches, typed_choice

translate = QCoreApplication.translate

# Countries offered first in every country list: the alliance is Chinese-German.
FIRST_COUNTRIES = ("DE", "CN")


def country_label(code: str) -> str:
    """ "Deutschland (DE)": the name in the program language with the ISO code."""
    name = display.country_name(code)
    return f"{name} ({code})" if name and name != code else code


class _LastWordCompleter(QCompleter):
    """Completes only the text after the last comma, keeping what came before."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index) -> str:
        chosen = super().pathFromIndex(index)
        text = self.widget().text()
        head = text.rsplit(",", 1)[0].strip() if "," in text else ""
        return f"{head}, {chosen}" if head else chosen


class TagEdit(QLineEdit):
    """Tags as comma-separated text, completing from the tags already in use."""

    def __init__(self, names: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(translate("Form", "e.g. Newsletter, Presse"))
        self.setCompleter(offer_matches(_LastWordCompleter(QStringListModel(names, self), self)))

    def value(self) -> list[str]:
        seen, tags = set(), []
        for part in self.text().split(","):
            name = " ".join(part.split())
            if name and name.casefold() not in seen:
                seen.add(name.casefold())
                tags.append(name)
        return tags

    def set_value(self, tags: list[str]) -> None:
        self.setText(", ".join(tags))


class PlacesEdit(QWidget):
    """An ordered list of town names (the places of a region or city network)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        self.add_button = self._button(None, translate("Form", "Add a place"), self.add_place)
        self.add_button.setText("+")
        self.remove_button = self._button(
            None, translate("Form", "Remove the selected place"), self.remove_place
        )
        self.remove_button.setText("−")
        self.up_button = self._button(
            QStyle.StandardPixmap.SP_ArrowUp, translate("Form", "Move up"), lambda: self.move(-1)
        )
        self.down_button = self._button(
            QStyle.StandardPixmap.SP_ArrowDown, translate("Form", "Move down"), lambda: self.move(1)
        )
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.list)
        model = self.list.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved, model.dataChanged):
            signal.connect(lambda *_args: self.edited.emit())

    def _button(self, icon, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setMinimumWidth(26)
        if icon is not None:
            button.setIcon(self.style().standardIcon(icon))
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def add_place(self) -> None:
        item = self._item("")
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def remove_place(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def value(self) -> list[str]:
        names = (self.list.item(i).text().strip() for i in range(self.list.count()))
        return [name for name in names if name]

    def set_value(self, names: list[str]) -> None:
        self.list.clear()
        for name in names:
            self.list.addItem(self._item(name))


class ChoiceCombo(QComboBox):
    """Pick one record (an organisation, a member) by typing part of its name; may stay empty."""

    def __init__(self, choices: list[tuple[int, str]], parent: QWidget | None = None):
        super().__init__(parent)
        typed_choice(self)
        self.setMaxVisibleItems(20)
        self.addItem("", None)
        for record_id, name in choices:
            self.addItem(name, record_id)
        self.lineEdit().setPlaceholderText(translate("Form", "(none)"))
        self.lineEdit().setClearButtonEnabled(True)

    def _index(self) -> int:
        text = self.currentText().strip()
        if not text:
            return 0
        if self.currentIndex() > 0 and self.itemText(self.currentIndex()) == text:
            return self.currentIndex()
        return self.findText(text, Qt.MatchFlag.MatchFixedString)

    def is_known(self) -> bool:
        """False when the typed text names no entry of the list."""
        return self._index() >= 0

    def value(self) -> int | None:
        index = self._index()
        return self.itemData(index) if index > 0 else None

    def set_value(self, record_id: int | None, name: str = "") -> None:
        index = self.findData(record_id) if record_id is not None else 0
        if index < 0:  # a record the list does not hold (yet): add it so it can be shown
            self.addItem(name or f"#{record_id}", record_id)
            index = self.count() - 1
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index))


class CountryCombo(QComboBox):
    """Every ISO country, shown with its name in the program language: DE and CN first, the
    rest in the UI language's alphabetical order. A country can be typed in any spelling an
    import recognises ("Hongkong", "香港", "HK"); leaving the field shows the one meant."""

    def __init__(self, extra_codes: list[str] = (), parent: QWidget | None = None):
        super().__init__(parent)
        typed_choice(self)
        codes = set(countries.all_codes()) | {c.upper() for c in extra_codes if c}
        names = {code: display.country_name(code) for code in codes}
        # "Österreich" among the O, 中国 by pinyin
        rest = collated(codes - set(FIRST_COUNTRIES), names.__getitem__)
        for code in FIRST_COUNTRIES:
            self.addItem(country_label(code), code)
        self.insertSeparator(self.count())
        for code in rest:
            self.addItem(country_label(code), code)
        self.setMaxVisibleItems(20)
        # as wide as a usual name: the longest of 249 would widen the whole editor
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)
        self.lineEdit().editingFinished.connect(self._take_typed)

    def _typed_index(self) -> int:
        text = self.currentText().strip()
        if not text:
            return -1
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            return index
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return index
        code = countries.country_code(text)
        return self.findData(code) if code else -1

    def _take_typed(self) -> None:
        index = self._typed_index()
        if index >= 0 and self.currentText() != self.itemText(index):
            self.setCurrentIndex(index)  # tells those who listen (the postcode rule)
            self.setEditText(self.itemText(index))

    def is_known(self) -> bool:
        """False when the typed text names no country."""
        return not self.currentText().strip() or self._typed_index() >= 0

    def value(self) -> str:
        index = self._typed_index()
        return self.itemData(index) if index >= 0 else ""

    def set_value(self, code: str) -> None:
        code = (code or "").upper()
        index = self.findData(code) if code else -1
        if index < 0 and code:
            self.addItem(country_label(code), code)
            index = self.count() - 1
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index) if index >= 0 else "")


class RegionCombo(QComboBox):
    """A federal state or province: free text, with the ones already in use to pick from."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        typed_choice(self)

    def set_items(self, names: list[str]) -> None:
        text = self.currentText()
        blocked = self.blockSignals(True)
        self.clear()
        self.addItems(names)
        self.setEditText(text)
        self.blockSignals(blocked)

    def value(self) -> str:
        """The typed text; spelt as in the list when it names an entry ("sachsen": "Sachsen")."""
        text = " ".join(self.currentText().split())
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.itemText(index) if index >= 0 else text

    def set_value(self, text: str) -> None:
        self.setEditText(text or "")
