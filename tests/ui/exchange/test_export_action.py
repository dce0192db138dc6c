"""Export from the main window: the shown list's filter or its selected rows, an event's
participants, the save dialog's remembered folder; the File menu's import and undo
actions. Progress and cancel are those of ui/common/background (tested there)."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox

from isa_desk.core.services import contacts
from isa_desk.core.services.common import ListQuery
from isa_desk.ui.exchange import exchange_menu
from isa_desk.ui.exchange.import_wizard import ImportWizard
from tests.ui.dialogs import answer_next_dialog, click_named


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """Answers the save dialog with files in tmp_path/out; records the folder offered."""
    offered: list[str] = []
    (tmp_path / "out").mkdir()

    def answer(parent, caption, start, filters):
        offered.append(start)
        return str(tmp_path / "out" / f"export{len(offered)}"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return offered


def data_rows(path) -> list[tuple]:
    return list(load_workbook(path).active.iter_rows(values_only=True))[1:]


def test_the_filtered_list_is_exported_and_the_folder_remembered(window, save_as, tmp_path):
    window.show_area("contacts")
    area = window.areas["contacts"]
    area.filter_bar.search.setText("müller")
    area.filter_bar.flush()
    expected = contacts.count(window.db, area.query())
    assert 0 < expected < 152
    assert window.export_action.isEnabled()
    window.export_action.trigger()
    written = tmp_path / "out" / "export1.xlsx"  # .xlsx added to the name chosen
    assert len(data_rows(written)) == expected
    assert "rows exported" in window.statusBar().currentMessage()

    window.export_action.trigger()
    assert save_as[1].startswith(str(tmp_path / "out"))  # the folder used last
    assert save_as[0].endswith(".xlsx")


def test_only_the_selected_rows_when_the_user_says_so(qtbot, window, save_as, tmp_path):
    window.show_area("contacts")
    area = window.areas["contacts"]
    area.table.selectRow(2)
    area.table.selectionModel().select(
        area.model.index(5, 0),
        area.table.selectionModel().SelectionFlag.Select
        | area.table.selectionModel().SelectionFlag.Rows,
    )
    ids = area.selected_ids()
    assert len(ids) == 2
    errors = answer_next_dialog(click_named("exportSelected"), QMessageBox)
    window.export_action.trigger()
    assert errors == []
    assert sorted(row[0] for row in data_rows(tmp_path / "out" / "export1.xlsx")) == sorted(ids)

    errors = answer_next_dialog(click_named("exportAll"), QMessageBox)
    window.export_action.trigger()
    assert errors == []
    assert len(data_rows(tmp_path / "out" / "export2.xlsx")) == contacts.count(
        window.db, ListQuery()
    )


def test_the_member_list_and_the_participants_of_the_chosen_event(window, save_as, tmp_path):
    window.show_area("members")
    window.export_action.trigger()
    book = load_workbook(tmp_path / "out" / "export1.xlsx")
    assert len(book.worksheets) == 2  # with the counts per country and region

    window.show_area("events")
    events = window.areas["events"]
    events.table.selectRow(0)
    assert events.current_id() is not None
    window.export_action.trigger()
    rows = list(load_workbook(tmp_path / "out" / "export2.xlsx").active.iter_rows(values_only=True))
    assert rows[0][12] == "Participation" and len(rows) > 5


def test_the_overview_has_nothing_to_export(window, save_as):
    window.show_area("overview")
    errors = answer_next_dialog(lambda box: box.accept(), QMessageBox)
    assert exchange_menu.export_shown(window) is None
    assert errors == [] and save_as == []


def test_the_import_opens_for_the_list_shown_and_reloads_afterwards(qtbot, window):
    window.show_area("members")
    wizard = exchange_menu.import_list(window)  # a child of the window, deleted on close
    assert isinstance(wizard, ImportWizard) and wizard.list_name == "members"
    assert wizard.pages[0].members.isChecked()
    wizard.reject()
    window.show_area("contacts")
    wizard = exchange_menu.import_list(window)
    assert wizard.list_name == "contacts"
    wizard.reject()
    labels = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Import list…" in labels and "&Export list…" in labels
