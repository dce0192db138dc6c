"""The sender of the letters: letterhead, return line, footer, signature, layout.

Stored in the database (shared by the office); "Berlin office" puts the defaults back."""

from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.documents.letters import sender as sender_settings
from isa_desk.core.errors import IsaDeskError
from isa_desk.ui.common import style

translate = QCoreApplication.translate


def field_labels() -> dict[str, str]:
    return {
        "letterhead_title": translate("Letters", "Letterhead title"),
        "organisation": translate("Letters", "Organisation"),
        "street": translate("Letters", "Street"),
        "postcode": translate("Letters", "Postcode"),
        "town": translate("Letters", "Town"),
        "phone": translate("Letters", "Phone"),
        "fax": translate("Letters", "Fax"),
        "email": translate("Letters", "E-mail"),
        "web": translate("Letters", "Website"),
        "contact_person": translate("Letters", "Contact person"),
        "return_line": translate("Letters", "Return line (above the address)"),
        "footer": translate("Letters", "Footer"),
        "signature_name": translate("Letters", "Signature: name"),
        "signature_function": translate("Letters", "Signature: function"),
        "logo": translate("Letters", "Logo (PNG or JPEG)"),
    }


class SenderSettings(QDialog):
    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setObjectName("sender_settings")
        self.setWindowTitle(translate("Letters", "Sender of the letters"))
        self.resize(620, 600)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, text in field_labels().items():
            field = QLineEdit(objectName=name)
            self.fields[name] = field
            if name == "logo":
                browse = QToolButton(text="…")
                browse.clicked.connect(self.choose_logo)
                row = QHBoxLayout()
                row.addWidget(field, 1)
                row.addWidget(browse)
                form.addRow(text, row)
            else:
                form.addRow(text, field)
        self.form_choice = QComboBox(objectName="form")
        self.form_choice.addItem(translate("Letters", "DIN 5008 Form B (letterhead 45 mm)"), "B")
        self.form_choice.addItem(translate("Letters", "DIN 5008 Form A (letterhead 27 mm)"), "A")
        form.addRow(translate("Letters", "Layout"), self.form_choice)
        self.show_chinese = QCheckBox(
            translate("Letters", "Names in Chinese characters after the Latin ones in the address"),
            objectName="show_chinese",
        )
        form.addRow(self.show_chinese)
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setStyleSheet(f"color: {style.ERROR};")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.defaults_button = buttons.addButton(
            translate("Letters", "Berlin office"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.defaults_button.setToolTip(translate("Letters", "Fill in the Berlin office's data"))
        self.defaults_button.clicked.connect(lambda: self.show_sender(sender_settings.DEFAULT))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.show_sender(sender_settings.load(db))

    def show_sender(self, sender: sender_settings.Sender) -> None:
        for name, field in self.fields.items():
            field.setText(getattr(sender, name))
        self.form_choice.setCurrentIndex(max(self.form_choice.findData(sender.form), 0))
        self.show_chinese.setChecked(sender.show_chinese)

    def sender(self) -> sender_settings.Sender:
        values = {name: field.text().strip() for name, field in self.fields.items()}
        values["form"] = self.form_choice.currentData()
        values["show_chinese"] = self.show_chinese.isChecked()
        known = {f.name for f in fields(sender_settings.Sender)}
        return replace(sender_settings.DEFAULT, **{k: v for k, v in values.items() if k in known})

    def save(self) -> None:
        try:
            sender_settings.save(self.db, self.sender())
        except IsaDeskError as error:
            self.message.setText(str(error))
            return
        self.accept()

    def choose_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("Letters", "Logo"),
            self.fields["logo"].text(),
            translate("Letters", "Images (*.png *.jpg)"),
        )
        if chosen:
            self.fields["logo"].setText(chosen)
