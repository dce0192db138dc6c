"""The list areas: search as you type, filters, sorting, columns, paging, copy, open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from isa_desk.core.domain.sorting import text_sort_key
from isa_desk.core.services import contacts, members
from isa_desk.core.services.common import ListQuery
from isa_desk.ui.records.contacts_view import ContactsView
from isa_desk.ui.records.members_view import MembersView
from isa_desk.ui.records.organisations_view import OrganisationsView
from isa_desk.ui.shell.settings import Settings


def show(qtbot, view):
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def members_view(qtbot, demo_db, settings):
    return show(qtbot, MembersView(demo_db, settings))


@pytest.fixture
def contacts_view(qtbot, demo_db, settings):
    return show(qtbot, ContactsView(demo_db, settings))


def names(view, field="name"):
    model = view.model
    column = model.column_of(field)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def field_values(view, field):
    return [getattr(view.model.row_object(row), field) for row in range(view.model.rowCount())]


def choose(combo, text):
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


# search ------------------------------------------------------------------------------------


def test_a_list_loads_when_shown(members_view):
    assert members_view.model.total() == 55
    assert members_view.model.rowCount() == 55


def test_searching_duren_shows_kreis_dueren(qtbot, members_view):
    qtbot.keyClicks(members_view.filter_bar.search, "duren")
    # debounced: one query after the typing, not one per key
    assert members_view.model.total() == 55
    qtbot.waitUntil(lambda: members_view.model.total() == 1, timeout=2000)
    assert names(members_view) == ["Kreis Düren"]


def test_search_folds_umlauts_and_finds_chinese(qtbot, members_view, contacts_view):
    contacts_view.filter_bar.search.setText("mueller")
    qtbot.waitUntil(lambda: contacts_view.model.total() == 4, timeout=2000)
    assert set(names(contacts_view, "family_name")) == {"Müller"}
    members_view.filter_bar.search.setText("佛山")
    qtbot.waitUntil(lambda: members_view.model.total() == 1, timeout=2000)
    assert names(members_view) == ["Foshan"]


def test_return_in_the_search_field_goes_to_the_first_hit(qtbot, members_view):
    search = members_view.filter_bar.search
    search.setFocus()
    qtbot.keyClicks(search, "aachen")
    qtbot.keyClick(search, Qt.Key.Key_Down)  # applies the pending search at once
    assert names(members_view) == ["Aachen"]
    assert members_view.selected_rows() == [0]


def test_escape_clears_the_search(qtbot, members_view):
    search = members_view.filter_bar.search
    search.setText("duren")
    qtbot.waitUntil(lambda: members_view.model.total() == 1, timeout=2000)
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: members_view.model.total() == 55, timeout=2000)


# filters -----------------------------------------------------------------------------------


def test_country_and_dependent_region_filters(members_view, demo_db):
    bar = members_view.filter_bar
    bar.set_value("country", "CN")
    assert set(field_values(members_view, "country")) == {"CN"}
    region = bar.combos["region"]
    offered = {region.itemData(i) for i in range(1, region.count())}
    assert offered == set(members.regions(demo_db, "CN"))
    assert "Hessen" not in offered
    choose(region, "Guangdong")
    expected = members.count(demo_db, ListQuery(country="CN", region="Guangdong"))
    assert members_view.model.total() == expected > 1
    assert set(field_values(members_view, "region")) == {"Guangdong"}


def test_status_filter(members_view):
    members_view.filter_bar.set_value("status", "prospect")
    assert members_view.model.total() == 7
    assert set(field_values(members_view, "status")) == {"prospect"}


def test_tag_filter_and_reset(contacts_view, demo_db):
    bar = contacts_view.filter_bar
    assert not bar.reset_button.isEnabled()
    choose(bar.combos["tag"], "Presse")
    assert contacts_view.model.total() == contacts.count(demo_db, ListQuery(tag="Presse")) > 0
    assert bar.reset_button.isEnabled()
    bar.reset_button.click()
    assert contacts_view.model.total() == 152
    assert bar.combos["tag"].currentIndex() == 0


def test_member_filter_on_contacts(contacts_view, demo_db):
    member_id = members.page(demo_db, ListQuery(text="Aachen"), 0, 1)[0].id
    contacts_view.filter_bar.set_value("member", member_id)
    assert contacts_view.model.total() == members.contact_count(demo_db, [member_id]) > 0
    assert set(field_values(contacts_view, "member")) == {"Aachen"}


def test_active_only_filter(contacts_view, demo_db):
    contacts_view.filter_bar.active.setChecked(True)
    assert contacts_view.model.total() == contacts.count(demo_db, ListQuery(active_only=True))


# sorting and columns -----------------------------------------------------------------------


def click_header(qtbot, view, field):
    header = view.table.horizontalHeader()
    column = view.model.column_of(field)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_clicking_a_header_sorts_in_the_database(qtbot, members_view):
    assert names(members_view)[0] == "Aachen"
    click_header(qtbot, members_view, "name")
    assert members_view.model.query.sort == "name" and members_view.model.query.descending
    # as Excel sorts (DIN 5007: "Köln" before "Kreis Düren"), not by code point
    assert names(members_view) == sorted(names(members_view), key=text_sort_key, reverse=True)
    click_header(qtbot, members_view, "contacts")
    counts = field_values(members_view, "contacts")
    assert counts == sorted(counts)
    assert (
        members_view.table.horizontalHeader().sortIndicatorSection()
        == members_view.model.column_of("contacts")
    )


def test_a_column_the_database_cannot_sort_keeps_the_indicator(qtbot, members_view):
    before = names(members_view)
    click_header(qtbot, members_view, "places")
    header = members_view.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sortIndicatorSection() == members_view.model.column_of("name"))
    assert names(members_view) == before


def test_column_chooser_hides_columns_and_remembers(qtbot, demo_db, home):
    settings = Settings(home / "settings.ini")
    view = show(qtbot, MembersView(demo_db, settings))
    menu = view.column_menu()
    places = next(a for a in menu.actions() if a.text() == "Places")
    assert places.isChecked()
    places.setChecked(False)
    column = view.model.column_of("places")
    assert view.table.horizontalHeader().isSectionHidden(column)
    view.table.horizontalHeader().resizeSection(0, 333)
    view.save_state()

    again = show(qtbot, MembersView(demo_db, Settings(home / "settings.ini")))
    assert again.table.horizontalHeader().isSectionHidden(column)
    assert again.table.horizontalHeader().sectionSize(0) == 333
    again.reset_columns()
    assert not again.table.horizontalHeader().isSectionHidden(column)


def test_the_last_visible_column_cannot_be_hidden(members_view):
    for column in members_view.model.columns:
        members_view.set_column_visible(column.field, False)
    assert len(members_view.visible_columns()) == 1


# paging, selection, copy -------------------------------------------------------------------


def test_the_view_fetches_more_rows_when_scrolled(qtbot, contacts_view):
    contacts_view.model.page_size = 40
    contacts_view.apply_filters()
    assert contacts_view.model.rowCount() == 40 < contacts_view.model.total() == 152
    for _ in range(10):
        contacts_view.table.scrollToBottom()
        QApplication.processEvents()
    assert contacts_view.model.rowCount() > 40


def test_copy_selected_rows_as_tab_separated_text(members_view):
    members_view.filter_bar.set_value("country", "DE")
    members_view.table.selectRow(0)
    members_view.table.selectionModel().select(
        members_view.model.index(2, 0),
        members_view.table.selectionModel().SelectionFlag.Select
        | members_view.table.selectionModel().SelectionFlag.Rows,
    )
    text = members_view.copy_rows()
    assert QGuiApplication.clipboard().text() == text
    lines = text.splitlines()
    visible = members_view.visible_columns()
    assert lines[0].split("\t") == [members_view.model.columns[c].title() for c in visible]
    assert len(lines) == 3
    assert lines[1].split("\t")[0] == names(members_view)[0]
    assert all(len(line.split("\t")) == len(visible) for line in lines)


def test_selection_survives_a_reload(members_view):
    members_view.table.selectRow(3)
    chosen = members_view.selected_ids()
    members_view.reload()
    assert members_view.selected_ids() == chosen


# opening -----------------------------------------------------------------------------------


@pytest.fixture
def opened(monkeypatch):
    """Records calls of the editor (the editors are tested on their own)."""
    from isa_desk.ui.records import editors

    calls = []

    def fake_open_editor(parent, db, kind, record_id=None, initial=None):
        calls.append((kind, record_id, initial))
        return None

    monkeypatch.setattr(editors, "open_editor", fake_open_editor)
    return calls


def test_return_and_double_click_open_the_record(qtbot, members_view, opened):
    table = members_view.table
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    record_id = members_view.model.record_id(1)
    assert opened == [("member", record_id, None)]
    rect = table.visualRect(members_view.model.index(4, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened[-1] == ("member", members_view.model.record_id(4), None)


def test_a_saved_record_is_reloaded_and_selected(monkeypatch, members_view, demo_db):
    from isa_desk.ui.records import editors

    def save_new(parent, db, kind, record_id=None, initial=None):
        return members.create(db, {"name": "Aaa-Neustadt", "country": "DE"}).id

    monkeypatch.setattr(editors, "open_editor", save_new)
    with_signal = []
    members_view.recordsChanged.connect(lambda: with_signal.append(True))
    new_id = members_view.new_record()
    assert members_view.model.total() == 56
    assert members_view.selected_ids() == [new_id]
    assert with_signal == [True]


def test_new_contact_for_a_member_presets_the_member(members_view, opened):
    members_view.table.selectRow(0)
    assert members_view.new_contact_action.isEnabled()
    members_view.new_contact_action.trigger()
    assert opened == [("contact", None, {"member_id": members_view.model.record_id(0)})]


def test_contact_actions_follow_the_selection(contacts_view):
    assert not contacts_view.merge_action.isEnabled()
    contacts_view.table.selectRow(0)
    assert contacts_view.email_action.isEnabled()
    assert not contacts_view.merge_action.isEnabled()
    contacts_view.table.selectionModel().select(
        contacts_view.model.index(1, 0),
        contacts_view.table.selectionModel().SelectionFlag.Select
        | contacts_view.table.selectionModel().SelectionFlag.Rows,
    )
    assert contacts_view.merge_action.isEnabled()


def test_copy_address_of_a_contact(contacts_view):
    contacts_view.filter_bar.search.setText("mueller")
    contacts_view.filter_bar.flush()
    contacts_view.table.selectRow(0)
    text = contacts_view.copy_addresses()
    assert "Müller" in text
    assert QGuiApplication.clipboard().text() == text


def test_organisations_list_shows_the_advisory_board(qtbot, demo_db, settings):
    view = show(qtbot, OrganisationsView(demo_db, settings))
    view.filter_bar.search.setText("Handelskammer")
    view.filter_bar.flush()
    assert view.model.total() >= 1
    column = view.model.column_of("advisory_board")
    assert view.model.index(0, column).data() == "✓"
    view.table.selectRow(0)
    assert view.copy_rows().splitlines()[1].endswith("\tYes")
