"""The main window's actions, menus and toolbar.

The window owns every action (as an attribute, e.g. `window.undo_action`); these
functions build them once, so main_window.py keeps to what the window does. The dialogs'
modules are imported when an action is first used, not when the window starts.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QStyle

from isa_desk.ui.exchange import exchange_menu
from isa_desk.ui.team import team_actions

translate = QCoreApplication.translate

LETTERS = "isa_desk.ui.letters.letters_actions"
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English", "zh": "中文（简体）"}  # each in itself


def _action(window, text: str, slot, shortcut=None, icon=None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
    if icon is not None:
        action.setIcon(window.style().standardIcon(icon))
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def opens(window, module: str, function: str) -> Callable[[], object]:
    """A slot calling `function(window)` of the dialog's `module`, imported when the
    action is first used rather than when the window starts."""
    return lambda: getattr(importlib.import_module(module), function)(window)


def build_actions(window) -> None:
    """The window's actions, as attributes of the window (new_action, undo_action …)."""
    pixmap = QStyle.StandardPixmap
    window.open_database_action = _action(
        window,
        translate("MainWindow", "&Open database…"),
        window.choose_database,
        QKeySequence("Ctrl+Shift+O"),
    )
    window.new_database_action = _action(
        window, translate("MainWindow", "&New database…"), window.create_database
    )
    window.backups_action = _action(
        window,
        translate("MainWindow", "&Backups…"),
        opens(window, "isa_desk.ui.backups.backups_dialog", "open_backups"),
    )
    window.quit_action = _action(
        window, translate("MainWindow", "&Quit"), window.close, QKeySequence("Ctrl+Q")
    )
    window.new_action = _action(
        window,
        translate("MainWindow", "&New"),
        window.new_record,
        QKeySequence.StandardKey.New,
        pixmap.SP_FileIcon,
    )
    window.open_action = _action(
        window,
        translate("MainWindow", "&Open"),
        window.open_record,
        None,
        pixmap.SP_DialogOpenButton,
    )
    # Shown in the menu as a hint; the lists handle Return themselves.
    window.open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
    window.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    window.delete_action = _action(
        window,
        translate("MainWindow", "&Delete"),
        window.delete_records,
        QKeySequence.StandardKey.Delete,
        pixmap.SP_TrashIcon,
    )
    window.undo_action = _action(
        window,
        translate("MainWindow", "&Undo"),
        window.undo,
        QKeySequence.StandardKey.Undo,
        pixmap.SP_ArrowBack,
    )
    window.copy_action = _action(
        window,
        translate("MainWindow", "&Copy rows"),
        window.copy_rows,
        QKeySequence.StandardKey.Copy,
    )
    window.find_action = _action(
        window, translate("MainWindow", "&Find"), window.focus_search, QKeySequence.StandardKey.Find
    )
    window.duplicates_action = _action(
        window,
        translate("MainWindow", "Find du&plicates…"),
        opens(window, "isa_desk.ui.records.duplicates_dialog", "open_duplicates"),
    )
    window.reload_action = _action(
        window,
        translate("MainWindow", "&Reload"),
        window.reload,
        QKeySequence.StandardKey.Refresh,
        pixmap.SP_BrowserReload,
    )
    window.audit_trail_action = _action(
        window,
        translate("MainWindow", "&Audit trail…"),
        opens(window, "isa_desk.ui.privacy.audit_view", "open_audit_trail"),
        QKeySequence("Ctrl+Shift+A"),
    )
    window.retention_action = _action(
        window,
        translate("MainWindow", "&Privacy and retention…"),
        opens(window, "isa_desk.ui.privacy.reminder", "open_review"),
    )
    window.about_action = _action(window, translate("MainWindow", "&About ISA Desk"), window.about)
    window.letters_action = _action(
        window,
        translate("MainWindow", "&Serienbrief…"),
        opens(window, LETTERS, "open_letters"),
        QKeySequence("Ctrl+L"),
    )
    window.mail_action = _action(
        window,
        translate("MainWindow", "Mail merge by &e-mail…"),
        opens(window, "isa_desk.ui.mail.mail_actions", "open_mail"),
    )
    window.letter_templates_action = _action(
        window,
        translate("MainWindow", "Letter &templates…"),
        opens(window, LETTERS, "open_templates"),
    )
    window.letter_sender_action = _action(
        window,
        translate("MainWindow", "&Sender of the letters…"),
        opens(window, LETTERS, "open_sender"),
    )
    exchange_menu.build_actions(window)  # import and export of Excel lists

    window.area_group = QActionGroup(window)
    window.area_actions: list[QAction] = []
    for number, (key, title) in enumerate(window.area_titles().items()):
        action = _action(
            window, title, lambda key=key: window.show_area(key), QKeySequence(f"Ctrl+{number + 1}")
        )
        action.setCheckable(True)
        window.area_group.addAction(action)
        window.area_actions.append(action)

    window.language_group = QActionGroup(window)
    chosen = window.settings.language() or "de"
    window.language_actions: dict[str, QAction] = {}
    for code, name in LANGUAGE_NAMES.items():
        action = QAction(name, window)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.triggered.connect(lambda _c=False, code=code: window.choose_language(code))
        window.language_group.addAction(action)
        window.language_actions[code] = action


