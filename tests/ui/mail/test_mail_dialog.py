"""The Serien-E-Mail dialog on the demo data, sending to a real SMTP server on this computer:
the preview stepping through the plenary assembly's participants, a test message, the whole
mailing after the confirmation, .eml drafts, a cancelled run resumed without sending any
message twice, and the errors of a wrong password or a server that is not there."""

from __future__ import annotations

import email
from collections import Counter
from email import policy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton
from sqlalchemy import func, select

from isa_desk.core.db.models import Event, Mailing
from isa_desk.core.documents.mail import credentials
from isa_desk.core.documents.mail.delivery import SmtpServer
from isa_desk.ui.mail.mail_dialog import MailDialog
from isa_desk.ui.mail.server_settings import ServerSettings
from tests.core.documents.mail.plenary import EVENT, change
from tests.core.documents.mail.smtp_server import PASSWORD, USER, free_port
from tests.ui.dialogs import answer_next_dialog, patch_question
from tests.ui.mail.test_server_settings import fill, press_ok, type_text
from tests.ui.typing import type_over

LEFT = Qt.MouseButton.LeftButton
YES = QMessageBox.StandardButton.Yes


def plenary_dialog(qtbot, db, settings) -> MailDialog:
    """The dialog for the plenary assembly's invited and registered participants."""
    with db.session() as session:
        event_id = session.scalar(select(Event.id).where(Event.title == EVENT))
    dialog = MailDialog(db, event_id=event_id, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.by_event.isChecked() and dialog.template.currentData() == "einladung"
    return dialog


def local_server(settings, port: int, user: str = "", pace: float = 0.0) -> None:
    """The server as the settings dialog leaves it."""
    settings.set_mail_server(
        f"smtp://{user}@127.0.0.1:{port}" if user else f"smtp://127.0.0.1:{port}"
    )
    settings.set_mail_pace(pace)


def send_all(qtbot, dialog, monkeypatch) -> list[str]:
    """Send…, the question answered Yes; the questions asked."""
    asked = patch_question(monkeypatch, YES)
    qtbot.mouseClick(dialog.make_button, LEFT)
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=60000)
    return asked


def mailings(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Mailing))


def test_the_preview_steps_through_the_messages(qtbot, demo_db, settings, tmp_path):
    dialog = plenary_dialog(qtbot, demo_db, settings)
    count = dialog.plan.count
    assert count > 5 and dialog.summary.text().startswith(f"{count} e-mails.")
    assert dialog.position.text().startswith(f"E-mail 1 of {count}: ")
    first = dialog.plan.preview(0)
    assert dialog.preview.to.text() == first.to and "<" in first.to
    assert dialog.preview.subject.text().startswith("Einladung: 10. Plenarversammlung der ISA")
    assert dialog.preview.text.toPlainText() == first.text
    assert dialog.preview.text.toPlainText().startswith("Sehr geehrte")
    assert dialog.preview.attachments.text() == "(none)"
    assert dialog.preview.to.textFormat() == Qt.TextFormat.PlainText
    qtbot.mouseClick(dialog.next, LEFT)
    assert dialog.position.text().startswith(f"E-mail 2 of {count}: ")
    assert dialog.preview.to.text() == dialog.plan.preview(1).to != first.to
    qtbot.mouseClick(dialog.previous, LEFT)
    qtbot.mouseClick(dialog.previous, LEFT)
    assert dialog.position.text().startswith(f"E-mail {count} of {count}: ")

    programme = tmp_path / "Programm.txt"
    programme.write_text("9:00 Begrüßung\n", encoding="utf-8")
    qtbot.mouseClick(dialog.attach_letter, LEFT)
    dialog.files.add([str(programme)])
    dialog.refresh()
    names = dialog.preview.attachments.text().split(", ")
    assert len(names) == 2 and names[0].endswith(".pdf") and names[1] == "Programm.txt"
    dialog.files.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.files.remove, LEFT)
    dialog.refresh()
    assert dialog.files.paths() == [] and "Programm.txt" not in dialog.preview.attachments.text()


