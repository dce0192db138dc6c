"""A list exported in one language is read back in a window of any other: every label
of an imported choice, in German, English and Chinese, is recognised as its code."""

from __future__ import annotations

import pytest

from isa_desk.core import catalogues
from isa_desk.core.domain import labels
from isa_desk.core.exchange import values
from isa_desk.core.exchange.values import FIELD_KINDS, Words


@pytest.mark.parametrize("window", ["de", "en", "zh"])
def test_every_label_in_every_language_is_read_as_its_code(window):
    catalogues.load(window)  # (the tests' home fixture puts the language back)
    words = Words()
    checked = 0
    for field in ("gender", "name_order", "language", "status", "kind"):
        kind = FIELD_KINDS[field]
        for item in kind:
            source = labels.source(kind, item.value)
            if source is None:
                continue
            for language in catalogues.LANGUAGES:
                label = catalogues.catalogue(language)("Labels", *source)
                assert words.code(field, label) == item.value, (field, language, label)
                checked += 1
    assert checked >= 3 * 15


def test_the_windows_own_labels_come_first():
    catalogues.load("de")
    assert values.labels("status")["former"] == "Ehemaliges Mitglied"
    assert Words().code("status", "ehemaliges mitglied") == "former"
    assert Words().code("status", "Former member") == "former"
    assert Words().code("status", "nonsense") is None
