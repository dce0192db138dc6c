"""The members list: the alliance's cities, districts, regions and networks."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from isa_desk.core.db.models import MemberKind, MemberStatus
from isa_desk.ui.common import display
from isa_desk.ui.common.table_model import RIGHT, Column, enum_text
from isa_desk.ui.records.contact_owner_view import ContactOwnerView

translate = QCoreApplication.translate

COLUMNS = [
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), 200),
    Column("name_zh", QT_TRANSLATE_NOOP("Columns", "Chinese name"), 120),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), 95, format=enum_text(MemberKind)),
    Column("country", QT_TRANSLATE_NOOP("Columns", "Country"), 95, format=display.country_name),
    Column(
        "region", QT_TRANSLATE_NOOP("Columns", "State/province"), 150, format=display.region_name
    ),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), 105, format=enum_text(MemberStatus)),
    Column(
        "member_since", QT_TRANSLATE_NOOP("Columns", "Member since"), 105, format=display.date_text
    ),
    Column("contacts", QT_TRANSLATE_NOOP("Columns", "Contacts"), 75, align=RIGHT),
    Column("places", QT_TRANSLATE_NOOP("Columns", "Places"), 200),
]


class MembersView(ContactOwnerView):
    key = "members"
    kind = "member"
    filters = ("country", "region", "status", "tag")
    default_sort = "name"

    scope_field = "member_id"

    def columns(self):
        return COLUMNS

    def placeholder(self) -> str:
        return translate("MembersView", "Search members … (Ctrl+F)")

    def search_tooltip(self) -> str:
        return translate(
            "MembersView",
            "Searches name, Chinese name, state or province, places and website. "
            "Umlauts and accents need not be typed: “duren” finds Düren.",
        )

    def count_text(self, shown: int, total: int) -> str:
        if shown != total:
            return translate("MembersView", "{shown} of {total} members").format(
                shown=shown, total=total
            )
        if total == 1:
            return translate("MembersView", "1 member")
        return translate("MembersView", "{count} members").format(count=total)

    def show_contacts_text(self) -> str:
        return translate("MembersView", "Show contacts of this member")

    def new_contact_text(self) -> str:
        return translate("MembersView", "New contact for this member…")

    def scope_label(self, name: str) -> str:
        return translate("MembersView", "Member: {name}").format(name=name)
