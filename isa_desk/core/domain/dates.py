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
from functools import cache

_LETTERS = re.compile(r"[^\W\d_]+")
_CHINESE_UNITS = re.compile(r"[年月日号]")
_PARTS = re.compile(r"\d+")
_ALLOWED = re.compile(r"^[\d\s./\-年月日号,]*$")
_TIME = re.compile(
    r"^(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2})(?::\d{2})?)?\s*(?P<suffix>uhr|h|am|pm)?$"
    r"|^(?P<compact_hour>\d{2})(?P<compact_minute>\d{2})$",
    re.IGNORECASE,
)
_WORDS = re.compile(r"\s*,\s*|\s+|(?<=\d)T(?=\d)")
FIRST_YEAR, LAST_YEAR = 1900, 2199
DAY_FIRST, MONTH_FIRST, EITHER = "day", "month", "either"
# day and month of a date written with the year last: "05/06/2021", "5-6-21"
_YEAR_LAST = re.compile(r"^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})$")
_NAME_LOCALES = ("de", "de_AT", "de_CH", "en", "en_GB")


@cache
def _month_words() -> dict[str, int]:
    """Month names and abbreviations in German (also Austrian "Jänner") and English, from
    CLDR, as lower case without a full stop: "oktober", "okt", "sept", "october" …"""
    from babel.dates import get_month_names  # CLDR only when a date is read from text

    words: dict[str, int] = {"mrz": 3}  # the old German short form, in no CLDR list
    wide: set[tuple[str, int]] = set()
    for locale in _NAME_LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for month, name in get_month_names(width, context, locale).items():
                    key = name.casefold().rstrip(".")
                    words[key] = words[key.replace("ä", "ae")] = month
                    if width == "wide":
                        wide.add((key, month))
    for key, month in wide:  # "Sept", "Octob": a beginning that names one month only
        for end in range(3, len(key)):
            found = {m for k, m in wide if k.startswith(key[:end])}
            if len(found) == 1:
                words.setdefault(key[:end], month)
    return words


@cache
def _day_words() -> frozenset[str]:
    """Names of the days of the week, passed over in "Freitag, 15. Oktober 2021"."""
    from babel.dates import get_day_names

    return frozenset(
        name.casefold().rstrip(".")
        for locale in _NAME_LOCALES
        for width in ("wide", "abbreviated")
        for name in get_day_names(width, "format", locale).values()
    )


def month_of(word: str) -> int | None:
    """The month a German or English word names ("Okt.", "März", "October"), else None."""
    return _month_words().get(word.casefold().rstrip("."))


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
    """ "18. März 2027", "March 18, 2027", "18 Mar": the word says which number is the month;
    the day of the week may stand before it ("Freitag, 15. Oktober 2021")."""
    words = [w for w in _LETTERS.findall(text) if w.casefold() not in _day_words()]
    months = [month_of(word) for word in words]
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


def day_month_order(text: str) -> str | None:
    """For a date of numbers with the year last and a slash or dash between them, which
    number the day is: DAY_FIRST ("13/05/2021"), MONTH_FIRST ("05/13/2021") or EITHER
    ("05/06/2021"). None for every other text (dots always put the day first)."""
    found = _YEAR_LAST.match((text or "").strip())
    if found is None:
        return None
    one, two = int(found[1]), int(found[3])
    if not (1 <= one <= 31 and 1 <= two <= 31) or (one > 12 and two > 12):
        return None
    if one > 12:
        return DAY_FIRST
    if two > 12:
        return MONTH_FIRST
    return EITHER


def parse_date(
    text: str,
    language: str = "de",
    today: dt.date | None = None,
    *,
    month_first: bool = False,
    year_needed: bool = False,
) -> dt.date | None:
    """The date `text` names in `language` (de, en, zh), or None when it names none.
    `month_first` reads "05/06/2021" as 6 May (as a list whose column says so must);
    with `year_needed` a date without its year ("4.3.") names none."""
    today = today or dt.date.today()
    text = (text or "").strip()
    if not text:
        return None
    if month_first and day_month_order(text) in (MONTH_FIRST, EITHER):
        found = _YEAR_LAST.match(text)
        assert found is not None
        return _make(_full_year(found[4], today), int(found[1]), int(found[3]))
    if _LETTERS.search(_CHINESE_UNITS.sub("", text)):
        found_date = _with_month_name(text, today)
        return found_date if not year_needed or len(_PARTS.findall(text)) == 2 else None
    if not _ALLOWED.match(text):
        return None
    year_first = _year_first(language) or "月" in text  # 2021年6月5日, 6月5日
    parts = _PARTS.findall(text)
    if year_needed and len(parts) != 3 and not (len(parts) == 1 and len(parts[0]) >= 6):
        return None
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


def local_time(utc: dt.datetime) -> dt.datetime:
    """A time the database keeps in UTC (without zone), on this computer's clock."""
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None, microsecond=0)
