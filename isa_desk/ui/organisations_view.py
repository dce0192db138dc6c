"""The organisations list: administrations, agencies, chambers, companies, press."""

from __future__ import annotations

from types import ModuleType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QAction

from isa_desk.core.models import OrganisationKind
from isa_desk.core.services import organisations
from isa_desk.ui import labels
from isa_desk.ui.list_view import ListArea
from isa_desk.ui.table_model import CENTER, Column, enum_text

translate = QCoreApplication.translate

COLUMNS = [
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), 250),
    Column("name_zh", QT_TRANSLATE_NOOP("Columns", "Chinese name"), 140),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), 175, format=enum_text(OrganisationKind)),
    Column("member", QT_TRANSLATE_NOOP("Columns", "Member"), 130, visible=False),
    Column("town", QT_TRANSLATE_NOOP("Columns", "Town"), 110),
    Column("country", QT_TRANSLATE_NOOP("Columns", "Country"), 95, format=labels.country_name),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 150, visible=False),
    Column("email", QT_TRANSLATE_NOOP("Columns", "E-mail"), 175),
    Column(
        "advisory_board",
        QT_TRANSLATE_NOOP("Columns", "Advisory board"),
        100,
        align=CENTER,
        check=True,
    ),
]


class OrganisationsView(ListArea):
    key = "organisations"
    kind = "organisation"
    filters = ("country", "region", "member", "tag")
    default_sort = "name"

    showContactsRequested = Signal(str, int, str)

    def service(self) -> ModuleType:
        return organisations

    def columns(self):
        return COLUMNS

    def placeholder(self) -> str:
        return translate("OrganisationsView", "Search organisations … (Ctrl+F)")

    def search_tooltip(self) -> str:
        return translate(
            "OrganisationsView",
            "Searches name, Chinese name, town, state or province and e-mail. "
            "Umlauts and accents need not be typed: “koln” finds Köln.",
        )

    def count_text(self, shown: int, total: int) -> str:
        if shown != total:
            return translate("OrganisationsView", "{shown} of {total} organisations").format(
                shown=shown, total=total
            )
        if total == 1:
            return translate("OrganisationsView", "1 organisation")
        return translate("OrganisationsView", "{count} organisations").format(count=total)

    def build_actions(self) -> list[QAction | None]:
        self.show_contacts_action = QAction(
            translate("OrganisationsView", "Show contacts of this organisation"), self
        )
        self.show_contacts_action.triggered.connect(self.show_contacts)
        self.new_contact_action = QAction(
            translate("OrganisationsView", "New contact at this organisation…"), self
        )
        self.new_contact_action.triggered.connect(self.new_contact)
        return [self.show_contacts_action, self.new_contact_action]

    def update_actions(self) -> None:
        one = len(self.selected_rows()) == 1
        self.show_contacts_action.setEnabled(one)
        self.new_contact_action.setEnabled(one and self.can_edit())

    def _current_row(self):
        rows = self.selected_rows()
        return self.model.row_object(rows[0]) if len(rows) == 1 else None

    def show_contacts(self) -> None:
        row = self._current_row()
        if row is not None:
            self.showContactsRequested.emit(
                "organisation_id",
                row.id,
                translate("OrganisationsView", "Organisation: {name}").format(name=row.name),
            )

    def new_contact(self) -> None:
        row = self._current_row()
        if row is not None:
            if self.open_record(None, {"organisation_id": row.id}, kind="contact") is not None:
                self.after_change(row.id)
