"""Small pieces the events area shares: status colours and dots, count texts, the event's
one-line description, and opening a written file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QPainter, QPixmap

from isa_desk.core.db.models import ParticipantStatus
from isa_desk.ui.common import display as labels

translate = QCoreApplication.translate

STATUS_COLORS = {
    "invited": "#7a8797",
    "registered": "#1f8a4c",
    "declined": "#c0392b",
    "attended": "#1d5fa8",
    "no_show": "#d9822b",
}
DEADLINE_COLOR = "#b8600b"
PASSED_COLOR = "#8a8f96"


def status_label(status) -> str:
    return labels.enum_label(ParticipantStatus, status)


def dot_icon(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3))
    painter.end()
    return QIcon(pixmap)


def status_icon(status) -> QIcon:
    code = getattr(status, "value", status)
    return dot_icon(STATUS_COLORS.get(code, "#888888"))


def when_text(starts_at: dt.datetime | None, ends_at: dt.datetime | None) -> str:
    """"15.10.2021, 09:00–12:00": the day and the hours."""
    if starts_at is None:
        return ""
    day = labels.date_text(starts_at.date())
    start = f"{starts_at:%H:%M}"
    if ends_at is not None and ends_at.date() == starts_at.date() and ends_at > starts_at:
        return f"{day}, {start}–{ends_at:%H:%M}"
    if ends_at is not None and ends_at.date() > starts_at.date():
        return f"{day}, {start} – {labels.date_text(ends_at)}"
    return f"{day}, {start}"


def deadline_text(deadline: dt.date | None, today: dt.date) -> str:
    """"Registration until 11.10.2021 (in 11 days)", "... (today)", "... (passed)"."""
    if deadline is None:
        return ""
    date = labels.date_text(deadline)
    days = (deadline - today).days
    if days < 0:
        return translate("Events", "Registration closed on {date}").format(date=date)
    if days == 0:
        return translate("Events", "Registration until today ({date})").format(date=date)
    if days == 1:
        return translate("Events", "Registration until tomorrow ({date})").format(date=date)
    return translate("Events", "Registration until {date} (in {days} days)").format(
        date=date, days=days)


def counts_text(row) -> str:
    """"57 invited: 10 registered, 11 declined, 6 without answer, 24 attended, 6 no-show"."""
    parts = [translate("Events", "{count} registered").format(count=row.registered),
             translate("Events", "{count} declined").format(count=row.declined),
             translate("Events", "{count} without answer").format(count=row.invited)]
    if row.attended or row.no_show:
        parts += [translate("Events", "{count} attended").format(count=row.attended),
                  translate("Events", "{count} no-show").format(count=row.no_show)]
    return translate("Events", "{total} invited: {parts}").format(
        total=row.total, parts=", ".join(parts))


def open_file(path: Path) -> bool:
    """Show a written PDF in the computer's viewer (to print it)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
