"""The order of the texts the window sorts itself, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from isa_desk.ui.common import collation
from isa_desk.ui.common.collation import collated

COUNTRIES = ["Zypern", "Österreich", "oman", "Ägypten", "Afghanistan", "Oman"]


def test_german_texts_in_din_5007_order(restore_locale):
    QLocale.setDefault(QLocale("de_DE"))
    assert collated(COUNTRIES) == ["Afghanistan", "Ägypten", "oman", "Oman", "Österreich", "Zypern"]
    pairs = [("Übersee", 1), ("Bayern", 2), ("Ämterland", 3)]
    assert collated(pairs, lambda pair: pair[0]) == [
        ("Ämterland", 3),
        ("Bayern", 2),
        ("Übersee", 1),
    ]


def test_chinese_texts_in_pinyin_order(restore_locale):
    QLocale.setDefault(QLocale("zh_CN"))
    # Qt's packages bring ICU, whose collator knows pinyin: the core's keys are not needed
    assert collation._knows_pinyin(QLocale().name())
    assert collated(["陈", "白", "安", "刘", "德国"]) == ["安", "白", "陈", "德国", "刘"]


def test_without_pinyin_in_qt_the_core_keys_sort_chinese(restore_locale, monkeypatch):
    QLocale.setDefault(QLocale("zh_CN"))
    monkeypatch.setattr(collation, "_knows_pinyin", lambda _name: False)
    assert collated(["陈", "白", "安", "刘", "德国"]) == ["安", "白", "陈", "德国", "刘"]


def test_groups_come_first():
    found = collated(
        [("Zusage", True), ("Absage", False), ("Brief", True)],
        lambda item: item[0],
        lambda item: not item[1],
    )
    assert found == [("Brief", True), ("Zusage", True), ("Absage", False)]
