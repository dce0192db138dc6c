"""Small pieces the events area shares: status colours and dots, count texts, the event's
one-line description, and opening a written file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QIcon

from isa_desk.core.db.models import ParticipantStatus
from isa_desk.core.domain import labels
from isa_desk.ui.common import display, style

translate = QCoreApplication.translate


def status_label(status) -> str:
    return labels.label(ParticipantStatus, status)


def status_icon(status) -> QIcon:
    return style.dot_icon(style.participant_status(status), inset=1.5)


def when_text(starts_at: dt.datetime | None, ends_at: dt.datetime | None) -> str:
    """ "15.10.2021, 09:00–12:00": the day and the hours."""
    if starts_at is None:
        return ""
    day = display.date_text(starts_at.date())
    start = f"{starts_at:%H:%M}"
    if ends_at is not None and ends_at.date() == starts_at.date() and ends_at > starts_at:
        return f"{day}, {start}–{ends_at:%H:%M}"
    if ends_at is not None and ends_at.date() > starts_at.date():
        return f"{day}, {start} – {display.date_text(ends_at)}"
    return f"{day}, {start}"


def deadline_text(deadline: dt.date | None, today: dt.date) -> str:
    """ "Registration until 11.10.2021 (in 11 days)", "... (today)", "... (passed)"."""
    if deadline is None:
        return ""
    date = display.date_text(deadline)
    days = (deadline - today).days
    if days < 0:
        return translate("Events", "Registration closed on {date}").format(date=date)
    if days == 0:
        return translate("Events", "Registration until today ({date})").format(date=date)
    if days == 1:
        return translate("Events", "Registration until tomorrow ({date})").format(date=date)
    return translate("Events", "Registration until {date} (in {days} days)").format(
        date=date, days=days
    )


def counts_text(row) -> str:
    """ "57 invited: 10 registered, 11 declined, 6 without answer, 24 attended, 6 no-show"."""
    parts = [
        translate("Events", "{count} registered").format(count=row.registered),
        translate("Events", "{count} declined").format(count=row.declined),
        translate("Events", "{count} without answer").format(count=row.invited),
    ]
    if row.attended or row.no_show:
        parts += [
            translate("Events", "{count} attended").format(count=row.attended),
            translate("Events", "{count} no-show").format(count=row.no_show),
        ]
    return translate("Events", "{total} invited: {parts}").format(
        total=row.total, parts=", ".join(parts)
    )


def open_file(path: Path) -> bool:
    """Show a written PDF in the computer's viewer (to print it)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
