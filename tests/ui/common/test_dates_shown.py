"""One way to write a date per language, in the window and in core's messages alike:
18.03.2027 in German, 18/03/2027 in English, 2027-03-18 in Chinese."""

from __future__ import annotations

import datetime as dt

import pytest

from isa_desk import language
from isa_desk.core.services import events
from isa_desk.ui.common import display

DAY = dt.date(2027, 3, 18)
WRITTEN = {"de": "18.03.2027", "en": "18/03/2027", "zh": "2027-03-18"}


@pytest.mark.parametrize("lang", ["de", "en", "zh"])
def test_a_date_reads_the_same_in_lists_and_messages(qapp, restore_locale, lang):
    language.load(lang)
    assert display.date_text(DAY) == WRITTEN[lang]
    assert display.date_text(dt.datetime(2027, 3, 18, 9, 5)) == WRITTEN[lang] + " 09:05"
    assert events.label("Jahrestagung", dt.datetime(2027, 3, 18, 10)) == (
        f"Jahrestagung ({WRITTEN[lang]})"
    )


def test_shortcuts_are_named_in_the_language(qapp, restore_locale):
    language.load("de")
    assert display.shortcut_text("Ctrl+2") == "Strg+2"
    assert display.shortcut_text("Return") == "Eingabe"
