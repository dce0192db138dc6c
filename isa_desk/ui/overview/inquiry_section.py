"""What the overview shows of the inquiries: due and overdue follow-ups, open inquiries
per status. It leads to the inquiries area filtered to what is due through the overview's
signals, as the status bar's notice (`due_notice`) does by its `clicked`."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.services import inquiries
from isa_desk.ui.common import display, style
from isa_desk.ui.common.bar_chart import BarChart
from isa_desk.ui.inquiries.inquiry_actions import status_text
from isa_desk.ui.overview.due_notice import due_text
from isa_desk.ui.overview.overview_view import OverviewArea

SHOWN = 8  # due inquiries listed on the overview; the link shows all

translate = QCoreApplication.translate


class InquirySection(QGroupBox):
    """The overview's part: what is due, and how many inquiries are at which step."""

    inquiryRequested = Signal(int)  # a due inquiry was activated: open it
    dueRequested = Signal()  # "show all that is due"

    def __init__(self, db, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(translate("InquiryOverview", "Membership inquiries"), parent)
        self.setObjectName("inquirySection")
        self.db = db
        self.today = inquiries.today_or(today)
        due = inquiries.due(db, self.today)
        overdue, due_today = inquiries.due_counts(db, self.today)
        layout = QHBoxLayout(self)
        layout.addLayout(self._due_part(due, overdue, due_today), 3)
        layout.addLayout(self._status_part(inquiries.counts(db)), 2)

    def _due_part(self, due: list, overdue: int, due_today: int) -> QVBoxLayout:
        part = QVBoxLayout()
        heading = QLabel(
            "<b>{}</b>".format(translate("InquiryOverview", "Due and overdue follow-ups"))
        )
        part.addWidget(heading)
        if not due:
            nothing = QLabel(translate("InquiryOverview", "Nothing is due. Well done."))
            nothing.setEnabled(False)
            part.addWidget(nothing)
            part.addStretch(1)
            return part
        self.due_list = QTreeWidget()
        self.due_list.setObjectName("dueList")
        self.due_list.setHeaderLabels(
            [
                translate("InquiryOverview", "Follow-up"),
                translate("InquiryOverview", "City"),
                translate("InquiryOverview", "Contact person"),
                translate("InquiryOverview", "Status"),
            ]
        )
        self.due_list.setRootIsDecorated(False)
        self.due_list.setIconSize(QSize(14, 14))
        for row in due[:SHOWN]:
            item = QTreeWidgetItem(
                [
                    display.date_text(row.next_follow_up),
                    row.city,
                    row.contact,
                    status_text(row.status),
                ]
            )
            color = style.OVERDUE if row.overdue else style.DUE_TODAY
            item.setIcon(0, style.marker_icon(color))
            item.setForeground(0, QBrush(QColor(color)))
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            self.due_list.addTopLevelItem(item)
        for column in range(3):
            self.due_list.resizeColumnToContents(column)
        rows = min(len(due), SHOWN)
        self.due_list.setFixedHeight(
            self.due_list.sizeHintForRow(0) * rows + self.due_list.header().sizeHint().height() + 6
        )
        self.due_list.itemActivated.connect(
            lambda item, _c: self.inquiryRequested.emit(item.data(0, Qt.ItemDataRole.UserRole))
        )
        part.addWidget(self.due_list)
        self.show_all = QPushButton(
            translate("InquiryOverview", "Show all that is due ({text})").format(
                text=due_text(overdue, due_today)
            )
        )
        self.show_all.setObjectName("showDue")
        self.show_all.clicked.connect(lambda: self.dueRequested.emit())
        row = QHBoxLayout()
        row.addWidget(self.show_all)
        row.addStretch(1)
        part.addLayout(row)
        return part

    def _status_part(self, counts: dict[str, int]) -> QVBoxLayout:
        part = QVBoxLayout()
        open_count = sum(counts[s.value] for s in inquiries.OPEN_STATUSES)
        title = translate("InquiryOverview", "Open inquiries per status: {count}").format(
            count=open_count
        )
        part.addWidget(QLabel(f"<b>{title}</b>"))
        self.chart = BarChart()
        self.chart.setObjectName("statusChart")
        self.chart.set_items([(status_text(s), counts[s.value]) for s in inquiries.OPEN_STATUSES])
        part.addWidget(self.chart)
        closed = " · ".join(
            f"{status_text(s)} {counts[s.value]}" for s in inquiries.CLOSED_STATUSES
        )
        closed_label = QLabel(
            translate("InquiryOverview", "Closed: {counts}").format(counts=closed)
        )
        closed_label.setEnabled(False)
        part.addWidget(closed_label)
        part.addStretch(1)
        return part


def overview_section(db, overview: OverviewArea) -> QWidget | None:
    """The factory for overview.SECTIONS: nothing when there are no inquiries at all. Its
    links ask the overview for the inquiries."""
    if not any(inquiries.counts(db).values()):
        return None
    section = InquirySection(db, parent=overview)
    section.inquiryRequested.connect(overview.inquiryRequested)
    section.dueRequested.connect(overview.dueInquiriesRequested)
    return section
