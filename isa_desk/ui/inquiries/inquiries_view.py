"""The inquiries area ("Anfragen"): every membership inquiry as a list or as a board.

The list has the shared list machinery (search as you type, sorting in the database,
columns, copy); its own filters are the status, the staff member, the country and
"due or overdue". Overdue follow-ups are red with a mark, those due today amber. The
board shows a column per status; dragging a card moves the inquiry. A call is logged
from the list without opening the inquiry.
"""

from __future__ import annotations

import datetime as dt
from operator import itemgetter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QSize, Signal
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QToolButton,
    QToolTip,
    QWidget,
)

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import InquiryChannel, InquiryStatus
from isa_desk.core.errors import NotFoundError
from isa_desk.core.services import inquiries
from isa_desk.core.services.inquiries import InquiryQuery
from isa_desk.ui.common import display, errors, style
from isa_desk.ui.common.collation import collated
from isa_desk.ui.common.deleting import ask_then_delete
from isa_desk.ui.common.filter_bar import FilterBar
from isa_desk.ui.common.list_view import ListArea
from isa_desk.ui.common.table_model import RIGHT, Column, RecordTableModel, enum_text
from isa_desk.ui.inquiries.inquiry_actions import (
    follow_up_note,
    log_activity,
    move_to_status,
    status_text,
)
from isa_desk.ui.inquiries.inquiry_board import InquiryBoard

COLUMNS = [
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), 160, format=status_text),
    Column("city_label", QT_TRANSLATE_NOOP("Columns", "City"), 190),
    Column("country", QT_TRANSLATE_NOOP("Columns", "Country"), 95, format=display.country_name),
    Column("contact", QT_TRANSLATE_NOOP("Columns", "Contact person"), 200),
    Column("assigned_to", QT_TRANSLATE_NOOP("Columns", "Assigned to"), 100),
    Column(
        "received_on", QT_TRANSLATE_NOOP("Columns", "Received on"), 115, format=display.date_text
    ),
    Column(
        "next_follow_up",
        QT_TRANSLATE_NOOP("Columns", "Next follow-up"),
        150,
        format=display.date_text,
    ),
    Column("days_open", QT_TRANSLATE_NOOP("Columns", "Days open"), 80, align=RIGHT),
    Column(
        "channel",
        QT_TRANSLATE_NOOP("Columns", "Channel"),
        90,
        format=enum_text(InquiryChannel),
        visible=False,
    ),
    Column("summary", QT_TRANSLATE_NOOP("Columns", "Summary"), 300, visible=False),
]
MODE_KEY = "lists/inquiries/mode"

translate = QCoreApplication.translate


class InquiryFilterBar(FilterBar):
    """Search, status (with "open" and "closed"), staff member, country, due or overdue."""

    def __init__(self, db: Database, placeholder: str, parent: QWidget | None = None):
        self.due = QCheckBox(translate("InquiriesView", "Due or overdue"))
        super().__init__(db, ("status", "assignee", "country"), placeholder, parent)
        self.due.setObjectName("filter_due")
        self.due.setToolTip(
            translate("InquiriesView", "Open inquiries whose follow-up is today or earlier")
        )
        self.due.toggled.connect(self.changed)
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.reset_button), self.due)

    def refill(self) -> None:
        self._filling = True
        try:
            countries = collated(
                ((display.country_name(c), c) for c in inquiries.countries(self.db)), itemgetter(0)
            )
            self._fill(
                self.combos["country"], translate("InquiriesView", "All countries"), countries
            )
            statuses = [(translate("InquiriesView", "Open"), inquiries.OPEN)]
            statuses += [(status_text(status), status.value) for status in InquiryStatus]
            statuses.append((translate("InquiriesView", "Closed"), inquiries.CLOSED))
            self._fill(self.combos["status"], translate("InquiriesView", "Any status"), statuses)
            self._fill(
                self.combos["assignee"],
                translate("InquiriesView", "Anyone"),
                [(name, name) for name in inquiries.assignees(self.db)],
            )
        finally:
            self._filling = False

    def query_fields(self) -> dict:
        return {
            "text": self.text(),
            "status": self.value("status"),
            "assigned_to": self.value("assignee"),
            "country": self.value("country"),
            "due": self.due.isChecked(),
        }

    def reset(self) -> None:
        self.due.blockSignals(True)
        self.due.setChecked(False)
        self.due.blockSignals(False)
        super().reset()

    def show_due_only(self) -> None:
        """Everything due or overdue, nothing else filtered (one query)."""
        self.due.blockSignals(True)
        self.due.setChecked(True)
        self.due.blockSignals(False)
        super().reset()


