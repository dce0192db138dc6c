"""The country field of the editors: every ISO country, DE and CN first, the rest in the UI
language's order, and a country typed the way people write it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from isa_desk.core.domain import countries
from isa_desk.core.services import contacts
from isa_desk.ui.records.editors.contact_editor import ContactEditor
from isa_desk.ui.records.editors.widgets import CountryCombo
from tests.ui.dialogs import patch_question
from tests.ui.typing import focus, press, read_back, type_over


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    """A dialog left with changes by a failing test closes without asking."""
    patch_question(monkeypatch, QMessageBox.StandardButton.Discard)


def editor(qtbot, db):
    dialog = ContactEditor(None, db, None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_country(qtbot, combo, text: str) -> None:
    """Type into the combo as a person does, then leave it with Tab."""
    if text.isascii():
        type_over(qtbot, combo, text)
        return
    focus(qtbot, combo)  # QTest types Latin-1 only: Chinese comes as from an input method
    combo.lineEdit().selectAll()
    combo.lineEdit().insert(text)
    press(qtbot, Qt.Key.Key_Tab)


def test_every_country_is_offered_germany_and_china_first(qtbot, restore_locale):
    QLocale.setDefault(QLocale("de_DE"))
    combo = CountryCombo()
    qtbot.addWidget(combo)
    codes = [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]
    assert len(codes) == len(countries.all_codes()) == 249
    assert codes[:2] == ["DE", "CN"]
    labels = [combo.itemText(i) for i in range(combo.count()) if combo.itemData(i)]
    assert "Hongkong (HK)" in labels and "Kasachstan (KZ)" in labels
    # German order: Ä with A, Ö with O (not after Z, as a plain sort of the texts puts them)
    assert labels.index("Ägypten (EG)") < labels.index("Albanien (AL)")
    assert (
        labels.index("Oman (OM)") < labels.index("Österreich (AT)") < labels.index("Pakistan (PK)")
    )


def test_chinese_names_in_pinyin_order(qtbot, restore_locale):
    QLocale.setDefault(QLocale("zh_CN"))
    combo = CountryCombo()
    qtbot.addWidget(combo)
    labels = [combo.itemText(i) for i in range(combo.count()) if combo.itemData(i)]
    assert labels[:2] == ["德国 (DE)", "中国 (CN)"]
    assert "中国香港 (HK)" in labels and "中国台湾 (TW)" in labels
    # 阿 a, 澳 ao, 巴 ba, … 蒙 meng, … 新 xin
    assert labels.index("澳大利亚 (AU)") < labels.index("巴西 (BR)") < labels.index("蒙古 (MN)")
    assert labels.index("蒙古 (MN)") < labels.index("新加坡 (SG)")


@pytest.mark.parametrize(
    "typed, code",
    [
        ("Hongkong", "HK"),
        ("Taiwan", "TW"),
        ("Macao", "MO"),
        ("Kasachstan", "KZ"),
        ("Mongolei", "MN"),
        ("香港", "HK"),
        ("臺灣", "TW"),
        ("kz", "KZ"),
    ],
)
def test_a_typed_country_is_saved_with_its_code(qtbot, db, restore_locale, typed, code):
    QLocale.setDefault(QLocale("de_DE"))
    dialog = editor(qtbot, db)
    type_over(qtbot, dialog.form.fields["family_name"].widget, "Chan")
    type_over(qtbot, dialog.form.fields["town"].widget, "Hauptstadt")
    combo = dialog.form.fields["country"].widget
    type_country(qtbot, combo, typed)
    assert combo.value() == code
    assert combo.currentText() == f"{countries.country_name(code, 'de')} ({code})"
    assert dialog.form.fields["country"].message.isHidden()
    assert dialog.save()
    stored = read_back(db, lambda fresh: contacts.get(fresh, dialog.saved_id))
    assert (stored.family_name, stored.country) == ("Chan", code)


def test_a_country_nobody_knows_is_not_saved(qtbot, db, restore_locale):
    QLocale.setDefault(QLocale("de_DE"))
    dialog = editor(qtbot, db)
    type_over(qtbot, dialog.form.fields["family_name"].widget, "Nemo")
    combo = dialog.form.fields["country"].widget
    type_country(qtbot, combo, "Atlantis")
    field = dialog.form.fields["country"]
    assert combo.value() == ""
    assert not field.message.isHidden()
    assert field.message.text() == "Type a country or choose one from the list."
    assert not dialog.save_button.isEnabled()


def test_the_postcode_rule_follows_a_typed_country(qtbot, db, restore_locale):
    QLocale.setDefault(QLocale("de_DE"))
    dialog = editor(qtbot, db)
    type_over(qtbot, dialog.form.fields["postcode"].widget, "999077")
    assert not dialog.form.fields["postcode"].message.isHidden()  # German: five digits
    type_country(qtbot, dialog.form.fields["country"].widget, "Hongkong")
    assert dialog.form.fields["postcode"].message.isHidden()
