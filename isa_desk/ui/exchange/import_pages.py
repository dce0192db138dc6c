"""The first pages of the import wizard: the file, the sheet (with the header row; for a
CSV file the encoding and separator found, which the user can change; a vCard file has
its header row made for it), the column mapping (editable, saved under a name for next
time)."""

from __future__ import annotations

from pathlib import Path

from openpyxl.utils import get_column_letter
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from isa_desk.core.errors import IsaDeskError
from isa_desk.core.exchange import columns
from isa_desk.core.exchange.importing import importer, mappings
from isa_desk.core.exchange.importing.read import ReadError, open_source
from isa_desk.core.exchange.values import text_value
from isa_desk.core.exchange.vcard.source import VcardSource, refuse_members
from isa_desk.ui.common import errors, style
from isa_desk.ui.common.background import user_error
from isa_desk.ui.common.plain import plain_label
from isa_desk.ui.exchange.text_reading import TextReading

FOLDER_KEY = "import"
PREVIEW_ROWS = 12


translate = QCoreApplication.translate


def error_label() -> QLabel:
    label = plain_label()  # messages quote file names and cell values
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {style.ERROR};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def show_on_page(label: QLabel, error: BaseException) -> None:
    """A failure of the work behind a page, told on the page (nothing was written)."""
    shown = user_error(error)
    label.setText(str(shown))
    if not isinstance(shown, IsaDeskError):
        errors.log.error("Import failed", exc_info=error)


class FilePage(QWizardPage):
    """What kind of list, and which file."""

    def __init__(self, wizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "Which list do you want to import?"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "An Excel workbook (.xlsx, .xls), an OpenDocument spreadsheet (.ods), a CSV "
                "file or contacts as vCards (.vcf), e.g. an Outlook export or a list a member "
                "city sent.",
            )
        )
        self.contacts = QRadioButton(translate("ImportWizard", "Contacts (persons)"))
        self.members = QRadioButton(
            translate("ImportWizard", "Members (cities, districts, regions)")
        )
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.contacts)
        self.kind.addButton(self.members)
        (self.members if wizard.list_name == "members" else self.contacts).setChecked(True)
        self.path = QLineEdit()
        self.path.setObjectName("pathEdit")
        self.path.setPlaceholderText(translate("ImportWizard", "Choose a file …"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(translate("ImportWizard", "Browse …"))
        browse.clicked.connect(self.browse)
        self.error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.contacts)
        layout.addWidget(self.members)
        layout.addSpacing(12)
        layout.addWidget(QLabel(translate("ImportWizard", "File:")))
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def browse(self) -> None:
        settings = self.wizard_.settings
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("ImportWizard", "Import a list"),
            settings.last_folder(FOLDER_KEY),
            translate(
                "ImportWizard",
                "Lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.vcf);;vCard (*.vcf);;All files (*)",
            ),
        )
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path.text().strip())
        list_name = "members" if self.members.isChecked() else "contacts"
        try:
            source = open_source(path)
        except ReadError as error:
            self.error.setText(str(error))
            return False
        try:
            refuse_members(source, list_name)
        except ReadError as error:
            source.close()
            self.error.setText(str(error))
            return False
        self.error.clear()
        self.wizard_.settings.set_last_folder(FOLDER_KEY, path.resolve().parent)
        self.wizard_.list_name = list_name
        self.wizard_.set_source(source)
        return True


