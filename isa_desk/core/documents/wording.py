"""Words a letter prints, in the letter's language: dates, times, labels, page numbers.

These follow the letter (a German letter stays German when the program runs in English),
so they are tables keyed by language, not translations of the user interface.
"""

from __future__ import annotations

import datetime as dt

LANGUAGES = ("de", "en", "zh")

MONTHS = {
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

LABELS = {
    "de": {
        "contact": "Ihr Kontakt",
        "phone": "Telefon",
        "fax": "Telefax",
        "email": "E-Mail",
        "web": "Internet",
        "date": "Datum",
        "page": "Seite {page} von {pages}",
    },
    "en": {
        "contact": "Your contact",
        "phone": "Phone",
        "fax": "Fax",
        "email": "E-mail",
        "web": "Web",
        "date": "Date",
        "page": "Page {page} of {pages}",
    },
    "zh": {
        "contact": "联系人",
        "phone": "电话",
        "fax": "传真",
        "email": "电子邮件",
        "web": "网址",
        "date": "日期",
        "page": "第{page}页，共{pages}页",
    },
}


def language_of(value) -> str:
    """ "de", "en" or "zh" for a Language enum or a string; German when unknown."""
    text = str(getattr(value, "value", value) or "de")
    return text if text in LANGUAGES else "de"


def date_in_words(day: dt.date | dt.datetime | None, language: str) -> str:
    """ "15. Oktober 2021", "15 October 2021", "2021年10月15日"."""
    if day is None:
        return ""
    language = language_of(language)
    if language == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    month = MONTHS[language][day.month - 1]
    if language == "en":
        return f"{day.day} {month} {day.year}"
    return f"{day.day}. {month} {day.year}"


def time_span(start: dt.datetime | None, end: dt.datetime | None, language: str) -> str:
    """ "9:00 bis 12:00 Uhr", "9:00 to 12:00", "9:00–12:00"; only the start when no end."""
    if start is None:
        return ""
    language = language_of(language)
    first = f"{start.hour}:{start.minute:02d}"
    last = f"{end.hour}:{end.minute:02d}" if end is not None and end > start else ""
    if language == "de":
        return f"{first} bis {last} Uhr" if last else f"{first} Uhr"
    if language == "en":
        return f"{first} to {last}" if last else first
    return f"{first}–{last}" if last else first


def label(language: str, key: str) -> str:
    return LABELS[language_of(language)][key]


def page_number(language: str, page: int, pages: int) -> str:
    return label(language, "page").format(page=page, pages=pages)
