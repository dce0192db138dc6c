"""The inquiries as a board: a column per status, a card per inquiry. Dragging a card
to another column asks to move the inquiry there; the board itself changes nothing and
is filled again by its owner afterwards."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.services import inquiries
from isa_desk.core.services.inquiries import InquiryQuery, InquiryRow
from isa_desk.ui.common import display, style
from isa_desk.ui.common.plain import as_typed
from isa_desk.ui.inquiries.inquiry_actions import follow_up_note, status_text

MIME = "application/x-isa-desk-inquiry"
CARD_LIMIT = 100  # cards per column; the list shows any more
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_WIDTH = 170
PADDING = 8

translate = QCoreApplication.translate


def line_height(font: QFont) -> int:
    """A text line's height, tall enough for Chinese characters from a fallback font."""
    metrics = QFontMetrics(font)
    return max(metrics.height(), metrics.boundingRect("Ág国").height()) + 2


def card_height(font: QFont) -> int:
    return 4 * line_height(font) + 2 * PADDING + 6


class CardDelegate(QStyledItemDelegate):
    """Paints an inquiry as a card: city, contact, follow-up, assignee and days open."""

    def __init__(self, view: QListWidget):
        super().__init__(view)
        self.view = view

    def sizeHint(self, option, index) -> QSize:
        width = max(120, self.view.viewport().width() - 2)
        return QSize(width, card_height(option.font))

    def paint(self, painter: QPainter, option, index) -> None:
        row: InquiryRow = index.data(ROW_ROLE)
        if row is None:
            return
        palette = QGuiApplication.palette()  # the column's own palette is the window's colour
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        card = option.rect.adjusted(3, 3, -3, -3)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(card, 6, 6)
        accent = (
            style.OVERDUE
            if row.overdue
            else style.DUE_TODAY
            if row.due_today
            else (style.inquiry_status(row.status))
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(accent))
        painter.drawRoundedRect(QRect(card.left(), card.top(), 5, card.height()), 2, 2)
        self._paint_lines(painter, option, card, row)
        painter.restore()

    def _paint_lines(self, painter: QPainter, option, card: QRect, row: InquiryRow) -> None:
        metrics = QFontMetrics(option.font)
        line = line_height(option.font)
        left = card.left() + 5 + PADDING
        width = card.right() - PADDING - left
        palette = QGuiApplication.palette()
        text_color = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        y = card.top() + PADDING

        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        city = row.city + (f"  {row.city_zh}" if row.city_zh else "")
        painter.drawText(
            QRect(left, y, width, line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(bold).elidedText(city, Qt.TextElideMode.ElideRight, width),
        )
        painter.setFont(option.font)
        y += line
        painter.drawText(
            QRect(left, y, width, line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(row.contact or "–", Qt.TextElideMode.ElideRight, width),
        )
        y += line
        self._paint_follow_up(painter, option, QRect(left, y, width, line), row, muted)
        y += line
        painter.setPen(muted)
        footer = QRect(left, y, width, line)
        days = translate("InquiryBoard", "{days} days").format(days=row.days_open)
        painter.drawText(footer, Qt.AlignmentFlag.AlignRight, days)
        room = width - metrics.horizontalAdvance(days) - PADDING
        painter.drawText(
            QRect(left, y, room, line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(row.assigned_to, Qt.TextElideMode.ElideRight, room),
        )

    def _paint_follow_up(self, painter, option, rect: QRect, row: InquiryRow, muted) -> None:
        """ "Follow-up … 02.12.2026": the words may be shortened, the date never."""
        metrics = QFontMetrics(option.font)
        if row.next_follow_up is None:
            words = (
                translate("InquiryBoard", "Closed")
                if row.closed_on
                else translate("InquiryBoard", "No follow-up")
            )
            painter.setPen(muted)
            self._words_and_date(painter, metrics, rect, words, row.closed_on)
            return
        if row.due:
            color = style.OVERDUE if row.overdue else style.DUE_TODAY
            size = metrics.height() - 2
            style.marker_icon(color, size).paint(
                painter, QRect(rect.left(), rect.top() + 1, size, size)
            )
            rect = rect.adjusted(size + 4, 0, 0, 0)
            painter.setPen(QColor(color))
            if row.overdue:
                words = translate("InquiryBoard", "Overdue")
                self._words_and_date(painter, metrics, rect, words, row.next_follow_up)
            else:
                self._words_and_date(
                    painter, metrics, rect, translate("InquiryBoard", "Due today"), None
                )
            return
        painter.setPen(QGuiApplication.palette().color(QPalette.ColorRole.Text))
        self._words_and_date(
            painter, metrics, rect, translate("InquiryBoard", "Follow-up"), row.next_follow_up
        )

    @staticmethod
    def _words_and_date(painter, metrics: QFontMetrics, rect: QRect, words: str, day) -> None:
        date = display.date_text(day) if day else ""
        if date:
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight, date)
        room = rect.width() - (metrics.horizontalAdvance(date) + PADDING if date else 0)
        painter.drawText(
            QRect(rect.left(), rect.top(), room, rect.height()),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(words, Qt.TextElideMode.ElideRight, room),
        )


class BoardColumn(QListWidget):
    """The cards of one status; cards dropped here ask to move to this status."""

    moveRequested = Signal(int, str)  # inquiry id, this column's status

    def __init__(self, status: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.status = status
        self.setObjectName(f"board_{status}")
        self.delegate = CardDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.setPalette(palette)

    def set_rows(self, rows: list[InquiryRow], today=None) -> None:
        self.clear()
        for row in rows:
            item = QListWidgetItem()
            item.setData(ROW_ROLE, row)
            item.setData(Qt.ItemDataRole.DisplayRole, row.city)  # for keyboard search
            item.setToolTip(as_typed(self._tooltip(row, today)))
            self.addItem(item)

    @staticmethod
    def _tooltip(row: InquiryRow, today) -> str:
        lines = [
            row.city + (f" ({row.city_zh})" if row.city_zh else ""),
            row.contact,
            status_text(row.status),
            follow_up_note(row, today),
        ]
        if row.summary:
            lines.append(row.summary)
        return "\n".join(line for line in lines if line)

    def rows(self) -> list[InquiryRow]:
        return [self.item(i).data(ROW_ROLE) for i in range(self.count())]

    # drag and drop -------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items) -> QMimeData:
        # the card's inquiry and the status it comes from: "12 in_contact"
        data = QMimeData()
        if items:
            data.setData(MIME, f"{items[0].data(ROW_ROLE).id} {self.status}".encode())
        return data

    @staticmethod
    def dropped(data: QMimeData) -> tuple[int, str] | None:
        """(inquiry id, status it comes from) of a dragged card, None for anything else."""
        if not data.hasFormat(MIME):
            return None
        inquiry_id, _space, status = bytes(data.data(MIME)).decode(errors="replace").partition(" ")
        return (int(inquiry_id), status) if inquiry_id.isdigit() else None

    def _acceptable(self, event) -> bool:
        card = self.dropped(event.mimeData())
        return card is not None and card[1] != self.status

    def dragEnterEvent(self, event) -> None:
        if self._acceptable(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        if not self._acceptable(event):
            event.ignore()
            return
        inquiry_id = self.dropped(event.mimeData())[0]
        # a copy, so the source column leaves its card alone: the board is refilled anyway
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        # after the drag has ended, so dialogs the move needs do not open inside it
        QTimer.singleShot(0, lambda: self.moveRequested.emit(inquiry_id, self.status))


class InquiryBoard(QScrollArea):
    """A column per open status and one for the closed ones, over the inquiries the
    list's filters leave."""

    moveRequested = Signal(int, str)
    openRequested = Signal(int)
    menuRequested = Signal(int, QPoint)  # inquiry id, global position
    currentChanged = Signal()

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.columns: dict[str, BoardColumn] = {}
        self.headers: dict[str, QLabel] = {}
        self.more: dict[str, QLabel] = {}
        self.shared: dict[str, QVBoxLayout] = {}  # status -> the layout it shares with others
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(8)
        # the open steps side by side; the three ends of the pipeline share one column
        for status in inquiries.OPEN_STATUSES:
            layout.addWidget(
                self._column_frame([status.value], style.INQUIRY_STATUS[status.value]), 1
            )
        closed = [status.value for status in inquiries.CLOSED_STATUSES]
        layout.addWidget(self._column_frame(closed, style.INQUIRIES_CLOSED), 1)
        self.setWidget(body)

    def _column_frame(self, statuses: list[str], color: str) -> QFrame:
        frame = QFrame()
        frame.setObjectName("boardColumn")
        frame.setStyleSheet(
            "QFrame#boardColumn { background: palette(window); border: 1px solid palette(mid);"
            f" border-top: 3px solid {color}; border-radius: 4px; }}"
        )
        frame.setMinimumWidth(COLUMN_WIDTH)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(6, 6, 6, 6)
        for status in statuses:
            header = QLabel()
            header.setObjectName(f"header_{status}")
            header.setTextFormat(Qt.TextFormat.RichText)
            more = QLabel()
            more.setEnabled(False)
            more.setWordWrap(True)
            more.hide()
            column = BoardColumn(status)
            column.moveRequested.connect(self.moveRequested)
            column.itemActivated.connect(
                lambda item: self.openRequested.emit(item.data(ROW_ROLE).id)
            )
            column.itemSelectionChanged.connect(lambda c=column: self._selected(c))
            column.customContextMenuRequested.connect(lambda pos, c=column: self._menu(c, pos))
            layout.addWidget(header)
            layout.addWidget(column, 1)
            layout.addWidget(more)
            self.columns[status], self.headers[status], self.more[status] = column, header, more
            if len(statuses) > 1:
                self.shared[status] = layout
        if len(statuses) > 1:
            layout.addStretch(1)  # the height the closed lists leave
        return frame

    def _share_height(self, status: str, cards: int) -> None:
        """In the closed column each status gets the height of its cards, shared by their
        number when the column is too short, and an empty one only its heading: no list
        is cut to a third while another stands empty."""
        layout = self.shared.get(status)
        if layout is None:
            return
        column = self.columns[status]
        height = card_height(column.font()) + 2
        column.setVisible(cards > 0)
        column.setMinimumHeight(height + 4 if cards else 0)  # at least one card whole
        column.setMaximumHeight(cards * height + 4 if cards else 0)  # the rest stays below
        layout.setStretchFactor(column, cards)

    def load(self, query: InquiryQuery) -> None:
        """Fill every column from the database; the status filter does not apply here."""
        for status, column in self.columns.items():
            wanted = query.with_(status=status, sort="next_follow_up", descending=False)
            rows = inquiries.page(self.db, wanted, 0, CARD_LIMIT)
            total = len(rows) if len(rows) < CARD_LIMIT else inquiries.count(self.db, wanted)
            column.set_rows(rows, query.today)
            self._share_height(status, len(rows))
            self.headers[status].setText(
                f'<span style="color:{style.INQUIRY_STATUS[status]}">●</span>&nbsp;'
                f"<b>{html.escape(status_text(status))}</b>&nbsp;&nbsp;·&nbsp;&nbsp;{total}"
            )
            self.more[status].setText(
                translate("InquiryBoard", "{count} more in the list").format(
                    count=total - len(rows)
                )
            )
            self.more[status].setVisible(total > len(rows))

    def _selected(self, chosen: BoardColumn) -> None:
        if not chosen.selectedItems():
            return
        for column in self.columns.values():
            if column is not chosen:
                column.blockSignals(True)
                column.clearSelection()
                column.blockSignals(False)
        self.currentChanged.emit()

    def _menu(self, column: BoardColumn, pos: QPoint) -> None:
        item = column.itemAt(pos)
        if item is not None:
            column.setCurrentItem(item)
            self.menuRequested.emit(item.data(ROW_ROLE).id, column.viewport().mapToGlobal(pos))

    def current_row(self) -> InquiryRow | None:
        for column in self.columns.values():
            items = column.selectedItems()
            if items:
                return items[0].data(ROW_ROLE)
        return None

    def select(self, inquiry_id: int) -> bool:
        for column in self.columns.values():
            for number, row in enumerate(column.rows()):
                if row.id == inquiry_id:
                    column.setCurrentRow(number)
                    column.setFocus()
                    return True
        return False
