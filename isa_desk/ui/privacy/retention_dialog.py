"""Privacy and retention: how many months each kind of data is kept, and the review of
what is past its time. Nothing goes without a person choosing it and confirming."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from isa_desk.core.db.enums import InquiryStatus
from isa_desk.core.domain.dates import local_time
from isa_desk.core.domain.labels import label
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.privacy import retention
from isa_desk.core.privacy.retention import Review
from isa_desk.ui.common import errors
from isa_desk.ui.common.background import BackgroundOp
from isa_desk.ui.common.deleting import ask_then_delete
from isa_desk.ui.common.display import date_text
from isa_desk.ui.common.plain import plain_label
from isa_desk.ui.common.screen import fit_to_screen
from isa_desk.ui.privacy.retention_widgets import DueList, RulesBox

translate = QCoreApplication.translate

SETTINGS_NAME = "retention"  # where the dialog's size is remembered


class RetentionDialog(QDialog):
    """The three rules with Save, the lists of what is due, and Mark as reviewed."""

    changed = Signal()  # records were deleted or erased: lists showing them are out of date
    reviewed = Signal()

    def __init__(
        self, parent: QWidget | None, db, settings=None, undo_stack=None, today=None
    ) -> None:
        super().__init__(parent)
        self.db, self.settings, self.undo_stack = db, settings, undo_stack
        self.today: dt.date = today or dt.date.today()
        self.review: Review | None = None
        self.op: BackgroundOp | None = None
        self.setObjectName("retentionDialog")
        self.setWindowTitle(translate("Retention", "Privacy and retention"))

        self.contacts = DueList(
            [
                translate("Retention", "Name"),
                translate("Retention", "Last sign of life"),
                translate("Retention", "Marked inactive"),
            ],
            "dueContacts",
        )
        self.inquiries = DueList(
            [
                translate("Retention", "City"),
                translate("Retention", "Status"),
                translate("Retention", "Closed on"),
            ],
            "dueInquiries",
        )
        self.audit_text = plain_label()
        self.audit_text.setObjectName("auditText")
        self.audit_text.setWordWrap(True)
        self.status = plain_label()
        self.status.setObjectName("status")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(200)

        layout = QVBoxLayout(self)
        self.rules_box = RulesBox()
        self.spins = self.rules_box.spins
        self.save_button = self.rules_box.save_button
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.rules_box)
        layout.addWidget(self._due_box(), 1)
        layout.addLayout(self._bottom_row())
        self.rules_box.show_rules(retention.rules(db))
        self._restore_size()
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _due_box(self) -> QGroupBox:
        box = QGroupBox(translate("Retention", "Due for review"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dueTabs")
        self.open_button = self._button(translate("Retention", "Open"), "open", self.open_contact)
        self.erase_button = self._button(
            translate("Retention", "Erase for good…"), "erase", self.erase_chosen
        )
        self.delete_button = self._button(
            translate("Retention", "Delete…"), "deleteInquiries", self.delete_chosen
        )
        self.thin_button = self._button(
            translate("Retention", "Remove old values…"), "thinAudit", self.thin_audit
        )
        self.tabs.addTab(self.contacts.page([self.open_button, self.erase_button]), "")
        self.tabs.addTab(self.inquiries.page([self.delete_button]), "")
        audit_page = QWidget()
        audit_layout = QVBoxLayout(audit_page)
        audit_layout.addWidget(self.audit_text)
        audit_layout.addWidget(self.thin_button, 0, Qt.AlignmentFlag.AlignLeft)
        audit_layout.addStretch(1)
        self.tabs.addTab(audit_page, "")
        layout = QVBoxLayout(box)
        layout.addWidget(self.tabs)
        return box

    def _bottom_row(self) -> QHBoxLayout:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.review_button = self._button(
            translate("Retention", "Mark as reviewed"), "markReviewed", self.mark_reviewed
        )
        row = QHBoxLayout()
        row.addWidget(self.review_button)
        row.addWidget(self.status, 1)
        row.addWidget(self.progress)
        row.addWidget(buttons)
        return row

    def _restore_size(self) -> None:
        geometry = self.settings.dialog_geometry(SETTINGS_NAME) if self.settings else None
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, 860, 640)

    def done(self, result: int) -> None:
        if self.op is not None and self.op.running:
            self.op.wait()  # its answer would go to a dialog that is gone
        if self.settings is not None:
            self.settings.set_dialog_geometry(SETTINGS_NAME, self.saveGeometry())
        super().done(result)

    # -- the rules -----------------------------------------------------------------------

    def save(self) -> bool:
        try:
            self.rules_box.show_rules(retention.save_rules(self.db, self.rules_box.typed_rules()))
        except IsaDeskError as error:
            errors.show_error(self, error)
            return False
        self.status.setText(translate("Retention", "Saved."))
        self.refresh()
        return True

    # -- the review ----------------------------------------------------------------------

    def loading(self) -> bool:
        return self.op is not None and self.op.running

    def refresh(self) -> None:
        """Read again what is due, in the background."""
        if self.loading():
            return
        self.progress.show()
        for button in (self.erase_button, self.delete_button, self.thin_button):
            button.setEnabled(False)
        today = self.today
        self.op = (
            BackgroundOp(self, lambda _progress: retention.due(self.db, today), self._show)
            .with_progress(bar=self.progress)
            .run_in_background()
        )

    def _show(self, review: Review) -> None:
        if not isValid(self):
            return
        self.review = review
        self.progress.hide()
        self.contacts.fill(
            [
                (row.id, [row.name, date_text(local_time(row.last_seen).date()), _no(row.active)])
                for row in review.contacts
            ],
            review.contact_count,
        )
        self.inquiries.fill(
            [
                (row.id, [row.member, label(InquiryStatus, row.status), date_text(row.closed_on)])
                for row in review.inquiries
            ],
            review.inquiry_count,
        )
        self.tabs.setTabText(
            0, translate("Retention", "Contacts ({count})").format(count=review.contact_count)
        )
        self.tabs.setTabText(
            1, translate("Retention", "Inquiries ({count})").format(count=review.inquiry_count)
        )
        self.tabs.setTabText(
            2, translate("Retention", "Audit values ({count})").format(count=review.audit_count)
        )
        self.audit_text.setText(self._audit_words(review))
        self.erase_button.setEnabled(review.contact_count > 0)
        self.delete_button.setEnabled(review.inquiry_count > 0)
        self.thin_button.setEnabled(review.audit_count > 0)

    def _audit_words(self, review: Review) -> str:
        if review.audit_before is None:
            return translate("Retention", "The audit trail keeps its values for ever.")
        return translate(
            "Retention",
            "Entries in the audit trail from before {date} that still hold values: {count}. "
            "Removing the values keeps the entries (who changed what, and when).",
        ).format(date=date_text(review.audit_before.date()), count=review.audit_count)

    def _after_change(self) -> None:
        self.changed.emit()
        self.refresh()

    # -- what the reviewer decides -------------------------------------------------------

    def open_contact(self) -> None:
        from isa_desk.ui.records import editors

        contact_id = self.contacts.current_id()
        if contact_id is not None and editors.open_editor(self, self.db, "contact", contact_id):
            self._after_change()

    def erase_chosen(self) -> int:
        """Erase each chosen contact, each with its own confirmation; how many went."""
        ids = self.contacts.chosen_ids()
        if not ids:
            self._ask_to_choose()
            return 0
        from isa_desk.ui.privacy.erase_dialog import erase_contact

        erased = sum(1 for i in ids if erase_contact(self, self.db, i, self.undo_stack))
        if erased:
            self._after_change()
        return erased

    def delete_chosen(self) -> bool:
        ids = self.inquiries.chosen_ids()
        if not ids:
            self._ask_to_choose()
            return False
        count = len(ids)
        question = translate("Retention", "Delete %n finished inquiry(s)?", None, count)
        if not ask_then_delete(
            self,
            question,
            lambda: retention.delete_finished_inquiries(self.db, ids),
            self.undo_stack,
        ):
            return False
        self._after_change()
        return True

    def thin_audit(self) -> None:
        review = self.review
        if review is None or review.audit_before is None or not review.audit_count:
            return
        count = review.audit_count
        answer = QMessageBox.question(
            self,
            translate("Retention", "Remove old values"),
            translate(
                "Retention",
                "Remove the values from %n entry(s) of the audit trail from before {date}? "
                "The entries stay; the values cannot be brought back.",
                None,
                count,
            ).format(date=date_text(review.audit_before.date())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        before = review.audit_before

        def thinned(count: int) -> None:
            if isValid(self):
                self.status.setText(
                    translate("Retention", "Values removed from %n entry(s).", None, count)
                )
                self.refresh()

        self.op = (
            BackgroundOp(
                self,
                lambda progress: retention.thin_audit_values(self.db, before, progress),
                thinned,
            )
            .with_progress(translate("Retention", "Removing old values…"))
            .run_in_background()
        )

    def _ask_to_choose(self) -> None:
        self.status.setText(translate("Retention", "Tick the rows first."))

    def mark_reviewed(self) -> None:
        try:
            retention.mark_reviewed(self.db, self.today)
        except IsaDeskError as error:
            errors.show_error(self, error)
            return
        self.status.setText(
            translate("Retention", "Reviewed on {date}.").format(date=date_text(self.today))
        )
        self.reviewed.emit()


def _no(active: bool) -> str:
    return "" if active else translate("Retention", "inactive")


def open_retention(window, db=None, today: dt.date | None = None) -> RetentionDialog:
    """The dialog over the window, which reloads its lists after a change."""
    dialog = RetentionDialog(
        window,
        db if db is not None else window.db,
        getattr(window, "settings", None),
        getattr(window, "undo_stack", None),
        today,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if hasattr(window, "reload"):
        dialog.changed.connect(window.reload)
    dialog.open()
    return dialog
