"""The Serienbrief dialog's language choices: each recipient in their preferred language
(a template per language), the count by language in the summary, and addresses in China in
Chinese order; the letters made are read back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from isa_desk.ui.letters.letters_dialog import LettersDialog
from tests.core.documents.letters.three_languages import add_people
from tests.core.documents.pdf_text import needs_poppler, text

pytestmark = needs_poppler


@pytest.fixture
def dialog(qtbot, db, tmp_path, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    people = add_people(db)
    shown = LettersDialog(
        db, contact_ids=[people.beispiel, people.smith, people.liu], event_id=people.event
    )
    qtbot.addWidget(shown)
    shown.combined_path.setText(str(tmp_path / "all.pdf"))
    shown.split_path.setText(str(tmp_path / "split"))
    shown.show()
    qtbot.waitExposed(shown)
    shown.template.setCurrentIndex(shown.template.findData("einladung"))
    qtbot.waitUntil(lambda: shown.plan is not None and shown.plan.template.key == "einladung")
    return shown


def test_each_recipient_in_their_language(qtbot, dialog, tmp_path):
    options = dialog.languages
    assert not options.per_language.isChecked() and not options.chinese_order.isChecked()
    assert not options.choices["zh"].isEnabled()
    assert "By language" not in dialog.summary.text()
    qtbot.mouseClick(options.per_language, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(options.chinese_order, Qt.MouseButton.LeftButton)
    assert options.choices["zh"].isEnabled()
    # "automatic" takes the built-in family; the Chinese list offers the Chinese template
    zh = options.choices["zh"]
    assert [zh.itemData(i) for i in range(zh.count())] == [None, "yaoqing"]
    qtbot.waitUntil(lambda: "By language" in dialog.summary.text())
    assert dialog.summary.text() == (
        "3 letters. By language: 1 in German, 1 in English, 1 in Chinese."
    )
    # the preview of the Chinese recipient's letter
    for _ in range(3):
        if dialog.position.text().endswith("Liu Yi"):
            break
        qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.position.text().endswith("Liu Yi")
    assert dialog.plan.letter(dialog.plan.contacts[dialog.index]).salutation == "尊敬的刘女士："

    dialog.split.setChecked(True)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None and dialog.operation is None, timeout=30000)
    assert dialog.outcome.languages == {"de": 1, "en": 1, "zh": 1}
    assert "By language: 1 in German, 1 in English, 1 in Chinese." in dialog.summary.text()
    split = tmp_path / "split"
    assert "Sehr geehrte Frau Dr. Beispiel," in text(split / "Beispiel_Anna.pdf")
    assert "Dear Mr Smith," in text(split / "Smith_John.pdf")
    chinese = text(split / "Liu_Yi.pdf")
    assert "尊敬的刘女士：" in chinese and "中国广东省佛山市 528000" in chinese


def test_a_template_chosen_for_a_language(qtbot, dialog):
    options = dialog.languages
    qtbot.mouseClick(options.per_language, Qt.MouseButton.LeftButton)
    dialog.template.setCurrentIndex(dialog.template.findData("brief"))
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.template.key == "brief")
    assert dialog.summary.text().endswith("By language: 3 in German.")
    zh = options.choices["zh"]
    zh.setCurrentIndex(zh.findData("yaoqing"))
    qtbot.waitUntil(lambda: "1 in Chinese" in dialog.summary.text())
    assert dialog.summary.text().endswith("By language: 2 in German, 1 in Chinese.")
    # switched off, everyone gets the main template again
    qtbot.mouseClick(options.per_language, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "By language" not in dialog.summary.text())
    assert dialog.plan.language_counts() == {"de": 3}
