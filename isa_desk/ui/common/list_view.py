"""The list area shared by members, organisations and contacts.

A search and filter bar above a table over a RecordTableModel. Subclasses name the
service, the columns, the filters and their extra actions; everything else (opening,
new, delete, copy, the column chooser, remembering widths) is here, once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.db.engine import Database
from isa_desk.core.services import lists
from isa_desk.core.services.common import ListQuery
from isa_desk.core.services.lists import ListService
from isa_desk.ui.common.filter_bar import FilterBar
from isa_desk.ui.common.table_model import Column, RecordTableModel
from isa_desk.ui.records import editors, record_actions
from isa_desk.ui.shell.settings import Settings

translate = QCoreApplication.translate


class RecordTable(QTableView):
    """A table whose Return/Enter key opens the current record."""

    openRequested = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit()
            return
        super().keyPressEvent(event)


class ListArea(QWidget):
    """A searchable, filterable list of one kind of record. Subclasses configure it."""

    key = ""  # the area's name in settings and navigation: "members"
    kind = ""  # the record kind editors and actions know: "member"
    filters: tuple[str, ...] = ()
    default_sort = ""

    countsChanged = Signal(int, int)  # rows matching, rows in the list
    selectionChanged = Signal()
    recordsChanged = Signal()  # records were created, changed or deleted from this list

    def __init__(
        self, db: Database, settings: Settings, undo_stack=None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.undo_stack = undo_stack
        self.common_actions: list[QAction | None] = []  # set by the main window
        self._scope: dict[str, object] = {}
        self._stale = True

        self.model = RecordTableModel(
            db, self.service(), self.columns(), ListQuery(sort=self.default_sort), parent=self
        )
        self.model.countsChanged.connect(self.countsChanged)

        self.filter_bar = FilterBar(
            db, self.filters, self.placeholder(), tooltip=self.search_tooltip()
        )
        self.filter_bar.changed.connect(self.apply_filters)
        self.filter_bar.leaveDown.connect(self._enter_table)
        self.scope_button = QToolButton()
        self.scope_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.scope_button.setToolTip(translate("ListArea", "Click to show all records again"))
        self.scope_button.clicked.connect(self.clear_scope)
        self.scope_button.hide()

        self.table = RecordTable()
        self._setup_table()

        bar = QHBoxLayout()
        bar.addWidget(self.filter_bar, 1)
        bar.addWidget(self.scope_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self.extra_actions = self.build_actions()
        self.selectionChanged.connect(self.update_actions)
        self.update_actions()

    # configuration hooks -------------------------------------------------------------------
    def service(self) -> ListService:
        """The list service of the rows: by default the registered list of `key`."""
        return lists.service(self.key)

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def placeholder(self) -> str:
        return translate("ListArea", "Search (Ctrl+F)")

    def search_tooltip(self) -> str:
        """Which fields the search looks at."""
        return ""

    def count_text(self, shown: int, total: int) -> str:
        return translate("ListArea", "{shown} of {total}").format(shown=shown, total=total)

    def build_actions(self) -> list[QAction | None]:
        """Extra actions of this list for its context menu (None = separator)."""
        return []

    def update_actions(self) -> None:
        """Enable the extra actions for the current selection."""

    # table set-up --------------------------------------------------------------------------
    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._show_context_menu)
        table.doubleClicked.connect(lambda _index: self.open_current())
        table.openRequested.connect(self.open_current)
        table.selectionModel().selectionChanged.connect(lambda *_: self.selectionChanged.emit())

        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.column_menu().exec(header.mapToGlobal(pos))
        )
        self._restore_columns()
        header.setSortIndicator(max(0, self.model.sort_column()), Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)

    def _keep_sort_indicator(self, column: int, _order) -> None:
        # Columns the database cannot sort by keep the indicator where the rows really are.
        if self.model.is_sortable(column):
            return
        current = self.model.sort_column()
        order = (
            Qt.SortOrder.DescendingOrder
            if self.model.query.descending
            else Qt.SortOrder.AscendingOrder
        )
        header = self.table.horizontalHeader()
        QTimer.singleShot(0, lambda: header.setSortIndicator(max(0, current), order))

    # columns -------------------------------------------------------------------------------
    def _restore_columns(self) -> None:
        header = self.table.horizontalHeader()
        widths = self.settings.column_widths(self.key)
        hidden = self.settings.hidden_columns(self.key)
        for number, column in enumerate(self.model.columns):
            header.resizeSection(number, widths.get(column.field, column.width))
            hide = (column.field in hidden) if hidden is not None else not column.visible
            header.setSectionHidden(number, hide)

    def visible_columns(self) -> list[int]:
        header = self.table.horizontalHeader()
        return [n for n in range(self.model.columnCount()) if not header.isSectionHidden(n)]

    def set_column_visible(self, field_name: str, visible: bool) -> None:
        number = self.model.column_of(field_name)
        if number < 0:
            return
        if not visible and len(self.visible_columns()) <= 1:
            return  # the last visible column stays: a list without columns looks broken
        self.table.horizontalHeader().setSectionHidden(number, not visible)
        self.save_state()

    def column_menu(self, parent: QWidget | None = None) -> QMenu:
        """Check boxes for the columns (the header's context menu and View > Columns)."""
        menu = QMenu(translate("ListArea", "Columns"), parent or self)
        header = self.table.horizontalHeader()
        for number, column in enumerate(self.model.columns):
            action = menu.addAction(column.title())
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.toggled.connect(
                lambda checked, f=column.field: self.set_column_visible(f, checked)
            )
        menu.addSeparator()
        menu.addAction(translate("ListArea", "Default columns"), self.reset_columns)
        return menu

    def reset_columns(self) -> None:
        header = self.table.horizontalHeader()
        for number, column in enumerate(self.model.columns):
            header.setSectionHidden(number, not column.visible)
            header.resizeSection(number, column.width)
        self.save_state()

    def save_state(self) -> None:
        header = self.table.horizontalHeader()
        widths, hidden = {}, set()
        for number, column in enumerate(self.model.columns):
            if header.isSectionHidden(number):
                hidden.add(column.field)
            else:
                widths[column.field] = header.sectionSize(number)
        previous = self.settings.column_widths(self.key)
        previous.update(widths)
        self.settings.set_column_widths(self.key, previous)
        self.settings.set_hidden_columns(self.key, hidden)

    # loading -------------------------------------------------------------------------------
    def activate(self) -> None:
        """The area is shown: load the first page, or reload when records changed meanwhile."""
        if not self._stale:
            return
        self._stale = False
        if self.model.is_loaded():
            self.reload()
        else:
            self.model.ensure_loaded()

    def mark_stale(self) -> None:
        """Records changed elsewhere: reload now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.activate()

    def query(self) -> ListQuery:
        current = self.model.query
        fields = self.filter_bar.query_fields()
        fields.update(self._scope)
        return ListQuery(sort=current.sort, descending=current.descending, **fields)

    def apply_filters(self) -> None:
        self.model.set_query(self.query())
        self._stale = False

    def reload(self) -> None:
        """Fetch the list again, keeping the selection and scroll position."""
        selected = self.selected_ids()
        current = self.current_id()
        scroll = self.table.verticalScrollBar().value()
        self.filter_bar.refill()
        query = self.query()
        if query != self.model.query:
            self.model.set_query(query)
        else:
            self.model.reload()
        self.select_ids(selected, current)
        self.table.verticalScrollBar().setValue(scroll)

    def set_scope(self, field_name: str, value: int, label: str) -> None:
        """Show only the records of one organisation or member (a removable chip)."""
        self._scope = {field_name: value}
        self.scope_button.setText(f"{label}  ✕")
        self.scope_button.show()
        self.apply_filters()

    def clear_scope(self) -> None:
        self._scope = {}
        self.scope_button.hide()
        self.apply_filters()

    def scope(self) -> dict[str, object]:
        return dict(self._scope)

    # selection -----------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def selected_ids(self) -> list[int]:
        return [self.model.record_id(row) for row in self.selected_rows()]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row()):
            return self.model.record_id(index.row())
        rows = self.selected_rows()
        return self.model.record_id(rows[0]) if rows else None

    def select_ids(self, ids: list[int], current: int | None = None) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for record_id in ids:
            row = self.model.row_of_id(record_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), flags)
        target = current if current is not None else (ids[0] if ids else None)
        row = self.model.row_of_id(target) if target is not None else -1
        if row >= 0:
            selection.setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(self.model.index(row, 0))

    def _enter_table(self) -> None:
        self.filter_bar.flush()
        self.table.setFocus()
        if not self.selected_rows() and self.model.rowCount():
            self.table.selectRow(0)

    # actions -------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def open_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.open_record(record_id)

    def open_record(
        self, record_id: int | None, initial: dict | None = None, kind: str | None = None
    ) -> int | None:
        """Open the editor on a record (None = new); reloads and selects it when saved."""
        saved = editors.open_editor(self, self.db, kind or self.kind, record_id, initial)
        if saved is not None:
            self.after_change(saved if (kind or self.kind) == self.kind else None)
        return saved

    def new_record(self, initial: dict | None = None) -> int | None:
        return self.open_record(None, initial)

    def delete_selected(self) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        if not record_actions.delete_records(self, self.db, self.kind, ids, self.undo_stack):
            return False
        self.after_change()
        return True

    def after_change(self, select_id: int | None = None) -> None:
        self.reload()
        if select_id is not None:
            self.select_ids([select_id], select_id)
        self.recordsChanged.emit()

    def copy_rows(self) -> str:
        """Copy the selected rows (visible columns, header line first) as tab-separated text."""
        rows = self.selected_rows()
        if not rows:
            return ""
        text = self.model.rows_as_text(rows, self.visible_columns())
        QGuiApplication.clipboard().setText(text)
        return text

    def can_edit(self) -> bool:
        return True

    def can_delete(self) -> bool:
        return True

    def _show_context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in self.common_actions + [None] + self.extra_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        if not menu.isEmpty():
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.activate()
