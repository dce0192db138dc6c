"""The main window: navigation between the areas, menus, toolbar and status bar.

The window owns the undo stack and the global actions (new, open, delete, undo, copy,
find); each action works on the list area that is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from isa_desk import __version__
from isa_desk.core.db.engine import Database
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.paths import is_url
from isa_desk.core.services import country_names
from isa_desk.ui.backups import daily, recovery
from isa_desk.ui.common import errors
from isa_desk.ui.common.display import shortcut_text
from isa_desk.ui.common.list_view import ListArea
from isa_desk.ui.common.plain import escaped, plain_label
from isa_desk.ui.events.events_view import EventsView
from isa_desk.ui.inquiries.inquiries_view import InquiriesView
from isa_desk.ui.overview.event_section import overview_section as event_section
from isa_desk.ui.overview.inquiry_section import DueNotice, overview_section
from isa_desk.ui.overview.overview_view import SECTIONS, OverviewArea
from isa_desk.ui.privacy import reminder
from isa_desk.ui.records.contacts_view import ContactsView
from isa_desk.ui.records.members_view import MembersView
from isa_desk.ui.records.organisations_view import OrganisationsView
from isa_desk.ui.shell import live_updates, main_menus, opening_warnings
from isa_desk.ui.shell.settings import Settings
from isa_desk.ui.shell.undo import UndoStack
from isa_desk.ui.team import start as team_start
from isa_desk.ui.welcome import welcome_area

translate = QCoreApplication.translate

if overview_section not in SECTIONS:
    SECTIONS.append(overview_section)  # due follow-ups and open inquiries per status
if event_section not in SECTIONS:
    SECTIONS.append(event_section)  # the next event with its counts and deadline

DEFAULT_SIZE = QSize(1280, 800)
DATABASE_FILTER = "*.sqlite *.db"
NAVIGATION_STYLE = """
QListWidget#navigation { border: none; border-right: 1px solid palette(mid);
                         background: palette(base); padding-top: 8px; outline: 0; }
QListWidget#navigation::item { padding: 9px 16px; border: none; }
QListWidget#navigation::item:selected { background: palette(highlight);
                                        color: palette(highlighted-text); }
