"""Sending from the Serien-E-Mail dialog: a mailing, its resumption and a test message to
oneself, each in the background with progress and cancel, and the report of what became
of every message.

A run records each message as the server answers (core mail/record.py). A run that stops
(cancelled, connection lost) raises with the state of the mailing attached; here it
becomes `Stopped`, so that the report shows what was sent and the dialog offers to send
the rest. Errors the user can act on (no connection, a refused login) are shown in the
dialog as one line; anything else goes to the log and a general message.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from isa_desk.core import files
from isa_desk.core.db.models import MailMode, MailStatus
from isa_desk.core.documents.letters import mailing
from isa_desk.core.documents.mail import compose, credentials, record, run
from isa_desk.core.documents.mail.delivery import DeliveryError, EmlFolder, Result, SmtpTransport
from isa_desk.core.domain.dates import local_time
from isa_desk.core.errors import Cancelled, IsaDeskError
from isa_desk.ui.common.background import BackgroundOp, show_failure, user_error
from isa_desk.ui.common.display import date_text
from isa_desk.ui.common.plain import as_typed
from isa_desk.ui.letters.skipped import skipped_names
from isa_desk.ui.mail.mail_preview import report_text

translate = QCoreApplication.translate

DRAFTS_FOLDER = "mail_drafts"  # the settings' name of the last folder of .eml files


@dataclass
class Stopped:
    """A run that stopped before its end (cancelled, connection lost): what it did."""

    outcome: run.Outcome
    message: str


def _until_stopped(work, progress):
    """`work(progress)`; a run that stopped after recording its mailing returns Stopped,
    so that the window can show what was sent."""
    try:
        return work(progress)
    except (Cancelled, DeliveryError) as error:
        outcome = getattr(error, "outcome", None)
        if outcome is None:
            raise
        return Stopped(outcome, str(error))


class Sending:
    """The runs of MailDialog (a mixin: the dialog holds the widgets and choices)."""

    def send(self) -> None:
        self.refresh()  # the data may have changed since the preview
        plan = self.plan
        if plan is None or not plan.contacts:
            return
        transport = self._transport()
        if transport is None or not self._confirm(self._send_question(plan)):
            return
        db, pace = self.db, self._pace()
        self._start(lambda progress: run.send(db, plan, transport, progress, pace), self._ran)

    def resume(self) -> None:
        mailing_id = self.unfinished
        if mailing_id is None or self.operation is not None:
            return
        state = record.state(self.db, mailing_id)
        pending = len(state.having(MailStatus.PENDING))  # a plain name: see core.i18n
        folder = Path(state.target) if state.mode == MailMode.EML else None
        transport = self._transport(folder)
        question = translate(
            "MailDialog",
            "Send the %n e-mails that the mailing of {date} has not sent yet?",
            None,
            pending,
        )
        question = question.format(date=date_text(local_time(state.created_at)))
        if transport is None or not self._confirm(question):
            return
        db, pace = self.db, self._pace()
        self._start(
            lambda progress: run.resume(db, mailing_id, transport, progress, pace), self._ran
        )

    def send_test(self) -> None:
        self.refresh()
        plan, index = self.plan, self.index
        if plan is None or not plan.contacts:
            return
        address, ok = QInputDialog.getText(
            self,
            translate("MailDialog", "Send test to myself"),
            translate("MailDialog", "The message to {name} goes to this address instead:").format(
                name=mailing.recipient_name(plan.contacts[index])
            ),
            QLineEdit.EchoMode.Normal,
            self._own_address(),
        )
        if not ok or not address.strip():
            return
        transport = self._transport()
        if transport is None:
            return
        address = address.strip()
        self._start(
            lambda _progress: run.send_test(plan, transport, address, index),
            lambda delivery: self._tested(address, delivery),
        )

    def _own_address(self) -> str:
        user = self.server.user if self.server is not None else ""
        return user if "@" in user else (self.plan.from_address if self.plan else "")

    def _pace(self) -> float:
        return self.pace if self.mode() == MailMode.SMTP else 0.0  # a folder needs no pause

    def _transport(self, folder: Path | None = None):
        """Where the messages go; None when the user gave up setting up the server."""
        if self.mode() == MailMode.EML or folder is not None:
            folder = folder or Path(self.folder_path.text().strip() or self._drafts_folder())
            if self.settings is not None and folder.parent.is_dir():
                self.settings.set_last_folder(DRAFTS_FOLDER, folder)
            return EmlFolder(folder, protect=files.database_files(self.db))
        password = self._password()
        if self.server is None or (self.server.user and password is None):
            note = (
                translate("MailDialog", "Set up the mail server the e-mails go through.")
                if self.server is None
                else translate("MailDialog", "Enter the password for {account}.").format(
                    account=self.server.account
                )
            )
            if not self.edit_server(note):
                return None
            password = self._password()  # still none: the connection says so
        assert self.server is not None  # edit_server accepted sets it
        return SmtpTransport(self.server, password)

    def _password(self) -> str | None:
        """The password typed in this dialog, else the stored one."""
        if self.server is None or not self.server.user or self.password is not None:
            return self.password
        try:
            return credentials.password(self.server)
        except IsaDeskError:  # no password store here: the password is asked for
            return None

    def _send_question(self, plan: compose.MailPlan) -> str:
        count = plan.count  # a plain name: see core.i18n
        if self.mode() == MailMode.EML:
            text = translate("MailDialog", "Write %n e-mails into {folder}?", None, count)
            text = text.format(folder=self.folder_path.text().strip())
        else:
            text = translate("MailDialog", "Send %n e-mails through {server}?", None, count)
            text = text.format(server=self.server.url if self.server else "")
        skipped = len(plan.skipped)
        if skipped:
            text += "\n\n" + translate(
                "MailDialog", "%n recipients are skipped: {names}", None, skipped
            ).format(names=skipped_names(plan.skipped))
        if self.unfinished is not None:
            text += "\n\n" + translate(
                "MailDialog",
                "A mailing of this template to these recipients did not finish: a new one "
                "goes to everyone again. To send only what is missing, choose “Resume” "
                "instead.",
            )
        return text

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            translate("MailDialog", "Serien-E-Mail"),
            as_typed(text),  # it names recipients and folders
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _start(self, work, success) -> None:
        self.operation = BackgroundOp(
            self,
            lambda progress: _until_stopped(work, progress),
            success=success,
            failure=self._failed,
            cancelled=self._cancelled,
        ).with_progress(bar=self.progress)
        for widget in (self.progress, self.cancel_button):
            widget.setVisible(True)
        self.close_button.setEnabled(False)
        self._update_buttons()
        self.operation.run_in_background()

    def _ran(self, result: run.Outcome | Stopped) -> None:
        self._finish_run()
        stopped = result if isinstance(result, Stopped) else None
        outcome = stopped.outcome if stopped is not None else result
        self.outcome = outcome
        if stopped is not None:
            headline = stopped.message
        else:
            sent = outcome.sent_now  # a plain name: see core.i18n
            if outcome.mode == MailMode.EML:
                headline = translate(
                    "MailDialog", "Mailing {id}: %n e-mails written to {folder}.", None, sent
                ).format(id=outcome.mailing_id, folder=outcome.target)
            else:
                headline = translate("MailDialog", "Mailing {id}: %n e-mails sent.", None, sent)
                headline = headline.format(id=outcome.mailing_id)
            if not outcome.complete:
                headline += " " + translate(
                    "MailDialog", "Not every e-mail was accepted: see the list."
                )
        state = record.state(self.db, outcome.mailing_id)
        self._show_report(headline, report_text(state), not outcome.complete)
        self._update_resume()

    def _tested(self, address: str, delivery) -> None:
        self._finish_run()
        if delivery.result == Result.SENT and self.mode() == MailMode.EML:
            text = translate("MailDialog", "Test message written to {file}.")
            self._show_report(text.format(file=delivery.answer))
        elif delivery.result == Result.SENT:
            text = translate("MailDialog", "Test message to {address} sent: {answer}")
            self._show_report(text.format(address=address, answer=delivery.answer))
        else:
            text = translate("MailDialog", "The server did not accept the test message: {answer}")
            self._show_report(text.format(answer=delivery.answer), failed=True)

    def _cancelled(self) -> None:
        self._finish_run()
        self._show_report(translate("MailDialog", "Cancelled: nothing was sent."))

    def _failed(self, error: BaseException) -> None:
        self._finish_run()
        self.report_problem(error)

    def report_problem(self, error: BaseException) -> None:
        """An error the user can act on in the dialog; anything else as a failure."""
        shown = user_error(error)
        if not isinstance(shown, IsaDeskError):
            show_failure(self, error)
            return
        self._show_report(str(shown), failed=True)

    def _show_report(self, headline: str, text: str = "", failed: bool = False) -> None:
        self.report.show_report(headline, text, failed)
        self.pages.setCurrentWidget(self.report)
