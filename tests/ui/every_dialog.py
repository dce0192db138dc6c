"""Every dialog and editor of the window, opened over the demo data the way a user opens
them, for the tests that check each fits a small screen and speaks the chosen language.

`opened(window, tmp_path)` yields (name, widget) pairs: the widget is shown and laid out;
the import wizard is yielded once per page, walked with a list that has a duplicate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from isa_desk.core.db.models import Contact, Event, Inquiry, Member, Organisation, Participant
from isa_desk.core.services import inquiries
from isa_desk.core.services.inquiries import InquiryQuery
from tests import DEMO_TODAY
from tests.core.exchange.files import GERMAN_HEADERS, workbook

translate = QCoreApplication.translate


def first_id(db, model, *where) -> int:
    with db.session() as session:
        return session.scalar(select(model.id).where(*where).order_by(model.id).limit(1))


def two_contact_ids(db) -> tuple[int, int]:
    with db.session() as session:
        ids = session.scalars(select(Contact.id).order_by(Contact.id).limit(2)).all()
    return ids[0], ids[1]


def _dialogs(window, tmp_path: Path) -> dict[str, Callable[[], QWidget]]:
    """name -> a function that builds the dialog (not yet shown)."""
    from isa_desk.core.privacy import erasure
    from isa_desk.ui.backups.backups_dialog import BackupsDialog
    from isa_desk.ui.events.event_editor import EventEditor
    from isa_desk.ui.events.event_picker import EventDialog
    from isa_desk.ui.events.invite_dialog import InviteDialog
    from isa_desk.ui.events.participant_dialog import ParticipantDialog
    from isa_desk.ui.exchange.export_action import selection_question
    from isa_desk.ui.exchange.import_history import ImportsDialog
    from isa_desk.ui.inquiries.inquiry_actions import CloseDialog, LogActivityDialog
    from isa_desk.ui.inquiries.inquiry_dialog import NewInquiryDialog
    from isa_desk.ui.inquiries.inquiry_editor import InquiryEditor
    from isa_desk.ui.letters.letters_dialog import LettersDialog
    from isa_desk.ui.letters.sender_settings import SenderSettings
    from isa_desk.ui.letters.template_editor import TemplateEditor
    from isa_desk.ui.mail.mail_dialog import MailDialog
    from isa_desk.ui.mail.server_settings import ServerSettings
    from isa_desk.ui.privacy.audit_view import AuditView
    from isa_desk.ui.privacy.erase_dialog import EraseDialog
    from isa_desk.ui.privacy.history_panel import ChangesDialog
    from isa_desk.ui.privacy.retention_dialog import RetentionDialog
    from isa_desk.ui.records.duplicates_dialog import DuplicatesDialog
    from isa_desk.ui.records.editors import editor_class
    from isa_desk.ui.records.merge_dialog import MergeDialog
    from isa_desk.ui.shell.country_names_dialog import CountryNamesDialog
    from isa_desk.ui.team.connect_dialog import ConnectDialog
    from isa_desk.ui.team.move_dialog import MoveDialog

    db = window.db
    member = first_id(db, Member)
    organisation = first_id(db, Organisation)
    contact = first_id(db, Contact)
    inquiry = first_id(db, Inquiry)
    event = first_id(db, Event)
    participant = first_id(db, Participant)
    row = inquiries.page(db, InquiryQuery(today=DEMO_TODAY), 0, 1)[0]
    return {
        "member editor": lambda: editor_class("member")(window, db, member, None),
        "new member": lambda: editor_class("member")(window, db, None, None),
        "organisation editor": lambda: editor_class("organisation")(window, db, organisation),
        "contact editor": lambda: editor_class("contact")(window, db, contact, None),
        "new contact": lambda: editor_class("contact")(window, db, None, None),
        "merge dialog": lambda: MergeDialog(window, db, *two_contact_ids(db)),
        "duplicates dialog": lambda: DuplicatesDialog(window, db, window.settings),
        "new inquiry": lambda: NewInquiryDialog(window, db, today=DEMO_TODAY),
        "inquiry editor": lambda: InquiryEditor(window, db, inquiry, today=DEMO_TODAY),
        "close inquiry": lambda: CloseDialog(window, row.city, "declined"),
        "log activity": lambda: LogActivityDialog(window, db, row, "call", DEMO_TODAY),
        "event editor": lambda: EventEditor(window, db, event),
        "new event": lambda: EventEditor(window, db, None),
        "participant dialog": lambda: ParticipantDialog(window, db, participant, DEMO_TODAY),
        "invite dialog": lambda: InviteDialog(window, db, event, "Jahrestagung", [contact]),
        "event picker": lambda: EventDialog(
            window, db, translate("ExportAction", "Export participants"), ""
        ),
        "letters dialog": lambda: LettersDialog(db, window, contact_ids=[contact]),
        "template editor": lambda: TemplateEditor(db, window),
        "mail dialog": lambda: MailDialog(db, window, [contact], settings=window.settings),
        "mail server settings": lambda: ServerSettings(window, window.settings),
        "sender settings": lambda: SenderSettings(db, window),
        "export question": lambda: selection_question(window, 2, 40),
        "import history": lambda: ImportsDialog(db, window),
        "backups dialog": lambda: BackupsDialog(window, window),
        "country names": lambda: CountryNamesDialog(db, window),
        "connect to team server": lambda: ConnectDialog(
            window, window.settings, window.switch_database
        ),
        "move to team server": lambda: MoveDialog(
            window, db, window.settings, window.switch_database
        ),
        "conflict dialog": lambda: conflict_dialog(window, contact),
        "audit trail": lambda: AuditView(window, db, window.settings),
        "changes of a contact": lambda: ChangesDialog(window, db, "contact", contact, "Anna"),
        "erase for good": lambda: EraseDialog(
            window, db, erasure.preview(db, contact), window.undo_stack
        ),
        "privacy and retention": lambda: RetentionDialog(
            window, db, window.settings, window.undo_stack, today=DEMO_TODAY
        ),
    }


def conflict_dialog(window, contact_id: int) -> QWidget:
    """The comparison a contact editor shows after a colleague saved the same contact."""
    from isa_desk.core.services import contacts
    from isa_desk.ui.records.editors import editor_class

    editor = editor_class("contact")(window, window.db, contact_id, None)
    editor.form.set_value("position", "Referentin für internationale Städtepartnerschaften")
    editor.form.set_value("notes", "Rückruf erbeten.\nBitte die Einladung zur Jahrestagung senden.")
    stored = contacts.get(window.db, contact_id)
    changes = {"position": "Leiterin des Büros", "phone": "+49 30 1234567", "town": "Potsdam"}
    contacts.update(window.db, contact_id, changes, stored.version)
    return editor.conflict_with(contacts.get(window.db, contact_id))


def show(widget: QWidget) -> QWidget:
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    return widget


def opened(window, tmp_path: Path) -> Iterator[tuple[str, QWidget]]:
    for name, build in _dialogs(window, tmp_path).items():
        dialog = build()
        try:
            yield name, show(dialog)
        finally:
            dialog.close()
            dialog.deleteLater()
    yield from wizard_pages(window, tmp_path)


def _duplicate_row(db) -> list:
    """A row of the German list that names a demo contact again (same e-mail)."""
    with db.session() as session:
        person = session.scalar(
            select(Contact).where(Contact.email.is_not(None)).order_by(Contact.id).limit(1)
        )
        names = [person.given_name or "", person.family_name or "", person.email]
    given, family, email = names
    return ["", "", "", given, family, "", "", "", "", "", email, "", ""]


def wizard_pages(window, tmp_path: Path) -> Iterator[tuple[str, QWidget]]:
    """The import wizard on each of its pages, from the file to the summary."""
    from isa_desk.ui.exchange.import_wizard import ImportWizard

    anna = ["Frau", "Dr.", "", "Anna", "Schmidt", "Stadt Chemnitz", "Markt 1", "09111"] + [
        "Chemnitz",
        "Deutschland",
        "anna@example.org",
        "",
        "",
    ]
    path = workbook(
        tmp_path / "liste.xlsx",
        [
            GERMAN_HEADERS,
            anna,
            anna,  # a duplicate within the file: the duplicates page comes
            _duplicate_row(window.db),
            ["Herr", "", "", "Jan", "", "", "", "", "", "", "kein-mail", "", ""],
        ],
    )
    wizard = ImportWizard(window.db, window.settings, "contacts", window)
    try:
        show(wizard)
        wizard.pages[wizard.currentId()].path.setText(str(path))
        seen = set()
        while wizard.currentId() not in seen:
            seen.add(wizard.currentId())
            yield f"import wizard page {len(seen)}", show(wizard)
            page = wizard.currentPage()
            if hasattr(page, "skip_invalid") and page.skip_invalid.isVisible():
                page.skip_invalid.setChecked(True)
            wizard.next()
            show(wizard)
    finally:
        wizard.close()
        wizard.deleteLater()
