"""The overview's part for events: the next event with its counts, and its registration
deadline when it is near. A click leads to the event in the events area."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from isa_desk.core.services import events
from isa_desk.core.services.events import EventRow
from isa_desk.ui.common import style
from isa_desk.ui.common.plain import plain_label
from isa_desk.ui.events.event_widgets import deadline_text, status_label, when_text
from isa_desk.ui.overview.overview_view import OverviewArea

translate = QCoreApplication.translate


class EventSection(QGroupBox):
    """The next event: title, when and where, how many answered how, the deadline."""

    openRequested = Signal(int)  # the event, to be shown with its participants

    def __init__(self, row: EventRow, today: dt.date, parent: QWidget | None = None):
        upcoming = row.starts_at.date() >= today
        super().__init__(
            translate("EventOverview", "Next event")
            if upcoming
            else translate("EventOverview", "Last event"),
            parent,
        )
        self.setObjectName("eventSection")
        self.row = row
        title = plain_label(row.title)
        title.setObjectName("nextEventTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        where = " · ".join(p for p in (when_text(row.starts_at, row.ends_at), row.place) if p)
        place = plain_label(where)
        place.setEnabled(False)
        left = QVBoxLayout()
        left.addWidget(title)
        left.addWidget(place)
        self.deadline = QLabel(objectName="nextEventDeadline")
        self.deadline.setTextFormat(Qt.TextFormat.RichText)  # its own words, escaped
        if not upcoming or row.registration_deadline is None:
            self.deadline.hide()
        days = row.deadline_in(today)
        deadline = html.escape(deadline_text(row.registration_deadline, today))
        if days is not None and days <= events.DEADLINE_NEAR_DAYS:
            self.deadline.setText(
                f'<span style="color:{style.DEADLINE_NEAR}; font-weight:bold">⚑ {deadline}</span>'
            )
        else:
            self.deadline.setText(deadline)
        left.addWidget(self.deadline)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(self._figures(row), 4)

    def _figures(self, row: EventRow) -> QVBoxLayout:
        part = QVBoxLayout()
        numbers = QHBoxLayout()
        figures = [(translate("EventOverview", "invited"), row.total, style.PARTICIPANTS_TOTAL)]
        figures += [
            (
                status_label(s).lower()
                if s != "invited"
                else translate("EventOverview", "no answer yet"),
                getattr(row, s),
                style.PARTICIPANT_STATUS[s],
            )
            for s in ("registered", "declined", "invited")
        ]
        if row.attended or row.no_show:
            figures += [
                (status_label(s).lower(), getattr(row, s), style.PARTICIPANT_STATUS[s])
                for s in ("attended", "no_show")
            ]
        self.figures: dict[str, int] = {}
        for caption, value, color in figures:
            label = QLabel(
                f'<div style="font-size:18pt; font-weight:bold; color:{color}">'
                f"{value}</div><div>{html.escape(caption)}</div>"
            )
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            numbers.addWidget(label)
            self.figures[caption] = value
        part.addLayout(numbers)
        self.open_button = QPushButton(translate("EventOverview", "Open the participant list"))
        self.open_button.setObjectName("openEvent")
        self.open_button.clicked.connect(lambda: self.openRequested.emit(row.id))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        part.addLayout(buttons)
        return part


def section_for(db, parent: QWidget, today: dt.date | None = None) -> QWidget | None:
    """The next event; when none is planned, the last one; None when there is no event."""
    today = today or dt.date.today()
    row = events.next_event(db, today) or events.last_event(db, today)
    return EventSection(row, today, parent) if row is not None else None


def overview_section(db, overview: OverviewArea) -> QWidget | None:
    """The factory for overview.SECTIONS: its button asks the overview for the event."""
    section = section_for(db, overview)
    if section is not None:
        section.openRequested.connect(overview.eventRequested)
    return section
