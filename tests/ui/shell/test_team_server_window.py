"""A smoke run of the window on a team server (PostgreSQL): the areas load, searching and
sorting work as on SQLite, a record is saved through its editor, the command line reads it.

The window tests run on SQLite; these few show that the same window works on the server.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from isa_desk.cli import main as cli_main
from isa_desk.core.db.engine import Database
from isa_desk.core.services import contacts
from isa_desk.core.services.common import ListQuery
from tests.ui.typing import focus


@pytest.fixture
def server_db(postgres_templates) -> Iterator[Database]:
    with postgres_templates.copy("demo") as url:
        database = Database.open(url)
        yield database
        database.close()


@pytest.fixture
def server_window(qtbot, server_db, settings):
    from isa_desk.ui.shell.app import create_main_window

    main = create_main_window(server_db, settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def type_chinese(widget, text: str) -> None:
    """Chinese comes from the input method as a committed string, not as key presses."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def column(view, field: str) -> list:
    model = view.model
    index = model.column_of(field)
    return [model.index(row, index).data() for row in range(model.rowCount())]


def test_the_contacts_area_searches_and_sorts_on_the_server(qtbot, server_window):
    server_window.show_area("contacts")
    view = server_window.current_list()
    search = view.filter_bar.search
    qtbot.keyClicks(search, "mueller")
    qtbot.waitUntil(lambda: view.model.total() == 4, timeout=5000)
    assert set(column(view, "family_name")) == {"Müller"}

    search.clear()
    type_chinese(search, "佛山")
    assert search.text() == "佛山", search.text()
    qtbot.waitUntil(lambda: view.model.query.text == "佛山", timeout=5000)
    assert 0 < view.model.total() < 20
    rows = [view.model.row_object(row) for row in range(view.model.rowCount())]
    assert all("Foshan" in f"{row.organisation} {row.member}" for row in rows), rows

    search.clear()
    qtbot.waitUntil(lambda: view.model.query.text == "", timeout=5000)
    header = view.table.horizontalHeader()
    family = view.model.column_of("family_name")
    x = header.sectionViewportPosition(family) + header.sectionSize(family) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: view.model.query.descending, timeout=5000)
    shown = column(view, "family_name")
    expected = contacts.page(server_window.db, view.model.query, 0, len(shown))
    assert shown == [row.family_name for row in expected]
    assert shown[0] >= shown[-1]


def test_the_overview_and_the_command_line_read_the_server(server_window, server_db, capsys):
    server_window.show_area("overview")
    assert server_window.current_area_key() == "overview"
    code = cli_main(["--lang", "en", "--database", server_db.target, "info"])
    assert code == 0
    assert "Members: 46 (DE 21, CN 25)" in capsys.readouterr().out


def test_a_contact_saved_in_its_editor_reaches_the_server(qtbot, server_db):
    from isa_desk.ui.records.editors.contact_editor import ContactEditor

    first = contacts.page(server_db, ListQuery(text="mueller"), 0, 1)[0]
    someone = contacts.get(server_db, first.id)
    editor = ContactEditor(None, server_db, someone.id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    field = focus(qtbot, editor.form.fields["position"].widget)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "Leiterin Partnerschaften ")
    type_chinese(field, "城市合作办公室")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)
    again = contacts.get(server_db, someone.id)
    assert again.position == "Leiterin Partnerschaften 城市合作办公室"
    assert again.version == someone.version + 1
