"""How a CSV file is read, on the sheet page of the import wizard: the encoding and the
separator found, in two boxes the user can change; a change reads the file again in the
background, and the page shows the rows as now read."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from isa_desk.core.exchange.importing import encoding, separators
from isa_desk.core.exchange.importing.read import CsvSource, Source, open_source
from isa_desk.ui.common.background import BackgroundOp
from isa_desk.ui.common.plain import plain_label

translate = QCoreApplication.translate


class TextReading(QObject):
    """The boxes for the encoding and separator (shown for a CSV file only) and the notes
    on what the reading found doubtful (a title above the table)."""

    def __init__(
        self,
        page: QWidget,
        read: Callable[[Source], None],
        failed: Callable[[BaseException], None],
    ):
        """`read` gets the file read again; `failed` the error when it cannot be."""
        super().__init__(page)
        self.page, self.read, self.failed = page, read, failed
        self.source: Source | None = None
        self.encoding = QComboBox()
        self.encoding.setObjectName("encodingCombo")
        self.encoding.activated.connect(self._encoding_chosen)
        self.separator = QComboBox()
        self.separator.setObjectName("separatorCombo")
        for separator in separators.SEPARATORS:
            self.separator.addItem(separators.label(separator), separator)
        self.separator.activated.connect(self._separator_chosen)
        self.separator_given: str | None = None  # chosen by the user, kept for the encoding
        self.notes: QLabel = plain_label()
        self.notes.setObjectName("readingNotes")
        self.notes.setWordWrap(True)
        self.form: QFormLayout | None = None

    def add_rows(self, form: QFormLayout) -> None:
        self.form = form
        form.addRow(translate("ImportWizard", "Encoding:"), self.encoding)
        form.addRow(translate("ImportWizard", "Separator:"), self.separator)

    def new_file(self) -> None:
        """Another file: the separator is found again."""
        self.separator_given = None

    def show(self, source: Source) -> None:
        self.source = source
        text = isinstance(source, CsvSource)
        if self.form is not None:
            self.form.setRowVisible(self.encoding, text)
            self.form.setRowVisible(self.separator, text)
        self.notes.setText("\n".join(source.notices()) if text else "")
        self.notes.setVisible(bool(self.notes.text()))
        if not isinstance(source, CsvSource):
            return
        self.encoding.clear()
        for choice in dict.fromkeys((*encoding.CHOICES, source.encoding)):
            self.encoding.addItem(encoding.label(choice), choice)
        self.encoding.setCurrentIndex(self.encoding.findData(source.encoding))
        self.separator.setCurrentIndex(max(0, self.separator.findData(source.separator)))

    def _encoding_chosen(self, _index: int) -> None:
        source = self.source
        if isinstance(source, CsvSource) and self.encoding.currentData() != source.encoding:
            self._read_again(source, self.encoding.currentData(), self.separator_given)

    def _separator_chosen(self, _index: int) -> None:
        source = self.source
        self.separator_given = self.separator.currentData()
        if isinstance(source, CsvSource) and self.separator_given != source.separator:
            self._read_again(source, source.encoding, self.separator_given)

    def _read_again(self, source: CsvSource, encoding_name: str, separator: str | None) -> None:
        """Read the file with the encoding and separator chosen (the separator found again
        when the user has not chosen one)."""
        path = source.path
        read: list[Source] = []
        BackgroundOp(
            self.page,
            lambda _progress: open_source(path, encoding=encoding_name, separator=separator),
            success=read.append,
            failure=self.failed,
        ).with_progress(
            translate("ImportWizard", "Reading {file} …").format(file=path.name),
            translate("ImportWizard", "Import"),
        ).run_in_background().wait()
        if read:
            self.read(read[0])
        else:
            self.show(source)  # the boxes say again how the file is read