def build_menus(window) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(window.open_database_action)
    file_menu.addAction(window.new_database_action)
    team_actions.add_to_menu(window, file_menu)  # connect to, move to the team server
    file_menu.addAction(window.backups_action)
    language_menu = file_menu.addMenu(translate("MainWindow", "&Language"))
    for action in window.language_actions.values():
        language_menu.addAction(action)
    window.country_names_action = _action(
        window,
        translate("MainWindow", "&Country names…"),
        opens(window, "isa_desk.ui.shell.country_names_dialog", "open_country_names"),
    )
    file_menu.addAction(window.country_names_action)
    exchange_menu.add_to_menu(window, file_menu)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)

    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    for action in (
        window.new_action,
        window.open_action,
        window.delete_action,
        None,
        window.undo_action,
        None,
        window.copy_action,
        window.find_action,
        window.duplicates_action,
    ):
        edit_menu.addSeparator() if action is None else edit_menu.addAction(action)

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    for action in window.area_actions:
        view_menu.addAction(action)
    view_menu.addSeparator()
    window.columns_menu = view_menu.addMenu(translate("MainWindow", "&Columns"))
    window.columns_menu.aboutToShow.connect(lambda: fill_columns_menu(window))
    view_menu.addAction(window.reload_action)
    view_menu.addSeparator()
    view_menu.addAction(window.audit_trail_action)
    view_menu.addAction(window.retention_action)

    letters_menu = bar.addMenu(translate("MainWindow", "&Letters"))
    for action in (
        window.letters_action,
        window.mail_action,
        window.letter_templates_action,
        window.letter_sender_action,
    ):
        letters_menu.addAction(action)

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(window.about_action)


def fill_columns_menu(window) -> None:
    """View > Columns shows the column chooser of the list that is shown."""
    window.columns_menu.clear()
    area = window.current_list()
    if area is None:
        window.columns_menu.addAction(translate("MainWindow", "Choose a list first")).setEnabled(
            False
        )
        return
    if window.column_chooser is not None:
        window.column_chooser.deleteLater()  # the chooser of the last time this menu opened
    window.column_chooser = area.column_menu(window.columns_menu)
    for action in window.column_chooser.actions():
        window.columns_menu.addAction(action)


def build_toolbar(window) -> None:
    toolbar = window.addToolBar(translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (
        window.new_action,
        window.open_action,
        window.delete_action,
        None,
        window.undo_action,
        None,
        window.reload_action,
    ):
        toolbar.addSeparator() if action is None else toolbar.addAction(action)
