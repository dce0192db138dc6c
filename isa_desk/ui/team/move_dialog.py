"""File › Move to team server…: the database of the window copied whole into an empty
database on the PostgreSQL server (core/db/transfer.py), in the background with progress
and cancel; then the counts, and the offer to open the team database at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.db import transfer
from isa_desk.core.db.engine import Database
from isa_desk.core.db.server_login import ServerLogin
from isa_desk.core.errors import IsaDeskError
from isa_desk.ui.common import errors, style
from isa_desk.ui.common.background import BackgroundOp, user_error
from isa_desk.ui.common.plain import plain_label
from isa_desk.ui.common.screen import fit_to_screen
from isa_desk.ui.team.connection_form import ConnectionForm

translate = QCoreApplication.translate

WIDTH, HEIGHT = 560, 520  # pixels the dialog likes to have


class MoveDialog(QDialog):
    """After a copy, "Open the team database" opens it with `open_target(target)`."""

    def __init__(
        self, parent: QWidget | None, db: Database, settings, open_target: Callable[[str], bool]
    ):
        super().__init__(parent)
        self.db, self.settings, self.open_target = db, settings, open_target
        self.login: ServerLogin | None = None
        self.report: transfer.TransferReport | None = None
        self.operation: BackgroundOp | None = None
        self.setObjectName("move_to_team_server")
        self.setWindowTitle(translate("TeamServer", "Move to team server"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                translate(
                    "TeamServer",
                    "The database {name} is copied whole, with its history, templates and "
                    "settings, into an empty database on the PostgreSQL server. This file "
                    "stays as it is; afterwards the office works in the database on the server.",
                ).format(name=db.name),
                objectName="explanation",
                wordWrap=True,
            )
        )
        self.form = ConnectionForm(self, settings.team_server() if settings else None)
        layout.addWidget(self.form)
        self.outcome = plain_label(objectName="outcome", wordWrap=True, visible=False)
        layout.addWidget(self.outcome)
        self.counts = QPlainTextEdit(objectName="counts", readOnly=True, visible=False)
        layout.addWidget(self.counts, 1)
        # takes the room the counts take later, so the texts stay together at the top
        self.room = QWidget()
        layout.addWidget(self.room, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("TeamServer", "Copy to the server"))
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setDefault(True)
        self.copy_button.clicked.connect(self.start)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        # shown in the copy button's place once the copy is made (a button box shows
        # every button it holds)
        self.open_button = QPushButton(translate("TeamServer", "Open the team database"))
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(self.open_team_database)
        self.buttons = buttons
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, max(self.sizeHint().width(), WIDTH), HEIGHT)

    def start(self) -> None:
        """Copy the database in the background, with a progress dialog that can cancel."""
        try:
            login = self.form.login()
            self.form.keep_password(login)
        except IsaDeskError as error:
            self._show_outcome(str(error))
            self.form.focus_field(getattr(error, "field", None))
            return
        if self.settings is not None:
            self.settings.set_team_server(login)
        self.login = login
        self._show_outcome("")
        self.copy_button.setEnabled(False)
        target = login.target()
        self.operation = (
            BackgroundOp(
                self,
                lambda progress: transfer.transfer(self.db, target, progress),
                success=self._copied,
                failure=self._failed,
                cancelled=self._cancelled,
            )
            .with_progress(
                translate("TeamServer", "Copying the database to the server…"),
                translate("TeamServer", "Move to team server"),
            )
            .run_in_background()
        )

    def _copied(self, report: transfer.TransferReport) -> None:
        self.report = report
        self._show_outcome(
            translate(
                "TeamServer",
                "Copied and verified: the database on the server holds as many rows in "
                "every table as this one ({total} in all). Open the team database now?",
            ).format(total=report.total)
        )
        self.counts.setPlainText("\n".join(transfer.count_lines(report)))
        self.counts.setVisible(True)
        self.room.setVisible(False)
        self.buttons.removeButton(self.copy_button)
        self.copy_button.hide()
        self.form.setEnabled(False)  # the copy is made: these fields are done with
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setDefault(True)
        self.open_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.copy_button.setEnabled(True)
        shown = user_error(error)
        if not isinstance(shown, IsaDeskError):  # unexpected: the details go to the log
            errors.log.error("Moving to the team server failed", exc_info=error)
        self._show_outcome(str(shown), error=True)

    def _cancelled(self) -> None:
        self.copy_button.setEnabled(True)
        self._show_outcome(translate("TeamServer", "Cancelled. Nothing was copied."), error=True)

    def _show_outcome(self, text: str, error: bool = False) -> None:
        self.outcome.setStyleSheet(f"color: {style.ERROR};" if error else "")
        self.outcome.setText(text)
        self.outcome.setVisible(bool(text))

    def open_team_database(self) -> None:
        if self.login is not None and self.open_target(self.login.target()):
            self.accept()

    def reject(self) -> None:
        if self.operation is not None and self.operation.running:
            return  # the progress dialog's Cancel stops the copy; it is never left behind
        super().reject()
