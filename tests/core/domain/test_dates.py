"""Dates typed by people: every usual German, English and Chinese way, and refusals."""

from __future__ import annotations

import datetime as dt

import pytest

from isa_desk.core.domain.dates import (
    DAY_FIRST,
    EITHER,
    MONTH_FIRST,
    day_month_order,
    example,
    format_date,
    format_datetime,
    parse_date,
    parse_datetime,
    parse_time,
)

TODAY = dt.date(2026, 11, 25)
MARCH_18 = dt.date(2027, 3, 18)


@pytest.mark.parametrize(
    "text",
    [
        "18.03.2027",
        "18.3.27",
        "18032027",
        "180327",
        " 18.03.2027 ",
        "18/03/2027",
        "18-3-2027",
        "18. März 2027",
        "18 Mar 2027",
        "March 18, 2027",
        "2027-03-18",
        "2027/3/18",
        "20270318",
    ],
)
def test_german_and_english_read_the_day_first(text):
    assert parse_date(text, "de", TODAY) == MARCH_18
    assert parse_date(text, "en", TODAY) == MARCH_18


@pytest.mark.parametrize(
    "text", ["2027-03-18", "2027/3/18", "2027年3月18日", "20270318", "27/3/18", "18.03.2027"]
)
def test_chinese_reads_the_year_first(text):
    assert parse_date(text, "zh", TODAY) == MARCH_18


def test_day_and_month_alone_mean_this_year():
    assert parse_date("4.3.", "de", TODAY) == dt.date(2026, 3, 4)
    assert parse_date("0403", "de", TODAY) == dt.date(2026, 3, 4)
    assert parse_date("3/4", "zh", TODAY) == dt.date(2026, 3, 4)


def test_two_digit_years_fall_in_the_century_around_today():
    assert parse_date("1.1.99", "de", TODAY) == dt.date(1999, 1, 1)
    assert parse_date("1.1.45", "de", TODAY) == dt.date(2045, 1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "31.02.2027",
        "18.13.2027",
        "18.03.202",
        "1",
        "18.0",
        "abc",
        "18.03.2027x",
        "1803202",
        "18.03.2027.1",
        "Montag",
        "32.1.2027",
        "18.3.1850",
    ],
)
def test_what_names_no_date_is_refused(text):
    assert parse_date(text, "de", TODAY) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10:00", dt.time(10)),
        ("9.30", dt.time(9, 30)),
        ("1030", dt.time(10, 30)),
        ("10 Uhr", dt.time(10)),
        ("2:30 pm", dt.time(14, 30)),
        ("12 am", dt.time(0)),
        ("24:00", None),
        ("10:75", None),
        ("x", None),
    ],
)
def test_times(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "18.03.2027 10:00",
        "18.3.27 10",
        "18.03.2027, 10:00",
        "18032027 1000",
        "2027-03-18T10:00",
        "18. März 2027 10 Uhr",
    ],
)
def test_date_with_time(text):
    assert parse_datetime(text, "de", today=TODAY) == dt.datetime(2027, 3, 18, 10)


def test_the_year_is_never_read_as_a_time():
    # the fault this module exists for: "18.03.2027" must not become 18.01. at 20:27
    assert parse_datetime("18.03.2027", "de", dt.time(9, 15), TODAY) == dt.datetime(
        2027, 3, 18, 9, 15
    )
    assert parse_datetime("18.03.2027 25:00", "de", today=TODAY) is None


@pytest.mark.parametrize("language", ["de", "en", "zh"])
def test_what_is_shown_reads_back_the_same(language):
    for day in (MARCH_18, dt.date(2026, 1, 2), dt.date(1999, 12, 31)):
        assert parse_date(format_date(day, language), language, TODAY) == day
    moment = dt.datetime(2027, 3, 18, 7, 5)
    assert parse_datetime(format_datetime(moment, language), language, today=TODAY) == moment


def test_each_language_has_its_own_form():
    assert format_date(MARCH_18, "de") == "18.03.2027" == example("de")
    assert format_date(MARCH_18, "en") == "18/03/2027"
    assert format_date(MARCH_18, "zh") == "2027-03-18"
    assert format_date(None) == ""
    assert format_datetime(dt.datetime(2027, 3, 18, 10), "de") == "18.03.2027 10:00"


JUNE_5 = dt.date(2021, 6, 5)
OCTOBER_15 = dt.date(2021, 10, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021.06.05", JUNE_5),
        ("2021.6.5", JUNE_5),
        ("2021年6月5日", JUNE_5),
        ("15. Oktober 2021", OCTOBER_15),
        ("15. Okt. 2021", OCTOBER_15),
        ("15 Okt 2021", OCTOBER_15),
        ("October 15, 2021", OCTOBER_15),
        ("Oct. 15, 2021", OCTOBER_15),
        ("15 Sept 2021", dt.date(2021, 9, 15)),
        ("15. Jänner 2021", dt.date(2021, 1, 15)),
        ("15. März 2021", dt.date(2021, 3, 15)),
        ("15. Maerz 2021", dt.date(2021, 3, 15)),
        ("15. Mrz. 2021", dt.date(2021, 3, 15)),
        ("Freitag, 15. Oktober 2021", OCTOBER_15),
        ("Fri, 15 Oct 2021", OCTOBER_15),
    ],
)
def test_written_dates_of_every_kind(text, expected):
    for language in ("de", "en", "zh"):
        assert parse_date(text, language, TODAY) == expected


@pytest.mark.parametrize("text", ["15. Oktoberfest 2021", "15. Märchen 2021", "Okt 2021"])
def test_a_word_that_is_no_month_names_no_date(text):
    assert parse_date(text, "de", TODAY) is None


def test_the_order_of_day_and_month_of_a_date_with_the_year_last():
    assert day_month_order("13/05/2021") == DAY_FIRST
    assert day_month_order("05/13/2021") == MONTH_FIRST
    assert day_month_order("05/06/2021") == EITHER
    assert day_month_order("5-6-21") == EITHER
    for text in ("05.06.2021", "2021/06/05", "13/13/2021", "05/06-2021", "June 5, 2021"):
        assert day_month_order(text) is None


def test_a_column_that_puts_the_month_first():
    assert parse_date("05/06/2021", "de", TODAY) == JUNE_5
    assert parse_date("06/05/2021", "de", TODAY, month_first=True) == JUNE_5
    assert parse_date("10/15/2021", "de", TODAY, month_first=True) == OCTOBER_15
    # dots always put the day first, a year first stays first
    assert parse_date("05.06.2021", "de", TODAY, month_first=True) == JUNE_5
    assert parse_date("2021/06/05", "de", TODAY, month_first=True) == JUNE_5


@pytest.mark.parametrize("text", ["4.3.", "15. Oktober", "0403", "6月5日"])
def test_a_list_needs_the_year(text):
    assert parse_date(text, "de", TODAY) is not None
    assert parse_date(text, "de", TODAY, year_needed=True) is None
