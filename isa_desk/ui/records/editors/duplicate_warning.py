"""The warning shown when a new contact looks like one already stored."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


class DuplicateDialog(QDialog):
    """Lists the possible duplicates; Open existing, Save anyway or Back."""

    OPEN, SAVE, BACK = "open", "save", "back"

    def __init__(self, parent: QWidget | None, hits: list):
        super().__init__(parent)
        self.setWindowTitle(translate("Duplicates", "Possible duplicate"))
        self.answer = self.BACK
        intro = QLabel(
            translate(
                "Duplicates",
                "This contact may already exist. Open the existing one to check it, "
                "or save the new contact anyway.",
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels(
            [
                translate("Duplicates", "Name"),
                translate("Duplicates", "Organisation"),
                translate("Duplicates", "E-mail"),
                translate("Duplicates", "Why"),
            ]
        )
        for hit in hits:
            item = QTreeWidgetItem([hit.name, hit.organisation or "", hit.email or "", hit.why])
            item.setData(0, Qt.ItemDataRole.UserRole, hit.id)
            self.list.addTopLevelItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)
            self.list.setColumnWidth(column, self.list.columnWidth(column) + 24)
        self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.itemActivated.connect(lambda *_: self._finish(self.OPEN))

        buttons = QDialogButtonBox(self)
        self.open_button = self._button(
            buttons,
            translate("Duplicates", "Open existing"),
            QDialogButtonBox.ButtonRole.ActionRole,
            self.OPEN,
        )
        self.save_button = self._button(
            buttons,
            translate("Duplicates", "Save anyway"),
            QDialogButtonBox.ButtonRole.AcceptRole,
            self.SAVE,
        )
        self.back_button = self._button(
            buttons,
            translate("Duplicates", "Back"),
            QDialogButtonBox.ButtonRole.RejectRole,
            self.BACK,
        )
        self.back_button.setDefault(True)
        note = QLabel()
        note.setWordWrap(True)
        if any(hit.reason == "email" for hit in hits):
            # the address is unique: a second contact with it cannot be stored
            self.save_button.setEnabled(False)
            note.setText(
                translate(
                    "Duplicates",
                    "Two contacts cannot share an e-mail address: change the address "
                    "or open the existing contact.",
                )
            )
        note.setVisible(bool(note.text()))

        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32)
        )
        header = QHBoxLayout()
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(intro, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(760, 260)

    def _button(self, box: QDialogButtonBox, text: str, role, answer: str) -> QPushButton:
        button = box.addButton(text, role)
        button.setObjectName(answer)
        button.clicked.connect(lambda: self._finish(answer))
        return button

    def _finish(self, answer: str) -> None:
        self.answer = answer
        if answer == self.BACK:
            self.reject()
        else:
            self.accept()

    def chosen_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    @classmethod
    def ask(cls, parent: QWidget | None, hits: list) -> tuple[str, int | None]:
        dialog = cls(parent, hits)
        dialog.exec()
        return dialog.answer, dialog.chosen_id()
