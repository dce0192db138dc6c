"""The organisations list: administrations, agencies, chambers, companies, press."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from isa_desk.core.db.models import OrganisationKind
from isa_desk.ui.common import display
from isa_desk.ui.common.table_model import CENTER, Column, enum_text
from isa_desk.ui.records.contact_owner_view import ContactOwnerView

translate = QCoreApplication.translate

COLUMNS = [
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), 250),
    Column("name_zh", QT_TRANSLATE_NOOP("Columns", "Chinese name"), 140),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), 175, format=enum_text(OrganisationKind)),
    Column("member", QT_TRANSLATE_NOOP("Columns", "Member"), 130, visible=False),
    Column("town", QT_TRANSLATE_NOOP("Columns", "Town"), 110),
    Column("country", QT_TRANSLATE_NOOP("Columns", "Country"), 95, format=display.country_name),
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


class OrganisationsView(ContactOwnerView):
    key = "organisations"
    kind = "organisation"
    filters = ("country", "region", "member", "tag")
    default_sort = "name"

    scope_field = "organisation_id"

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

    def show_contacts_text(self) -> str:
        return translate("OrganisationsView", "Show contacts of this organisation")

    def new_contact_text(self) -> str:
        return translate("OrganisationsView", "New contact at this organisation…")

    def scope_label(self, name: str) -> str:
        return translate("OrganisationsView", "Organisation: {name}").format(name=name)
