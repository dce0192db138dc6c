"""The main window: navigation between the areas, menus, toolbar and status bar.

The window owns the undo stack and the global actions (new, open, delete, undo, copy,
find); each action works on the list area that is shown.

It starts lazily: an area is built when first shown (see `areas`), and what needs the
database beyond the area shown (the overview's figures, the due follow-ups, the retention
check) is read once the window has painted itself (`fill`), or at once when asked for.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
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
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.paths import is_url
from isa_desk.ui.common import errors
from isa_desk.ui.common.display import shortcut_text
from isa_desk.ui.common.plain import escaped, plain_label
from isa_desk.ui.overview.due_notice import DueNotice
from isa_desk.ui.shell import main_menus
from isa_desk.ui.shell.areas import Areas, is_list, list_area_class, overview_area
from isa_desk.ui.shell.settings import Settings
from isa_desk.ui.shell.undo import UndoStack

if TYPE_CHECKING:
    from collections.abc import Callable

    from isa_desk.core.db.engine import Database
    from isa_desk.ui.common.list_view import ListArea
    from isa_desk.ui.overview.overview_view import OverviewArea
    from isa_desk.ui.records.contacts_view import ContactsView

translate = QCoreApplication.translate


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

    def __init__(self, db: Database | None, settings: Settings, parent: QWidget | None = None):
        """The window over `db`; without one, the frame alone (navigation, menus, status
        bar), shown while the database layer loads and the database opens (`attach`)."""
        super().__init__(parent)
        self.db: Database = None  # type: ignore[assignment]  # None only while the frame shows
        self.settings = settings
        self.undo_stack = UndoStack(self)
        self.areas = Areas((), self._build_area)
        self.setObjectName("mainWindow")
        self._starting = True  # building the window: the overview waits for the paint
        self._fill_pending = True  # see fill()
        self._open_queued = False  # the opening waits for the end of a paint
        self._fill_queued = False  # the figures wait for the end of a paint
        self._opening: Callable[[], None] | None = None  # see open_when_shown()
        self._names_of: Database | None = None  # the database whose country names are read

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
        self.setWindowTitle(translate("MainWindow", "ISA Desk"))
        self._waiting = [action for action in self.actions() if action.isEnabled()]
        for action in self._waiting:  # nothing to act on until the database is open
            action.setEnabled(False)
        if db is not None:
            self.attach(db)
        else:
            self.statusBar().showMessage(translate("MainWindow", "Opening the database…"))

    def attach(self, db: Database) -> None:
        """Show `db` in the frame: the last area, the title, colleagues' changes."""
        from isa_desk.ui.shell import live_updates, opening_warnings

        self.db = db
        self.statusBar().clearMessage()
        for action in self._waiting:
            action.setEnabled(True)
        last = self.settings.last_area()
        row = self.area_keys().index(last if last in self.areas else "overview")
        self.navigation.blockSignals(True)  # a row clicked in the frame gives way to it
        self.navigation.setCurrentRow(row)
        self.navigation.blockSignals(False)
        self._navigation_changed(row)  # this area built now, the others when first used
        self._update_title()
        self.update_actions()
        self.undo_stack.changed.connect(self.update_actions)
        self.live_updates = live_updates.start(self)  # colleagues' changes, within seconds
        opening_warnings.opened(self)  # a file on a network drive, or open in another copy
        self._starting = False
        self.update()  # a paint, after which the overview's figures are read (fill)

    # the start -----------------------------------------------------------------------------
    def open_when_shown(self, opening: Callable[[], None]) -> None:
        """Call `opening` (which opens the database and attaches it) once the frame has
        painted itself, so the window is on the screen before the database layer loads."""
        self._opening = opening

    def open_now(self) -> None:
        """Run the opening left for after the first paint, now (once)."""
        opening, self._opening = self._opening, None
        if opening is not None:
            opening()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._opening is not None and not self._open_queued:
            self._open_queued = True
            QTimer.singleShot(0, self, self._open_after_paint)
        elif self.db is not None and self._fill_pending and not self._fill_queued:
            self._fill_queued = True  # the figures once this paint is on the screen
            QTimer.singleShot(0, self, self._fill_after_paint)

    def _open_after_paint(self) -> None:
        self._open_queued = False
        if self.isVisible():  # closed at once (the smoke test): nothing is opened
            self.open_now()

    def _fill_after_paint(self) -> None:
        if self.isVisible():  # closed at once (the smoke test): nothing is read
            self.fill()

    def fill(self) -> None:
        """Read what the start left for after the first paint: the overview's figures,
        the due follow-ups, whether the retention review is due. Once; an area asked for
        by key, the due notice and any command call it first, so none waits for a paint."""
        if not self._fill_pending or self.db is None:
            return
        self._fill_pending = False
        self._load_country_names()
        self._due_notice.set_database(self.db)  # shown when follow-ups are due or overdue
        from isa_desk.ui.overview.overview_view import OverviewArea
        from isa_desk.ui.privacy import reminder  # the monthly retention review

        overview = self.areas.built().get("overview")
        if isinstance(overview, OverviewArea):
            overview.held = False
            if overview is self.stack.currentWidget():
                overview.activate()

        if self.property(reminder.CHECK_PROPERTY) is None:  # none was asked for meanwhile
            reminder.maybe_remind(self, self.db)

    def skip_fill(self) -> None:
        """The program ends: what the start left for after the first paint is not read."""
        self._fill_pending = False

    @property
    def due_notice(self) -> DueNotice:
        """The status bar's notice of due follow-ups, counted."""
        self.fill()
        return self._due_notice

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
        """The navigation over the areas of `self.db`; each area is built when first used."""
        titles = self.area_titles()
        self.areas = Areas(titles, self._build_area, self.fill)
        self.navigation.blockSignals(True)
        self.navigation.clear()
        for number, key in enumerate(titles):
            item = QListWidgetItem(titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"{titles[key]} ({shortcut_text(f'Ctrl+{number + 1}')})")
            self.navigation.addItem(item)
        self.navigation.blockSignals(False)

    def _load_country_names(self) -> None:
        """The office's names of countries, before a list or the overview shows one."""
        from isa_desk.core.services import country_names

        if self._names_of is not self.db:
            country_names.load(self.db)
            self._names_of = self.db

    def _build_area(self, key: str) -> QWidget:
        if key != "overview" or not self._fill_pending:  # the overview's figures: at fill()
            self._load_country_names()
        area = self._build_overview() if key == "overview" else self._build_list(key)
        self.stack.addWidget(area)
        return area

    def _build_overview(self) -> OverviewArea:
        from isa_desk.ui.welcome import welcome_area

        overview = overview_area(self.db)
        overview.held = self._fill_pending
        welcome_area.attach(self, overview)  # a new, empty database: a first-start page
        overview.areaRequested.connect(self.show_area)
        overview.eventRequested.connect(self.open_event)
        overview.inquiryRequested.connect(self.open_inquiry)
        overview.dueInquiriesRequested.connect(self.show_due_inquiries)
        return overview

    def _build_list(self, key: str) -> ListArea:
        area = list_area_class(key)(self.db, self.settings, self.undo_stack)
        area.common_actions = [
            self.open_action,
            self.new_action,
            self.delete_action,
            None,
            self.copy_action,
        ]
        area.countsChanged.connect(lambda *_a: self._counts_changed(area))
        area.selectionChanged.connect(self.update_actions)
        area.recordsChanged.connect(lambda: self._records_changed(area))
        if key in ("members", "organisations"):
            area.showContactsRequested.connect(self.show_contacts_of)
        if key == "events":
            area.contacts_list = self.areas.area("contacts")  # invitations go to those chosen
        return area

    def area_keys(self) -> list[str]:
        return list(self.areas)

    def current_area_key(self) -> str:
        for key, area in self.areas.built().items():
            if area is self.stack.currentWidget():
                return key
        return "overview"

    def current_list(self) -> ListArea | None:
        area = self.stack.currentWidget()
        return area if is_list(area) else None  # type: ignore[return-value]

    def show_area(self, key: str) -> None:
        keys = self.area_keys()
        if key in keys:
            self.navigation.setCurrentRow(keys.index(key))

    def _navigation_changed(self, row: int) -> None:
        keys = self.area_keys()
        if not 0 <= row < len(keys) or self.db is None:  # the frame: attach() shows the area
            return
        key = keys[row]
        if not self._starting:
            self.fill()  # the window is in use: no part of it waits for a paint
        area = self.areas.area(key)
        self.stack.setCurrentWidget(area)
        if not (self._starting and key == "overview"):  # its figures after the first paint
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
        for area in self.areas.built().values():
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
        self._due_notice = DueNotice(None)  # given the database after the first paint
        self._due_notice.clicked.connect(lambda: self.show_due_inquiries())
        self.statusBar().addPermanentWidget(self._due_notice)
        self.statusBar().addPermanentWidget(self.location_label)

    # state ---------------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    def save_state(self) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        if self.db is not None:  # closed while the frame waited: the last area stays
            self.settings.set_last_area(self.current_area_key())
        for area in self.areas.built().values():
            if is_list(area):
                area.save_state()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
        if self.db is not None:
            from isa_desk.ui.shell import opening_warnings

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
        for area in self.areas.built().values():
            area.mark_stale()
        self.due_notice.refresh()
        self.statusBar().showMessage(
            translate("MainWindow", "Undone: {what}").format(what=description), 6000
        )

    def reload(self) -> None:
        self.fill()
        for area in self.areas.built().values():
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
        from isa_desk.ui.backups import daily, recovery
        from isa_desk.ui.shell import opening_warnings
        from isa_desk.ui.team import start as team_start

        self.fill()  # what the start left for later belongs to the database shown now
        db = recovery.open_database(self, target)  # a damaged one: offers its last backup
        if db is None:
            return False
        if not is_url(target):  # a server's address is no folder
            self.settings.set_last_folder("database", Path(target).resolve().parent)
        team_start.remember(self.settings, target)  # a server is opened again at start
        for area in self.areas.built().values():
            if is_list(area):
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
        from isa_desk.ui.privacy import reminder

        reminder.maybe_remind(self, self.db)
        return True
