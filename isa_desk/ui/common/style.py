"""The program's colours, named by what they mean, and the small painted marks that use
them. Every window takes its colours from here, so a status or a warning looks the same
everywhere. Colours are "#rrggbb" strings: they go into style sheets and rich text as they
are, and into QColor(...) for painting.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

# -- text -----------------------------------------------------------------------------------
ERROR = "#b3261e"  # a message that something is wrong; the mark of a required field
ERROR_STRONG = "#b00020"  # a bold problem line in a form
MUTED = "#5f6368"  # hints, subtitles, "nothing yet"
PLAIN = "#333333"  # text with no status colour
WARNING = "#8a5a00"  # a message to look at that does not stop a save
ON_ACCENT = "#ffffff"  # text and signs on a coloured mark or a filled button

# -- backgrounds ----------------------------------------------------------------------------
ERROR_FIELD = "#fff6f5"  # a field whose value is not accepted
ERROR_BANNER = "#fdecea"  # the banner above a form that cannot be saved
ERROR_ROW = "#fde2e1"  # an import row that will not be read
WARNING_ROW = "#fff4d6"  # an import row or cell to look at

# -- charts and previews --------------------------------------------------------------------
CHART_BAR = "#2f6f9f"
PREVIEW_DESK = "#8a8f96"  # around the page of a letter preview
PREVIEW_EMPTY = "#f1f3f4"  # a preview that shows a message instead of a page

# -- inquiries ------------------------------------------------------------------------------
INQUIRY_STATUS = {
    "new": "#1565c0",
    "in_contact": "#00838f",
    "documents_sent": "#6a1b9a",
    "application_received": "#ef6c00",
    "accepted": "#2e7d32",
    "declined": "#757575",
    "withdrawn": "#9e9e9e",
}
INQUIRIES_CLOSED = "#616161"  # the board's column of closed inquiries
OVERDUE = "#c62828"  # a follow-up date that has passed
DUE_TODAY = "#b26a00"  # a follow-up due today
ACTIVITY_KIND = {
    "call": "#2e7d32",
    "email": "#1565c0",
    "meeting": "#6a1b9a",
    "letter": "#8d6e63",
    "note": "#757575",
}

# -- events ---------------------------------------------------------------------------------
PARTICIPANT_STATUS = {
    "invited": "#7a8797",
    "registered": "#1f8a4c",
    "declined": "#c0392b",
    "attended": "#1d5fa8",
    "no_show": "#d9822b",
}
PARTICIPANTS_TOTAL = "#1d3557"  # everybody on an event's list
NOT_INVITED = "#b0b7c0"  # a person found who is not on the list yet
DEADLINE_NEAR = "#b8600b"  # a registration deadline in the coming days
DEADLINE_PASSED = "#8a8f96"

UNKNOWN_STATUS = "#888888"  # a status without a colour of its own


def inquiry_status(code) -> str:
    return INQUIRY_STATUS.get(str(getattr(code, "value", code)), UNKNOWN_STATUS)


def participant_status(code) -> str:
    return PARTICIPANT_STATUS.get(str(getattr(code, "value", code)), UNKNOWN_STATUS)


def dot_icon(color: str, size: int = 12, inset: float = 2.0) -> QIcon:
    """A coloured dot, `inset` pixels inside a square of `size` pixels."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
    painter.end()
    return QIcon(pixmap)


def marker_icon(color: str, size: int = 16) -> QIcon:
    """A round mark with an exclamation sign, for overdue (red) and due (amber) dates."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.75))
    painter.setFont(font)
    painter.setPen(QColor(ON_ACCENT))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "!")
    painter.end()
    return QIcon(pixmap)
