"""Erase for good (Art. 17 GDPR): the confirmation that shows what goes and which backups
still hold the person, the erasure in the background, and its report.

The button enables only once the person's family name is typed (or, for a contact
without one, a box is ticked): an erasure cannot be undone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.errors import IsaDeskError
from isa_desk.core.privacy import erasure
from isa_desk.core.privacy.erasure import ErasurePreview, ErasureReport
from isa_desk.ui.common import errors
from isa_desk.ui.common.background import BackgroundOp, show_failure
from isa_desk.ui.common.plain import plain_label
from isa_desk.ui.common.screen import fit_to_screen

translate = QCoreApplication.translate


class EraseDialog(QDialog):
    """What an erasure of one contact removes, the confirmation, then the report."""

    def __init__(self, parent: QWidget | None, db, shown: ErasurePreview, undo_stack=None):
        super().__init__(parent)
        self.db, self.shown, self.undo_stack = db, shown, undo_stack
        self.report: ErasureReport | None = None
        self.op: BackgroundOp | None = None
        self.setObjectName("eraseDialog")
        self.setWindowTitle(translate("Erase", "Erase for good"))
        self.headline = plain_label(
            translate("Erase", "Erase {name} for good? This removes:").format(name=shown.name)
        )
        self.headline.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setObjectName("details")
        self.details.setReadOnly(True)
        lines = [
            *erasure.count_lines(shown.counts),
            "",
            *erasure.backup_section(shown.backups, shown.notes),
        ]
        self.details.setPlainText("\n".join(lines))
        self.warning = plain_label(
            translate(
                "Erase",
                "This cannot be undone: the person cannot be restored, not even with Undo. "
                "Backups keep them until they are removed.",
            )
        )
        self.warning.setWordWrap(True)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirmName")
        self.understood = QCheckBox(translate("Erase", "I understand that this cannot be undone."))
        self.understood.setObjectName("understood")
        if shown.family_name:
            self.understood.hide()
            prompt = translate("Erase", "To confirm, type the family name “{name}”:").format(
                name=shown.family_name
            )
        else:
            self.confirm.hide()
            prompt = ""
        self.prompt = plain_label(prompt)
        self.prompt.setWordWrap(True)
        self.prompt.setVisible(bool(prompt))
        self.confirm.textChanged.connect(self._update)
        self.understood.toggled.connect(self._update)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(translate("Erase", "Erase for good"))
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setAutoDefault(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        self.close_button.hide()
        self.close_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        for widget in (self.headline, self.details, self.warning, self.prompt):
            layout.addWidget(widget)
        layout.addWidget(self.confirm)
        layout.addWidget(self.understood)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 640, 520)
        self._update()

    def confirmed(self) -> bool:
        if self.shown.family_name:
            typed = self.confirm.text().strip().casefold()
            return typed == self.shown.family_name.casefold()
        return self.understood.isChecked()

    def _update(self) -> None:
        running = self.op is not None and self.op.running
        self.erase_button.setEnabled(self.confirmed() and not running and self.report is None)

    def erase(self) -> None:
        if not self.confirmed() or self.report is not None:
            return
        db, contact_id = self.db, self.shown.contact_id
        self.op = BackgroundOp(
            self,
            lambda progress: erasure.erase(db, contact_id, progress),
            success=self._erased,
            failure=self._failed,
            cancelled=self._cancelled,
        )
        for widget in (self.confirm, self.understood, self.buttons):
            widget.setEnabled(False)
        self.op.with_progress(translate("Erase", "Erasing…")).run_in_background()

    def _cancelled(self) -> None:
        for widget in (self.confirm, self.understood, self.buttons):
            widget.setEnabled(True)
        self._update()

    def _failed(self, error: BaseException) -> None:
        self._cancelled()
        show_failure(self, error)

    def _erased(self, report: ErasureReport) -> None:
        self.report = report
        if self.undo_stack is not None:  # an undo must never bring the person back
            self.undo_stack.forget_contact(report.contact_id)
        self.headline.setText(
            translate("Erase", "{name} was erased for good:").format(name=self.shown.name)
        )
        lines = [
            *erasure.count_lines(report.counts),
            "",
            *erasure.backup_section(report.backups, report.notes),
            *report.warnings,
        ]
        self.details.setPlainText("\n".join(lines))
        for widget in (self.warning, self.prompt, self.confirm, self.understood):
            widget.hide()
        self.buttons.setEnabled(True)
        self.erase_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.close_button.show()
        self.close_button.setFocus()

    def reject(self) -> None:
        if self.op is not None and self.op.running:
            return  # the erasure runs to its end: it is one transaction
        if self.report is not None:
            self.accept()
            return
        super().reject()


def erase_contact(parent: QWidget | None, db, contact_id: int, undo_stack=None) -> bool:
    """Ask, erase the contact for good and show the report; True when erased. Undo then
    holds nothing of the person any more."""
    try:
        shown = erasure.preview(db, contact_id)
    except IsaDeskError as error:
        errors.show_error(parent, error)
        return False
    dialog = EraseDialog(parent, db, shown, undo_stack)
    dialog.exec()
    erased = dialog.report is not None
    dialog.deleteLater()
    return erased
