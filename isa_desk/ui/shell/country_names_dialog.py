"""File > Country names…: how the office writes the names of some countries in each language.

The database keeps the ISO code; the names chosen here show in the lists, the exports and
the country line of addresses abroad. Hong Kong, Macao and Taiwan are always listed: their
names are a political choice (CLDR's 中国香港特别行政区 or the 中国香港 offices working with
Chinese public bodies write). Stored in the database, so everyone who uses it sees the same.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.domain import countries
from isa_desk.core.domain.countries import LANGUAGES, CountryNames
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.services import country_names
from isa_desk.ui.common import style
from isa_desk.ui.common.plain import plain_label

translate = QCoreApplication.translate

CODE_ROLE = Qt.ItemDataRole.UserRole


def language_titles() -> dict[str, str]:
    return {
        "de": translate("CountryNames", "German"),
        "en": translate("CountryNames", "English"),
        "zh": translate("CountryNames", "Chinese"),
    }


class CountryNamesDialog(QDialog):
    """A row per country whose names the office may choose, a column per language."""

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setObjectName("country_names")
        self.setWindowTitle(translate("CountryNames", "Country names"))
        self.resize(760, 420)
        intro = QLabel(
            translate(
                "CountryNames",
                "How these countries are named in the lists, exports and addresses, in each "
                "language. An empty field takes the name of the Unicode CLDR.",
            ),
            wordWrap=True,
        )
        self.table = QTableWidget(0, 1 + len(LANGUAGES), objectName="names")
        self.table.setHorizontalHeaderLabels(
            [translate("CountryNames", "Country"), *language_titles().values()]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        from isa_desk.ui.records.editors.widgets import CountryCombo  # not at start

        self.add_choice = CountryCombo()
        self.add_choice.setObjectName("add_country")
        self.add_choice.set_value("")
        self.add_button = QPushButton(translate("CountryNames", "Add"), objectName="add")
        self.add_button.clicked.connect(self.add_typed_country)
        adding = QHBoxLayout()
        adding.addWidget(QLabel(translate("CountryNames", "Another country:")))
        adding.addWidget(self.add_choice, 1)
        adding.addWidget(self.add_button)
        self.message = plain_label(objectName="message", wordWrap=True)
        self.message.setStyleSheet(f"color: {style.ERROR};")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.defaults_button = buttons.addButton(
            translate("CountryNames", "Office defaults"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.defaults_button.setObjectName("defaults")
        self.defaults_button.setToolTip(
            translate("CountryNames", "The names ISA Desk shows unless the office chose others")
        )
        self.defaults_button.clicked.connect(lambda: self.show_names(CountryNames()))
        self.cldr_button = buttons.addButton(
            translate("CountryNames", "CLDR names"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.cldr_button.setObjectName("cldr")
        self.cldr_button.clicked.connect(self.show_cldr_names)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.show_names(country_names.read(db))

    # --- the table ------------------------------------------------------------------------
    def codes(self) -> list[str]:
        return [self.table.item(row, 0).data(CODE_ROLE) for row in range(self.table.rowCount())]

    def show_names(self, names: CountryNames) -> None:
        shown = self.codes()
        wanted = [*countries.SENSITIVE, *sorted(names.chosen_codes()), *shown]
        self.table.setRowCount(0)
        for code in dict.fromkeys(wanted):  # in order, each once
            self._add_row(code, names)

    def show_cldr_names(self) -> None:
        for row, code in enumerate(self.codes()):
            for column, language in enumerate(LANGUAGES, start=1):
                self.table.item(row, column).setText(countries.cldr_name(code, language))

    def _add_row(self, code: str, names: CountryNames) -> None:
        from isa_desk.ui.records.editors.widgets import country_label

        row = self.table.rowCount()
        self.table.insertRow(row)
        country = QTableWidgetItem(country_label(code))
        country.setData(CODE_ROLE, code)
        country.setFlags(country.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, 0, country)
        for column, language in enumerate(LANGUAGES, start=1):
            item = QTableWidgetItem(names.name(code, language))
            item.setToolTip(
                translate("CountryNames", "CLDR: {name}").format(
                    name=countries.cldr_name(code, language)
                )
            )
            self.table.setItem(row, column, item)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in "Another country" adds it; it does not save the dialog."""
        typing = self.add_choice.isAncestorOf(QApplication.focusWidget()) or (
            QApplication.focusWidget() is self.add_choice
        )
        if typing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_typed_country()
            return
        super().keyPressEvent(event)

    def add_typed_country(self) -> None:
        code = self.add_choice.value()
        if not code:
            return
        if code not in self.codes():
            self._add_row(code, self.names())
        self.table.setCurrentCell(self.codes().index(code), 1)

    def names(self) -> CountryNames:
        """The names as the table shows them; every other country keeps its default."""
        names = CountryNames()
        for row, code in enumerate(self.codes()):
            for column, language in enumerate(LANGUAGES, start=1):
                item = self.table.item(row, column)
                names = names.with_name(code, language, item.text() if item else "")
        return names

    def save(self) -> None:
        try:
            country_names.save(self.db, self.names())
        except IsaDeskError as error:
            self.message.setText(str(error))
            return
        self.accept()


def open_country_names(window) -> None:
    """The dialog over the window's database; the lists show the new names after it."""
    dialog = CountryNamesDialog(window.db, window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        window.reload()
