"""The Serienbrief dialog on the demo data: preview stepping through recipients, a run off
the GUI thread with progress, cancel, opening the result; the template editor, the sender
settings and the salutation shown in the contact editor."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from isa_desk.core.db.models import Activity, ActivityKind, Contact, LetterTemplate
from isa_desk.core.documents.letters import mailing, templates
from isa_desk.core.documents.letters import sender as sender_settings
from isa_desk.core.progress import Progress
from isa_desk.core.services import events
from isa_desk.ui.letters.letters_dialog import LettersDialog
from isa_desk.ui.letters.sender_settings import SenderSettings
from isa_desk.ui.letters.template_editor import TemplateEditor
from isa_desk.ui.records.editors.contact_editor import ContactEditor
from tests.ui.dialogs import answer_next_dialog


@pytest.fixture
def opened(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def letters_logged(db) -> int:
    with db.session() as session:
        return session.scalar(
            select(func.count()).select_from(Activity).where(Activity.kind == ActivityKind.LETTER)
        )


def temporary(folder) -> list[str]:
    """Temporary files or folders of a run left in `folder`."""
    return [path.name for path in folder.rglob(".~*")]


def event_dialog(qtbot, db, tmp_path) -> LettersDialog:
    event_id = events.choices(db)[0][0]
    dialog = LettersDialog(db, event_id=event_id)
    qtbot.addWidget(dialog)
    dialog.combined_path.setText(str(tmp_path / "all.pdf"))
    dialog.split_path.setText(str(tmp_path / "split"))
    dialog.show()
    return dialog


def test_preview_steps_through_the_recipients(qtbot, demo_db, tmp_path):
    dialog = event_dialog(qtbot, demo_db, tmp_path)
    count = len(dialog.plan.contacts)
    assert dialog.template.currentData() == "einladung" and count > 5
    assert dialog.summary.text().startswith(f"{count} letters.")
    assert "no postal address" in dialog.summary.text()
    assert dialog.position.text().startswith(f"Letter 1 of {count}: ")
    first = dialog.preview.image
    assert first is not None and first.width() > 300
    assert first.height() == pytest.approx(first.width() * 297 / 210, rel=0.02)
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.position.text().startswith(f"Letter 2 of {count}: ")
    assert dialog.preview.image != first  # another recipient, another page
    qtbot.mouseClick(dialog.previous, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.previous, Qt.MouseButton.LeftButton)
    assert dialog.position.text().startswith(f"Letter {count} of {count}: ")


def test_preview_follows_the_choices(qtbot, demo_db, tmp_path):
    dialog = event_dialog(qtbot, demo_db, tmp_path)
    dialog.by_tag.setChecked(True)
    dialog.tag.setCurrentText("Presse")
    dialog.refresh()
    with demo_db.session() as session:
        press = session.scalar(
            select(func.count()).select_from(Contact).where(Contact.tags.any(name="Presse"))
        )
    assert len(dialog.plan.contacts) + len(dialog.plan.skipped) == press
    dialog.event.setCurrentIndex(0)  # no event: the invitation cannot be merged
    dialog.refresh()
    assert "choose an event" in dialog.summary.text()
    assert not dialog.make_button.isEnabled()


def test_make_letters_logs_them_and_opens_the_result(qtbot, demo_db, tmp_path, opened):
    dialog = event_dialog(qtbot, demo_db, tmp_path)
    dialog.split.setChecked(True)
    before = letters_logged(demo_db)
    count = len(dialog.plan.contacts)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None and dialog.operation is None, timeout=30000)
    document = pdfium.PdfDocument(str(tmp_path / "all.pdf"))
    assert len(document) == dialog.outcome.pages >= count
    document.close()
    assert len(list((tmp_path / "split").glob("*.pdf"))) == count
    assert letters_logged(demo_db) == before + count
    assert [url.toLocalFile() for url in opened] == [str(tmp_path / "all.pdf")]
    assert dialog.progress.isHidden() and dialog.close_button.isEnabled()
    assert f"{count} letters" in dialog.summary.text()
    assert temporary(tmp_path) == []


def test_cancel_keeps_nothing(qtbot, demo_db, tmp_path, opened, monkeypatch):
    original = mailing.produce

    def produce_then_stop(*args, progress, **kwargs):
        # cancels the run's progress after the first letter, in the run's own thread
        def first_then_cancel(done, total, message):
            progress.step(done, total, message)
            progress.cancel()

        return original(*args, progress=Progress(first_then_cancel), **kwargs)

    monkeypatch.setattr(mailing, "produce", produce_then_stop)
    dialog = event_dialog(qtbot, demo_db, tmp_path)
    before = letters_logged(demo_db)
    dialog.make()
    assert dialog.cancel_button.isVisible() and not dialog.close_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=30000)
    assert dialog.outcome is None
    assert list(tmp_path.rglob("*.pdf*")) == [] and temporary(tmp_path) == []
    assert letters_logged(demo_db) == before and opened == []
    assert "Cancelled" in dialog.summary.text()


def test_cancel_after_the_last_letter_still_keeps_nothing(
    qtbot, demo_db, tmp_path, opened, monkeypatch
):
    original = mailing.produce

    def produce_then_cancel(*args, progress, **kwargs):
        outcome = original(*args, progress=progress, **kwargs)
        progress.cancel()  # the user pressed Cancel as the drawing ended
        return outcome

    monkeypatch.setattr(mailing, "produce", produce_then_cancel)
    dialog = event_dialog(qtbot, demo_db, tmp_path)
    dialog.split.setChecked(True)
    before = letters_logged(demo_db)
    dialog.make()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=30000)
    assert dialog.outcome is None and "Cancelled" in dialog.summary.text()
    assert list(tmp_path.rglob("*.pdf")) == [] and temporary(tmp_path) == []
    assert not (tmp_path / "split").exists()
    assert letters_logged(demo_db) == before and opened == []


def test_a_failed_history_keeps_no_letter(qtbot, demo_db, tmp_path, opened):
    def refuse(_session):
        raise RuntimeError("disk I/O error")

    dialog = event_dialog(qtbot, demo_db, tmp_path)
    dialog.split.setChecked(True)
    before = letters_logged(demo_db)
    shown = []
    errors = answer_next_dialog(lambda box: shown.append(box.text()) or box.accept(), attempts=1500)
    event.listen(Session, "before_commit", refuse)
    try:
        dialog.make()
        qtbot.waitUntil(lambda: dialog.operation is None and bool(shown), timeout=30000)
    finally:
        event.remove(Session, "before_commit", refuse)
    assert errors == [] and "went wrong" in shown[0]
    assert dialog.outcome is None and opened == []
    assert list(tmp_path.rglob("*.pdf")) == [] and temporary(tmp_path) == []
    assert letters_logged(demo_db) == before


def test_unknown_merge_field_is_shown_before_anything_is_made(qtbot, demo_db, tmp_path):
    with demo_db.transaction() as session:
        session.add(LetterTemplate(key="kaputt", name="Kaputt", body="{{ contact.hut }}"))
    dialog = event_dialog(qtbot, demo_db, tmp_path)
    dialog.template.setCurrentIndex(dialog.template.findData("kaputt"))
    dialog.refresh()
    assert "kaputt" in dialog.summary.text() and "contact.hut" in dialog.summary.text()
    assert not dialog.make_button.isEnabled()


def test_selected_contacts(qtbot, demo_db, tmp_path):
    with demo_db.session() as session:
        ids = list(
            session.scalars(
                select(Contact.id)
                .where(Contact.street != "")
                .where(Contact.no_post.is_(False))
                .where(Contact.active.is_(True))
                .limit(3)
            )
        )
    dialog = LettersDialog(demo_db, contact_ids=ids)
    qtbot.addWidget(dialog)
    dialog.template.setCurrentIndex(dialog.template.findData("brief"))
    dialog.refresh()
    assert dialog.by_selection.isChecked()
    assert sorted(c.id for c in dialog.plan.contacts) == sorted(ids)


def test_template_editor_refuses_unknown_fields_and_saves(qtbot, demo_db, monkeypatch):
    editor = TemplateEditor(demo_db, None, "einladung")
    qtbot.addWidget(editor)
    assert editor.fields["key"].text() == "einladung" and editor.fields["key"].isReadOnly()
    editor.new()
    editor.fields["key"].setText("dank")
    editor.fields["name"].setText("Dankesbrief")
    editor.body.setPlainText("vielen Dank, {{ kontakt.name }}")
    assert not editor.save()
    assert "kontakt.name" in editor.message.text()
    editor.body.setPlainText("vielen Dank für Ihren Besuch in ")
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    editor.insert_field(
        editor.field_list.item(
            [
                editor.field_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(editor.field_list.count())
            ].index("member.name")
        )
    )
    assert editor.save()
    assert (
        templates.get(demo_db, "dank").body == "vielen Dank für Ihren Besuch in {{ member.name }}"
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    editor.delete_or_reset()
    assert "dank" not in templates.keys(demo_db)


def test_sender_settings_are_saved(qtbot, demo_db):
    dialog = SenderSettings(demo_db)
    qtbot.addWidget(dialog)
    assert dialog.fields["email"].text() == "isa@pks-gmbh.net"
    dialog.fields["contact_person"].setText("Max Muster")
    dialog.form_choice.setCurrentIndex(dialog.form_choice.findData("A"))
    dialog.save()
    stored = sender_settings.load(demo_db)
    assert stored.contact_person == "Max Muster" and stored.form == "A"


def test_contact_editor_shows_the_salutation_of_letters(qtbot, demo_db):
    with demo_db.session() as session:
        mayor = session.scalars(
            select(Contact)
            .where(Contact.position == "Oberbürgermeisterin")
            .where(Contact.language == "de")
        ).first()
    dialog = ContactEditor(None, demo_db, mayor.id)
    qtbot.addWidget(dialog)
    shown = dialog.salutation_shown
    assert shown.isReadOnly()
    assert shown.text() == "Sehr geehrte Frau Oberbürgermeisterin,"
    dialog.form.set_value("position", "Referentin")
    assert shown.text() == f"Sehr geehrte Frau {mayor.family_name},"
    dialog.form.set_value("language", "en")
    assert shown.text().endswith(f"Dear Ms {mayor.family_name},")
    dialog.form.set_value("salutation_override", "Liebe Kollegin,")
    assert shown.text().startswith("Liebe Kollegin,")


def test_main_window_opens_the_dialog_for_the_selected_contacts(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(LettersDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Letters" in menus
    window.show_area("contacts")
    area = window.current_list()
    ids = [area.model.record_id(row) for row in (0, 1)]
    area.select_ids(ids)
    window.letters_action.trigger()
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert sorted(dialog.contact_ids) == sorted(ids) and dialog.by_selection.isChecked()
    assert dialog.by_selection.text() == "Selected contacts (2)"
