"""The mail server of the Serien-E-Mail: host, port, encryption, user and password, and
the pause between two messages.

The server is remembered in the settings as smtp[s]://USER@HOST:PORT, without the
password; the password goes to the system's password store (core credentials) only when
the user ticks "remember", else it is kept for the open dialog alone.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.documents.mail import credentials
from isa_desk.core.documents.mail.delivery import SmtpServer
from isa_desk.core.errors import IsaDeskError
from isa_desk.ui.common import style
from isa_desk.ui.common.plain import plain_label
from isa_desk.ui.common.screen import fit_to_screen

translate = QCoreApplication.translate

DEFAULT_PACE = 1.0  # seconds between two messages: servers limit how fast one may send
STARTTLS_PORT, TLS_PORT = 587, 465
WIDTH = 480  # pixels the dialog likes to have
# a host name or an address: no spaces, slashes or "@" (the user has a field of its own)
HOST = re.compile(r"[^\s/@\\]+")


def server_url(server: SmtpServer) -> str:
    """The server as the settings keep it; SmtpServer.parse reads it back, even with a
    user name that holds ":" or "%"."""
    scheme = "smtps" if server.implicit_tls else "smtp"
    user = f"{quote(server.user, safe='@')}@" if server.user else ""
    return f"{scheme}://{user}{server.host}:{server.port}"


def saved_server(settings) -> SmtpServer | None:
    """The server last set up, None when none was (or the setting is unreadable)."""
    url = settings.mail_server() if settings is not None else ""
    try:
        return SmtpServer.parse(url) if url else None
    except IsaDeskError:
        return None


def saved_pace(settings) -> float:
    pace = settings.mail_pace() if settings is not None else None
    return DEFAULT_PACE if pace is None or pace < 0 else pace


class ServerSettings(QDialog):
    """After `exec()` is accepted: `server`, `password` (typed now, else None) and `pace`."""

    def __init__(
        self,
        parent: QWidget | None,
        settings=None,
        server: SmtpServer | None = None,
        pace: float = DEFAULT_PACE,
        note: str = "",
    ):
        super().__init__(parent)
        self.settings = settings
        self.server = server
        self.password: str | None = None
        self.pace = pace
        self.setWindowTitle(translate("MailDialog", "Mail server"))
        self.setObjectName("mail_server_settings")
        layout = QVBoxLayout(self)
        self.note = plain_label(note, objectName="note", wordWrap=True, visible=bool(note))
        layout.addWidget(self.note)
        form = QFormLayout()
        layout.addLayout(form)
        self.host = QLineEdit(objectName="host", placeholderText="smtp.example.org")
        form.addRow(translate("MailDialog", "Server"), self.host)
        self.security = QComboBox(objectName="security")
        self.security.addItem(translate("MailDialog", "STARTTLS (usually port 587)"), False)
        self.security.addItem(translate("MailDialog", "SSL/TLS (usually port 465)"), True)
        form.addRow(translate("MailDialog", "Encryption"), self.security)
        self.port = QSpinBox(objectName="port", minimum=1, maximum=65535, value=STARTTLS_PORT)
        form.addRow(translate("MailDialog", "Port"), self.port)
        self.user = QLineEdit(objectName="user")
        form.addRow(translate("MailDialog", "User name"), self.user)
        self.password_field = QLineEdit(objectName="password")
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(translate("MailDialog", "Password"), self.password_field)
        self.remember = QCheckBox(
            translate("MailDialog", "Remember the password in the system's password store"),
            objectName="remember",
        )
        form.addRow("", self.remember)
        self.pace_field = QDoubleSpinBox(
            objectName="pace", minimum=0.0, maximum=600.0, decimals=1, singleStep=0.5
        )
        self.pace_field.setSuffix(translate("MailDialog", " s"))
        self.pace_field.setValue(pace)
        self.pace_field.setToolTip(
            translate(
                "MailDialog",
                "Mail servers limit how many messages one may send a minute: wait this long "
                "between two.",
            )
        )
        form.addRow(translate("MailDialog", "Pause between e-mails"), self.pace_field)
        self.error = plain_label(objectName="error", wordWrap=True, visible=False)
        self.error.setStyleSheet(f"color: {style.ERROR};")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(server)
        self.security.currentIndexChanged.connect(self._usual_port)
        # room for a long host or user name, however short the labels of the language are
        fit_to_screen(self, max(self.sizeHint().width(), WIDTH), self.sizeHint().height())

    def _fill(self, server: SmtpServer | None) -> None:
        if server is None:
            return
        self.host.setText(server.host)
        self.security.setCurrentIndex(1 if server.implicit_tls else 0)
        self.port.setValue(server.port)
        self.user.setText(server.user)
        if server.user and self._stored(server):
            self.remember.setChecked(True)
            self.password_field.setPlaceholderText(
                translate("MailDialog", "(kept in the password store)")
            )

    def _stored(self, server: SmtpServer) -> bool:
        try:
            return credentials.password(server) is not None
        except IsaDeskError as error:  # no password store on this computer: say so
            self._show_error(str(error))
            return False

    def _usual_port(self) -> None:
        """The other encryption's usual port becomes this one's; a port of the office's
        own choosing stays."""
        implicit = bool(self.security.currentData())
        if self.port.value() in (STARTTLS_PORT, TLS_PORT):
            self.port.setValue(TLS_PORT if implicit else STARTTLS_PORT)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def chosen_server(self) -> SmtpServer:
        host = self.host.text().strip()
        if not HOST.fullmatch(host):
            raise IsaDeskError(
                translate("MailDialog", "Enter the name of the mail server, e.g. smtp.example.org.")
            )
        return SmtpServer(
            host=host,
            port=self.port.value(),
            user=self.user.text().strip(),
            implicit_tls=bool(self.security.currentData()),
        )

    def accept(self) -> None:
        try:
            server = self.chosen_server()
            typed = self.password_field.text()
            if server.user and self.remember.isChecked():
                if typed:
                    credentials.store(server, typed)
            elif server.user:
                credentials.forget(server)  # "remember" unticked: nothing stays behind
        except IsaDeskError as error:
            self._show_error(str(error))
            return
        self.server, self.password, self.pace = server, typed or None, self.pace_field.value()
        if self.settings is not None:
            self.settings.set_mail_server(server_url(server))
            self.settings.set_mail_pace(self.pace)
        super().accept()
