"""What the main window's Letters menu opens: the Serienbrief dialog (for the contacts
selected in the contacts list, if any), the template editor and the sender settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from isa_desk.ui.shell.main_window import MainWindow


def selected_contacts(window: MainWindow) -> list[int]:
    area = window.current_list()
    if area is None or area.key != "contacts":
        return []
    return list(area.selected_ids())


def open_letters(window: MainWindow) -> None:
    from isa_desk.ui.letters.letters_dialog import LettersDialog

    dialog = LettersDialog(window.db, window, contact_ids=selected_contacts(window))
    dialog.exec()


def open_templates(window) -> None:
    from isa_desk.ui.letters.template_editor import TemplateEditor

    TemplateEditor(window.db, window).exec()


def open_sender(window) -> None:
    from isa_desk.ui.letters.sender_settings import SenderSettings

    SenderSettings(window.db, window).exec()
