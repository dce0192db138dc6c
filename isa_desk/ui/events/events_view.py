"""The events area ("Veranstaltungen"): the events with their participant counts above,
the chosen event with its participant list and quick registration below.

The window's commands (new, open, delete, copy) act on the events list, or on the
participant list while it has the keyboard.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QWidget,
)

from isa_desk.core.errors import IsaDeskError
from isa_desk.core.services import events
from isa_desk.core.services.common import ListQuery
from isa_desk.ui.common import display, errors, style
from isa_desk.ui.common.deleting import ask_then_delete
from isa_desk.ui.common.list_view import ListArea
from isa_desk.ui.common.table_model import RIGHT, Column, RecordTableModel
from isa_desk.ui.events.event_panel import EventPanel

translate = QCoreApplication.translate


def _number(value: int) -> str:
    return str(value) if value else "–"


COLUMNS = [
    Column("starts_at", QT_TRANSLATE_NOOP("Columns", "Date"), 120, format=display.date_text),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Event"), 240),
    Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), 170),
    Column(
        "registration_deadline",
        QT_TRANSLATE_NOOP("Columns", "Registration until"),
        110,
        format=display.date_text,
    ),
    Column("total", QT_TRANSLATE_NOOP("Columns", "Invited"), 90, align=RIGHT, format=_number),
    Column(
        "registered", QT_TRANSLATE_NOOP("Columns", "Registered"), 95, align=RIGHT, format=_number
    ),
    Column("declined", QT_TRANSLATE_NOOP("Columns", "Declined"), 90, align=RIGHT, format=_number),
    Column(
        "invited", QT_TRANSLATE_NOOP("Columns", "No answer yet"), 145, align=RIGHT, format=_number
    ),
    Column("attended", QT_TRANSLATE_NOOP("Columns", "Attended"), 110, align=RIGHT, format=_number),
    Column("no_show", QT_TRANSLATE_NOOP("Columns", "No-show"), 125, align=RIGHT, format=_number),
]


class EventDelegate(QStyledItemDelegate):
    """Past events muted; a registration deadline in the coming days in amber."""

    def __init__(self, view: EventsView):
        super().__init__(view)
        self.view = view

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        row = index.data(RecordTableModel.RowRole)
        if row is None:
            return
        today = self.view.today or dt.date.today()
        palette = QPalette(option.palette)
        field = self.view.model.columns[index.column()].field
        days = row.deadline_in(today)
        if (
            field == "registration_deadline"
            and days is not None
            and days <= events.DEADLINE_NEAR_DAYS
        ):
            palette.setColor(QPalette.ColorRole.Text, QColor(style.DEADLINE_NEAR))
            option.font.setBold(True)
        elif row.starts_at.date() < today:
            palette.setColor(
                QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.PlaceholderText)
            )
        option.palette = palette


class EventsView(ListArea):
    """The events area. `today` fixes the date "upcoming" and deadlines are measured from."""

    key = "events"
    kind = "event"
    default_sort = ""

    def __init__(
        self,
        db,
        settings,
        undo_stack=None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ):
        self.today = today
        self._chosen_once = False
        self._quiet = False  # reloading: the selection comes and goes, the event stays
        self.contacts_list: ListArea | None = None  # to invite from: set by the window
        # made before the list machinery, which asks for the query and the actions
        self.when = QComboBox(objectName="filter_when")
        self.edit_button = QPushButton(translate("EventsView", "Edit event…"))
        self.panel = EventPanel(db, settings, undo_stack, today=today)
        super().__init__(db, settings, undo_stack, parent)
        self.table.setItemDelegate(EventDelegate(self))
        self._add_commands()
        self.panel.changed.connect(self._participants_changed)
        self.panel.message.connect(self.notify)
        self.panel.contacts_source = self.contacts_source
        self.participants = self.panel.participants
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("eventsSplitter")
        self.layout().replaceWidget(self.table, self.splitter)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 560])
        self.splitter.setChildrenCollapsible(False)
        self.selectionChanged.connect(self._event_chosen)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)

    def _add_commands(self) -> None:
        bar = self.layout().itemAt(0).layout()
        self.when.addItem(translate("EventsView", "All events"), None)
        self.when.addItem(translate("EventsView", "Upcoming"), events.UPCOMING)
        self.when.addItem(translate("EventsView", "Past"), events.PAST)
        self.when.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.new_button = QPushButton(translate("EventsView", "New event…"))
        self.new_button.setObjectName("newEvent")
        self.new_button.clicked.connect(lambda: self.new_record())
        self.edit_button.setObjectName("editEvent")
        self.edit_button.clicked.connect(lambda: self.open_event())
        bar.insertWidget(1, self.when)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)

    # configuration ---------------------------------------------------------------------------
    def columns(self) -> list[Column]:
        return COLUMNS

    def placeholder(self) -> str:
        return translate("EventsView", "Search events: title or place (Ctrl+F)")

    def count_text(self, shown: int, total: int) -> str:
        if shown != total:
            return translate("EventsView", "{shown} of {total} events").format(
                shown=shown, total=total
            )
        if total == 1:
            return translate("EventsView", "1 event")
        return translate("EventsView", "{count} events").format(count=total)

    def build_actions(self) -> list[QAction | None]:
        self.edit_action = QAction(translate("EventsView", "Edit event…"), self)
        self.edit_action.triggered.connect(lambda: self.open_event())
        self.delete_event_action = QAction(translate("EventsView", "Delete event…"), self)
        self.delete_event_action.triggered.connect(self.delete_events)
        return [self.edit_action, None, self.delete_event_action]

    def update_actions(self) -> None:
        chosen = bool(self.selected_ids())
        self.edit_action.setEnabled(chosen)
        self.delete_event_action.setEnabled(chosen)
        self.edit_button.setEnabled(chosen)

    def can_edit(self) -> bool:
        return True

    def can_delete(self) -> bool:
        return True

    # loading ---------------------------------------------------------------------------------
    def query(self) -> ListQuery:
        current = self.model.query
        status = self.when.currentData()
        return ListQuery(
            text=self.filter_bar.text(),
            status=status,
            sort=current.sort,
            descending=current.descending,
        )

    def activate(self) -> None:
        super().activate()
        if not self._chosen_once:
            self._chosen_once = True
            self.choose_initial_event()

    def fit_list_height(self) -> None:
        """The events list as tall as its rows (between two and six), the rest below."""
        rows = min(max(self.model.rowCount(), 2), 6)
        wanted = (
            (
                self.table.horizontalHeader().height() + rows * self.table.rowHeight(0)
                if self.model.rowCount()
                else 90
            )
            + 2 * self.table.frameWidth()
            + 20
        )
        total = sum(self.splitter.sizes())
        if total > wanted:
            self.splitter.setSizes([wanted, total - wanted])

    def choose_initial_event(self) -> None:
        """The next event if one is planned, else the newest."""
        self.fit_list_height()
        upcoming = events.next_event(self.db, self.today)
        target = upcoming.id if upcoming is not None else self.model.record_id(0)
        if target is not None:
            self.select_ids([target], target)
        self._event_chosen()

    def reload(self) -> None:
        self._quiet = True
        try:
            super().reload()
        finally:
            self._quiet = False
        if self.panel.event_id() != self.current_id():
            self._event_chosen()
        else:
            self.panel.refresh()

    def _event_chosen(self) -> None:
        if self._quiet:
            return
        chosen = self.current_id() if len(self.selected_ids()) == 1 else None
        if chosen != self.panel.event_id():
            self.panel.show_event(chosen)

    def _participants_changed(self) -> None:
        chosen = self.panel.event_id()
        self._quiet = True
        try:
            self.model.reload()  # the counts in the events list
            if chosen is not None:
                self.select_ids([chosen], chosen)
        finally:
            self._quiet = False
        self.recordsChanged.emit()

    def select_event(self, event_id: int) -> None:
        if self.model.row_of_id(event_id) < 0:
            self.filter_bar.reset()
            self.when.setCurrentIndex(0)
        self.select_ids([event_id], event_id)
        self._event_chosen()

    def save_state(self) -> None:
        super().save_state()
        self.participants.save_state()

    # the Contacts list, for inviting --------------------------------------------------------
    def contacts_source(self) -> tuple[list[int], ListQuery | None]:
        """The selection and the query of the Contacts list (`contacts_list`), if any."""
        if self.contacts_list is None:
            return [], None
        return list(self.contacts_list.selected_ids()), self.contacts_list.query()

    def notify(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)
        self.last_message = text

    # the window's commands -------------------------------------------------------------------
    def _in_participants(self) -> bool:
        focus = self.focusWidget()
        return focus is not None and self.participants.isAncestorOf(focus)

    def open_current(self) -> None:
        if self._in_participants():
            self.participants.open_current()
        else:
            super().open_current()

    def delete_selected(self) -> bool:
        if self._in_participants():
            return self.participants.delete_selected()
        return self.delete_events()

    def copy_rows(self) -> str:
        if self._in_participants():
            return self.participants.copy_rows()
        return super().copy_rows()

    def open_event(self) -> int | None:
        record_id = self.current_id()
        return self.open_record(record_id) if record_id is not None else None

    def open_record(
        self, record_id: int | None, initial: dict | None = None, kind: str | None = None
    ) -> int | None:
        from isa_desk.ui.events.event_editor import EventEditor

        try:
            editor = EventEditor(self, self.db, record_id)
        except IsaDeskError as error:
            errors.show_message(self, str(error))
            self.after_change()
            return None
        try:
            editor.exec()
            saved = editor.saved_id
        finally:
            editor.deleteLater()
        if saved is not None:
            self.after_change(saved)
            self._event_chosen()
            self.panel.refresh()
        return saved

    def new_record(self, initial: dict | None = None) -> int | None:
        return self.open_record(None, initial)

    def delete_events(self) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        rows = [self.model.row_object(n) for n in self.selected_rows()]
        people = sum(row.total for row in rows)
        if len(rows) == 1:
            question = translate(
                "EventsView",
                "Delete the event “{title}” with its list of %n participants?",
                None,
                people,
            ).format(title=rows[0].title)
        else:
            question = translate(
                "EventsView",
                "Delete these {events} events with their lists of %n participants?",
                None,
                people,
            ).format(events=len(rows))
        question += " " + translate("EventsView", "The contacts stay.")
        if not ask_then_delete(
            self, question, lambda: events.delete(self.db, ids), self.undo_stack
        ):
            return False
        self.after_change()
        self._event_chosen()
        return True
