"""The right side of the Serien-E-Mail dialog: one message as it will go out (To, subject,
attachments and the plain text), the report of a run, and the files attached to every
message. Everything here shows data as plain text, never as markup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core import paths
from isa_desk.core.db.models import MailMode, MailStatus
from isa_desk.core.documents.mail import record
from isa_desk.core.documents.mail.compose import Preview
from isa_desk.core.privacy.marker import is_erased
from isa_desk.core.privacy.trail_values import erased_text
from isa_desk.ui.common import style
from isa_desk.ui.common.plain import as_typed, plain_label

translate = QCoreApplication.translate

SHOWN_FILES = 3  # rows the list of attached files shows before it scrolls
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse


def _value_label(name: str):
    """A label for a value that may be long: it wraps, and never widens the dialog."""
    label = plain_label(objectName=name, wordWrap=True)
    label.setTextInteractionFlags(SELECTABLE)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class MessagePreview(QWidget):
    """The message to one recipient: its header lines and its plain text."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.to = _value_label("preview_to")
        self.subject = _value_label("preview_subject")
        self.attachments = _value_label("preview_attachments")
        form.addRow(translate("MailDialog", "To:"), self.to)
        form.addRow(translate("MailDialog", "Subject:"), self.subject)
        form.addRow(translate("MailDialog", "Attachments:"), self.attachments)
        layout.addLayout(form)
        self.text = QPlainTextEdit(objectName="preview_text", readOnly=True)
        layout.addWidget(self.text, 1)

    def show_message(self, preview: Preview) -> None:
        self.to.setText(preview.to)
        self.subject.setText(preview.subject)
        self.attachments.setText(
            ", ".join(preview.attachments) or translate("MailDialog", "(none)")
        )
        self.text.setStyleSheet("")
        self.text.setPlainText(preview.text)

    def show_text(self, text: str) -> None:
        """No message to show: why, in place of the text."""
        for label in (self.to, self.subject, self.attachments):
            label.clear()
        self.text.setStyleSheet(f"color: {style.MUTED};")
        self.text.setPlainText(text)


class RunReport(QWidget):
    """What a run did, as a list the user can copy; `back` returns to the preview."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.headline = _value_label("report_headline")
        # at the top also when there is no list below it to take the room
        self.headline.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.headline)
        self.text = QPlainTextEdit(objectName="report", readOnly=True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        copy = QPushButton(translate("MailDialog", "Copy the list"), objectName="copy_report")
        copy.clicked.connect(self.copy)
        back = QPushButton(translate("MailDialog", "Back to the preview"), objectName="back")
        back.clicked.connect(self.back)
        buttons.addWidget(copy)
        buttons.addStretch(1)
        buttons.addWidget(back)
        layout.addLayout(buttons)

    def show_report(self, headline: str, text: str = "", failed: bool = False) -> None:
        self.headline.setText(headline)
        self.headline.setStyleSheet(f"color: {style.ERROR};" if failed else "")
        self.text.setPlainText(text)
        self.text.setVisible(bool(text))

    def copy(self) -> None:
        parts = (self.headline.text(), self.text.toPlainText())
        QApplication.clipboard().setText("\n\n".join(part for part in parts if part))


def report_text(state: record.MailingState) -> str:
    """Every message of a mailing by what became of it, with the server's answer or the
    reason it was skipped."""
    sections = (
        (MailStatus.SENT, translate("MailDialog", "Sent ({count}):")),
        (MailStatus.REFUSED, translate("MailDialog", "Refused ({count}):")),
        (MailStatus.PENDING, translate("MailDialog", "Not sent yet ({count}):")),
        (MailStatus.SKIPPED, translate("MailDialog", "Skipped ({count}):")),
    )
    if state.mode == MailMode.EML:  # drafts are written, not sent
        written = (MailStatus.SENT, translate("MailDialog", "Written ({count}):"))
        sections = (written, *sections[1:])
    blocks = []
    for status, title in sections:
        messages = state.having(status)
        if not messages:
            continue
        lines = [title.format(count=len(messages))]
        for message in messages:
            name, address = (
                erased_text() if is_erased(value) else value
                for value in (message.name, message.address)
            )  # a recipient erased for good (privacy/erasure.py)
            who = f"{name} <{address}>" if address and address != name else name
            lines.append(f"  {who}: {message.answer}" if message.answer else f"  {who}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


class FileList(QGroupBox):
    """The files attached to every message; the folder they came from is remembered."""

    changed = Signal()

    def __init__(self, settings=None, parent: QWidget | None = None):
        super().__init__(translate("MailDialog", "Files attached to every e-mail"), parent)
        self.setObjectName("attachments")
        self.settings = settings
        row = QHBoxLayout(self)
        self.list = QListWidget(objectName="attachment_list")
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        rows = self.list.fontMetrics().lineSpacing() * SHOWN_FILES
        self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 8)
        row.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        add = QPushButton(translate("MailDialog", "Add…"), objectName="add_attachment")
        add.clicked.connect(self.choose)
        self.remove = QPushButton(translate("MailDialog", "Remove"), objectName="remove_attachment")
        self.remove.clicked.connect(self.remove_selected)
        buttons.addWidget(add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        row.addLayout(buttons)
        self.list.itemSelectionChanged.connect(self._enable)
        self._enable()

    def paths(self) -> list[str]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items]

    def add(self, chosen: list[str]) -> None:
        for path in chosen:
            if path in self.paths():
                continue
            item = QListWidgetItem(Path(path).name)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(as_typed(path))
            self.list.addItem(item)
        if chosen:
            self.changed.emit()

    def choose(self) -> None:
        folder = self.settings.last_folder("mail_attachments") if self.settings else ""
        chosen, _filter = QFileDialog.getOpenFileNames(
            self, translate("MailDialog", "Attach files"), folder or str(paths.documents_dir())
        )
        if chosen and self.settings is not None:
            self.settings.set_last_folder("mail_attachments", Path(chosen[0]).parent)
        self.add(chosen)

    def remove_selected(self) -> None:
        rows = sorted((self.list.row(item) for item in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.list.takeItem(row)
        if rows:
            self.changed.emit()

    def _enable(self) -> None:
        self.remove.setEnabled(bool(self.list.selectedItems()))
