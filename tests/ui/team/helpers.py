"""Filling in the connection's fields as a user does: click, type, Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from isa_desk.core.db.server_login import ServerLogin
from tests.ui.typing import focus, type_over


def login_of(url: str) -> ServerLogin:
    parsed = make_url(url)
    return ServerLogin(parsed.host, parsed.database, parsed.username, port=parsed.port)


def fill(qtbot, form, login: ServerLogin, password: str = "", remember: bool = False) -> None:
    type_over(qtbot, form.host, login.host)
    type_over(qtbot, form.port, str(login.port))
    type_over(qtbot, form.database, login.database)
    type_over(qtbot, form.user, login.user)
    type_over(qtbot, form.password, password)
    if form.remember.isChecked() != remember:
        focus(qtbot, form.remember)
        qtbot.keyClick(form.remember, Qt.Key.Key_Space)
    assert form.remember.isChecked() == remember


def press_test(qtbot, form) -> str:
    """Click "Test connection" and wait for its answer."""
    qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.test_button.isEnabled(), timeout=20_000)
    return form.result.text()
