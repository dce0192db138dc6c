"""The overview area: totals, members by country and status, members per state and province.

Later areas (inquiries, events) add their own section by appending a factory to
`SECTIONS`: a callable `(db, overview) -> QWidget | None` (None when it has nothing to
show). A section leads elsewhere through the overview's signals, which the window connects.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import MemberStatus
from isa_desk.core.domain import labels
from isa_desk.ui.common import display
from isa_desk.ui.common.bar_chart import BarChart
from isa_desk.ui.common.collation import collated

translate = QCoreApplication.translate

SectionFactory = Callable[[Database, "OverviewArea"], "QWidget | None"]
SECTIONS: list[SectionFactory] = []

# Which chart shows which country, and its title (federal states in Germany, provinces in China).
REGION_CHARTS = (
    ("DE", QT_TRANSLATE_NOOP("Overview", "Members per federal state (Germany)")),
    ("CN", QT_TRANSLATE_NOOP("Overview", "Members per province (China)")),
)


def _services():
    from isa_desk.core.services import overview as service

    return service


class Tile(QFrame):
    """A large number with a caption; clicking it opens the area it counts."""

    clicked = Signal()

    def __init__(self, caption: str, clickable: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet(
            "QFrame#tile { background: palette(base); border: 1px solid palette(midlight);"
            " border-radius: 6px; }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        self.number = QLabel("–")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption)
        self.detail = QLabel()
        self.detail.setObjectName("tileDetail")
        self.detail.setEnabled(False)  # drawn in the palette's quieter text colour
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(translate("Overview", "Open this list"))
        self._clickable = clickable

    def set_value(self, value: int, detail: str = "") -> None:
        self.number.setText(number_text(value))
        self.detail.setText(detail)

    def mouseReleaseEvent(self, event) -> None:
        if self._clickable and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class OverviewArea(QScrollArea):
    """The first area: what the office has, at a glance."""

    areaRequested = Signal(str)  # "members", "organisations", "contacts"
    eventRequested = Signal(int)  # show this event with its participants
    inquiryRequested = Signal(int)  # open this inquiry
    dueInquiriesRequested = Signal()  # list the inquiries whose follow-up is due
    refreshed = Signal()  # the figures were read again (the welcome page follows them)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("overviewBody")
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(16, 16, 16, 16)
        self.body.setSpacing(16)
        self.setWidget(body)

        self.tiles: dict[str, Tile] = {}
        self.body.addLayout(self._build_tiles())
        self.status_table = self._build_status_table()
        self.charts: dict[str, BarChart] = {}
        self.chart_boxes: dict[str, QGroupBox] = {}
        self.body.addLayout(self._build_grid())
        self.extra_sections: list[QWidget] = []
        self.body.addStretch(1)
        self._stale = True
        # The window holds the first reading of the figures until it has painted itself.
        self.held = False

    # building ----------------------------------------------------------------------------
    def _build_tiles(self) -> QHBoxLayout:
        row = QHBoxLayout()
        captions = {
            "members": (translate("Overview", "Members"), True),
            "organisations": (translate("Overview", "Organisations"), True),
            "contacts": (translate("Overview", "Contacts"), True),
            "inquiries": (translate("Overview", "Membership inquiries"), True),
            "events": (translate("Overview", "Events"), True),
        }
        for key, (caption, clickable) in captions.items():
            tile = Tile(caption, clickable)
            if clickable:
                tile.clicked.connect(lambda key=key: self.areaRequested.emit(key))
            self.tiles[key] = tile
            row.addWidget(tile)
        return row

    def _build_status_table(self) -> QTableWidget:
        """Statuses down, countries across: a few columns fit beside a chart."""
        table = QTableWidget(len(MemberStatus) + 1, 0)
        headers = [labels.label(MemberStatus, s) for s in MemberStatus] + [
            translate("Overview", "Total")
        ]
        table.setVerticalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return table

    def _build_grid(self) -> QGridLayout:
        """Left: the status table above the German chart; right: the Chinese chart."""
        grid = QGridLayout()
        grid.setSpacing(16)
        box = QGroupBox(translate("Overview", "Members by country and status"))
        QVBoxLayout(box).addWidget(self.status_table)
        grid.addWidget(box, 0, 0, Qt.AlignmentFlag.AlignTop)
        places = {"DE": (1, 0, 1, 1), "CN": (0, 1, 2, 1)}
        for country, title in REGION_CHARTS:
            box = QGroupBox(translate("Overview", title))
            chart = BarChart()
            layout = QVBoxLayout(box)
            layout.addWidget(chart)
            layout.addStretch(1)
            grid.addWidget(box, *places[country], Qt.AlignmentFlag.AlignTop)
            self.charts[country] = chart
            self.chart_boxes[country] = box
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        return grid

    # data --------------------------------------------------------------------------------
    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def activate(self) -> None:
        """Called when the area is shown: refresh when records changed meanwhile."""
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        service = _services()
        totals = service.totals(self.db)
        by_status = service.members_by_country_status(self.db)
        for key, tile in self.tiles.items():
            tile.set_value(totals.get(key, 0))
        # "Members" counts members proper; prospects and applicants are listed, not counted.
        members = sum(c.get(MemberStatus.MEMBER.value, 0) for c in by_status.values())
        others = totals.get("members", 0) - members
        self.tiles["members"].set_value(
            members,
            translate("Overview", "+ {count} in other statuses").format(count=others)
            if others
            else "",
        )
        self._fill_status_table(by_status)
        for country, chart in self.charts.items():
            items = [
                (display.region_name(region) or display.unknown_region(), count)
                for region, count in service.members_per_region(self.db, country)
            ]
            chart.set_items(items)
            self.chart_boxes[country].setVisible(bool(items))
        self._rebuild_sections()
        self._stale = False
        self.refreshed.emit()

    def _fill_status_table(self, data: dict[str, dict[str, int]]) -> None:
        table = self.status_table
        first = ("CN", "DE")  # then the others by name, as the window's language sorts
        countries = collated(
            data,
            display.country_name,
            lambda code: (code not in first, code if code in first else ""),
        )
        table.setColumnCount(len(countries) + 1)
        statuses = [status.value for status in MemberStatus]
        totals = dict.fromkeys(statuses, 0)
        for column, country in enumerate(countries):
            table.setHorizontalHeaderItem(column, QTableWidgetItem(display.country_name(country)))
            for row, status in enumerate(statuses):
                count = data[country].get(status, 0)
                totals[status] += count
                table.setItem(row, column, _number_item(count))
            table.setItem(len(statuses), column, _number_item(sum(data[country].values()), True))
        last = len(countries)
        table.setHorizontalHeaderItem(
            last, QTableWidgetItem(translate("Overview", "All countries"))
        )
        for row, status in enumerate(statuses):
            table.setItem(row, last, _number_item(totals[status], bold=True))
        table.setItem(len(statuses), last, _number_item(sum(totals.values()), bold=True))
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)

    def _rebuild_sections(self) -> None:
        for widget in self.extra_sections:
            widget.deleteLater()
        self.extra_sections = []
        for factory in SECTIONS:
            widget = factory(self.db, self)
            if widget is not None:
                self.body.insertWidget(self.body.count() - 1, widget)
                self.extra_sections.append(widget)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.held:
            self.activate()


def number_text(value: int) -> str:
    """A count with the locale's digit grouping (1.234 in German)."""
    return QLocale().toString(int(value))


def _number_item(count: int, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(number_text(count) if count else "–")
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item
