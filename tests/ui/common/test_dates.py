"""The window's date field: what is typed is read by core's rule, shown in words, written
out in full on leaving; the calendar starts at the date or today without setting it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt

from isa_desk.ui.common.dates import DateInput, DateTimeInput
from tests.ui.typing import type_over


def field(qtbot, cls=DateInput, **kw):
    widget = cls(**kw)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_typed_text_is_shown_in_words_and_in_full(qtbot):
    date = field(qtbot)
    type_over(qtbot, date, "18032027", then=None)
    assert date.note.text() == QLocale().toString(QDate(2027, 3, 18), QLocale.LongFormat)
    assert date.edit.text() == "18032027"  # untouched while typing
    date.edit.editingFinished.emit()
    assert date.edit.text() == "18.03.2027" and date.value() == dt.date(2027, 3, 18)


def test_what_names_no_date_is_marked_and_said(qtbot):
    date = field(qtbot)
    type_over(qtbot, date, "18.13.2027", then=None)
    assert date.value() is None
    assert date.problem() == "“18.13.2027” is not a date. Type it like 18.03.2027."
    assert date.note.text() == date.problem() and "border" in date.edit.styleSheet()
    quiet = field(qtbot, show_problem=False)  # a form shows it below the field instead
    type_over(qtbot, quiet, "abc", then=None)
    assert quiet.problem() and quiet.note.text() == ""


def test_required_and_optional_empty(qtbot):
    assert field(qtbot).problem() is None
    assert field(qtbot, required=True).problem() == "Enter a date."


def test_the_calendar_opens_at_today_without_setting_it(qtbot):
    date = field(qtbot)
    date.menu.aboutToShow.emit()
    assert date.calendar.selectedDate() == QDate.currentDate()
    assert date.value() is None
    date._picked(QDate(2027, 3, 4))
    assert date.value() == dt.date(2027, 3, 4) and date.edit.text() == "04.03.2027"


def test_a_date_typed_alone_keeps_the_time_of_day(qtbot):
    moment = field(qtbot, DateTimeInput)
    moment.set_value(dt.datetime(2027, 3, 18, 10, 0, 42))
    assert moment.edit.text() == "18.03.2027 10:00"
    type_over(qtbot, moment, "19.3.27", then=Qt.Key.Key_Return)
    assert moment.value() == dt.datetime(2027, 3, 19, 10, 0)
    assert moment.edit.text() == "19.03.2027 10:00"
    moment._picked(QDate(2027, 3, 20))
    assert moment.value() == dt.datetime(2027, 3, 20, 10, 0)


def test_the_english_window_puts_the_day_first(qtbot):
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    try:
        date = field(qtbot)
        type_over(qtbot, date, "4/3/2027", then=Qt.Key.Key_Return)
        assert date.value() == dt.date(2027, 3, 4) and date.edit.text() == "04/03/2027"
    finally:
        QLocale.setDefault(before)
