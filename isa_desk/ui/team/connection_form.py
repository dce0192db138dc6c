"""The fields of a connection to the team's database server, shared by the dialogs that
connect and that move the database there: server, port, database, user, password,
"Remember the password", and "Test connection" with its result in plain words.

The password is never written to the settings: ticked "remember", it goes to the system's
password store; unticked, it is kept in memory until the program ends (and one stored
before is removed).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.db import server_login
from isa_desk.core.db.server_login import ServerLogin, ServerState
from isa_desk.core.errors import IsaDeskError
from isa_desk.ui.common import style
from isa_desk.ui.common.background import BackgroundOp
from isa_desk.ui.common.plain import plain_label

translate = QCoreApplication.translate


class ConnectionForm(QWidget):
    """The connection's fields; `login()` reads them (ValidationError naming the field)."""

    tested = Signal(bool)  # a test of the connection ended: did it connect?

    def __init__(self, parent: QWidget | None = None, login: ServerLogin | None = None):
        super().__init__(parent)
        self.test_run: BackgroundOp | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        layout.addLayout(form)
        self.host = QLineEdit(objectName="host", placeholderText="server.example.org")
        form.addRow(translate("TeamServer", "Server"), self.host)
        self.port = QSpinBox(
            objectName="port", minimum=1, maximum=65535, value=server_login.DEFAULT_PORT
        )
        form.addRow(translate("TeamServer", "Port"), self.port)
        self.database = QLineEdit(objectName="database", placeholderText="isa")
        form.addRow(translate("TeamServer", "Database"), self.database)
        self.user = QLineEdit(objectName="user")
        form.addRow(translate("TeamServer", "User name"), self.user)
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(translate("TeamServer", "Password"), self.password)
        self.remember = QCheckBox(translate("TeamServer", "Remember the password"))
        self.remember.setObjectName("remember")
        self.remember.setToolTip(
            translate(
                "TeamServer",
                "Kept in the system's password store (on Windows the Credential Manager), "
                "never in a file of ISA Desk.",
            )
        )
        form.addRow("", self.remember)
        row = QHBoxLayout()
        self.test_button = QPushButton(translate("TeamServer", "Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        row.addWidget(self.test_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result = plain_label(objectName="result", wordWrap=True, visible=False)
        layout.addWidget(self.result)
        self.sslmode = ""  # kept from the settings or a URL: no field of its own
        self.fill(login)

    # the fields -------------------------------------------------------------------------
    def fill(self, login: ServerLogin | None) -> None:
        if login is None:
            return
        self.host.setText(login.host)
        self.port.setValue(login.port)
        self.database.setText(login.database)
        self.user.setText(login.user)
        self.sslmode = login.sslmode
        try:
            stored = server_login.is_stored(login)
        except IsaDeskError as error:  # no password store on this computer: say so
            self.show_result(str(error), ok=False)
            stored = False
        self.remember.setChecked(stored)
        if stored:
            self.password.setPlaceholderText(
                translate("TeamServer", "(kept in the password store)")
            )

    def login(self) -> ServerLogin:
        """The login as typed; ValidationError (with `field`) when a field is wrong."""
        return ServerLogin(
            host=self.host.text().strip(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
            sslmode=self.sslmode,
        ).checked()

    def focus_field(self, field: str | None) -> None:
        widget = getattr(self, field or "", None)
        if isinstance(widget, QWidget):
            widget.setFocus()

    def keep_password(self, login: ServerLogin) -> None:
        """The typed password in the password store (ticked) or in memory (unticked)."""
        typed = self.password.text()
        if self.remember.isChecked():
            if typed:
                server_login.store(login, typed)
            return
        server_login.forget(login)  # "remember" unticked: nothing stays behind
        if typed:
            server_login.keep_for_now(login, typed)

    # testing ----------------------------------------------------------------------------
    def test_connection(self) -> None:
        try:
            login = self.login()
        except IsaDeskError as error:
            self.show_result(str(error), ok=False)
            self.focus_field(getattr(error, "field", None))
            return
        url = login.url(self.password.text() or None)  # none typed: the stored one
        self.test_button.setEnabled(False)
        self.show_result(
            translate("TeamServer", "Connecting to {server}…").format(server=login.host)
        )
        self.test_run = BackgroundOp(
            self,
            lambda _progress: server_login.probe(url),
            success=lambda state: self._tested(login, state),
            failure=self._failed,
        ).run_in_background()

    def _tested(self, login: ServerLogin, state: ServerState) -> None:
        self.test_button.setEnabled(True)
        if state.holds == "other":
            text = translate(
                "TeamServer",
                "Connected ({version}), but the database {database} holds tables of another "
                "program. Choose another database.",
            )
        elif state.holds == "isa_desk":
            text = translate(
                "TeamServer", "Connected ({version}). The database {database} holds ISA Desk data."
            )
        else:
            text = translate(
                "TeamServer", "Connected ({version}). The database {database} is empty."
            )
        ok = state.holds != "other"
        self.show_result(text.format(version=state.version, database=login.database), ok=ok)
        self.tested.emit(ok)

    def _failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.show_result(str(error), ok=False)
        self.tested.emit(False)

    def show_result(self, text: str, ok: bool | None = None) -> None:
        """A line under the fields: red when something did not work."""
        self.result.setStyleSheet(f"color: {style.ERROR};" if ok is False else "")
        self.result.setText(text)
        self.result.setVisible(bool(text))
