"""The import wizard with CSV files in other encodings: the encoding and separator found
are shown on the sheet page, the user changes them and the rows shown are read again;
a title line and a file in two encodings are told."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from isa_desk.core.exchange.importing import bounds
from isa_desk.ui.exchange.import_wizard import FILE, MAPPING, PREVIEW, SHEET
from tests.core.exchange.files import csv_file
from tests.core.exchange.files import workbook as make_workbook
from tests.ui.typing import focus


def open_file(wizard, path):
    wizard.pages[FILE].path.setText(str(path))
    wizard.next()
    assert wizard.currentId() == SHEET
    return wizard.pages[SHEET]


def shown(page, row: int) -> list[str]:
    table = page.preview
    return [
        table.item(row, column).text() if table.item(row, column) else ""
        for column in range(table.columnCount())
    ]


def choose(qtbot, combo, text: str, chosen: bool = True) -> None:
    """Pick the entry that starts with `text` as a user does: open the box's list, type
    the beginning of the entry (after a pause, so that it is a new search) and press Enter."""
    focus(qtbot, combo)
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    row = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    qtbot.keyClicks(view, text)
    qtbot.waitUntil(lambda: view.currentIndex().row() == row)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    if chosen:
        qtbot.waitUntil(lambda: combo.currentText().startswith(text))


def test_the_encoding_and_separator_found_are_shown_and_can_be_changed(qtbot, wizard, tmp_path):
    path = csv_file(
        tmp_path / "名单.csv",
        ["姓名;单位;城市", "张伟;佛山市人民政府;佛山市, 广东省"],
        "gbk",
    )
    page = open_file(wizard, path)
    assert page.reading.encoding.isVisible() and page.reading.separator.isVisible()
    assert page.reading.encoding.currentText() == "GB18030 (GBK)"
    assert page.reading.separator.currentData() == ";"
    assert shown(page, 1) == ["张伟", "佛山市人民政府", "佛山市, 广东省"]

    choose(qtbot, page.reading.encoding, "Windows-1252")
    assert wizard.source.encoding == "cp1252"
    assert shown(page, 1)[0] != "张伟"  # what the user sees when the encoding is wrong
    choose(qtbot, page.reading.encoding, "GB18030")
    assert shown(page, 1)[0] == "张伟"

    choose(qtbot, page.reading.separator, "Comma")
    assert wizard.source.separator == ","
    assert shown(page, 1) == ["张伟;佛山市人民政府;佛山市", "广东省"]
    choose(qtbot, page.reading.encoding, "Big5")  # the separator chosen stays
    assert (wizard.source.encoding, wizard.source.separator) == ("big5", ",")
    choose(qtbot, page.reading.encoding, "GB18030")
    choose(qtbot, page.reading.separator, "Semicolon")
    assert shown(page, 1) == ["张伟", "佛山市人民政府", "佛山市, 广东省"]

    wizard.next()
    assert wizard.currentId() == MAPPING
    wizard.next()
    assert wizard.currentId() == PREVIEW
    plan = wizard.plan
    assert [row.data.get("organisation") for row in plan.rows] == ["佛山市人民政府"]


def test_a_title_line_is_told_on_the_sheet_page(wizard, tmp_path):
    path = csv_file(
        tmp_path / "kontakte.csv",
        ["Kontakte Foshan, Stand Mai", "", "Vorname;Nachname", "Wei;Wang"],
        "cp1252",
    )
    page = open_file(wizard, path)
    assert page.reading.separator.currentData() == ";"
    assert page.header_row.value() == 3
    assert page.reading.notes.isVisible()
    assert "Kontakte Foshan, Stand Mai" in page.reading.notes.text()


def test_a_file_in_two_encodings_is_told_on_the_preview(wizard, tmp_path):
    path = tmp_path / "zusammen.csv"
    path.write_bytes(
        b"Vorname;Nachname\r\n" + "Jürgen;Groß\r\n".encode() + "Käthe;Weiß\r\n".encode("cp1252")
    )
    page = open_file(wizard, path)
    assert page.reading.encoding.currentText() == "UTF-8, other lines Windows-1252"
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PREVIEW
    notices = wizard.pages[PREVIEW].notices
    assert notices.isVisible()
    assert "read as Windows-1252" in notices.text() and notices.text().endswith(": 3")
    assert [row.data["given_name"] for row in wizard.plan.rows] == ["Jürgen", "Käthe"]


def test_a_workbook_has_no_encoding_to_choose(wizard, tmp_path):
    page = open_file(wizard, make_workbook(tmp_path / "a.xlsx", [["Vorname"], ["Anna"]]))
    assert not page.reading.encoding.isVisible() and not page.reading.separator.isVisible()
    assert not page.reading.notes.isVisible()


def test_an_encoding_that_does_not_fit_shows_the_error_and_keeps_the_file(
    qtbot, wizard, tmp_path, monkeypatch
):
    path = csv_file(tmp_path / "a.csv", ["Vorname;Nachname", "Anna;Schmidt"] * 3, "utf-8")
    page = open_file(wizard, path)
    # read as UTF-16 the file is one line without a line break, over this limit
    monkeypatch.setattr(bounds, "MAX_LINE_CHARS", 30)
    choose(qtbot, page.reading.encoding, "UTF-16 LE", chosen=False)
    qtbot.waitUntil(lambda: "cannot be read" in page.error.text())
    assert "a.csv cannot be read: line 1 is longer than 30 characters" in page.error.text()
    # the file stays read as before, and the box says how
    assert wizard.source.encoding != "utf-16-le"
    assert page.reading.encoding.currentData() == wizard.source.encoding
    assert shown(page, 1) == ["Anna", "Schmidt"]
