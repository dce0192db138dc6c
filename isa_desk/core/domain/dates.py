"""Dates and times as people type them, and the one way each language writes them back.

German and English (British) put the day first: "18.03.2027", "18.3.27", "18032027",
"18/03/2027", "18. März 2027". Chinese puts the year first: "2027-03-18", "2027/3/18",
"2027年3月18日". A four-digit first number is a year in every language, so ISO dates
are read everywhere. Whatever cannot be read as exactly one real date is None: a typing
slip is refused, never moved to another day.
"""

from __future__ import annotations

import datetime as dt
import re

# Month names (and their usual abbreviations) people type in German and English.
_MONTHS = {
    "jan": 1,
    "jän": 1,
    "feb": 2,
    "mär": 3,
    "mar": 3,
    "mrz": 3,
    "apr": 4,
    "mai": 5,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "okt": 10,
    "oct": 10,
    "nov": 11,
    "dez": 12,
    "dec": 12,
}
_MONTH_WORD = re.compile(r"[^\W\d_]{3,}\.?")
_PARTS = re.compile(r"\d+")
_ALLOWED = re.compile(r"^[\d\s./\-年月日号,]*$")
_TIME = re.compile(
    r"^(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2})(?::\d{2})?)?\s*(?P<suffix>uhr|h|am|pm)?$"
    r"|^(?P<compact_hour>\d{2})(?P<compact_minute>\d{2})$",
    re.IGNORECASE,
)
_WORDS = re.compile(r"\s*,\s*|\s+|(?<=\d)T(?=\d)")
FIRST_YEAR, LAST_YEAR = 1900, 2199


def _year_first(language: str) -> bool:
    return language.lower().startswith("zh")


def _full_year(text: str, today: dt.date) -> int | None:
    """A four-digit year as it is; a two-digit one in the century around today."""
    if len(text) == 4:
        return int(text)
    if len(text) == 2:
        year = 2000 + int(text)
        return year if year <= today.year + 50 else year - 100
    return None


def _make(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None or not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _from_digits(digits: str, year_first: bool, today: dt.date) -> dt.date | None:
    """ "18032027", "180327", "1803" (day first) or "20270318", "270318", "0318"."""
    if len(digits) not in (4, 6, 8):
        return None
    if len(digits) == 4:
        one, two = int(digits[:2]), int(digits[2:])
        return _make(today.year, one, two) if year_first else _make(today.year, two, one)
    size = len(digits) - 4
    year_first_date = _make(
        _full_year(digits[:size], today), int(digits[size : size + 2]), int(digits[size + 2 :])
    )
    day_first_date = _make(_full_year(digits[4:], today), int(digits[2:4]), int(digits[:2]))
    first, other = (
        (year_first_date, day_first_date) if year_first else (day_first_date, year_first_date)
    )
    # eight digits hold a four-digit year, so only one of the two orders can name a date
    return first or (other if size == 4 else None)


def _from_parts(parts: list[str], year_first: bool, today: dt.date) -> dt.date | None:
    """Numbers between separators: day, month and year in the language's order."""
    if len(parts) == 2:  # a day and a month of the current year
        one, two = (int(p) for p in parts)
        if max(len(p) for p in parts) > 2:
            return None
        return _make(today.year, one, two) if year_first else _make(today.year, two, one)
    if len(parts) != 3 or not all(1 <= len(p) <= 4 for p in parts):
        return None
    if len(parts[0]) == 4 or (year_first and len(parts[2]) <= 2):
        year, month, day = parts
    else:
        day, month, year = parts
    if len(month) > 2 or len(day) > 2:
        return None
    return _make(_full_year(year, today), int(month), int(day))


def _with_month_name(text: str, today: dt.date) -> dt.date | None:
    """ "18. März 2027", "March 18, 2027", "18 Mar": the word says which number is the month."""
    months = [_MONTHS.get(w.rstrip(".").lower()[:3]) for w in _MONTH_WORD.findall(text)]
    numbers = _PARTS.findall(text)
    if len(months) != 1 or months[0] is None or not 1 <= len(numbers) <= 2:
        return None
    if len(numbers) == 1:
        day, year = numbers[0], str(today.year)
    elif len(numbers[0]) == 4:
        year, day = numbers
    else:
        day, year = numbers
    if len(day) > 2:
        return None
    return _make(_full_year(year, today), months[0], int(day))


def parse_date(text: str, language: str = "de", today: dt.date | None = None) -> dt.date | None:
    """The date `text` names in `language` (de, en, zh), or None when it names none."""
    today = today or dt.date.today()
    text = (text or "").strip()
    if not text:
        return None
    if _MONTH_WORD.search(text):
        return _with_month_name(text, today)
    if not _ALLOWED.match(text):
        return None
    year_first = _year_first(language)
    parts = _PARTS.findall(text)
    if len(parts) == 1:
        return _from_digits(parts[0], year_first, today)
    return _from_parts(parts, year_first, today)


def parse_time(text: str) -> dt.time | None:
    """ "10:00", "9.30", "1030", "10 Uhr", "2:30 pm" -> the time; None when it is none."""
    match = _TIME.match((text or "").strip())
    if match is None:
        return None
    hour = int(match["hour"] or match["compact_hour"])
    minute = int(match["minute"] or match["compact_minute"] or 0)
    suffix = (match["suffix"] or "").lower()
    if suffix in ("am", "pm"):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def parse_datetime(
    text: str,
    language: str = "de",
    default_time: dt.time | None = None,
    today: dt.date | None = None,
) -> dt.datetime | None:
    """A date with a time ("18.03.2027 10:00"); a date alone takes `default_time`
    (midnight when None). None when the text names no date or no time."""
    text = (text or "").strip()
    day = parse_date(text, language, today)
    if day is not None:
        return dt.datetime.combine(day, default_time or dt.time())
    words = [w for w in _WORDS.split(text) if w]
    for size in (1, 2):  # the time is the last word or two ("10:00", "2:30 pm")
        if len(words) > size:
            day = parse_date(" ".join(words[:-size]), language, today)
            time = parse_time(" ".join(words[-size:]))
            if day is not None and time is not None:
                return dt.datetime.combine(day, time)
    return None


def format_date(value: dt.date | None, language: str = "de") -> str:
    """The date as the field shows it, in a form `parse_date` reads back the same."""
    if value is None:
        return ""
    if _year_first(language):
        return f"{value:%Y-%m-%d}"
    if language.lower().startswith("en"):
        return f"{value:%d/%m/%Y}"
    return f"{value:%d.%m.%Y}"


def format_datetime(value: dt.datetime | None, language: str = "de") -> str:
    if value is None:
        return ""
    return f"{format_date(value.date(), language)} {value:%H:%M}"


def example(language: str = "de") -> str:
    """A sample date in the language's own form, for hints ("18.03.2027")."""
    return format_date(dt.date(2027, 3, 18), language)
