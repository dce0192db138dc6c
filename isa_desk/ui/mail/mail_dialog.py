"""The "Serien-E-Mail" dialog: a letter template sent as one e-mail per recipient.

It is the Serienbrief dialog with another end: the same template, event, date, languages
and recipients on the left (LettersDialog builds them), then what goes with each message
and where the messages go (a mail server, or .eml drafts in a folder). On the right the
message to each recipient as plain text, and after a run the list of what was sent,
refused and skipped, to copy.

A run goes off the GUI thread (BackgroundOp) and records each message as the server
answers (core mail/record.py): a run that was cancelled or lost its connection is offered
for resuming, which sends only what the server has not accepted yet.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from isa_desk.core import paths
from isa_desk.core.db.models import MailMode, MailStatus
from isa_desk.core.documents.letters import languages, mailing
from isa_desk.core.documents.mail import compose, record
from isa_desk.core.domain.dates import local_time
from isa_desk.core.errors import IsaDeskError
from isa_desk.ui.common import style
from isa_desk.ui.common.display import date_text
from isa_desk.ui.common.plain import as_typed
from isa_desk.ui.common.screen import fit_to_screen
from isa_desk.ui.letters.letters_dialog import LettersDialog
from isa_desk.ui.letters.skipped import skipped_summary
from isa_desk.ui.mail.mail_preview import FileList, MessagePreview, RunReport
from isa_desk.ui.mail.sending import DRAFTS_FOLDER, Sending
from isa_desk.ui.mail.server_settings import ServerSettings, saved_pace, saved_server

translate = QCoreApplication.translate

SETTINGS_NAME = "mail"


class ElidedLabel(QLabel):
    """A one-line plain label that shows "…" in the middle of a text too long for it (the
    port of a server's address stays in sight); the whole text is its tooltip."""

    def __init__(self, **properties):
        super().__init__(**properties)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.full = ""

    def set_full(self, text: str) -> None:
        self.full = text
        self.setToolTip(as_typed(text))
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self.full, Qt.TextElideMode.ElideMiddle, self.width()))


