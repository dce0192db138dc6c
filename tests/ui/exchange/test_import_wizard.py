"""The import wizard driven page by page over a real database and real workbooks:
file, sheet and header row, mapping (edited and saved), preview with problems, duplicates
with per-row choices, import with progress, summary, and undo."""

from __future__ import annotations

from openpyxl import Workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import func, select

from isa_desk.core.db.models import Contact, ImportBatch
from isa_desk.core.exchange.importing import importer, mappings
from isa_desk.ui.exchange.import_history import ImportsDialog, undo_last_import
from isa_desk.ui.exchange.import_wizard import (
    DUPLICATES,
    FILE,
    IMPORT,
    MAPPING,
    PREVIEW,
    SHEET,
    SUMMARY,
    ImportWizard,
)
from tests.core.exchange.files import GERMAN_HEADERS, workbook
from tests.ui.dialogs import answer_next_dialog, patch_question

ANNA = [
    "Frau",
    "Dr.",
    "Referentin",
    "Anna",
    "Schmidt",
    "Stadt Chemnitz",
    "Markt 1",
    9111,
    "Chemnitz",
    "Deutschland",
    "anna@example.org",
    "+49 371 488-0",
    "Deutsch",
]
JAN = [
    "Herr",
    "",
    "",
    "Jan",
    "Jansen",
    "Stadt Chemnitz",
    "Ring 2",
    "09112",
    "Chemnitz",
    "Deutschland",
    "jan@example.org",
    "",
    "",
]


def contact_count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(Contact.id)))


def go_to_preview(wizard, path) -> None:
    wizard.pages[FILE].path.setText(str(path))
    wizard.next()
    assert wizard.currentId() == SHEET
    wizard.next()
    assert wizard.currentId() == MAPPING
    wizard.next()
    assert wizard.currentId() == PREVIEW


def test_a_clean_list_goes_through_every_step(wizard, db, tmp_path):
    path = workbook(
        tmp_path / "liste.xlsx",
        [["Kontakte Chemnitz"], [], GERMAN_HEADERS, ANNA, JAN],
        merges=["A1:M1"],
    )
    go_to_preview(wizard, path)
    assert wizard.header_row == 3
    assert wizard.mapping[:5] == ["salutation", "title", "position", "given_name", "family_name"]
    preview = wizard.pages[PREVIEW]
    assert preview.isComplete()
    assert "2 rows read" in preview.summary.text()
    assert preview.view.model().rowCount() == 2
    wizard.next()
    assert wizard.currentId() == IMPORT  # no duplicates: that page is left out
    assert "2 rows will be imported" in wizard.pages[IMPORT].text.text()
    wizard.next()
    assert wizard.currentId() == SUMMARY
    assert wizard.result.created == 2 and contact_count(db) == 2
    assert "2 created" in wizard.pages[SUMMARY].text.text()
    assert wizard.settings.last_folder("import") == str(tmp_path)

    assert wizard.pages[SUMMARY].undo()
    assert contact_count(db) == 0
    assert not wizard.pages[SUMMARY].undo_button.isEnabled()


def test_rows_with_errors_block_the_import_until_the_user_leaves_them_out(
    wizard, db, tmp_path, monkeypatch
):
    bad = list(JAN)
    bad[10] = "jan(at)example.org"
    go_to_preview(wizard, workbook(tmp_path / "l.xlsx", [GERMAN_HEADERS, ANNA, bad]))
    preview = wizard.pages[PREVIEW]
    assert not preview.isComplete()
    model = preview.view.model()
    assert model.data(model.index(1, 1)) == "Error"
    assert "jan(at)example.org" in model.data(model.index(1, 5))
    preview.only_problems.setChecked(True)
    assert preview.view.model().rowCount() == 1

    target = tmp_path / "fehler.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    preview.save_errors.click()
    assert target.exists()

    preview.skip_invalid.setChecked(True)
    assert preview.isComplete()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == SUMMARY
    assert (wizard.result.created, len(wizard.result.errors)) == (1, 1)
    assert contact_count(db) == 1


def test_the_mapping_is_edited_and_saved_for_next_time(qtbot, wizard, db, tmp_path):
    path = workbook(
        tmp_path / "fr.xlsx",
        [["Nom", "Prénom", "Courriel", "E-Mail"], ["Martin", "Marie", "marie@example.fr", "x"]],
    )
    wizard.pages[FILE].path.setText(str(path))
    wizard.next()
    assert "no column is recognised" not in wizard.pages[SHEET].error.text()
    wizard.next()
    page = wizard.pages[MAPPING]
    assert wizard.mapping == [None, None, None, "email"]
    page.set_field(0, "family_name")
    page.set_field(1, "given_name")
    page.set_field(2, "email")  # taken from column D, which is now not imported
    assert wizard.mapping == ["family_name", "given_name", "email", None]
    assert page.save("Partnerstadt Frankreich") == "Partnerstadt Frankreich"
    assert mappings.names(db, "contacts") == ["Partnerstadt Frankreich"]
    wizard.next()
    wizard.next()
    wizard.next()
    assert contact_count(db) == 1

    second = ImportWizard(db, wizard.settings, "contacts")
    qtbot.addWidget(second)
    second.show()
    second.pages[FILE].path.setText(str(path))
    second.next()
    second.next()
    mapping_page = second.pages[MAPPING]
    mapping_page.saved.setCurrentText("Partnerstadt Frankreich")
    mapping_page.use_saved()
    assert second.mapping == ["family_name", "given_name", "email", None]


def test_a_file_that_is_not_a_workbook_stays_on_the_first_page(wizard, tmp_path):
    path = tmp_path / "kaputt.xlsx"
    path.write_text("not a workbook")
    wizard.pages[FILE].path.setText(str(path))
    wizard.next()
    assert wizard.currentId() == FILE
    assert "kaputt.xlsx" in wizard.pages[FILE].error.text()