class InquiryDelegate(QStyledItemDelegate):
    """Marks overdue (red) and due (amber) follow-ups, status colours, closed rows muted."""

    def __init__(self, view: InquiriesView):
        super().__init__(view)
        self.view = view

    def _row(self, index):
        return index.data(RecordTableModel.RowRole)

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        row = self._row(index)
        if row is None:
            return
        field = self.view.model.columns[index.column()].field
        palette = QPalette(option.palette)
        if field == "next_follow_up" and row.due:
            color = style.OVERDUE if row.overdue else style.DUE_TODAY
            palette.setColor(QPalette.ColorRole.Text, QColor(color))
            option.font.setBold(True)
            option.icon = style.marker_icon(color)
            option.decorationSize = QSize(14, 14)
            option.features |= option.ViewItemFeature.HasDecoration
        elif field == "status":
            option.icon = style.dot_icon(style.inquiry_status(row.status))
            option.decorationSize = QSize(12, 12)
            option.features |= option.ViewItemFeature.HasDecoration
        elif not row.is_open:
            palette.setColor(
                QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.PlaceholderText)
            )
        option.palette = palette

    def helpEvent(self, event, view, option, index) -> bool:
        row = self._row(index)
        field = self.view.model.columns[index.column()].field
        if row is not None and field == "next_follow_up" and row.due:
            QToolTip.showText(event.globalPos(), follow_up_note(row, self.view.today), view)
            return True
        return super().helpEvent(event, view, option, index)


