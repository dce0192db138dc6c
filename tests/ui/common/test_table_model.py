"""The generic record table model over the real list services."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator

from isa_desk.core import i18n
from isa_desk.core.domain.sorting import text_sort_key
from isa_desk.core.services import contacts, members, organisations
from isa_desk.core.services.common import ListQuery
from isa_desk.ui.common.table_model import RecordTableModel
from isa_desk.ui.records.contacts_view import COLUMNS as CONTACT_COLUMNS
from isa_desk.ui.records.members_view import COLUMNS as MEMBER_COLUMNS
from isa_desk.ui.records.organisations_view import COLUMNS as ORGANISATION_COLUMNS

LISTS = {
    "members": (members, MEMBER_COLUMNS),
    "organisations": (organisations, ORGANISATION_COLUMNS),
    "contacts": (contacts, CONTACT_COLUMNS),
}


def make_model(db, name, page_size=200, query=None):
    service, columns = LISTS[name]
    model = RecordTableModel(db, service, columns, query or ListQuery(), page_size=page_size)
    model.ensure_loaded()
    return model


def column_texts(model, field):
    column = model.column_of(field)
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.mark.parametrize("name", list(LISTS))
def test_every_model_passes_the_model_tester(qtmodeltester, demo_db, name):
    # The tester fetches pages itself (fetchMore) while it checks.
    model = make_model(demo_db, name, page_size=30)
    assert model.rowCount() == 30
    qtmodeltester.check(model)
    assert model.rowCount() > 30


@pytest.mark.parametrize("name", list(LISTS))
def test_a_sorted_and_filtered_model_passes_the_model_tester(qtmodeltester, demo_db, name):
    model = make_model(demo_db, name, query=ListQuery(country="CN"))
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert 0 < model.rowCount() < model.overall()
    qtmodeltester.check(model)
    model.set_query(ListQuery(country="DE"))  # a reset while the tester watches
    assert model.rowCount() > 0


@pytest.mark.parametrize("name", list(LISTS))
def test_an_empty_list_passes_the_model_tester(qtmodeltester, db, name):
    model = make_model(db, name)
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_rows_are_fetched_in_pages_until_all_are_loaded(demo_db):
    model = make_model(demo_db, "contacts", page_size=40)
    total = contacts.count(demo_db, ListQuery())
    assert total > 120
    assert model.total() == total
    assert model.rowCount() == 40
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 80
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == total
    ids = [model.record_id(row) for row in range(total)]
    assert len(set(ids)) == total  # pages neither repeat nor skip a row


def test_a_list_is_not_read_before_it_is_needed(demo_db):
    service, columns = LISTS["members"]
    model = RecordTableModel(demo_db, service, columns)
    assert not model.is_loaded()
    assert model.rowCount() == 0
    model.ensure_loaded()
    assert model.rowCount() == 55


def test_sorting_is_done_by_the_database(demo_db):
    model = make_model(demo_db, "members", page_size=10)
    name = model.column_of("name")
    first_ascending = model.index(0, name).data()
    model.sort(name, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "name" and model.query.descending
    assert model.rowCount() == 10  # still one page: sorted in SQL, not in Python
    names = (r.name for r in members.page(demo_db, ListQuery(), 0, 1000))
    everything = sorted(names, key=text_sort_key)  # DIN 5007, pinyin
    assert model.index(0, name).data() == everything[-1]
    model.sort(name, Qt.SortOrder.AscendingOrder)
    assert model.index(0, name).data() == first_ascending == everything[0]


def test_a_column_the_service_cannot_sort_is_left_alone(demo_db):
    model = make_model(demo_db, "members")
    places = model.column_of("places")
    assert not model.is_sortable(places)
    before = model.query
    model.sort(places, Qt.SortOrder.DescendingOrder)
    assert model.query == before


def test_sort_role_gives_native_values(demo_db):
    model = make_model(demo_db, "members", query=ListQuery(text="Aachen"))
    since = model.index(0, model.column_of("member_since"))
    assert isinstance(since.data(RecordTableModel.SortRole), dt.date)
    contacts_column = model.index(0, model.column_of("contacts"))
    assert isinstance(contacts_column.data(RecordTableModel.SortRole), int)
    assert model.index(0, 0).data(RecordTableModel.IdRole) == model.record_id(0)


def test_dates_enums_countries_and_flags_are_shown_readably(demo_db):
    model = make_model(demo_db, "members", query=ListQuery(text="Aachen"))
    assert model.index(0, model.column_of("status")).data() == "Member"
    assert model.index(0, model.column_of("kind")).data() == "City"
    since = model.index(0, model.column_of("member_since")).data()
    assert "2017" in since
    organisations_model = make_model(demo_db, "organisations")
    board = organisations_model.column_of("advisory_board")
    shown = {
        organisations_model.index(r, board).data() for r in range(organisations_model.rowCount())
    }
    assert shown == {"✓", ""}
    native = {
        organisations_model.index(r, board).data(RecordTableModel.SortRole)
        for r in range(organisations_model.rowCount())
    }
    assert native == {True, False}


class GermanLabels(QTranslator):
    """Stands in for the compiled German catalogue (the .ts files are filled in later)."""

    TEXTS = {("Labels", "Member"): "Mitglied", ("Columns", "Status"): "Status (de)"}

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.TEXTS.get((context, source), "")


def test_enum_labels_and_headers_go_through_the_translator(qapp, demo_db):
    model = make_model(demo_db, "members", query=ListQuery(text="Aachen"))
    translator = GermanLabels()
    QCoreApplication.installTranslator(translator)
    # the labels of codes are translated in core, through the hook the program installs
    i18n.set_translator(lambda context, text, *more: translator.translate(context, text) or text)
    try:
        status = model.column_of("status")
        assert model.index(0, status).data() == "Mitglied"
        assert model.headerData(status, Qt.Orientation.Horizontal) == "Status (de)"
    finally:
        QCoreApplication.removeTranslator(translator)
        i18n.set_translator(None)
    assert model.index(0, status).data() == "Member"


def test_set_query_filters_and_reports_counts(qtbot, demo_db):
    model = make_model(demo_db, "members")
    assert (model.total(), model.overall()) == (55, 55)
    with qtbot.waitSignal(model.countsChanged) as signal:
        model.set_query(ListQuery(text="duren"))
    assert signal.args == [1, 55]
    assert column_texts(model, "name") == ["Kreis Düren"]


def test_reload_keeps_the_rows_the_view_had_loaded(demo_db):
    model = make_model(demo_db, "contacts", page_size=20)
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 60
    model.reload()
    assert model.rowCount() == 60


def test_rows_as_text_is_tab_separated_with_a_header(demo_db):
    model = make_model(demo_db, "members", query=ListQuery(text="duren"))
    columns = [model.column_of("name"), model.column_of("status")]
    text = model.rows_as_text([0], columns)
    assert text == "Name\tStatus\nKreis Düren\tMember\n"


@pytest.mark.parametrize(("sort", "descending"), [("family_name", False), ("given_name", True)])
def test_pages_read_on_from_the_last_row_are_the_pages_counted_off(demo_db, sort, descending):
    # contacts read each next page from the last row fetched (page_after), not by OFFSET
    query = ListQuery(sort=sort, descending=descending)
    model = make_model(demo_db, "contacts", page_size=25, query=query)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    expected = [row.id for row in contacts.page(demo_db, query, 0, 10_000)]
    assert [model.record_id(row) for row in range(model.rowCount())] == expected


def test_a_page_after_a_row_that_is_gone_is_counted_off(demo_db):
    model = make_model(demo_db, "contacts", page_size=25)
    contacts.delete(demo_db, [model.record_id(24)])  # someone else deletes the last row
    model.fetchMore(QModelIndex())
    expected = [row.id for row in contacts.page(demo_db, ListQuery(), 25, 25)]
    assert [model.record_id(row) for row in range(25, 50)] == expected


def test_the_texts_kept_for_shown_rows_follow_a_reload(demo_db):
    model = make_model(demo_db, "contacts", page_size=25)
    family = model.column_of("family_name")
    first = model.index(0, family)
    assert first.data()  # made and kept
    assert first.data(Qt.ItemDataRole.TextAlignmentRole) == int(model.columns[family].align)
    assert first.data(Qt.ItemDataRole.FontRole) is None
    assert model.data(QModelIndex()) is None
    record_id = model.record_id(0)
    version = contacts.get(demo_db, record_id).version
    contacts.update(demo_db, record_id, {"family_name": "Aaberg"}, version)
    model.reload()
    assert model.index(model.row_of_id(record_id), family).data() == "Aaberg"