class SheetPage(QWizardPage):
    """The sheet to read and the row that holds the headers; for a CSV file, the encoding
    and separator it is read with."""

    def __init__(self, wizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "Sheet and header row"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "The first rows of the sheet. The header row was looked for "
                "below titles and notes; correct it if needed.",
            )
        )
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheetCombo")
        self.sheet.activated.connect(self._sheet_chosen)
        self.header_row = QSpinBox()
        self.header_row.setObjectName("headerRow")
        self.header_row.setRange(1, importer.HEADER_SEARCH_ROWS)
        self.header_row.valueChanged.connect(self._header_chosen)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.error = error_label()
        self.reading = TextReading(
            self, self._read_again, lambda error: show_on_page(self.error, error)
        )
        self.form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.sheet.setMinimumContentsLength(24)
        form.addRow(translate("ImportWizard", "Sheet:"), self.sheet)
        self.reading.add_rows(form)
        form.addRow(translate("ImportWizard", "Headers in row:"), self.header_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reading.notes)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        source = self.wizard_.source
        self.sheet.clear()
        self.sheet.addItems(source.sheets)
        self.sheet.setCurrentText(source.sheet)
        self.sheet.setEnabled(len(source.sheets) > 1)
        self.reading.new_file()
        self._show()

    def _sheet_chosen(self, _index: int) -> None:
        try:
            self.wizard_.set_source(open_source(self.wizard_.source.path, self.sheet.currentText()))
        except ReadError as error:
            self.error.setText(str(error))
            return
        self._show()

    def _read_again(self, source) -> None:
        """The file read again with the encoding or separator the user chose."""
        self.error.clear()
        self.wizard_.set_source(source)
        self._show()

    def _show(self) -> None:
        source = self.wizard_.source
        self.reading.show(source)
        cards = isinstance(source, VcardSource)  # its header row is made, not chosen
        self.form.setRowVisible(self.header_row, not cards)
        if cards:
            self.reading.notes.setText(source.reading())
            self.reading.notes.setVisible(True)
        head = source.head(importer.HEADER_SEARCH_ROWS)
        try:
            header, _found = importer.find_header(source, self.wizard_.list_name)
            self.error.clear()
            number = header.number
        except IsaDeskError as error:
            self.error.setText(
                str(error)
                + " "
                + translate(
                    "ImportWizard", "Choose the header row and assign the columns yourself."
                )
            )
            number = next((r.number for r in head if not r.is_blank()), 1)
        self.header_row.blockSignals(True)
        self.header_row.setValue(number)
        self.header_row.blockSignals(False)
        self.wizard_.header_row = number
        width = max((len(r.values) for r in head), default=0)
        self.preview.clear()
        self.preview.setRowCount(min(len(head), PREVIEW_ROWS))
        self.preview.setColumnCount(width)
        self.preview.setHorizontalHeaderLabels([get_column_letter(i + 1) for i in range(width)])
        self.preview.setVerticalHeaderLabels([str(r.number) for r in head[:PREVIEW_ROWS]])
        for y, row in enumerate(head[:PREVIEW_ROWS]):
            for x, value in enumerate(row.values):
                self.preview.setItem(y, x, QTableWidgetItem(text_value(value)))
        self.preview.clearSpans()
        for top, left, bottom, right in getattr(source, "merges", []):
            if top <= PREVIEW_ROWS and right <= width and (bottom > top or right > left):
                self.preview.setSpan(
                    top - 1, left - 1, min(bottom, PREVIEW_ROWS) - top + 1, right - left + 1
                )
        self._mark_header()

    def _header_chosen(self, number: int) -> None:
        self.wizard_.header_row = number
        self.wizard_.mapping = None  # the headers changed: recognise them again
        self._mark_header()

    def _mark_header(self) -> None:
        font = self.preview.font()
        for y in range(self.preview.rowCount()):
            bold = self.preview.verticalHeaderItem(y).text() == str(self.wizard_.header_row)
            for x in range(self.preview.columnCount()):
                item = self.preview.item(y, x)
                if item is not None:
                    font.setBold(bold)
                    item.setFont(font)


