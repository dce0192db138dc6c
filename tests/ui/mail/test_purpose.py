"""The Serien-E-Mail dialog for a purpose, sending to a real SMTP server on this computer:
only those with consent in force get a message; the summary, the question before sending
and the report name the others with the reason."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from isa_desk.core.db.enums import ConsentPurpose
from isa_desk.core.documents.letters import sender as sender_settings
from isa_desk.ui.mail.mail_dialog import MailDialog
from tests.core.documents.consenting import NEWSLETTER, REASON, SENDER, add_people
from tests.ui.dialogs import patch_question
from tests.ui.letters.choosing import pick

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def people(db):
    found = add_people(db)
    sender_settings.save(db, replace(sender_settings.load(db), email=SENDER))
    return found


def test_a_newsletter_by_e_mail_reaches_only_those_who_agreed(
    qtbot, db, people, settings, mailbox, monkeypatch
):
    box, controller = mailbox
    settings.set_mail_server(f"smtp://127.0.0.1:{controller.port}")
    settings.set_mail_pace(0.0)
    dialog = MailDialog(db, tag=NEWSLETTER, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.purpose.purpose() is None and dialog.plan.count == 5

    pick(qtbot, dialog.purpose, "News")
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.count == 2)
    assert dialog.plan.purpose == ConsentPurpose.NEWSLETTER
    assert "Without consent for “Newsletter”: 3. Skipped 3: " in dialog.summary.text()

    asked = patch_question(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.make_button, LEFT)
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=60000)

    assert f"3 recipients are skipped: Clara Conrad ({REASON})" in asked[0]
    assert sorted(box.recipients()) == ["anna.albrecht@example.org", "bernd.brandt@example.org"]
    report = dialog.report.text.toPlainText()
    assert "Skipped (3):\n  Clara Conrad: " + REASON in report
    assert f"Eva Engel: {REASON}" in report
