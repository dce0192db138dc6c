"""File › Connect to team server…: typed like a user, tested against the real server,
opened in the window; the password in the password store only when asked, never in the
settings file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from isa_desk.core.db import server_login
from isa_desk.core.db.server_login import ServerLogin
from isa_desk.ui.team import start
from isa_desk.ui.team.connect_dialog import ConnectDialog
from tests.ui.dialogs import answer_next_dialog
from tests.ui.team.helpers import fill, login_of, press_test

pytestmark = pytest.mark.postgresql

PASSWORD = "Geheim-42"


def test_connect_and_remember_the_password(
    qtbot, window, settings, postgres_templates, password_store
):
    with postgres_templates.copy("demo") as url:
        login = login_of(url)
        dialog = ConnectDialog(window, settings, window.switch_database)
        qtbot.addWidget(dialog)
        dialog.show()
        fill(qtbot, dialog.form, login, PASSWORD, remember=True)
        result = press_test(qtbot, dialog.form)
        assert result.startswith("Connected (PostgreSQL 1")
        assert result.endswith(f"The database {login.database} holds ISA Desk data.")

        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == ConnectDialog.DialogCode.Accepted
        assert window.db.target == login.target() == dialog.target  # no password in it
        assert login.database in window.windowTitle()
        assert password_store.passwords == {("ISA Desk database", login.account): PASSWORD}
        assert settings.team_server() == login and settings.team_server_at_start()
        settings.sync()
        assert PASSWORD not in settings.path.read_text(encoding="utf-8")

        # the next time the fields are filled in, the password is in the store
        again = ConnectDialog(window, settings, window.switch_database)
        qtbot.addWidget(again)
        assert again.form.login() == login and again.form.remember.isChecked()
        assert again.form.password.text() == "" and again.form.password.placeholderText()
        window.db.close()  # before the test database is dropped


def test_wrong_fields_and_a_database_that_is_not_there(
    qtbot, settings, postgres_templates, password_store
):
    opened = []

    def open_target(target: str) -> bool:
        opened.append(target)
        start.open_server(target).close()
        return True

    with postgres_templates.new() as url:
        login = login_of(url)
        dialog = ConnectDialog(None, settings, open_target)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and opened == []
        assert dialog.form.result.text() == "Enter the name or address of the database server."
        assert dialog.focusWidget() is dialog.form.host

        missing = ServerLogin(login.host, "no_such_database", login.user, port=login.port)
        fill(qtbot, dialog.form, missing, PASSWORD)
        assert "no_such_database" in press_test(qtbot, dialog.form)
        assert "color" in dialog.form.result.styleSheet()
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "no_such_database" in dialog.form.result.text()
        # not remembered: kept for this run only, never stored
        assert password_store.passwords == {}
        assert server_login.password(missing) == PASSWORD

        fill(qtbot, dialog.form, login, "")
        assert press_test(qtbot, dialog.form).endswith("is empty.")
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible() and opened[-1] == login.target()
        assert settings.team_server() == login


def test_the_menu_opens_both_dialogs(qtbot, window):
    from isa_desk.ui.team.move_dialog import MoveDialog

    for action, kind in (
        (window.connect_team_action, ConnectDialog),
        (window.move_team_action, MoveDialog),
    ):
        assert action in window.menuBar().actions()[0].menu().actions()
        seen: list = []
        problems = answer_next_dialog(lambda dialog, seen=seen: seen.append(dialog.reject()), kind)
        action.trigger()
        assert problems == [] and len(seen) == 1
