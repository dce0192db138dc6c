"""The window's export offers contacts as vCards and as Outlook's CSV file (the save
dialog's file types), and the import wizard takes a vCard file through every step."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from isa_desk.core.db.models import Contact
from isa_desk.core.exchange.vcard.source import VcardSource
from isa_desk.ui.exchange.import_wizard import FILE, IMPORT, MAPPING, PREVIEW, SHEET, SUMMARY


def save_dialog(monkeypatch, tmp_path, name: str, file_type: str | None) -> list[str]:
    """Answers the save dialog with tmp_path/out/name and the file type whose text starts
    with `file_type` (None: the first); records the file types offered."""
    offered: list[str] = []
    (tmp_path / "out").mkdir(exist_ok=True)

    def answer(parent, caption, start, filters):
        offered.extend(filters.split(";;"))
        chosen = next((f for f in offered if file_type and f.startswith(file_type)), offered[0])
        return str(tmp_path / "out" / name), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return offered


def contact_count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(Contact.id)))


def test_contacts_saved_as_vcards_from_the_window(window, monkeypatch, tmp_path):
    offered = save_dialog(monkeypatch, tmp_path, "Adressen", "vCard")
    window.show_area("contacts")
    window.export_action.trigger()
    assert offered == [
        "Excel workbooks (*.xlsx)",
        "vCard (*.vcf)",
        "Outlook CSV, German column names (*.csv)",
        "Outlook CSV, English column names (*.csv)",
    ]
    written = tmp_path / "out" / "Adressen.vcf"  # the suffix of the type chosen
    text = written.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == contact_count(window.db)
    assert "VERSION:3.0" in text
    assert "rows exported" in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("file_type", "first"),
    [("Outlook CSV, German", "Anrede"), ("Outlook CSV, English", "Title")],
)
def test_contacts_saved_for_outlook_from_the_window(
    window, monkeypatch, tmp_path, file_type, first
):
    save_dialog(monkeypatch, tmp_path, "Outlook", file_type)
    window.show_area("contacts")
    window.export_action.trigger()
    with (tmp_path / "out" / "Outlook.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == first and len(rows) == contact_count(window.db) + 1


def test_a_name_ending_in_vcf_is_a_vcard_whatever_the_type(window, monkeypatch, tmp_path):
    save_dialog(monkeypatch, tmp_path, "karten.vcf", None)
    window.show_area("contacts")
    window.export_action.trigger()
    assert (tmp_path / "out" / "karten.vcf").read_text(encoding="utf-8").startswith("BEGIN:VCARD")


def test_other_lists_are_offered_as_workbooks_only(window, monkeypatch, tmp_path):
    offered = save_dialog(monkeypatch, tmp_path, "Mitglieder", None)
    window.show_area("members")
    window.export_action.trigger()
    assert offered == ["Excel workbooks (*.xlsx)"]
    assert (tmp_path / "out" / "Mitglieder.xlsx").is_file()


CARDS = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=Windows-1252:Weiß;Käthe;;Frau Dr.\r\n"
    "ORG:Stadt Düren\r\n"
    "ADR;WORK;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:;;Kaiserplatz 2=\r\n"
    ";D=FCren;;52349;Deutschland\r\n"
    "EMAIL;PREF;INTERNET:k.weiss@example.org\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N:Wang;Li\r\nNICKNAME:王力\r\nEMAIL;INTERNET:wang@example.cn\r\n"
    "END:VCARD\r\n"
)


def test_a_vcard_file_goes_through_the_import_wizard(wizard, db, tmp_path):
    path = tmp_path / "Karten.vcf"
    # old Outlook's Windows-1252, with one line in UTF-8 pasted in
    path.write_bytes(
        CARDS.replace("王力", "").encode("cp1252").replace(b"NICKNAME:", "NICKNAME:王力".encode())
    )
    wizard.pages[FILE].path.setText(str(path))
    wizard.next()
    assert wizard.currentId() == SHEET
    assert isinstance(wizard.source, VcardSource)
    sheet = wizard.pages[SHEET]
    assert sheet.reading.notes.isVisible()
    assert "each card is a row" in sheet.reading.notes.text()
    assert not sheet.header_row.isVisible()  # the header row is made, not chosen
    assert wizard.header_row == 0
    wizard.next()
    assert wizard.currentId() == MAPPING
    assert wizard.mapping[:5] == ["full_name", "title", "given_name", "family_name", "name_zh"]
    wizard.next()
    assert wizard.currentId() == PREVIEW
    assert "2 rows read" in wizard.pages[PREVIEW].summary.text()
    wizard.next()
    assert wizard.currentId() == IMPORT
    wizard.next()
    assert wizard.currentId() == SUMMARY
    assert wizard.result.created == 2
    with db.session() as session:
        found = {c.family_name: c for c in session.scalars(select(Contact))}
        assert (found["Weiß"].gender.value, found["Weiß"].title) == ("female", "Dr.")
        assert (found["Weiß"].town, found["Weiß"].street) == ("Düren", "Kaiserplatz 2")
        assert found["Wang"].name_zh == "王力"
    assert wizard.pages[SUMMARY].undo()
    assert contact_count(db) == 0


def test_a_vcard_file_is_not_imported_as_members(wizard, tmp_path):
    path = tmp_path / "Karten.vcf"
    path.write_text("BEGIN:VCARD\nFN:A B\nN:B;A\nEND:VCARD\n", encoding="utf-8")
    wizard.pages[FILE].members.setChecked(True)
    wizard.pages[FILE].path.setText(str(path))
    wizard.next()
    assert wizard.currentId() == FILE
    assert "Import it as contacts." in wizard.pages[FILE].error.text()


def test_a_broken_vcard_file_is_told_on_the_first_page(wizard, tmp_path):
    path = tmp_path / "Karten.vcf"
    path.write_text("BEGIN:VCARD\nFN:A B\nkein Doppelpunkt\nEND:VCARD\n", encoding="utf-8")
    wizard.pages[FILE].path.setText(str(path))
    wizard.next()
    assert wizard.currentId() == FILE
    assert "card 1 (begun on line 1), line 3" in wizard.pages[FILE].error.text()