"""


class MainWindow(QMainWindow):
    """ISA Desk's one main window over one open database."""

    areaChanged = Signal(str)

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.undo_stack = UndoStack(self)
        self.areas: dict[str, QWidget] = {}
        self.setObjectName("mainWindow")

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(190)
        self.navigation.setStyleSheet(NAVIGATION_STYLE)
        font = self.navigation.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.navigation.setFont(font)
        self.navigation.currentRowChanged.connect(self._navigation_changed)
        self.stack = QStackedWidget()
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)

        self.column_chooser = None
        main_menus.build_actions(self)
        main_menus.build_menus(self)
        main_menus.build_toolbar(self)
        self._build_status_bar()
        self._build_areas()
        self._restore()
        self._update_title()
        self.update_actions()
        if self.undo_stack is not None:
            self.undo_stack.changed.connect(self.update_actions)
        self.live_updates = live_updates.start(self)  # colleagues' changes, within seconds
        opening_warnings.opened(self)  # a file on a network drive, or open in another copy
        reminder.maybe_remind(self, self.db)  # the monthly retention review, a status-bar notice

    # areas ---------------------------------------------------------------------------------
    def area_titles(self) -> dict[str, str]:
        return {
            "overview": translate("MainWindow", "Overview"),
            "members": translate("MainWindow", "Members"),
            "organisations": translate("MainWindow", "Organisations"),
            "contacts": translate("MainWindow", "Contacts"),
            "inquiries": translate("MainWindow", "Inquiries"),
            "events": translate("MainWindow", "Events"),
        }

    def _build_areas(self) -> None:
        country_names.load(self.db)  # the office's names of countries, before a list shows one
        overview = OverviewArea(self.db)
        welcome_area.attach(self, overview)  # a new, empty database: a first-start page
        overview.areaRequested.connect(self.show_area)
        overview.eventRequested.connect(self.open_event)
        overview.inquiryRequested.connect(self.open_inquiry)
        overview.dueInquiriesRequested.connect(self.show_due_inquiries)
        members = MembersView(self.db, self.settings, self.undo_stack)
        organisations = OrganisationsView(self.db, self.settings, self.undo_stack)
        contacts = ContactsView(self.db, self.settings, self.undo_stack)
        events = EventsView(self.db, self.settings, self.undo_stack)
        events.contacts_list = contacts  # invitations go to the contacts chosen there
        for owner in (members, organisations):
            owner.showContactsRequested.connect(self.show_contacts_of)
        lists = [
            members,
            organisations,
            contacts,
            InquiriesView(self.db, self.settings, self.undo_stack),
            events,
        ]
        self.areas = {"overview": overview} | {area.key: area for area in lists}
        common = [self.open_action, self.new_action, self.delete_action, None, self.copy_action]
        for area in lists:
            area.common_actions = common
            area.countsChanged.connect(lambda *_a, a=area: self._counts_changed(a))
            area.selectionChanged.connect(self.update_actions)
            area.recordsChanged.connect(lambda a=area: self._records_changed(a))
        titles = self.area_titles()
        self.navigation.blockSignals(True)
        self.navigation.clear()
        for number, (key, area) in enumerate(self.areas.items()):
            self.stack.addWidget(area)
            item = QListWidgetItem(titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"{titles[key]} ({shortcut_text(f'Ctrl+{number + 1}')})")
            self.navigation.addItem(item)
        self.navigation.blockSignals(False)

    def area_keys(self) -> list[str]:
        return list(self.areas)

    def current_area_key(self) -> str:
        for key, area in self.areas.items():
            if area is self.stack.currentWidget():
                return key
        return "overview"

    def current_list(self) -> ListArea | None:
        area = self.stack.currentWidget()
        return area if isinstance(area, ListArea) else None

    def show_area(self, key: str) -> None:
        keys = self.area_keys()
        if key in keys:
            self.navigation.setCurrentRow(keys.index(key))

    def _navigation_changed(self, row: int) -> None:
        keys = self.area_keys()
        if not 0 <= row < len(keys):
            return
        key = keys[row]
        area = self.areas[key]
        self.stack.setCurrentWidget(area)
        area.activate()
        self.area_actions[row].setChecked(True)
        self.settings.set_last_area(key)
        self._update_status()
        self.update_actions()
        self.areaChanged.emit(key)

    def show_contacts_of(self, field: str, record_id: int, label: str) -> None:
        """Switch to the contacts of one member or organisation."""
        contacts: ContactsView = self.areas["contacts"]
        self.show_area("contacts")
        contacts.clear_scope()
        contacts.filter_bar.reset()  # earlier filters would hide some of these contacts
        if not (field == "member_id" and contacts.filter_bar.set_value("member", record_id)):
            contacts.set_scope(field, record_id, label)

    def _records_changed(self, source: QWidget) -> None:
        for area in self.areas.values():
            if area is not source:
                area.mark_stale()
        self.due_notice.refresh()

    def show_due_inquiries(self) -> None:
        """List the inquiries whose follow-up is due or overdue (status bar, overview)."""
        self.show_area("inquiries")
        self.areas["inquiries"].show_due()

    def open_inquiry(self, inquiry_id: int) -> None:
        self.show_area("inquiries")
        self.areas["inquiries"].open_record(inquiry_id)

    def open_event(self, event_id: int) -> None:
        """Show an event with its participants (from the overview)."""
        self.show_area("events")
        self.areas["events"].select_event(event_id)

    # actions -------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.count_label = plain_label()
        self.count_label.setObjectName("countLabel")
        self.location_label = plain_label()  # a path is shown as it is
        self.location_label.setObjectName("locationLabel")
        self.statusBar().addWidget(self.count_label, 1)
        self.due_notice = DueNotice(self.db)  # shown when follow-ups are due or overdue
        self.due_notice.clicked.connect(lambda: self.show_due_inquiries())
        self.statusBar().addPermanentWidget(self.due_notice)
        self.statusBar().addPermanentWidget(self.location_label)

    # state ---------------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        last = self.settings.last_area()
        self.show_area(last if last in self.areas else "overview")

    def save_state(self) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.set_last_area(self.current_area_key())
        for area in self.areas.values():
            if isinstance(area, ListArea):
                area.save_state()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
        opening_warnings.closed(self)

    def _update_title(self) -> None:
        self.setWindowTitle(translate("MainWindow", "ISA Desk – {name}").format(name=self.db.name))
        self.location_label.setText(
            translate("MainWindow", "Database: {location}").format(location=self.db.location)
        )

    def _counts_changed(self, area: ListArea) -> None:
        if area is self.stack.currentWidget():
            self._update_status()

    def _update_status(self) -> None:
        area = self.current_list()
        if area is None:
            self.count_label.setText("")
            return
        text = area.count_text(area.model.total(), area.model.overall())
        selected = len(area.selected_rows())
        if selected > 1:
            text += " · " + translate("MainWindow", "{count} selected").format(count=selected)
        self.count_label.setText(text)

    def update_actions(self) -> None:
        area = self.current_list()
        selected = len(area.selected_rows()) if area else 0
        self.new_action.setEnabled(area is not None and area.can_edit())
        self.open_action.setEnabled(selected > 0 and area.can_edit())
        self.delete_action.setEnabled(
            selected > 0 and area.can_delete() and self.undo_stack is not None
        )
        self.copy_action.setEnabled(selected > 0)
        self.find_action.setEnabled(area is not None)
        can_undo = self.undo_stack is not None and self.undo_stack.can_undo()
        self.undo_action.setEnabled(can_undo)
        description = self.undo_stack.description() if can_undo else None
        self.undo_action.setText(
            translate("MainWindow", "&Undo: {what}").format(what=description)
            if description
            else translate("MainWindow", "&Undo")
        )
        self._update_status()

    # commands ------------------------------------------------------------------------------
    def new_record(self) -> None:
        area = self.current_list()
        if area is not None:
            area.new_record()

    def open_record(self) -> None:
        area = self.current_list()
        if area is not None:
            area.open_current()

    def delete_records(self) -> None:
        area = self.current_list()
        if area is not None and area.selected_rows():
            area.delete_selected()

    def copy_rows(self) -> None:
        area = self.current_list()
        if area is not None and area.copy_rows():
            count = len(area.selected_rows())
            self.statusBar().showMessage(
                translate("MainWindow", "%n rows copied", None, count), 4000
            )

    def focus_search(self) -> None:
        area = self.current_list()
        if area is not None:
            area.focus_search()

    def undo(self) -> None:
        if self.undo_stack is None or not self.undo_stack.can_undo():
            return
        try:
            description = self.undo_stack.undo(self.db)
        except IsaDeskError as error:  # the data changed meanwhile; the snapshot stays
            errors.show_message(self, str(error), translate("MainWindow", "Cannot undo"))
            return
        for area in self.areas.values():
            area.mark_stale()
        self.due_notice.refresh()
        self.statusBar().showMessage(
            translate("MainWindow", "Undone: {what}").format(what=description), 6000
        )

    def reload(self) -> None:
        for area in self.areas.values():
            area.mark_stale()

    def choose_language(self, code: str) -> None:
        self.settings.set_language(code)
        self.settings.sync()
        QMessageBox.information(
            self,
            translate("MainWindow", "Language"),
            translate("MainWindow", "The language changes when ISA Desk is started next time."),
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            translate("MainWindow", "About ISA Desk"),
            translate(
                "MainWindow",
                "<h3>ISA Desk {version}</h3><p>Members, contacts, inquiries and events of the "
                "Chinese-German Industrial Cities Alliance (ISA), kept by its Berlin office.</p>"
                "<p>Database: {location}</p>",
            ).format(version=__version__, location=escaped(self.db.location)),
        )

    # another database ----------------------------------------------------------------------
    def choose_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open database"),
            self.settings.last_folder("database"),
            translate("MainWindow", "ISA Desk databases ({patterns});;All files (*)").format(
                patterns=DATABASE_FILTER
            ),
        )
        if path:
            self.switch_database(path)

    def create_database(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "New database"),
            self.settings.last_folder("database"),
            translate("MainWindow", "ISA Desk databases ({patterns})").format(patterns="*.sqlite"),
        )
        if path:
            if not path.endswith((".sqlite", ".db")):
                path += ".sqlite"
            self.switch_database(path)

    def switch_database(self, target: str) -> bool:
        """Open another database in this window; the current one stays open on failure."""
        db = recovery.open_database(self, target)  # a damaged one: offers its last backup
        if db is None:
            return False
        if not is_url(target):  # a server's address is no folder
            self.settings.set_last_folder("database", Path(target).resolve().parent)
        team_start.remember(self.settings, target)  # a server is opened again at start
        for area in self.areas.values():
            if isinstance(area, ListArea):
                area.save_state()
        # A new stack: taking areas out of the shown one would show (and load) the next.
        old_stack, self.stack = self.stack, QStackedWidget()
        self.centralWidget().layout().replaceWidget(old_stack, self.stack)
        old_stack.hide()
        old_stack.deleteLater()
        if getattr(self, "audit_view", None) is not None:
            self.audit_view.close()  # it showed the trail of the other database
        old, self.db = self.db, db
        old.close()
        if self.undo_stack is not None:
            self.undo_stack.clear()  # deletions of the other database cannot be undone here
        self._build_areas()
        self.live_updates.start(db)
        self.due_notice.set_database(db)
        self._update_title()
        opening_warnings.opened(self)
        self.show_area("overview")
        daily.start(self)
        reminder.maybe_remind(self, self.db)
        return True
