"""File › Move to team server…: the window's database copied to an empty database on the
real server in the background, the counts shown, the team database opened; refused,
failed or cancelled, nothing is copied."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton
from sqlalchemy import create_engine, func, inspect, select

from isa_desk.core.db.models import Base
from isa_desk.ui.team.move_dialog import MoveDialog
from tests.ui.team.helpers import fill, login_of

pytestmark = pytest.mark.postgresql


def rows(url: str) -> dict[str, int]:
    """The rows of each table there is (a cancel may come before the schema)."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            present = set(inspect(connection).get_table_names())
            return {
                table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
                for table in Base.metadata.sorted_tables
                if table.name in present
            }
    finally:
        engine.dispose()


def ended(dialog: MoveDialog) -> bool:
    return dialog.operation is not None and dialog.operation.finished


def test_move_the_database_and_open_it(qtbot, window, settings, postgres_templates, password_store):
    before = rows(window.db.engine.url.render_as_string(hide_password=False))
    with postgres_templates.new() as url:
        login = login_of(url)
        dialog = MoveDialog(window, window.db, settings, window.switch_database)
        qtbot.addWidget(dialog)
        dialog.show()
        assert window.db.name in dialog.findChild(type(dialog.outcome), "explanation").text()
        fill(qtbot, dialog.form, login, "Geheim-42")
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: ended(dialog), timeout=60_000)

        assert dialog.outcome.text().startswith("Copied and verified")
        assert f"({sum(before.values())} in all)" in dialog.outcome.text()
        assert "contact: 152" in dialog.counts.toPlainText().splitlines()
        assert rows(url) == before
        assert dialog.open_button.isVisible() and not dialog.copy_button.isVisible()
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == MoveDialog.DialogCode.Accepted
        assert window.db.target == login.target()
        assert settings.team_server() == login and settings.team_server_at_start()
        assert password_store.passwords == {}  # not asked to remember it
        window.db.close()  # before the test database is dropped


def test_refused_or_cancelled_nothing_is_copied(
    qtbot, window, settings, postgres_templates, password_store
):
    dialog = MoveDialog(window, window.db, settings, window.switch_database)
    qtbot.addWidget(dialog)
    dialog.show()
    with postgres_templates.copy("demo") as url:
        before = rows(url)
        fill(qtbot, dialog.form, login_of(url))
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: ended(dialog), timeout=60_000)
        assert "already holds records" in dialog.outcome.text()
        assert dialog.copy_button.isEnabled() and not dialog.open_button.isVisible()
        assert rows(url) == before

    with postgres_templates.new() as url:
        fill(qtbot, dialog.form, login_of(url))
        earlier = dialog.findChildren(QProgressDialog)  # the first copy's, closed
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        (progress,) = (d for d in dialog.findChildren(QProgressDialog) if d not in earlier)
        progress.findChild(QPushButton).click()  # its Cancel button
        qtbot.waitUntil(lambda: ended(dialog), timeout=60_000)
        assert dialog.outcome.text() == "Cancelled. Nothing was copied."
        assert not any(rows(url).values())
        assert dialog.isVisible() and dialog.copy_button.isEnabled()
