"""File › Connect to team server…: the office's shared database on its PostgreSQL server,
opened in the window.

The connection (not the password) is remembered in the settings; the window opens it
again at the next start (see start.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from isa_desk.core.errors import IsaDeskError
from isa_desk.ui.common import style
from isa_desk.ui.common.plain import plain_label
from isa_desk.ui.common.screen import fit_to_screen
from isa_desk.ui.team.connection_form import ConnectionForm

translate = QCoreApplication.translate

WIDTH = 520  # pixels the dialog likes to have


class ConnectDialog(QDialog):
    """Connect opens the database with `open_target(target)`: True when it is open; False
    (the caller told the user) or an IsaDeskError (shown here) keeps the dialog open."""

    def __init__(
        self,
        parent: QWidget | None,
        settings,
        open_target: Callable[[str], bool],
        note: str = "",
    ):
        super().__init__(parent)
        self.settings = settings
        self.open_target = open_target
        self.target: str | None = None  # the database opened, without its password
        self.setObjectName("connect_team_server")
        self.setWindowTitle(translate("TeamServer", "Connect to team server"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                translate(
                    "TeamServer",
                    "Open the office's shared database on its PostgreSQL server. The server, "
                    "the database and your user name come from whoever set up the server.",
                ),
                objectName="intro",
                wordWrap=True,
            )
        )
        self.note = plain_label(note, objectName="note", wordWrap=True, visible=bool(note))
        self.note.setStyleSheet(f"color: {style.ERROR};")
        layout.addWidget(self.note)
        self.form = ConnectionForm(self, settings.team_server() if settings else None)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(translate("TeamServer", "Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first_empty = next(
            (f for f in (self.form.host, self.form.database, self.form.user) if not f.text()),
            self.form.password,
        )
        first_empty.setFocus()
        fit_to_screen(self, max(self.sizeHint().width(), WIDTH), self.sizeHint().height())

    def accept(self) -> None:
        try:
            login = self.form.login()
            self.form.keep_password(login)
        except IsaDeskError as error:
            self.form.show_result(str(error), ok=False)
            self.form.focus_field(getattr(error, "field", None))
            return
        if self.settings is not None:
            self.settings.set_team_server(login)
        target = login.target()
        try:
            opened = self.open_target(target)
        except IsaDeskError as error:
            self.form.show_result(str(error), ok=False)
            return
        if opened:
            self.target = target
            super().accept()
