"""The main window: areas, shortcuts, status bar, undo, settings, another database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from isa_desk.core.services import contacts
from isa_desk.core.services.common import ListQuery
from isa_desk.ui.shell import main_menus
from isa_desk.ui.shell.app import create_main_window
from isa_desk.ui.shell.settings import Settings


@pytest.fixture
def active(qtbot, window):
    """The window, active, so that its shortcuts fire."""
    window.activateWindow()
    qtbot.waitActive(window)
    return window


@pytest.fixture
def opened(monkeypatch):
    from isa_desk.ui.records import editors

    calls = []
    monkeypatch.setattr(
        editors,
        "open_editor",
        lambda parent, db, kind, record_id=None, initial=None: calls.append(
            (kind, record_id, initial)
        ),
    )
    return calls


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def test_title_areas_and_status_bar(window):
    assert window.windowTitle() == "ISA Desk – demo.sqlite"
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == ["Overview", "Members", "Organisations", "Contacts", "Inquiries", "Events"]
    assert window.current_area_key() == "overview"
    assert window.db.location in window.location_label.text()
    window.show_area("members")
    assert window.count_label.text() == "55 members"
    assert window.size() == QSize(1280, 800)


def test_status_bar_shows_filtered_and_total(qtbot, window):
    window.show_area("contacts")
    assert window.count_label.text() == "152 contacts"
    window.current_list().filter_bar.search.setText("mueller")
    qtbot.waitUntil(lambda: window.count_label.text() == "4 of 152 contacts", timeout=2000)
    area = window.current_list()
    area.table.selectAll()
    assert window.count_label.text() == "4 of 152 contacts · 4 selected"


def test_ctrl_number_switches_areas(qtbot, active):
    for number, key in enumerate(["overview", "members", "organisations", "contacts"], 1):
        press(qtbot, active, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert active.current_area_key() == key
    assert active.area_actions[3].isChecked()


def test_overview_tiles_and_charts(window):
    overview = window.areas["overview"]
    assert overview.tiles["members"].number.text() == "46"
    assert overview.tiles["contacts"].number.text() == "152"
    german = overview.charts["DE"].items()
    chinese = overview.charts["CN"].items()
    assert sum(count for _, count in german) == 21
    assert sum(count for _, count in chinese) == 25
    assert german[0] == ("Nordrhein-Westfalen", 8)
    assert ("(not stated)", 1) in chinese  # Taizhou: province not known
    table = overview.status_table
    assert table.item(table.rowCount() - 1, table.columnCount() - 1).text() == "55"


def test_overview_tile_opens_the_list(qtbot, window):
    tile = window.areas["overview"].tiles["contacts"]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.current_area_key() == "contacts"


def test_ctrl_f_focuses_the_search(qtbot, active):
    active.show_area("contacts")
    active.current_list().table.setFocus()
    press(qtbot, active, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is active.current_list().filter_bar.search


def test_ctrl_n_and_return_open_editors(qtbot, active, opened):
    active.show_area("organisations")
    area = active.current_list()
    area.table.setFocus()
    press(qtbot, active, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [("organisation", None, None)]
    area.table.selectRow(2)
    press(qtbot, active, Qt.Key.Key_Return)
    assert opened[-1] == ("organisation", area.model.record_id(2), None)


def test_ctrl_c_copies_the_selected_rows(qtbot, active):
    active.show_area("members")
    area = active.current_list()
    area.table.setFocus()
    area.table.selectRow(0)
    press(qtbot, active, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].startswith("Name\tChinese name\t")
    assert lines[1].startswith("Aachen\t亚琛\t")
    assert len(lines) == 2


def test_delete_asks_and_ctrl_z_brings_it_back(qtbot, active, monkeypatch, demo_db):
    asked = []

    def answer_yes(*args, **kwargs):
        asked.append(args[2] if len(args) > 2 else "")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    active.show_area("contacts")
    area = active.current_list()
    area.table.setFocus()
    area.table.selectRow(0)
    doomed = area.selected_ids()[0]
    press(qtbot, active, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert area.model.total() == 151
    assert active.count_label.text() == "151 contacts"
    assert area.model.row_of_id(doomed) == -1
    assert active.undo_action.isEnabled()

    area.table.setFocus()
    press(qtbot, active, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert contacts.count(demo_db, ListQuery()) == 152
    assert area.model.total() == 152
    assert area.model.row_of_id(doomed) >= 0
    assert not active.undo_action.isEnabled()


def test_delete_in_one_list_refreshes_the_others(qtbot, window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.show_area("members")
    window.show_area("contacts")
    window.current_list().table.selectRow(0)
    window.delete_records()
    window.show_area("overview")
    assert window.areas["overview"].tiles["contacts"].number.text() == "151"


def test_show_contacts_of_a_member_and_an_organisation(window):
    window.show_area("members")
    members_view = window.current_list()
    members_view.filter_bar.search.setText("Aachen")
    members_view.filter_bar.flush()
    members_view.table.selectRow(0)
    members_view.show_contacts_action.trigger()
    assert window.current_area_key() == "contacts"
    contacts_view = window.current_list()
    assert {
        r.member
        for r in (contacts_view.model.row_object(i) for i in range(contacts_view.model.rowCount()))
    } == {"Aachen"}

    window.show_area("organisations")
    organisations_view = window.current_list()
    organisations_view.filter_bar.search.setText("Wirtschaftsförderung Köln")
    organisations_view.filter_bar.flush()
    row = [
        organisations_view.model.row_object(i).name
        for i in range(organisations_view.model.rowCount())
    ].index("Wirtschaftsförderung Köln")
    organisations_view.table.selectRow(row)
    organisations_view.show_contacts_action.trigger()
    assert contacts_view.scope_button.isVisible()
    assert "Wirtschaftsförderung Köln" in contacts_view.scope_button.text()
    assert contacts_view.model.total() >= 1
    assert {
        contacts_view.model.row_object(i).organisation
        for i in range(contacts_view.model.rowCount())
    } == {"Wirtschaftsförderung Köln"}
    contacts_view.scope_button.click()
    assert not contacts_view.scope_button.isVisible()


def test_settings_are_restored_in_a_second_window(qtbot, demo_db, home):
    first = create_main_window(demo_db, Settings(home / "settings.ini"))
    qtbot.addWidget(first)
    first.show()
    first.resize(1000, 560)
    first.show_area("contacts")
    first.current_list().set_column_visible("phone", True)
    first.current_list().set_column_visible("organisation", False)
    first.close()

    second = create_main_window(demo_db, Settings(home / "settings.ini"))
    qtbot.addWidget(second)
    second.show()
    # (the offscreen screen is 800×600: restoring fits the width to it, the height stays)
    assert second.height() == 560
    assert second.current_area_key() == "contacts"
    area = second.current_list()
    header = area.table.horizontalHeader()
    assert not header.isSectionHidden(area.model.column_of("phone"))
    assert header.isSectionHidden(area.model.column_of("organisation"))
    assert (home / "settings.ini").exists()


def test_columns_menu_lists_the_columns_of_the_current_list(window):
    window.show_area("members")
    main_menus.fill_columns_menu(window)
    texts = [a.text() for a in window.columns_menu.actions() if a.isCheckable()]
    assert texts[:3] == ["Name", "Chinese name", "Kind"]


def test_language_choice_is_saved_for_the_next_start(window, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    window.language_actions["zh"].trigger()
    assert window.settings.language() == "zh"
    assert "next time" in told[0]


def test_opening_a_file_that_is_no_database_keeps_the_current_one(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    junk = tmp_path / "notes.sqlite"
    junk.write_text("shopping list")
    assert not window.switch_database(str(junk))
    assert "notes.sqlite" in shown[0] and "not an ISA Desk database" in shown[0]
    assert window.windowTitle() == "ISA Desk – demo.sqlite"


def test_opening_another_database(window, tmp_path):
    assert window.switch_database(str(tmp_path / "fresh.sqlite"))
    assert window.windowTitle() == "ISA Desk – fresh.sqlite"
    window.show_area("members")
    assert window.count_label.text() == "0 members"
    window.show_area("overview")
    assert window.areas["overview"].tiles["members"].number.text() == "0"


def test_bar_chart_paints_longer_bars_for_larger_counts(qtbot):
    from PySide6.QtGui import QColor

    from isa_desk.ui.common import style
    from isa_desk.ui.common.bar_chart import BarChart

    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_items([("广东", 8), ("河南", 3), ("Nordrhein-Westfalen", 1)])
    chart.resize(420, chart.sizeHint().height())
    image = chart.grab().toImage()
    row_height = chart.sizeHint().height() // 3

    def bar_length(row):
        y = 4 + row * row_height + row_height // 2
        bar = QColor(style.CHART_BAR)
        return sum(1 for x in range(image.width()) if image.pixelColor(x, y) == bar)

    lengths = [bar_length(row) for row in range(3)]
    assert lengths[0] > lengths[1] > lengths[2] > 0
    assert chart.sizeHint().height() > BarChart().sizeHint().height()


def test_later_areas_can_add_a_section_to_the_overview(window, monkeypatch):
    from PySide6.QtWidgets import QLabel

    from isa_desk.ui.overview import overview_view as overview

    monkeypatch.setattr(
        overview,
        "SECTIONS",
        [lambda db, parent: QLabel("Due follow-ups: 2"), lambda db, parent: None],
    )
    area = window.areas["overview"]
    area.refresh()
    assert [w.text() for w in area.extra_sections] == ["Due follow-ups: 2"]
    area.refresh()  # rebuilt, not added twice
    assert len(area.extra_sections) == 1


def test_places_and_countries_follow_the_ui_language(qapp):
    from PySide6.QtCore import QLocale

    from isa_desk.ui.common import display

    before = QLocale()
    try:
        QLocale.setDefault(QLocale("zh_CN"))
        assert display.region_name("Guangdong") == "广东"
        assert display.country_name("DE") == "德国"
        QLocale.setDefault(QLocale("de"))
        assert display.region_name("Guangdong") == "Guangdong"
        assert display.country_name("CN") == "China"
        assert display.date_text(dt.date(2021, 10, 15)) == "15.10.2021"
    finally:
        QLocale.setDefault(before)