def test_the_sheet_can_be_chosen(wizard, tmp_path):
    book = Workbook()
    book.active.title = "Deckblatt"
    book.active.append(["Liste der Ansprechpartner"])
    sheet = book.create_sheet("Adressen")
    sheet.append(GERMAN_HEADERS)
    sheet.append(ANNA)
    book.save(tmp_path / "zwei.xlsx")
    wizard.pages[FILE].path.setText(str(tmp_path / "zwei.xlsx"))
    wizard.next()
    page = wizard.pages[SHEET]
    assert page.sheet.isEnabled() and page.sheet.count() == 2
    assert page.error.text()  # the cover sheet has no known column
    page.sheet.setCurrentIndex(1)
    page.sheet.activated.emit(1)
    assert wizard.source.sheet == "Adressen" and not page.error.text()
    wizard.next()
    wizard.next()
    assert len(wizard.plan.rows) == 1


def test_duplicates_are_decided_per_row(wizard, db, tmp_path):
    importer.run(
        db, importer.analyse(db, importer_source(tmp_path / "a.xlsx", [ANNA, JAN]), "contacts")
    )
    changed_anna = list(ANNA)
    changed_anna[2] = "Amtsleiterin"
    similar_jan = list(JAN)
    similar_jan[4], similar_jan[10] = "Janssen", ""
    go_to_preview(
        wizard, workbook(tmp_path / "b.xlsx", [GERMAN_HEADERS, changed_anna, similar_jan])
    )
    wizard.next()
    assert wizard.currentId() == DUPLICATES
    page = wizard.pages[DUPLICATES]
    model = page.view.model()
    assert model.rowCount() == 2
    assert model.data(model.index(1, 3)) == "a very similar name at the same organisation"
    page.set_policy("update")
    model.setData(model.index(1, model.ACTION), "new")  # another person after all
    assert model.data(model.index(1, model.ACTION)) == "Import as a new record"
    wizard.next()
    wizard.next()
    assert (wizard.result.created, wizard.result.updated) == (1, 1)
    with db.session() as session:
        positions = sorted(p for p in session.scalars(select(Contact.position)) if p)
    assert positions == ["Amtsleiterin"]
    assert contact_count(db) == 3


def importer_source(path, rows):
    from isa_desk.core.exchange.importing.read import open_source

    return open_source(workbook(path, [GERMAN_HEADERS, *rows]))


def test_imports_are_listed_and_undone_from_the_list(qtbot, db, tmp_path, monkeypatch):
    importer.run(db, importer.analyse(db, importer_source(tmp_path / "a.xlsx", [ANNA]), "contacts"))
    importer.run(db, importer.analyse(db, importer_source(tmp_path / "b.xlsx", [JAN]), "contacts"))
    dialog = ImportsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 3).text() == "b.xlsx"
    asked = patch_question(monkeypatch, QMessageBox.StandardButton.Yes)
    assert dialog.undo_selected()
    assert "b.xlsx" in asked[0]
    assert contact_count(db) == 1
    assert dialog.table.item(0, 6).text().startswith("Undone on ")
    assert not dialog.undo_button.isEnabled()

    assert undo_last_import(None, db, ask=False)
    assert contact_count(db) == 0
    errors = answer_next_dialog(lambda box: box.accept())
    assert not undo_last_import(None, db, ask=False)  # nothing left: a message says so
    assert errors == []
    with db.session() as session:
        assert (
            session.scalar(
                select(func.count(ImportBatch.id)).where(ImportBatch.undone_at.is_(None))
            )
            == 0
        )


def test_an_import_from_the_main_window_shows_in_the_lists_and_is_undone_there(
    qtbot, window, tmp_path, monkeypatch
):
    from isa_desk.ui.exchange import exchange_menu

    window.show_area("contacts")
    before = window.areas["contacts"].model.total()
    wizard = exchange_menu.import_list(window)
    go_to_preview(wizard, workbook(tmp_path / "l.xlsx", [GERMAN_HEADERS, ANNA, JAN]))
    wizard.next()
    wizard.next()
    assert wizard.result.created == 2
    qtbot.waitUntil(lambda: window.areas["contacts"].model.total() == before + 2)
    wizard.accept()

    patch_question(monkeypatch, QMessageBox.StandardButton.Yes)
    assert exchange_menu.undo_import(window)
    qtbot.waitUntil(lambda: window.areas["contacts"].model.total() == before)


def test_a_file_over_a_limit_is_refused_on_the_page_that_reads_it(
    wizard, db, tmp_path, monkeypatch
):
    from isa_desk.core.exchange.importing import bounds

    monkeypatch.setattr(bounds, "MAX_ROWS", 3)
    path = workbook(tmp_path / "lang.xlsx", [GERMAN_HEADERS, ANNA, JAN, ANNA])
    wizard.pages[FILE].path.setText(str(path))
    wizard.next()
    assert wizard.currentId() == FILE
    assert "lang.xlsx cannot be read: more than 3 rows" in wizard.pages[FILE].error.text()

    # a row over a limit below the first rows is met while the rows are checked
    monkeypatch.setattr(bounds, "MAX_ROWS", 200)
    monkeypatch.setattr(bounds, "MAX_COLUMNS", 13)
    rows = [GERMAN_HEADERS] + [ANNA] * 40 + [[*JAN, "zu viel"]]
    go_to_preview(wizard, workbook(tmp_path / "breit.xlsx", rows))
    preview = wizard.pages[PREVIEW]
    assert "row 42 has more than 13 columns" in preview.error.text()
    assert not preview.isComplete() and contact_count(db) == 0
