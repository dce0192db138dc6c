"""Saving a person's data from the window: the save dialog (a safe name, the folder used
last, PDF or JSON by its file type), the file in the contact's language with the
program's language kept, the message that opens the file or its folder."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from isa_desk import language
from isa_desk.core import i18n
from isa_desk.ui.privacy.export_action import export_contact_data
from tests.core.privacy.test_access import person_with_everything
from tests.ui.dialogs import answer_next_dialog, click_named


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """Answers the save dialog with tmp_path/out/<name> and a file type; records the
    name offered."""
    offered: list[str] = []
    answers: list[tuple[str, str]] = []
    (tmp_path / "out").mkdir()

    def answer(parent, caption, start, filters):
        offered.append(start)
        name, wanted = answers.pop(0)
        chosen = next(f for f in filters.split(";;") if wanted in f)
        return (str(tmp_path / "out" / name) if name else ""), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return offered, answers


@pytest.fixture
def opened(monkeypatch):
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url.toLocalFile()))
    )
    return urls


def test_a_pdf_with_a_safe_name_then_the_file_opens(qtbot, db, settings, save_as, opened, home):
    offered, answers = save_as
    person = person_with_everything(db)
    answers.append(("anna", "*.pdf"))
    shown = answer_next_dialog(click_named("openFileButton"), QMessageBox)
    written = export_contact_data(None, db, person.contact, settings)
    assert shown == []
    assert written is not None and written.name == "anna.pdf"
    today = dt.date.today().isoformat()
    assert offered[0] == str(home / "Documents" / f"Information Müller Anna {today}.pdf")
    assert opened == [str(written)]
    text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True)
    assert "Kreisverwaltung Düren" in text.stdout


def test_json_by_its_file_type_in_the_folder_used_last(qtbot, db, settings, save_as, opened):
    offered, answers = save_as
    person = person_with_everything(db)
    answers += [("first", "*.pdf"), ("anna", "*.json")]
    for _ in range(2):
        shown = answer_next_dialog(click_named("openFolderButton"), QMessageBox)
        written = export_contact_data(None, db, person.contact, settings)
        assert shown == []
    assert written is not None and written.name == "anna.json"
    assert json.loads(written.read_text(encoding="utf-8"))["contact"]["given_name"] == "Anna"
    assert offered[1].startswith(str(written.parent))
    assert opened == [str(written.parent)] * 2


def test_cancel_writes_nothing(qtbot, db, settings, save_as, tmp_path):
    _, answers = save_as
    person = person_with_everything(db)
    answers.append(("", "*.pdf"))
    assert export_contact_data(None, db, person.contact, settings) is None
    assert list((tmp_path / "out").iterdir()) == []


def test_a_file_that_cannot_be_written_is_explained(qtbot, db, settings, save_as, tmp_path):
    _, answers = save_as
    person = person_with_everything(db)
    answers.append(("missing/anna.pdf", "*.pdf"))
    told: list[str] = []

    def read_and_close(box):
        told.append(box.text())
        box.accept()

    shown = answer_next_dialog(read_and_close, QMessageBox)
    assert export_contact_data(None, db, person.contact, settings) is None
    assert shown == []
    assert len(told) == 1 and "missing" in told[0]


def test_a_chinese_contact_gets_chinese_while_the_window_stays_german(
    qtbot, db, settings, save_as, opened, restore_locale
):
    _, answers = save_as
    person = person_with_everything(db, language="zh")
    language.load("de")
    chinese = QTranslator()
    assert chinese.load(str(language.qm_path("zh")))
    female = chinese.translate("Labels", "Female")
    assert female and female != "Female"
    answers.append(("sun.pdf", "*.pdf"))
    shown = answer_next_dialog(click_named("closeButton"), QMessageBox)
    written = export_contact_data(None, db, person.contact, settings)
    assert shown == []
    text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True)
    assert female in text.stdout
    assert "第1页" in text.stdout
    assert i18n.language() == "de"
    assert i18n.translate("Labels", "Female") == "Weiblich"
    assert opened == []