class InquiriesView(ListArea):
    """The inquiries area. `today` fixes the date due follow-ups are measured against."""

    key = "inquiries"
    kind = "inquiry"
    filters = ("country",)
    default_sort = inquiries.DEFAULT_SORT

    modeChanged = Signal(str)  # "list" or "board"

    def __init__(
        self,
        db: Database,
        settings,
        undo_stack=None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ):
        self.today = today
        # made before the list machinery, which updates the actions while it is built
        self.board = InquiryBoard(db)
        self.pages = QStackedWidget()
        self.log_button = QPushButton(translate("InquiriesView", "Log a call…"))
        self.move_button = QPushButton(translate("InquiriesView", "Move to"))
        super().__init__(db, settings, undo_stack, parent)
        self._use_filter_bar(InquiryFilterBar(db, self.placeholder()))
        self.table.setItemDelegate(InquiryDelegate(self))
        self.board.moveRequested.connect(self.move_inquiry)
        self.board.openRequested.connect(self.open_record)
        self.board.menuRequested.connect(self._board_menu)
        self.board.currentChanged.connect(self._board_selection)
        self.layout().replaceWidget(self.table, self.pages)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.board)
        self.layout().insertLayout(0, self._build_commands())
        self.set_mode(str(settings.store.value(MODE_KEY) or "list"), remember=False)
        self.update_actions()

    def _use_filter_bar(self, bar: InquiryFilterBar) -> None:
        """Put the inquiries' own filter bar where the shared one was built."""
        old = self.filter_bar
        self.layout().itemAt(0).layout().replaceWidget(old, bar)
        old.hide()
        old.deleteLater()
        self.filter_bar = bar
        bar.changed.connect(self.apply_filters)
        bar.leaveDown.connect(self._enter_table)

    def _build_commands(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_button = QPushButton(translate("InquiriesView", "New inquiry…"))
        self.new_button.clicked.connect(lambda: self.new_record())
        self.log_button.clicked.connect(lambda: self.log_call())
        self.move_button.setMenu(self.status_menu)
        self.list_button = QToolButton()
        self.list_button.setText(translate("InquiriesView", "List"))
        self.board_button = QToolButton()
        self.board_button.setText(translate("InquiriesView", "Board"))
        self.board_button.setToolTip(
            translate("InquiriesView", "A column per status: drag a card to change its status")
        )
        self.mode_group = QButtonGroup(self)
        for button, mode in ((self.list_button, "list"), (self.board_button, "board")):
            button.setCheckable(True)
            button.setObjectName(f"mode_{mode}")
            button.clicked.connect(lambda _c=False, m=mode: self.set_mode(m))
            self.mode_group.addButton(button)
        for widget in (self.new_button, self.log_button, self.move_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.list_button)
        row.addWidget(self.board_button)
        return row

    # configuration ---------------------------------------------------------------------------
    def columns(self) -> list[Column]:
        return COLUMNS

    def placeholder(self) -> str:
        return translate("InquiriesView", "Search inquiries: city, contact, summary … (Ctrl+F)")

    def count_text(self, shown: int, total: int) -> str:
        if shown != total:
            return translate("InquiriesView", "{shown} of {total} inquiries").format(
                shown=shown, total=total
            )
        if total == 1:
            return translate("InquiriesView", "1 inquiry")
        return translate("InquiriesView", "{count} inquiries").format(count=total)

    def build_actions(self) -> list[QAction | None]:
        self.log_call_action = QAction(translate("InquiriesView", "Log a call…"), self)
        self.log_call_action.triggered.connect(lambda: self.log_call())
        self.log_other_action = QAction(
            translate("InquiriesView", "Log an e-mail, meeting or note…"), self
        )
        self.log_other_action.triggered.connect(lambda: self.log_call("note"))
        self.status_menu = QMenu(translate("InquiriesView", "Move to"), self)
        self.status_actions: dict[str, QAction] = {}
        for status in InquiryStatus:
            text = status_text(status)
            if status.value == "accepted":
                text = translate("InquiriesView", "Accepted: becomes a member…")
            elif status.value in ("declined", "withdrawn"):
                text += "…"
            icon = style.dot_icon(style.inquiry_status(status))
            action = self.status_menu.addAction(icon, text)
            action.triggered.connect(lambda _c=False, s=status.value: self.move_current(s))
            self.status_actions[status.value] = action
        self.delete_action = QAction(translate("InquiriesView", "Delete inquiry…"), self)
        self.delete_action.triggered.connect(self.delete_selected)
        return [
            self.log_call_action,
            self.log_other_action,
            self.status_menu.menuAction(),
            None,
            self.delete_action,
        ]

    def update_actions(self) -> None:
        row = self.current_row()
        one = row is not None
        for action in (self.log_call_action, self.log_other_action):
            action.setEnabled(one)
        self.status_menu.setEnabled(one)
        for status, action in self.status_actions.items():
            action.setEnabled(one and row.status != status and row.status != "accepted")
        self.delete_action.setEnabled(bool(self.selected_ids()))
        self.log_button.setEnabled(one)
        self.move_button.setEnabled(one)

    def can_edit(self) -> bool:
        return True

    def can_delete(self) -> bool:
        return True

    # list or board ---------------------------------------------------------------------------
    def mode(self) -> str:
        return "board" if self.pages.currentWidget() is self.board else "list"

    def set_mode(self, mode: str, remember: bool = True) -> None:
        board = mode == "board"
        self.pages.setCurrentWidget(self.board if board else self.table)
        (self.board_button if board else self.list_button).setChecked(True)
        status = self.filter_bar.combos["status"]
        status.setEnabled(not board)
        status.setToolTip(
            translate("InquiriesView", "The board shows every status in its own column")
            if board
            else ""
        )
        if board and self.model.is_loaded():
            self.board.load(self.query())
        if remember:
            self.settings.store.setValue(MODE_KEY, mode)
        self.modeChanged.emit(mode)

    # loading ---------------------------------------------------------------------------------
    def query(self) -> InquiryQuery:
        current = self.model.query
        fields = self.filter_bar.query_fields()
        fields.update(self.scope())
        return InquiryQuery(
            sort=current.sort, descending=current.descending, today=self.today, **fields
        )

    def activate(self) -> None:
        if not self.model.is_loaded():  # the first time: with the inquiries' own query
            self._stale = False
            self.apply_filters()
            return
        super().activate()

    def apply_filters(self) -> None:
        super().apply_filters()
        if self.mode() == "board":
            self.board.load(self.query())

    def reload(self) -> None:
        super().reload()
        if self.mode() == "board":
            current = self.board.current_row()
            self.board.load(self.query())
            if current is not None:
                self.board.select(current.id)

    def show_due(self) -> None:
        """Only what is due or overdue, in the list (the status bar's and overview's link)."""
        self.set_mode("list")
        self.filter_bar.show_due_only()
        if not self.model.is_loaded():
            self.activate()

    # the current inquiry ---------------------------------------------------------------------
    def current_row(self):
        if self.mode() == "board":
            return self.board.current_row()
        rows = self.selected_rows()
        return self.model.row_object(rows[0]) if len(rows) == 1 else None

    def current_id(self) -> int | None:
        row = self.current_row()
        return row.id if row is not None else super().current_id()

    def _board_selection(self) -> None:
        row = self.board.current_row()
        if row is not None:
            self.select_ids([row.id], row.id)  # the window's actions follow the list
        self.update_actions()

    def _board_menu(self, inquiry_id: int, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(translate("InquiriesView", "Open"), lambda: self.open_record(inquiry_id))
        for action in self.extra_actions:
            menu.addSeparator() if action is None else menu.addAction(action)
        menu.exec(pos)

    # commands --------------------------------------------------------------------------------
    def open_record(
        self, record_id: int | None, initial: dict | None = None, kind: str | None = None
    ) -> int | None:
        if record_id is None:
            return self.new_record(initial)
        from isa_desk.ui.inquiries.inquiry_editor import InquiryEditor

        try:
            editor = InquiryEditor(self, self.db, record_id, today=self.today)
        except NotFoundError as error:
            errors.show_message(self, str(error))
            self.after_change()
            return None
        try:
            editor.exec()
            changed = editor.changed
        finally:
            editor.deleteLater()
        if changed:
            self.after_change(record_id)
        return record_id if changed else None

    def new_record(self, initial: dict | None = None) -> int | None:
        from isa_desk.ui.inquiries.inquiry_dialog import NewInquiryDialog

        dialog = NewInquiryDialog(self, self.db, initial, today=self.today)
        try:
            dialog.exec()
            saved = dialog.saved_id
        finally:
            dialog.deleteLater()
        if saved is not None:
            self.after_change(saved)
        return saved

    def log_call(self, kind: str = "call") -> bool:
        row = self.current_row()
        if row is None:
            return False
        if log_activity(self, self.db, row, kind, today=self.today):
            self.after_change(row.id)
            return True
        return False

    def move_current(self, status: str) -> bool:
        row = self.current_row()
        return self.move_inquiry(row.id, status) if row is not None else False

    def move_inquiry(self, inquiry_id: int, status: str) -> bool:
        """Move an inquiry (a dragged card, a menu choice) to `status`."""
        row = next((r for r in self._known_rows() if r.id == inquiry_id), None)
        if row is None or row.status == status:
            return False
        if not move_to_status(self, self.db, inquiry_id, status, row.city, today=self.today):
            return False
        self.after_change(inquiry_id)
        if self.mode() == "board":
            self.board.select(inquiry_id)
        return True

    def _known_rows(self) -> list:
        rows = [self.model.row_object(n) for n in range(self.model.rowCount())]
        if self.mode() == "board":
            rows += [r for column in self.board.columns.values() for r in column.rows()]
        return rows

    def delete_selected(self) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        rows = [self.model.row_object(n) for n in self.selected_rows()]
        if len(rows) == 1:
            question = translate(
                "InquiriesView", "Delete the inquiry of {city} with its history?"
            ).format(city=rows[0].city)
        else:
            question = translate(
                "InquiriesView", "Delete these {count} inquiries with their history?"
            ).format(count=len(rows))
        question += " " + translate("InquiriesView", "The cities and contact persons stay.")
        delete = lambda: inquiries.delete(self.db, ids)  # noqa: E731
        if not ask_then_delete(self, question, delete, self.undo_stack):
            return False
        self.after_change()
        return True