def test_a_test_message_then_the_whole_mailing(qtbot, demo_db, settings, mailbox, monkeypatch):
    box, controller = mailbox
    local_server(settings, controller.port)
    change(demo_db, "Katrin", "Klein", no_email=True)
    dialog = plenary_dialog(qtbot, demo_db, settings)
    assert dialog.server_label.full == f"smtp://127.0.0.1:{controller.port}"
    count = dialog.plan.count
    addresses = [contact.email for contact in dialog.plan.contacts]
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *args, **kwargs: ("ich@example.org", True))
    )
    qtbot.mouseClick(dialog.test_button, LEFT)
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=30000)
    assert box.recipients() == ["ich@example.org"] and mailings(demo_db) == 0
    assert dialog.report.headline.text().startswith("Test message to ich@example.org sent: 250")
    assert dialog.report.isVisible()
    qtbot.mouseClick(dialog.next, LEFT)  # stepping on shows the messages again
    assert dialog.preview.isVisible() and dialog.position.text().startswith("E-mail 2 of ")

    asked = send_all(qtbot, dialog, monkeypatch)
    assert asked[0].startswith(f"Send {count} e-mails through smtp://127.0.0.1:{controller.port}?")
    assert "recipients are skipped: Katrin Klein (does not want e-mails)" in asked[0]
    assert sorted(box.recipients()[1:]) == sorted(addresses)
    outcome = dialog.outcome
    assert outcome.complete and outcome.sent_now == count
    assert dialog.report.headline.text() == f"Mailing {outcome.mailing_id}: {count} e-mails sent."
    report = dialog.report.text.toPlainText()
    assert report.startswith(f"Sent ({count}):\n")
    assert report.endswith("Skipped (1):\n  Katrin Klein: does not want e-mails")
    assert not dialog.resume_button.isVisible()
    qtbot.mouseClick(dialog.report.findChild(QPushButton, "copy_report"), LEFT)
    assert "Katrin Klein: does not want e-mails" in QApplication.clipboard().text()
    qtbot.mouseClick(dialog.report.findChild(QPushButton, "back"), LEFT)
    assert dialog.preview.isVisible()


def test_eml_drafts_into_a_folder(qtbot, demo_db, settings, monkeypatch, tmp_path):
    dialog = plenary_dialog(qtbot, demo_db, settings)
    folder = tmp_path / "Entwürfe"
    qtbot.mouseClick(dialog.by_folder, LEFT)
    type_over(qtbot, dialog.folder_path, "", then=None)
    type_text(qtbot, dialog.folder_path, str(folder))
    count = dialog.plan.count
    asked = send_all(qtbot, dialog, monkeypatch)
    assert asked[0].startswith(f"Write {count} e-mails into {folder}?")
    drafts = sorted(folder.glob("*.eml"))
    assert len(drafts) == count
    message = email.message_from_bytes(drafts[0].read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1" and message["Subject"].startswith("Einladung")
    headline = dialog.report.headline.text()
    assert headline == f"Mailing {dialog.outcome.mailing_id}: {count} e-mails written to {folder}."
    assert dialog.report.text.toPlainText().startswith(f"Written ({count}):")
    assert settings.last_folder("mail_drafts") == str(folder)
    dialog.reject()
    again = plenary_dialog(qtbot, demo_db, settings)  # the folder is remembered
    assert again.folder_path.text() == str(folder)


def test_a_cancelled_run_resumed_sends_none_twice(qtbot, demo_db, settings, mailbox, monkeypatch):
    box, controller = mailbox
    local_server(settings, controller.port, pace=0.3)
    dialog = plenary_dialog(qtbot, demo_db, settings)
    count = dialog.plan.count
    patch_question(monkeypatch, YES)
    qtbot.mouseClick(dialog.make_button, LEFT)
    qtbot.waitUntil(lambda: len(box.received) >= 2, timeout=30000)
    assert dialog.cancel_button.isVisible() and not dialog.close_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=30000)
    sent = len(box.received)
    assert 2 <= sent < count
    headline = dialog.report.headline.text()
    assert "Cancelled." in headline and f"{sent} sent, {count - sent} not yet" in headline
    assert dialog.report.text.toPlainText().startswith(f"Sent ({sent}):")
    assert dialog.resume_button.isVisible()
    assert dialog.resume_button.text().endswith(f"({count - sent} not sent yet)")
    again = plenary_dialog(qtbot, demo_db, settings)  # opened anew, it offers the same
    assert again.resume_button.isVisible() and again.resume_button.text() == (
        dialog.resume_button.text()
    )
    again.reject()

    asked = patch_question(monkeypatch, YES)
    qtbot.mouseClick(dialog.resume_button, LEFT)
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=60000)
    assert asked[0].startswith(f"Send the {count - sent} e-mails that the mailing of ")
    assert len(box.received) == count
    assert set(Counter(box.recipients()).values()) == {1}  # nobody got it twice
    assert dialog.outcome.complete and dialog.outcome.sent_now == count - sent
    assert mailings(demo_db) == 1 and not dialog.resume_button.isVisible()


