"""At start the window opens the team server when it was the database used last: with
the password from the password store, or, when that does not work, after asking."""

from __future__ import annotations

import pytest

from isa_desk.core import paths
from isa_desk.core.db import server_login
from isa_desk.core.db.server_login import ServerLogin
from isa_desk.ui.shell import app as app_module
from isa_desk.ui.team import start
from isa_desk.ui.team.connect_dialog import ConnectDialog
from tests.ui.dialogs import answer_next_dialog
from tests.ui.shell import test_app
from tests.ui.team.helpers import login_of
from tests.ui.typing import type_over

pytestmark = pytest.mark.postgresql
started = test_app.started  # the fixture: run_gui without its event loop


def default() -> str:
    return str(paths.default_database_path())  # what the start gets when none is named


def test_the_team_server_used_last_opens_again(settings, postgres_templates, password_store):
    with postgres_templates.copy("demo") as url:
        login = login_of(url)
        server_login.store(login, "Geheim-42")
        assert start.open_at_start(settings, default()) is None  # never connected

        start.remember(settings, login.target())
        db = start.open_at_start(settings, default())
        assert db is not None and db.target == login.target()
        db.close()
        assert start.open_at_start(settings, "/elsewhere/office.sqlite") is None  # named

        start.remember(settings, "/elsewhere/office.sqlite")  # a file opened since
        assert not settings.team_server_at_start() and settings.team_server() == login
        assert start.open_at_start(settings, default()) is None


def test_a_server_that_cannot_be_opened_asks(qtbot, settings, postgres_templates, password_store):
    with postgres_templates.copy("demo") as url:
        login = login_of(url)
        gone = ServerLogin(login.host, "gone", login.user, port=login.port)
        start.remember(settings, gone.target())

        def correct_the_database(dialog: ConnectDialog) -> None:
            assert "gone" in dialog.note.text() and dialog.note.isVisible()
            assert dialog.form.login() == gone
            type_over(qtbot, dialog.form.database, login.database)
            dialog.connect_button.click()

        problems = answer_next_dialog(correct_the_database, ConnectDialog)
        db = start.open_at_start(settings, default())
        assert problems == []
        assert db is not None and db.target == login.target()
        db.close()
        assert settings.team_server() == login

        start.remember(settings, gone.target())
        problems = answer_next_dialog(lambda dialog: dialog.reject(), ConnectDialog)
        assert start.open_at_start(settings, default()) is None  # the program's own file next
        assert problems == []


def test_the_program_starts_on_the_team_server(
    started, settings, postgres_templates, password_store
):
    with postgres_templates.copy("demo") as url:
        login = login_of(url)
        start.remember(settings, login.target())
        settings.sync()
        assert app_module.run_gui(default(), "en") == 0
        (window,) = started
        assert window.windowTitle() == f"ISA Desk – {login.database}"
        assert not paths.default_database_path().exists()  # the program's own file unused