class MailDialog(Sending, LettersDialog):
    def __init__(
        self,
        db,
        parent: QWidget | None = None,
        contact_ids: list[int] = (),
        event_id: int | None = None,
        tag: str | None = None,
        settings=None,
    ):
        # read while LettersDialog builds the sides
        self.settings = settings
        self.server = saved_server(settings)
        self.pace = saved_pace(settings)
        self.password: str | None = None  # typed for this dialog, not remembered
        self.unfinished: int | None = None
        super().__init__(db, parent, contact_ids, event_id, tag)
        self.setWindowTitle(translate("MailDialog", "Serien-E-Mail – mail merge by e-mail"))
        self.setObjectName("mail_dialog")
        geometry = settings.dialog_geometry(SETTINGS_NAME) if settings is not None else None
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, 1180, 780)

    # -- building (LettersDialog calls these) --------------------------------------------

    def _output_group(self) -> QGroupBox:
        box = QGroupBox(translate("MailDialog", "E-mail"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        self.attach_letter = QCheckBox(
            translate("MailDialog", "Attach the personal letter as PDF"),
            objectName="attach_letter",
        )
        self.attach_letter.toggled.connect(self._changed)
        grid.addWidget(self.attach_letter, 0, 0, 1, 3)
        self.delivery = QButtonGroup(self)
        self.by_server = QRadioButton(
            translate("MailDialog", "Send through"), objectName="by_server", checked=True
        )
        self.server_label = ElidedLabel(objectName="server")
        edit = QPushButton(translate("MailDialog", "Server…"), objectName="edit_server")
        edit.setAutoDefault(False)
        edit.clicked.connect(lambda: self.edit_server())
        self.by_folder = QRadioButton(
            translate("MailDialog", "As .eml files into"), objectName="by_folder"
        )
        self.folder_path = QLineEdit(str(self._drafts_folder()), objectName="folder")
        self.folder_path.setToolTip(as_typed(self.folder_path.text()))
        self.folder_path.textChanged.connect(
            lambda text: self.folder_path.setToolTip(as_typed(text))
        )
        browse = QToolButton(text="…", objectName="browse_folder")
        browse.clicked.connect(self._browse_folder)
        for row, (radio, shown, button) in enumerate(
            ((self.by_server, self.server_label, edit), (self.by_folder, self.folder_path, browse)),
            start=1,
        ):
            self.delivery.addButton(radio)
            grid.addWidget(radio, row, 0)
            grid.addWidget(shown, row, 1)
            grid.addWidget(button, row, 2)
        self.by_folder.setToolTip(
            translate(
                "MailDialog",
                "One draft per recipient, which Outlook opens ready to send.",
            )
        )
        self.delivery.buttonToggled.connect(self._delivery_changed)
        self._show_server()
        return box

    def _preview_side(self) -> QWidget:
        # the letters' side steps through the recipients; its page preview gives way to
        # the message, with the offer to resume above and the attached files below
        side = super()._preview_side()
        column = side.layout()
        column.removeWidget(self.preview)
        self.preview.setParent(None)
        self.preview.deleteLater()
        self.resume_button = QPushButton(objectName="resume", visible=False)
        self.resume_button.setAutoDefault(False)
        self.resume_button.setStyleSheet(f"text-align: left; color: {style.WARNING};")
        self.resume_button.clicked.connect(self.resume)
        column.insertWidget(0, self.resume_button)
        self.pages = QStackedWidget()
        self.preview = MessagePreview()
        self.report = RunReport()
        self.report.back.connect(lambda: self.pages.setCurrentWidget(self.preview))
        self.pages.addWidget(self.preview)
        self.pages.addWidget(self.report)
        column.addWidget(self.pages, 1)
        self.files = FileList(self.settings)
        self.files.changed.connect(self._changed)
        column.addWidget(self.files)
        return side

    def _bottom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.progress = QProgressBar(objectName="progress", visible=False)
        self.progress.setFormat("%v / %m")
        self.cancel_button = QPushButton(
            translate("Letters", "Cancel"), objectName="cancel", visible=False
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.test_button = QPushButton(
            translate("MailDialog", "Send test to myself…"), objectName="send_test"
        )
        self.test_button.clicked.connect(self.send_test)
        self.make_button = QPushButton(translate("MailDialog", "Send…"), objectName="send")
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.send)
        self.close_button = QPushButton(translate("Letters", "Close"), objectName="close")
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        for button in (self.test_button, self.make_button, self.close_button):
            row.addWidget(button)
        return row

    def _drafts_folder(self) -> Path:
        """The folder of the last drafts while it is there, else a new one of today."""
        if self.settings is not None:
            last = Path(self.settings.last_folder(DRAFTS_FOLDER))
            if last != paths.documents_dir():
                return last
        return paths.documents_dir() / f"E-Mails {dt.date.today().isoformat()}"

    # -- what the user chose -------------------------------------------------------------

    def mode(self) -> MailMode:
        return MailMode.EML if self.by_folder.isChecked() else MailMode.SMTP

    def _show_server(self) -> None:
        if self.server is None:
            self.server_label.set_full(translate("MailDialog", "(no mail server set up yet)"))
        else:
            self.server_label.set_full(self.server.url)

    def _delivery_changed(self, *_args) -> None:
        self._update_resume()
        self._update_buttons()

    # -- preview -------------------------------------------------------------------------

    def step(self, delta: int) -> None:
        self.pages.setCurrentWidget(self.preview)  # from the report back to the messages
        super().step(delta)

    def _changed(self, *_args) -> None:
        self.pages.setCurrentWidget(self.preview)  # a new choice: back to its messages
        super()._changed()

    def refresh(self) -> None:
        """Check the template, find the recipients, show the summary and the message."""
        self._refresh.stop()
        self.plan = None
        key = self.template.currentData()
        try:
            if key is None:
                raise IsaDeskError(translate("Letters", "Choose a template."))
            self.plan = compose.prepare(
                self.db,
                key,
                self.selection(),
                today=self.letter_date(),
                attach_letter=self.attach_letter.isChecked(),
                attachments=self.files.paths(),
                form=self.form_choice.currentData(),
                **self.languages.run_options(),
            )
        except IsaDeskError as error:
            self.summary.setText(str(error))
            self.summary.setStyleSheet(f"color: {style.ERROR};")
            self.preview.show_text(str(error))
            self.position.setText("")
            self._update_resume()
            self._update_buttons()
            return
        self.summary.setStyleSheet("")
        self.summary.setText(self._summary_text(self.plan))
        self.index = min(self.index, max(self.plan.count - 1, 0))
        self._update_resume()
        self.show_current()

    def _summary_text(self, plan: compose.MailPlan) -> str:
        count = plan.count  # a plain name: see core.i18n
        text = translate("MailDialog", "%n e-mails.", None, count)
        if plan.letters.by_language:
            text += " " + languages.summary(plan.letters.language_counts())
        if plan.skipped:
            text += " " + skipped_summary(plan.skipped, plan.purpose)
        return text

    def show_current(self) -> None:
        plan = self.plan
        if plan is None or not plan.contacts:
            self.position.setText("")
            self.preview.show_text(translate("MailDialog", "No recipient gets an e-mail."))
            self._update_buttons()
            return
        contact = plan.contacts[self.index]
        self.position.setText(
            translate("MailDialog", "E-mail {number} of {count}: {name}").format(
                number=self.index + 1, count=plan.count, name=mailing.recipient_name(contact)
            )
        )
        try:
            self.preview.show_message(plan.preview(self.index))
        except IsaDeskError as error:
            self.preview.show_text(str(error))
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.operation is not None
        count = self.plan.count if self.plan else 0
        self.previous.setEnabled(count > 1 and not running)
        self.next.setEnabled(count > 1 and not running)
        self.make_button.setEnabled(count > 0 and not running)
        self.test_button.setEnabled(count > 0 and not running)
        self.resume_button.setEnabled(not running)
        self.files.setEnabled(not running)
        self.findChild(QSplitter).widget(0).setEnabled(not running)

    def _update_resume(self) -> None:
        """Offer to resume a mailing of this template to these recipients that stopped."""
        plan, self.unfinished = self.plan, None
        if plan is not None and self.operation is None:
            everyone = {c.id for c in plan.contacts} | {s.contact_id for s in plan.skipped}
            self.unfinished = record.find_unfinished(
                self.db, plan.template.key, everyone, self.mode(), plan.purpose
            )
        if self.unfinished is None:
            self.resume_button.setVisible(False)
            return
        state = record.state(self.db, self.unfinished)
        pending = len(state.having(MailStatus.PENDING))  # a plain name: see core.i18n
        self.resume_button.setText(
            translate(
                "MailDialog", "Resume the mailing of {date} (%n not sent yet)", None, pending
            ).format(date=date_text(local_time(state.created_at)))
        )
        self.resume_button.setVisible(True)

    # -- other dialogs -------------------------------------------------------------------

    def edit_server(self, note: str = "") -> bool:
        dialog = ServerSettings(self, self.settings, self.server, self.pace, note)
        if not dialog.exec():
            return False
        self.server, self.pace = dialog.server, dialog.pace
        self.password = dialog.password
        self._show_server()
        self._update_buttons()
        return True

    def _browse_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("MailDialog", "Folder for the .eml files"), self.folder_path.text()
        )
        if chosen:
            self.folder_path.setText(chosen)
            self.by_folder.setChecked(True)

    def done(self, result: int) -> None:
        if self.settings is not None:
            self.settings.set_dialog_geometry(SETTINGS_NAME, self.saveGeometry())
        super().done(result)