def test_a_new_mailing_beside_an_unfinished_one_says_so(
    qtbot, demo_db, settings, mailbox, monkeypatch
):
    box, controller = mailbox
    local_server(settings, controller.port)
    box.defer.add("renate.boehm@ludwigshafen.example")  # refused for now: stays pending
    dialog = plenary_dialog(qtbot, demo_db, settings)
    send_all(qtbot, dialog, monkeypatch)
    assert not dialog.outcome.complete and len(dialog.outcome.pending) == 1
    assert "Not sent yet (1):\n  Renate Böhm" in dialog.report.text.toPlainText()
    assert dialog.resume_button.text().endswith("(1 not sent yet)")
    asked = patch_question(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.make_button, LEFT)
    assert "did not finish" in asked[0] and mailings(demo_db) == 1


def test_a_wrong_password_is_one_message(
    qtbot, demo_db, settings, guarded_mailbox, password_store, monkeypatch
):
    box, controller = guarded_mailbox
    dialog = plenary_dialog(qtbot, demo_db, settings)

    def wrong_password(settings_dialog):
        fill(qtbot, settings_dialog, "127.0.0.1", controller.port, USER, "falsch")
        press_ok(settings_dialog)

    errors = answer_next_dialog(wrong_password, ServerSettings)
    qtbot.mouseClick(dialog.findChild(QPushButton, "edit_server"), LEFT)
    assert errors == []
    assert dialog.server_label.full == f"smtp://{USER}@127.0.0.1:{controller.port}"
    send_all(qtbot, dialog, monkeypatch)
    headline = dialog.report.headline.text()
    assert headline.startswith(f"The server 127.0.0.1 refused the login of {USER}: 535")
    assert "Traceback" not in headline and "\n" not in headline
    assert box.received == [] and set(box.logins) == {(USER, "falsch")}
    assert password_store.passwords == {} and mailings(demo_db) == 0  # typed, not kept


def test_the_remembered_password_logs_in(
    qtbot, demo_db, settings, guarded_mailbox, password_store, monkeypatch
):
    box, controller = guarded_mailbox
    local_server(settings, controller.port, user=USER)
    credentials.store(SmtpServer("127.0.0.1", controller.port, USER), PASSWORD)
    dialog = plenary_dialog(qtbot, demo_db, settings)
    send_all(qtbot, dialog, monkeypatch)
    assert dialog.outcome.complete and len(box.received) == dialog.plan.count
    assert set(box.logins) == {(USER, PASSWORD)}


def test_no_server_is_set_up_or_none_answers(qtbot, demo_db, settings, monkeypatch):
    dialog = plenary_dialog(qtbot, demo_db, settings)
    asked = patch_question(monkeypatch, YES)
    notes = []
    errors = answer_next_dialog(
        lambda shown: notes.append(shown.note.text()) or shown.reject(), ServerSettings
    )
    qtbot.mouseClick(dialog.make_button, LEFT)  # no server yet: its settings open first
    assert errors == [] and notes == ["Set up the mail server the e-mails go through."]
    assert asked == [] and dialog.operation is None

    port = free_port()  # nobody listens there
    local_server(settings, port)
    dialog.server = SmtpServer("127.0.0.1", port)
    send_all(qtbot, dialog, monkeypatch)
    headline = dialog.report.headline.text()
    assert headline.startswith(f"No connection to the mail server 127.0.0.1:{port}: ")
    assert mailings(demo_db) == 0


def test_the_letters_menu_opens_it_and_its_size_is_kept(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(MailDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    letters_menu = next(
        action.menu() for action in window.menuBar().actions() if action.text() == "&Letters"
    )
    assert window.mail_action in letters_menu.actions()
    window.show_area("contacts")
    area = window.current_list()
    ids = [area.model.record_id(row) for row in (0, 1)]
    area.select_ids(ids)
    window.mail_action.trigger()
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert sorted(dialog.contact_ids) == sorted(ids) and dialog.by_selection.isChecked()
    dialog.show()
    dialog.resize(dialog.width(), dialog.height() - 60)  # the test screen is narrow
    kept = dialog.height()
    dialog.reject()
    assert window.settings.dialog_geometry("mail") is not None
    again = MailDialog(window.db, window, settings=window.settings)
    qtbot.addWidget(again)
    assert again.height() == kept
