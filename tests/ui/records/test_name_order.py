"""The contacts list in the window sorts names as Excel and Outlook do, by the database,
whichever way its header is clicked."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from isa_desk.core.services import contacts, members
from isa_desk.ui.records.contacts_view import ContactsView
from isa_desk.ui.records.editors.member_editor import contact_rows

# in the order of the list: DIN 5007-1, particles passed over
ORDER = ["Ärmel", "Böhm", "Busch", "de Maizière", "Zimmermann"]


def click_header(qtbot, view, field: str) -> None:
    header = view.table.horizontalHeader()
    column = view.model.column_of(field)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def shown(view) -> list[str]:
    column = view.model.column_of("family_name")
    texts = [view.model.index(row, column).data() for row in range(view.model.rowCount())]
    return [text for text in texts if text in ORDER]


def test_the_contacts_list_shows_aermel_before_boehm_before_busch(qtbot, db, sample, settings):
    for family in ("Zimmermann", "Busch", "de Maizière", "Böhm", "Ärmel"):
        contacts.create(db, {"family_name": family, "organisation_id": sample.city_hall})
    view = ContactsView(db, settings)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    assert shown(view) == ORDER
    click_header(qtbot, view, "family_name")  # sorted by it already: now the other way
    assert (view.model.query.sort, view.model.query.descending) == ("family_name", True)
    assert shown(view) == list(reversed(ORDER))
    click_header(qtbot, view, "family_name")
    assert not view.model.query.descending
    assert shown(view) == ORDER
    # the sort role agrees with the database's order
    column = view.model.column_of("family_name")
    keys = [
        view.model.index(row, column).data(view.model.SortRole)
        for row in range(view.model.rowCount())
        if view.model.index(row, column).data() in ("Ärmel", "Böhm", "Busch")
    ]
    assert keys == sorted(keys)


def test_a_members_contacts_in_list_order(db, sample):
    for family in ("Zimmermann", "Busch", "de Maizière", "Böhm", "Ärmel"):
        contacts.create(db, {"family_name": family, "member_id": sample.aachen})
    # the member's editor lists its contacts from the loaded records, by the same keys
    rows = contact_rows(members.get(db, sample.aachen).contacts)
    names = [cells[0] for _id, cells in rows]
    assert [name for name in names if name in ORDER] == ORDER