class MappingPage(QWizardPage):
    """Which field each column goes into; a mapping can be saved and used again."""

    def __init__(self, wizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "Columns"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "Recognised columns are assigned already. Correct what is "
                "wrong; columns set to “not imported” are left out.",
            )
        )
        self.saved = QComboBox()
        self.saved.setObjectName("savedMappings")
        self.saved.setMinimumContentsLength(20)
        apply = QPushButton(translate("ImportWizard", "Use"))
        apply.clicked.connect(self.use_saved)
        save = QPushButton(translate("ImportWizard", "Save mapping as …"))
        save.setObjectName("saveMapping")
        save.clicked.connect(self.save)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("mappingTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("ImportWizard", "Column in the file"),
                translate("ImportWizard", "Examples"),
                translate("ImportWizard", "Field in ISA Desk"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("ImportWizard", "Saved mapping:")))
        top.addWidget(self.saved)
        top.addWidget(apply)
        top.addStretch(1)
        top.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        wizard = self.wizard_
        self.saved.clear()
        self.saved.addItems(mappings.names(wizard.db, wizard.list_name))
        head = wizard.source.head(importer.HEADER_SEARCH_ROWS)
        header = next((r for r in head if r.number == wizard.header_row), None)
        values = header.values if header is not None else []
        wizard.headers = importer.headers_of(header) if header is not None else []
        if wizard.mapping is None or len(wizard.mapping) != len(values):
            wizard.mapping = columns.recognise(values, wizard.list_name)
        samples = [r for r in head if r.number > wizard.header_row and not r.is_blank()][:3]
        self._fill(wizard.headers, samples)

    def _fill(self, headers: list[str], samples) -> None:
        fields = columns.import_fields(self.wizard_.list_name)
        self.table.setRowCount(len(headers))
        self.combos = []
        for y, header in enumerate(headers):
            letter = get_column_letter(y + 1)
            self.table.setItem(y, 0, QTableWidgetItem(f"{letter}: {header}" if header else letter))
            examples = [text_value(r.values[y]) for r in samples if y < len(r.values)]
            self.table.setItem(y, 1, QTableWidgetItem(" · ".join(e for e in examples if e)))
            combo = QComboBox()
            combo.addItem(translate("ImportWizard", "(not imported)"), None)
            for field in fields:
                combo.addItem(field.title(), field.key)
            combo.setCurrentIndex(max(0, combo.findData(self.wizard_.mapping[y])))
            combo.currentIndexChanged.connect(lambda _i, y=y: self._changed(y))
            self.table.setCellWidget(y, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 220)
        self._update_status()

    def _changed(self, column: int) -> None:
        key = self.combos[column].currentData()
        mapping = self.wizard_.mapping
        if key is not None:  # a field goes into one column only
            for other, combo in enumerate(self.combos):
                if other != column and mapping[other] == key:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
                    mapping[other] = None
        mapping[column] = key
        self._update_status()
        self.completeChanged.emit()

    def _update_status(self) -> None:
        used = sum(1 for key in self.wizard_.mapping if key)
        self.status.setText(
            translate("ImportWizard", "{used} of {total} columns are imported.").format(
                used=used, total=len(self.wizard_.mapping)
            )
        )

    def set_field(self, column: int, key: str | None) -> None:
        """Assign a column (as the user does with its drop-down)."""
        self.combos[column].setCurrentIndex(max(0, self.combos[column].findData(key)))

    def isComplete(self) -> bool:
        return any(self.wizard_.mapping or [])

    def use_saved(self) -> None:
        name = self.saved.currentText()
        if not name:
            return
        _kind, pairs = mappings.load(self.wizard_.db, name)
        found = mappings.apply(pairs, self.wizard_.headers)
        for column, key in enumerate(found):
            self.set_field(column, key)

    def save(self, name: str | None = None) -> str | None:
        if not name:
            name, ok = QInputDialog.getText(
                self,
                translate("ImportWizard", "Save mapping"),
                translate("ImportWizard", "Name for this column mapping:"),
            )
            if not ok or not name.strip():
                return None
        wizard = self.wizard_
        mappings.save(wizard.db, name, wizard.list_name, wizard.headers, wizard.mapping)
        self.saved.clear()
        self.saved.addItems(mappings.names(wizard.db, wizard.list_name))
        self.saved.setCurrentText(name.strip())
        return name.strip()
