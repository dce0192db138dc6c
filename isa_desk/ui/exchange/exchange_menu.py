"""The main window's Excel actions (File menu): import a list, export the list that is
shown (or the chosen event's participants), and the imports with their undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from isa_desk.ui.common import errors

if TYPE_CHECKING:
    from isa_desk.ui.exchange.import_history import ImportsDialog

translate = QCoreApplication.translate


def _action(window, text: str, slot, shortcut: str | None = None) -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def build_actions(window) -> None:
    window.import_action = _action(
        window, translate("MainWindow", "&Import list…"), lambda: import_list(window), "Ctrl+I"
    )
    window.export_action = _action(
        window, translate("MainWindow", "&Export list…"), lambda: export_shown(window), "Ctrl+E"
    )
    window.export_participants_action = _action(
        window,
        translate("MainWindow", "Export &participants of an event…"),
        lambda: export_event(window),
    )
    window.imports_action = _action(
        window, translate("MainWindow", "Imports…"), lambda: show_imports(window)
    )
    window.undo_import_action = _action(
        window, translate("MainWindow", "Undo last import…"), lambda: undo_import(window)
    )


def add_to_menu(window, menu) -> None:
    menu.addSeparator()
    for action in (
        window.import_action,
        window.export_action,
        window.export_participants_action,
        None,
        window.imports_action,
        window.undo_import_action,
    ):
        menu.addSeparator() if action is None else menu.addAction(action)


def _shown_key(window) -> str:
    """The key of the list shown ("members", "events", …); "" for the overview."""
    area = window.current_list()
    return area.key if area is not None else ""


def import_list(window):
    """The import wizard, for members when the member list is shown, else contacts."""
    from isa_desk.ui.exchange.import_wizard import open_import_wizard

    kind = "members" if _shown_key(window) == "members" else "contacts"
    wizard = open_import_wizard(window, window.db, window.settings, kind)
    wizard.imported.connect(window.reload)
    return wizard


def export_shown(window):
    """Export the list that is shown; in the events area the chosen event's participants."""
    from isa_desk.ui.exchange.export_action import LISTS, export_area, export_participants

    key = _shown_key(window)
    if key == "events":
        return export_participants(
            window, window.db, window.settings, window.current_list().current_id()
        )
    if key in LISTS:
        return export_area(window, window.db, window.settings, window.current_list())
    errors.show_message(
        window,
        translate(
            "MainWindow",
            "Open the list you want to export first: members, "
            "organisations, contacts, inquiries or events.",
        ),
    )
    return None


def export_event(window):
    """The participants of an event the user chooses."""
    from isa_desk.ui.exchange.export_action import export_participants

    return export_participants(window, window.db, window.settings)


def show_imports(window) -> ImportsDialog:
    from isa_desk.ui.exchange.import_history import ImportsDialog

    dialog = ImportsDialog(window.db, window)
    dialog.undone.connect(window.reload)
    dialog.open()
    return dialog


def undo_import(window) -> bool:
    from isa_desk.ui.exchange.import_history import undo_last_import

    if undo_last_import(window, window.db):
        window.reload()
        window.statusBar().showMessage(translate("MainWindow", "The last import was undone."), 6000)
        return True
    return False
