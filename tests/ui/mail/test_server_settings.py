"""The mail server's settings: remembered without the password, the password in the
password store (in memory here) only when "remember" is ticked."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from isa_desk.core.documents.mail import credentials
from isa_desk.core.documents.mail.delivery import SmtpServer
from isa_desk.ui.mail.server_settings import ServerSettings, saved_pace, saved_server
from tests.core.documents.mail.smtp_server import PASSWORD, USER
from tests.ui.typing import focus, type_over


def type_text(qtbot, field, text: str) -> None:
    """Type at the cursor: Latin letters as keys, Chinese as an input method commits
    them (QTest has no keys for them)."""
    focus(qtbot, field)
    for character in text:
        if character.isascii():
            qtbot.keyClicks(field, character)
        else:
            event = QInputMethodEvent()
            event.setCommitString(character)
            QApplication.sendEvent(field, event)


def fill(qtbot, dialog, host, port, user="", password="", remember=False, pace=0.0):
    type_over(qtbot, dialog.host, host)
    type_over(qtbot, dialog.port, str(port))
    type_over(qtbot, dialog.user, user)
    if password:
        type_text(qtbot, dialog.password_field, password)
    dialog.remember.setChecked(remember)
    dialog.pace_field.setValue(pace)


def press_ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_password_is_remembered_only_when_asked(qtbot, settings, password_store):
    dialog = ServerSettings(None, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, "mail.example.org", 587, USER, PASSWORD, remember=True)
    press_ok(dialog)
    server = SmtpServer("mail.example.org", 587, USER)
    assert dialog.result() and dialog.server == server and dialog.password == PASSWORD
    assert password_store.passwords == {(credentials.SERVICE, server.account): PASSWORD}
    assert settings.mail_server() == "smtp://isa@pks-gmbh.net@mail.example.org:587"
    settings.sync()
    assert "Geheim" not in settings.path.read_text(encoding="utf-8")  # nor escaped
    assert saved_server(settings) == server

    again = ServerSettings(None, settings, saved_server(settings))
    qtbot.addWidget(again)
    assert again.user.text() == USER and again.remember.isChecked()
    assert again.password_field.text() == "" and again.password_field.placeholderText()
    again.remember.setChecked(False)
    press_ok(again)
    assert password_store.passwords == {}  # unticked: forgotten
    assert again.password is None


def test_encryption_brings_its_usual_port_and_the_pace_is_kept(qtbot, settings):
    dialog = ServerSettings(None, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    type_over(qtbot, dialog.host, "smtp.example.org")
    dialog.security.setCurrentIndex(1)
    assert dialog.port.value() == 465
    type_over(qtbot, dialog.port, "2525")
    dialog.security.setCurrentIndex(0)
    assert dialog.port.value() == 2525  # the office's own port stays
    dialog.pace_field.setValue(2.5)
    press_ok(dialog)
    assert saved_server(settings) == SmtpServer("smtp.example.org", 2525)
    assert saved_pace(settings) == 2.5


def test_a_host_that_is_no_host_is_refused_in_the_dialog(qtbot, settings):
    dialog = ServerSettings(None, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    type_over(qtbot, dialog.host, "smtp://mail.example.org")
    press_ok(dialog)
    assert dialog.isVisible() and not dialog.result()
    assert "name of the mail server" in dialog.error.text() and dialog.error.isVisible()
    assert settings.mail_server() == ""
