"""What Letters › Serien-E-Mail… opens; the dialog is imported when it is first opened,
not when the window starts."""

from __future__ import annotations


def open_mail(window) -> None:
    """The Serien-E-Mail dialog for the contacts selected in the contacts list, if any."""
    from isa_desk.ui.letters.letters_actions import selected_contacts
    from isa_desk.ui.mail.mail_dialog import MailDialog

    dialog = MailDialog(
        window.db, window, contact_ids=selected_contacts(window), settings=window.settings
    )
    dialog.exec()
