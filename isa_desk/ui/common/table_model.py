"""One table model for every record list, over a list service of the core.

The service (a ListService of core.services.lists) answers `count(db, query)` and
`page(db, query, offset, limit)` and names its SORT_KEYS; the database filters, searches
and sorts. The model holds only the pages fetched so far and asks for the next one when
the view scrolls near the end (canFetchMore/fetchMore), so a list of 100,000 contacts
opens at once. A service that also offers `page_after(db, query, offset, limit, after)`
is asked for the next page from the last row fetched, which it can find without reading
the rows before it.

Scrolling asks data() for every cell on screen, several roles each, page after page:
the texts of a row's plain columns are made once, when the row is first shown, and kept
as a tuple; data() is a lookup. Texts that depend on the language or the office's
settings (labels, countries, dates) are made when asked, so they follow a change at once.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from isa_desk.core.db.engine import Database
from isa_desk.core.domain import labels
from isa_desk.core.domain.sorting import text_sort_key
from isa_desk.core.services.common import ListQuery
from isa_desk.core.services.lists import ListService
from isa_desk.ui.common import display
from isa_desk.ui.common.plain import as_typed

PAGE_SIZE = 200

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
CHECK_MARK = "✓"


def plain(value: Any) -> str:
    return "" if value is None else str(value)


def enum_text(enum_type: type[enum.Enum]) -> Callable[[Any], str]:
    return lambda value: labels.label(enum_type, value)


@dataclass(frozen=True)
class Column:
    """A list column: the row field it shows and how.

    `header` is an English source text marked with QT_TRANSLATE_NOOP("Columns", ...);
    it is translated when shown. `visible` is the default before the user chooses.
    """

    field: str
    header: str
    width: int = 140
    align: Qt.AlignmentFlag = LEFT
    format: Callable[[Any], str] = plain
    visible: bool = True
    check: bool = False  # a yes/no value shown as a check mark (nothing for no)

    def title(self) -> str:
        return QCoreApplication.translate("Columns", self.header)


def _is_fixed(column: Column) -> bool:
    """Whether the column's text follows from the value alone (not from the language)."""
    return column.check or column.format is plain


@dataclass
class _State:
    rows: list = field(default_factory=list)
    # per row: the texts of the fixed columns (None for the others), made when first shown
    texts: list[tuple[str | None, ...] | None] = field(default_factory=list)
    total: int = 0  # rows matching the query
    overall: int | None = None  # rows without any search or filter (for "12 of 46")

    def set_rows(self, rows: list) -> None:
        self.rows = rows
        self.texts = [None] * len(rows)

    def add_rows(self, rows) -> None:
        self.rows.extend(rows)
        self.texts.extend([None] * len(rows))


DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
TOOL_TIP = int(Qt.ItemDataRole.ToolTipRole)
# roles the item delegate asks of every cell on screen, which no list answers
_UNANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.DecorationRole,
    )
)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Rows of one list service, fetched lazily in pages, sorted by the database."""

    # the native value (date, int, bool, an enum's code); for a text its sort key (DIN 5007,
    # pinyin), so that whatever compares these values agrees with the database's order
    SortRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2  # the record id of the row
    RowRole = Qt.ItemDataRole.UserRole + 3  # the whole row object

    countsChanged = Signal(int, int)  # matching rows, all rows of the list
    queryChanged = Signal()

    def __init__(
        self,
        db: Database,
        service: ListService,
        columns: list[Column],
        query: ListQuery | None = None,
        page_size: int = PAGE_SIZE,
        parent=None,
    ):
        super().__init__(parent)
        self.db = db
        self.service = service
        self.columns = list(columns)
        self._fields = tuple(column.field for column in self.columns)
        self._fixed = tuple(_is_fixed(column) for column in self.columns)
        self._alignments = tuple(int(column.align) for column in self.columns)
        self._page_after = getattr(service, "page_after", None)
        self.page_size = page_size
        self._query = query or ListQuery()
        self._state = _State()
        self._loaded = False

    # the query ---------------------------------------------------------------------------
    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        """Show the rows of `query`: count them, load the first page, reset the view."""
        self._query = query
        self._reload(keep_rows=0)
        self.queryChanged.emit()

    def reload(self) -> None:
        """Fetch again after a change, keeping as many rows as the view had loaded."""
        self._state.overall = None
        self._reload(keep_rows=len(self._state.rows))

    def ensure_loaded(self) -> None:
        """Load the first page once (lists load when first shown, not when built)."""
        if not self._loaded:
            self._reload(keep_rows=0)

    def _reload(self, keep_rows: int) -> None:
        self.beginResetModel()
        try:
            self._loaded = True
            state = self._state
            state.total = self.service.count(self.db, self._query)
            if self._is_unfiltered():
                state.overall = state.total
            elif state.overall is None:
                state.overall = self.service.count(self.db, ListQuery())
            limit = max(self.page_size, keep_rows)
            state.set_rows(list(self.service.page(self.db, self._query, 0, limit)))
        finally:
            self.endResetModel()
        self.countsChanged.emit(self.total(), self.overall())

    def _is_unfiltered(self) -> bool:
        bare = ListQuery(sort=self._query.sort, descending=self._query.descending)
        return self._query == bare

    # counts ------------------------------------------------------------------------------
    def total(self) -> int:
        """How many rows match the query (loaded or not)."""
        return self._state.total

    def overall(self) -> int:
        """How many rows the list has without search and filters."""
        return self._state.overall if self._state.overall is not None else self._state.total

    def loaded(self) -> int:
        """How many rows are fetched so far."""
        return len(self._state.rows)

    def is_loaded(self) -> bool:
        """Whether the first page was fetched (lists load when first shown)."""
        return self._loaded

    # Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._state.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        if parent.isValid():
            return False
        return len(self._state.rows) < self._state.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        start = len(self._state.rows)
        rows = self._next_page(start)
        if not rows:  # the table shrank meanwhile (someone else deleted rows)
            self._state.total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._state.add_rows(rows)
        self.endInsertRows()

    def _next_page(self, start: int):
        loaded = self._state.rows
        if self._page_after is not None and loaded:
            return self._page_after(self.db, self._query, start, self.page_size, loaded[-1].id)
        return self.service.page(self.db, self._query, start, self.page_size)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # called for every cell on screen and role: the usual answers come first
        if role in _UNANSWERED:
            return None
        number = index.row()
        if number < 0 or number >= len(self._state.rows):  # -1: an invalid index
            return None
        if role == DISPLAY:
            return self._text(number, index.column())
        if role == ALIGNMENT:
            return self._alignments[index.column()]
        row = self._state.rows[number]
        column = self.columns[index.column()]
        value = getattr(row, column.field, None)
        if role == TOOL_TIP and not column.check:
            text = self._text(number, index.column())
            return as_typed(text) if len(text) > 30 else None  # tool tips guess markup
        if role == self.SortRole:
            if isinstance(value, enum.Enum):
                return value.value
            return text_sort_key(value) if isinstance(value, str) else value
        if role == self.IdRole:
            return row.id
        if role == self.RowRole:
            return row
        return None

    def _text(self, number: int, column: int) -> str:
        """The text shown in a cell: the row's fixed texts are made once, when first asked."""
        texts = self._state.texts[number]
        if texts is None:
            texts = self._state.texts[number] = self._fixed_texts(self._state.rows[number])
        text = texts[column]
        if text is None:  # follows the language: made each time
            value = getattr(self._state.rows[number], self._fields[column], None)
            return self.columns[column].format(value)
        return text

    def _fixed_texts(self, row: Any) -> tuple[str | None, ...]:
        return tuple(
            self.display_text(column, getattr(row, name, None)) if fixed else None
            for column, name, fixed in zip(self.columns, self._fields, self._fixed, strict=True)
        )

    @staticmethod
    def display_text(column: Column, value: Any) -> str:
        if column.check:
            return CHECK_MARK if value else ""
        return column.format(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database, by the stored sort keys of names (DIN 5007, pinyin), the
        rows fetched anew; columns the service cannot sort by are left as they are."""
        if not self.is_sortable(column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        field_name = self.columns[column].field
        if (field_name, descending) == (self._query.sort, self._query.descending):
            return
        self.set_query(self._query.with_(sort=field_name, descending=descending))

    # helpers for views -------------------------------------------------------------------
    def is_sortable(self, column: int) -> bool:
        if not 0 <= column < len(self.columns):
            return False
        return self.columns[column].field in self.service.SORT_KEYS

    def sort_column(self) -> int:
        """The column the rows are sorted by, -1 for the service's default order."""
        return self.column_of(self._query.sort) if self._query.sort else -1

    def column_of(self, field_name: str) -> int:
        for number, column in enumerate(self.columns):
            if column.field == field_name:
                return number
        return -1

    def row_object(self, row: int):
        return self._state.rows[row] if 0 <= row < len(self._state.rows) else None

    def record_id(self, row: int) -> int | None:
        item = self.row_object(row)
        return item.id if item is not None else None

    def row_of_id(self, record_id: int) -> int:
        """The loaded row showing `record_id`, -1 when it is not loaded (or filtered out)."""
        for number, item in enumerate(self._state.rows):
            if item.id == record_id:
                return number
        return -1

    def rows_as_text(self, rows: list[int], columns: list[int] | None = None) -> str:
        """Tab-separated text of the given rows with a header line, as shown on screen."""
        columns = columns if columns is not None else list(range(len(self.columns)))
        lines = ["\t".join(self.columns[c].title() for c in columns)]
        for row in sorted(rows):
            item = self.row_object(row)
            if item is None:
                continue
            cells = []
            for c in columns:
                column = self.columns[c]
                value = getattr(item, column.field, None)
                # "yes" rather than a check mark: it reads right in a spreadsheet
                text = display.yes_no(value) if column.check else column.format(value)
                cells.append(_one_line(text))
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"


def _one_line(text: str) -> str:
    # A tab or line break inside a cell would shift the columns when pasted into Excel.
    return " ".join(text.replace("\t", " ").splitlines())
