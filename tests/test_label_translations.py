"""Every label of a stored code is translated in the compiled German and Chinese
catalogues (the .qm files the program loads)."""

import pytest
from PySide6.QtCore import QTranslator

from isa_desk import language
from isa_desk.core.domain import labels

# labels whose translation is rightly the English word
SAME_IN = {"de": {"Region", "Newsletter"}, "zh": set()}


@pytest.mark.parametrize("code", ["de", "zh"])
def test_every_label_is_translated(code):
    translator = QTranslator()
    assert translator.load(str(language.qm_path(code)))
    missing = []
    for kind in labels.KINDS:
        for item in kind:
            text, disambiguation = labels.source(kind, item)
            translated = translator.translate(labels.CONTEXT, text, disambiguation)
            if not translated or (translated == text and text not in SAME_IN[code]):
                missing.append(f"{kind.__name__}.{item.name}: {text!r}")
    for text in ("Yes", "No"):
        if translator.translate(labels.CONTEXT, text) in ("", text):
            missing.append(text)
    assert not missing, f"untranslated labels in {code}: {missing}"


def test_one_source_text_with_two_meanings_gets_two_translations():
    translator = QTranslator()
    assert translator.load(str(language.qm_path("de")))
    inquiry = translator.translate("Labels", "Declined", None)
    participation = translator.translate("Labels", "Declined", "participation")
    assert (inquiry, participation) == ("Abgelehnt", "Abgesagt")
