"""The contacts list: the people the office writes to."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from isa_desk.core.db.models import Language
from isa_desk.ui.common import display
from isa_desk.ui.common.list_view import ListArea
from isa_desk.ui.common.table_model import CENTER, Column, enum_text
from isa_desk.ui.records import record_actions

translate = QCoreApplication.translate

COLUMNS = [
    Column("family_name", QT_TRANSLATE_NOOP("Columns", "Family name"), 120),
    Column("given_name", QT_TRANSLATE_NOOP("Columns", "Given name"), 110),
    Column("name_zh", QT_TRANSLATE_NOOP("Columns", "Chinese name"), 90),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), 75),
    Column("position", QT_TRANSLATE_NOOP("Columns", "Position"), 190),
    Column("organisation", QT_TRANSLATE_NOOP("Columns", "Organisation"), 240),
    Column("member", QT_TRANSLATE_NOOP("Columns", "Member"), 130, visible=False),
    Column("email", QT_TRANSLATE_NOOP("Columns", "E-mail"), 220),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 150, visible=False),
    Column("town", QT_TRANSLATE_NOOP("Columns", "Town"), 120, visible=False),
    Column(
        "country",
        QT_TRANSLATE_NOOP("Columns", "Country"),
        100,
        format=display.country_name,
        visible=False,
    ),
    Column(
        "language",
        QT_TRANSLATE_NOOP("Columns", "Language"),
        90,
        format=enum_text(Language),
        visible=False,
    ),
    Column(
        "active",
        QT_TRANSLATE_NOOP("Columns", "Active"),
        60,
        align=CENTER,
        check=True,
        visible=False,
    ),
]


class ContactsView(ListArea):
    key = "contacts"
    kind = "contact"
    filters = ("country", "region", "member", "tag", "active")
    default_sort = "family_name"

    def columns(self):
        return COLUMNS

    def placeholder(self) -> str:
        return translate("ContactsView", "Search contacts … (Ctrl+F)")

    def search_tooltip(self) -> str:
        return translate(
            "ContactsView",
            "Searches given and family name, Chinese name, position, department, e-mail "
            "and town. Umlauts and accents need not be typed: “mueller” finds Müller.",
        )

    def count_text(self, shown: int, total: int) -> str:
        if shown != total:
            return translate("ContactsView", "{shown} of {total} contacts").format(
                shown=shown, total=total
            )
        if total == 1:
            return translate("ContactsView", "1 contact")
        return translate("ContactsView", "{count} contacts").format(count=total)

    def build_actions(self) -> list[QAction | None]:
        self.email_action = QAction(translate("ContactsView", "Write e-mail"), self)
        self.email_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.email_action.triggered.connect(self.write_email)
        self.address_action = QAction(translate("ContactsView", "Copy postal address"), self)
        self.address_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.address_action.triggered.connect(self.copy_addresses)
        self.merge_action = QAction(translate("ContactsView", "Merge two contacts…"), self)
        self.merge_action.triggered.connect(self.merge)
        self.export_data_action = QAction(translate("ContactsView", "Export personal data…"), self)
        self.export_data_action.setToolTip(
            translate("ContactsView", "Everything held about this person, as PDF or JSON")
        )
        self.export_data_action.triggered.connect(self.export_personal_data)
        self.erase_action = QAction(translate("ContactsView", "Erase for good…"), self)
        self.erase_action.setToolTip(
            translate("ContactsView", "Remove this person everywhere, history included")
        )
        self.erase_action.triggered.connect(self.erase_for_good)
        for action in (self.email_action, self.address_action):
            # the shortcuts work while this list (not another area) has the focus
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        return [
            self.email_action,
            self.address_action,
            None,
            self.merge_action,
            None,
            self.export_data_action,
            self.erase_action,
        ]

    def update_actions(self) -> None:
        count = len(self.selected_rows())
        self.email_action.setEnabled(count > 0)
        self.address_action.setEnabled(count > 0)
        self.merge_action.setEnabled(count == 2)
        self.export_data_action.setEnabled(count == 1)
        self.erase_action.setEnabled(count == 1)

    def write_email(self) -> bool:
        ids = self.selected_ids()
        return bool(ids and record_actions.write_email(self.db, ids, self))

    def copy_addresses(self) -> str:
        ids = self.selected_ids()
        return record_actions.copy_addresses(self.db, ids) if ids else ""

    def export_personal_data(self):
        from isa_desk.ui.privacy.export_action import export_contact_data

        ids = self.selected_ids()
        return export_contact_data(self, self.db, ids[0], self.settings) if len(ids) == 1 else None

    def erase_for_good(self) -> bool:
        from isa_desk.ui.privacy.erase_dialog import erase_contact

        ids = self.selected_ids()
        if len(ids) != 1 or not erase_contact(self, self.db, ids[0], self.undo_stack):
            return False
        self.after_change()
        return True

    def merge(self) -> int | None:
        ids = self.selected_ids()
        if len(ids) != 2:
            return None
        kept = record_actions.merge_contacts(self, self.db, ids)
        if kept is not None:
            self.after_change(kept)
        return kept
