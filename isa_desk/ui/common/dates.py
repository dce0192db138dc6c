"""The one date field (and date-time field) of the window.

People type a date the way they write it ("18.03.2027", "18.3.27", "18032027", the
language's own form) or pick it from a calendar. Beside the field stands the date the
text is read as, in words, so what will be saved is never a surprise; on leaving the
field the text is written out in full. Text that names no date gets a red frame and a
message, and `problem()` tells the dialog not to save. An empty optional field stays
empty: nothing jumps to today. The reading rule is core's (core.domain.dates).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from isa_desk.core.domain import dates
from isa_desk.ui.common import display, style

translate = QCoreApplication.translate

EXAMPLE_TIME = dt.time(10, 0)


class DateInput(QWidget):
    """An optional date: `value()`, `set_value()`, `problem()`; `edited` on every change,
    `committed` when the user leaves the field, presses Enter or picks from the calendar."""

    edited = Signal()
    committed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        required: bool = False,
        show_problem: bool = True,
        placeholder: str = "",
    ):
        super().__init__(parent)
        self.required = required
        self.show_problem = show_problem  # False where a form shows the message itself
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateText")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(placeholder or self.example())
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(self.example()) + 48)
        self.edit.setMaximumWidth(self.edit.minimumWidth() + 40)
        self.edit.installEventFilter(self)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self)
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(self.calendar)
        self.menu.addAction(action)
        self.menu.aboutToShow.connect(self._show_calendar_at_value)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("calendarButton")
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip(translate("DateInput", "Choose from the calendar (F4)"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.setMenu(self.menu)
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.note = QLabel(self)
        self.note.setObjectName("dateNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.calendar_button)
        layout.addSpacing(6)
        layout.addWidget(self.note, 1)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self._commit)
        self._typed()

    # -- what differs between a date and a date with a time ---------------------------------

    def parse(self, text: str):
        return dates.parse_date(text, display.current_language())

    def format(self, value) -> str:
        return dates.format_date(value, display.current_language())

    def example(self) -> str:
        return dates.example(display.current_language())

    def in_words(self, value) -> str:
        return QLocale().toString(QDate(value), QLocale.FormatType.LongFormat)

    def unreadable(self, text: str) -> str:
        return translate("DateInput", "“{text}” is not a date. Type it like {example}.").format(
            text=text, example=self.example()
        )

    # -- values ---------------------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.text().strip()

    def value(self):
        """The date typed, None when the field is empty or names no date (see `problem`)."""
        return self.parse(self.text()) if self.text() else None

    def set_value(self, value) -> None:
        self.edit.setText(self.format(value) if value else "")

    def clear(self) -> None:
        self.edit.clear()

    def is_empty(self) -> bool:
        return not self.text()

    def problem(self) -> str | None:
        """Why the text cannot be saved; None when it can."""
        if not self.text():
            return translate("DateInput", "Enter a date.") if self.required else None
        return None if self.value() is not None else self.unreadable(self.text())

    # -- in the window --------------------------------------------------------------------------

    def _typed(self) -> None:
        problem = self.problem() if self.text() else None
        value = self.value()
        if problem:
            self.note.setText(problem if self.show_problem else "")
            self.note.setStyleSheet(f"color: {style.ERROR};")
        else:
            self.note.setText(self.in_words(value) if value is not None else "")
            self.note.setStyleSheet(f"color: {style.MUTED};")
        self.note.setToolTip(self.note.text())
        self.edit.setStyleSheet(
            f"QLineEdit {{ border: 1px solid {style.ERROR}; border-radius: 3px; "
            f"background: {style.ERROR_FIELD}; padding: 2px; }}"
            if problem
            else ""
        )
        self.edited.emit()

    def _commit(self) -> None:
        """Leaving the field: a readable text is written out in full, as it will be saved."""
        value = self.value()
        if value is not None and self.format(value) != self.edit.text():
            self.edit.setText(self.format(value))
        self.committed.emit()

    def _show_calendar_at_value(self) -> None:
        # an empty field opens the calendar at today without setting it: that is a pick
        current = self.value()
        day = current.date() if isinstance(current, dt.datetime) else current
        self.calendar.setSelectedDate(QDate(day) if day else QDate.currentDate())

    def _picked(self, day: QDate) -> None:
        self.menu.hide()
        self.set_value(self.from_calendar(day.toPython()))
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.committed.emit()

    def from_calendar(self, day: dt.date):
        return day

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            alt_down = (
                event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if event.key() == Qt.Key.Key_F4 or alt_down:
                self.calendar_button.showMenu()
                return True
        return super().eventFilter(watched, event)


class DateTimeInput(DateInput):
    """A date with a time ("18.03.2027 10:00"). A date typed alone keeps the time of day
    the field had (or `default_time`), and the words beside the field show it."""

    def __init__(self, parent: QWidget | None = None, *, default_time: dt.time | None = None, **kw):
        self.default_time = default_time or dt.time()
        super().__init__(parent, **kw)

    def parse(self, text: str):
        return dates.parse_datetime(text, display.current_language(), self.default_time)

    def format(self, value) -> str:
        return dates.format_datetime(value, display.current_language())

    def example(self) -> str:
        return dates.format_datetime(
            dt.datetime.combine(dt.date(2027, 3, 18), EXAMPLE_TIME), display.current_language()
        )

    def in_words(self, value) -> str:
        locale = QLocale()
        day = locale.toString(QDate(value.date()), QLocale.FormatType.LongFormat)
        time = locale.toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)
        return f"{day}, {time}"

    def unreadable(self, text: str) -> str:
        return translate(
            "DateInput", "“{text}” is not a date with a time. Type it like {example}."
        ).format(text=text, example=self.example())

    def problem(self) -> str | None:
        if not self.text() and self.required:
            return translate("DateInput", "Enter a date and a time.")
        return super().problem()

    def set_value(self, value) -> None:
        if value is not None:  # the time of day a date typed alone keeps
            self.default_time = value.time().replace(second=0, microsecond=0)
            value = value.replace(second=0, microsecond=0)
        super().set_value(value)

    def _commit(self) -> None:
        value = self.value()
        if value is not None:
            self.default_time = value.time()
        super()._commit()

    def from_calendar(self, day: dt.date):
        return dt.datetime.combine(day, self.default_time)
