"""File > Country names…: the office's names of Hong Kong, Macao and Taiwan in the window,
changed through the dialog and kept in the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from isa_desk.core.domain import countries
from isa_desk.core.domain.countries import CountryNames
from isa_desk.core.services import contacts, country_names
from isa_desk.ui.shell.country_names_dialog import CountryNamesDialog
from tests.ui.dialogs import answer_next_dialog
from tests.ui.typing import press, read_back, type_over


@pytest.fixture(autouse=True)
def default_names():
    yield
    countries.use(CountryNames())


def country_texts(view) -> dict[str, str]:
    """Family name -> the country as the contact list shows it."""
    model = view.model
    name, country = model.column_of("family_name"), model.column_of("country")
    return {
        model.index(row, name).data(): model.index(row, country).data()
        for row in range(model.rowCount())
    }


def cell(dialog, code: str, language: str):
    row = dialog.codes().index(code)
    return dialog.table.item(row, 1 + countries.LANGUAGES.index(language))


def type_in_cell(qtbot, dialog, code: str, language: str, text: str) -> None:
    """Double-click the cell, replace its text as an input method would, press Enter."""
    item = cell(dialog, code, language)
    table = dialog.table
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    table.scrollToItem(item)
    rect = table.visualItemRect(item)
    # a double click is a press, a release and a second press (QTest sends only the last)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()
    editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: item.text() == text)  # the table takes it after the key event


@pytest.fixture
def chinese_window(qtbot, demo_db, settings, restore_locale):
    QLocale.setDefault(QLocale("zh_CN"))
    for family, code in (("Testchan", "HK"), ("Testlin", "TW"), ("Testho", "MO")):
        contacts.create(demo_db, {"family_name": family, "town": "Stadt", "country": code})
    from isa_desk.ui.shell.app import create_main_window

    main = create_main_window(demo_db, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.show_area("contacts")
    return main


def test_the_window_shows_the_offices_chinese_names_and_the_dialog_changes_them(
    qtbot, chinese_window
):
    view = chinese_window.current_list()
    qtbot.waitUntil(lambda: "Testchan" in country_texts(view))
    shown = country_texts(view)
    assert (shown["Testchan"], shown["Testlin"], shown["Testho"]) == (
        "中国香港",
        "中国台湾",
        "中国澳门",
    )

    def change(dialog):
        assert isinstance(dialog, CountryNamesDialog)
        assert dialog.codes()[:3] == ["HK", "MO", "TW"]
        assert cell(dialog, "HK", "zh").text() == "中国香港"
        assert cell(dialog, "HK", "de").text() == "Hongkong"
        type_in_cell(qtbot, dialog, "HK", "zh", "中国香港特别行政区")
        type_in_cell(qtbot, dialog, "TW", "zh", "台湾")
        dialog.save()

    errors = answer_next_dialog(change, CountryNamesDialog)
    chinese_window.country_names_action.trigger()
    assert errors == []
    qtbot.waitUntil(lambda: country_texts(view).get("Testchan") == "中国香港特别行政区")
    shown = country_texts(view)
    assert (shown["Testlin"], shown["Testho"]) == ("台湾", "中国澳门")
    stored = read_back(chinese_window.db, country_names.read)
    assert stored.differences() == {("zh", "HK"): "中国香港特别行政区", ("zh", "TW"): "台湾"}


def test_cldr_names_defaults_and_another_country(qtbot, db):
    dialog = CountryNamesDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.cldr_button.click()
    assert cell(dialog, "HK", "zh").text() == "中国香港特别行政区"
    assert cell(dialog, "HK", "de").text() == "Sonderverwaltungsregion Hongkong"
    dialog.defaults_button.click()
    assert cell(dialog, "HK", "zh").text() == "中国香港"

    type_over(qtbot, dialog.add_choice, "Kasachstan", then=Qt.Key.Key_Return)
    if "KZ" not in dialog.codes():  # the first Enter took the entry the list offered
        press(qtbot, Qt.Key.Key_Return)
    assert dialog.codes() == ["HK", "MO", "TW", "KZ"]
    assert dialog.isVisible()  # Enter added the country; it did not save the dialog
    type_in_cell(qtbot, dialog, "KZ", "en", "Republic of Kazakhstan")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert read_back(db, country_names.read).differences() == {
        ("en", "KZ"): "Republic of Kazakhstan"
    }
    assert countries.country_name("KZ", "en") == "Republic of Kazakhstan"

    again = CountryNamesDialog(db)
    qtbot.addWidget(again)
    assert again.codes() == ["HK", "MO", "TW", "KZ"]


def test_a_name_of_another_country_is_refused_in_the_dialog(qtbot, db):
    dialog = CountryNamesDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_in_cell(qtbot, dialog, "TW", "zh", "中国")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "中国" in dialog.message.text() and "CN" in dialog.message.text()
    assert read_back(db, country_names.read) == CountryNames()
