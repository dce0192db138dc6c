"""The letter templates: a list on the left, the chosen template's texts on the right, the
merge fields to insert below. Built-in templates can be edited and reset, not deleted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.db.models import Language
from isa_desk.core.documents.letters import merge, templates
from isa_desk.core.domain import labels
from isa_desk.core.errors import IsaDeskError, ValidationError
from isa_desk.ui.common import style
from isa_desk.ui.common.collation import collated
from isa_desk.ui.common.plain import as_typed

translate = QCoreApplication.translate
TEXT_FIELDS = ("key", "name", "subject", "closing", "signature_name", "signature_function")


class TemplateEditor(QDialog):
    def __init__(self, db, parent: QWidget | None = None, key: str | None = None):
        super().__init__(parent)
        self.db = db
        self.setObjectName("template_editor")
        self.setWindowTitle(translate("Letters", "Letter templates"))
        self.resize(1000, 680)
        self.template_id: int | None = None
        self.builtin = False

        self.list = QListWidget(objectName="templates")
        self.list.currentItemChanged.connect(self._chosen)
        self.fields: dict[str, QLineEdit] = {
            name: QLineEdit(objectName=name) for name in TEXT_FIELDS
        }
        self.language = QComboBox(objectName="language")
        for code, text in labels.choices(Language):
            self.language.addItem(text, code)
        self.body = QPlainTextEdit(objectName="body")
        self.body.setPlaceholderText(
            translate(
                "Letters",
                "The text after the salutation. A blank line starts a new paragraph; "
                "a line starting with “- ” is a bullet point.",
            )
        )
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setStyleSheet(f"color: {style.ERROR};")
        self.field_list = QListWidget(objectName="merge_fields")
        for name, description in merge.field_help():
            item = QListWidgetItem(f"{{{{ {name} }}}} – {description}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.field_list.addItem(item)
        self.field_list.itemDoubleClicked.connect(self.insert_field)

        form = QFormLayout()
        form.addRow(translate("Letters", "Key"), self.fields["key"])
        form.addRow(translate("Letters", "Name"), self.fields["name"])
        form.addRow(translate("Letters", "Language"), self.language)
        form.addRow(translate("Letters", "Subject"), self.fields["subject"])
        form.addRow(translate("Letters", "Text"), self.body)
        form.addRow(translate("Letters", "Closing"), self.fields["closing"])
        form.addRow(translate("Letters", "Signature: name"), self.fields["signature_name"])
        form.addRow(translate("Letters", "Signature: function"), self.fields["signature_function"])
        hint = QLabel(
            translate(
                "Letters",
                "Merge fields (double-click inserts at the cursor; "
                "an empty signature takes the sender's):",
            )
        )
        right = QWidget()
        column = QVBoxLayout(right)
        column.addLayout(form, 3)
        column.addWidget(hint)
        column.addWidget(self.field_list, 1)
        column.addWidget(self.message)

        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([240, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._buttons())
        self.reload(key)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_button = QPushButton(translate("Letters", "New"), objectName="new")
        self.delete_button = QPushButton(translate("Letters", "Delete"), objectName="delete")
        self.save_button = QPushButton(translate("Letters", "Save"), objectName="save")
        close = QPushButton(translate("Letters", "Close"), objectName="close")
        self.new_button.clicked.connect(self.new)
        self.delete_button.clicked.connect(self.delete_or_reset)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.accept)
        for button in (self.new_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(close)
        return row

    def reload(self, key: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        items = []
        found = templates.all_templates(self.db)
        # the built-in templates first, then the office's own, each by name
        for template in collated(found, lambda t: t.name, lambda t: not t.builtin):
            item = QListWidgetItem(f"{template.name}\n{template.key} · {template.language.value}")
            item.setData(Qt.ItemDataRole.UserRole, template)
            self.list.addItem(item)
            items.append(item)
        current = next(
            (item for item in items if item.data(Qt.ItemDataRole.UserRole).key == key),
            items[0] if items else None,
        )
        self.list.blockSignals(False)
        if current is not None:
            self.list.setCurrentItem(current)
            self._chosen(current, None)

    def _chosen(self, item, _previous) -> None:
        if item is None:
            return
        self.show_template(item.data(Qt.ItemDataRole.UserRole))

    def show_template(self, template) -> None:
        self.template_id = getattr(template, "id", None)
        self.builtin = bool(getattr(template, "builtin", False))
        for name, field in self.fields.items():
            field.setText(getattr(template, name, "") or "")
        language = getattr(getattr(template, "language", None), "value", "de")
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.body.setPlainText(getattr(template, "body", "") or "")
        self.fields["key"].setReadOnly(self.builtin)
        self.delete_button.setText(
            translate("Letters", "Reset") if self.builtin else translate("Letters", "Delete")
        )
        self.delete_button.setEnabled(self.template_id is not None)
        self.message.clear()

    def values(self) -> dict:
        values = {name: field.text() for name, field in self.fields.items()}
        values["language"] = self.language.currentData()
        values["body"] = self.body.toPlainText()
        return values

    def new(self) -> None:
        self.list.clearSelection()
        blank = type(
            "Blank",
            (),
            {
                "key": "",
                "name": "",
                "language": Language.DE,
                "subject": "",
                "body": "{{ salutation }}",
                "closing": "Mit freundlichen Grüßen",
            },
        )()
        self.show_template(blank)
        self.body.setPlainText("")
        self.fields["key"].setFocus()

    def save(self) -> bool:
        try:
            saved = templates.save(self.db, self.values(), self.template_id)
        except ValidationError as error:
            self.message.setText(str(error))
            widget = self.body if error.field == "body" else self.fields.get(error.field or "")
            if widget is not None:
                widget.setFocus()
            return False
        except IsaDeskError as error:
            self.message.setText(str(error))
            return False
        self.reload(saved.key)
        self.message.setText("")
        return True

    def delete_or_reset(self) -> None:
        key = self.fields["key"].text()
        if self.builtin:
            question = translate("Letters", "Give the template “{key}” its original text back?")
        else:
            question = translate("Letters", "Delete the template “{key}”?")
        answer = QMessageBox.question(self, self.windowTitle(), as_typed(question.format(key=key)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.builtin:
            templates.reset(self.db, key)
            self.reload(key)
        else:
            templates.delete(self.db, key)
            self.reload()

    def insert_field(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        self.body.insertPlainText("{{ " + name + " }}")
        self.body.setFocus()
